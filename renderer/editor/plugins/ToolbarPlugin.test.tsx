// @vitest-environment happy-dom
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { afterEach, describe, expect, it } from 'vitest';
import { TOOLBAR_TEXTS as T } from '../../../shared/guidance/editorTexts';
import { mount, type Mounted } from '../../testSupport';
import { ToolbarPlugin } from './ToolbarPlugin';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** What a screen reader says for a button: its text, leaving out what is hidden from it. */
function spokenName(button: Element): string {
  const clone = button.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
  return clone.textContent.trim();
}

describe('the letter toolbar', () => {
  it('takes every name, title and style from shared/guidance, and each button is read by its name only', () => {
    mounted = mount(
      <LexicalComposer
        initialConfig={{
          namespace: 'toolbar-test',
          nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
          onError: (e) => {
            throw e;
          },
        }}
      >
        <ToolbarPlugin label="The letter" />
      </LexicalComposer>,
    );
    const { container } = mounted;
    expect(container.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe(T.label('The letter'));
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((b) => [spokenName(b), b.getAttribute('title')])).toEqual([
      [T.undo, T.undoTitle],
      [T.redo, T.redoTitle],
      [T.bold, T.boldTitle],
      [T.italic, T.italicTitle],
      [T.underline, T.underlineTitle],
      [T.bullets, T.bulletsTitle],
      [T.numbers, T.numbersTitle],
      [T.quote, T.quoteTitle],
    ]);
    expect([...container.querySelectorAll('option')].map((o) => o.textContent)).toEqual(Object.values(T.blocks));
    expect(container.querySelector('label')?.textContent).toBe(T.textStyle);
  });
});
