// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusAfterPaint } from './focus';

/** Frames are held here and run by hand, as a slow machine would: late. */
let frames: FrameRequestCallback[] = [];
const runFrames = () => {
  const due = frames;
  frames = [];
  for (const frame of due) frame(0);
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  document.body.innerHTML = `
    <nav><button id="nav">Letter</button></nav>
    <main><h2 id="heading">The disclosure letter</h2><div id="editor" contenteditable="true"></div></main>
    <input id="search" type="search">`;
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const active = () => document.activeElement?.id ?? '';
const byId = (id: string) => document.getElementById(id);

describe('focusAfterPaint', () => {
  it('moves focus after the next paint, and makes a plain heading focusable from code only', () => {
    byId('nav')?.focus();
    focusAfterPaint(() => byId('heading'));
    expect(active()).toBe('nav');
    runFrames();
    expect(active()).toBe('heading');
    expect(byId('heading')?.tabIndex).toBe(-1);
  });

  it('leaves focus where the person put it before the frame came (a click into the letter)', () => {
    byId('nav')?.focus();
    focusAfterPaint(() => byId('heading'));
    byId('editor')?.focus();
    runFrames();
    expect(active()).toBe('editor');
  });

  it('leaves focus in the search box opened with Ctrl+F right after unlocking (focus was on nothing)', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    focusAfterPaint(() => byId('heading'));
    byId('search')?.focus();
    runFrames();
    expect(active()).toBe('search');
  });

  it('still moves focus when the control that had it is gone (the removed item, the closed form)', () => {
    const remove = document.createElement('button');
    document.body.append(remove);
    remove.focus();
    focusAfterPaint(() => byId('heading'));
    remove.remove();
    runFrames();
    expect(active()).toBe('heading');
  });

  it('does nothing when the element is not there', () => {
    byId('nav')?.focus();
    focusAfterPaint(() => null);
    runFrames();
    expect(active()).toBe('nav');
  });
});
