// @vitest-environment happy-dom
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical';
import { act, createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainBlocksToRichText } from '../../../shared/workbook/richText';
import type { Letter } from '../../../shared/workbook/schema';
import { mount, type Mounted } from '../../testSupport';
import { RichTextEditor } from '../RichTextEditor';
import type { RichTextEditorHandle } from '../types';

const PARAGRAPHS = 40;
const SENTENCE = 'I only looked at her a few times.';

let mounted: Mounted | null = null;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The pause after which the notes come back, and the idle moment they wait for. */
const pauseInTyping = () => act(async () => vi.advanceTimersByTimeAsync(2000));
const noteCount = (container: HTMLElement) =>
  Number(container.querySelector('[data-testid="language-note-count"]')?.getAttribute('data-count'));

function editorOf(container: HTMLElement): LexicalEditor {
  const root = container.querySelector<HTMLElement & { __lexicalEditor?: LexicalEditor }>('[contenteditable="true"]');
  if (!root?.__lexicalEditor) throw new Error('no editor');
  return root.__lexicalEditor;
}

describe('language notes in the letter after a key press', () => {
  it('check again only the paragraph that changed: the other paragraphs are not walked again', async () => {
    const letter: Letter = {
      current: plainBlocksToRichText(Array.from({ length: PARAGRAPHS }, () => ({ type: 'paragraph' as const, text: SENTENCE }))),
      drafts: [],
      dismissedChecks: [],
    };
    const handle = createRef<RichTextEditorHandle>();
    mounted = mount(<RichTextEditor value={letter} onChange={() => undefined} label="Letter" languageCheck handleRef={handle} />);
    await pauseInTyping();
    const container = mounted.container;
    const before = noteCount(container);
    expect(before).toBeGreaterThanOrEqual(PARAGRAPHS);
    expect(before % PARAGRAPHS).toBe(0);

    // Walking a paragraph's text takes one tree walker; finding a note's place, one range.
    const walkers = vi.spyOn(document, 'createTreeWalker');
    const ranges = vi.spyOn(document, 'createRange');
    const editor = editorOf(container);
    act(() => {
      editor.update(
        () => {
          const paragraph = $getRoot().getChildAtIndex(7);
          const text = $isElementNode(paragraph) ? paragraph.getFirstChild() : null;
          if ($isTextNode(text)) text.setTextContent(`${SENTENCE} You made me do it.`);
        },
        { discrete: true },
      );
    });
    await pauseInTyping();
    expect(walkers).toHaveBeenCalledTimes(1);
    // The notes of that one paragraph (its first sentence's and the new one's), none of the others.
    expect(ranges).toHaveBeenCalledTimes(before / PARAGRAPHS + 1);
    // Every note is still there, and the new sentence's too.
    expect(noteCount(container)).toBe(before + 1);
  });
});
