import { ListItemNode, ListNode, $createListItemNode, $createListNode } from '@lexical/list';
import { HeadingNode, QuoteNode, $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { createLetterSerializer } from './letterSerializer';

function letterEditor(paragraphs: number): LexicalEditor {
  const editor = createEditor({
    namespace: 'letter-test',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.update(
    () => {
      const root = $getRoot();
      root.append($createHeadingNode('h2').append($createTextNode('What happened')));
      for (let i = 0; i < paragraphs; i++)
        root.append($createParagraphNode().append($createTextNode(`Paragraph ${i}: what I did.`)));
    },
    { discrete: true },
  );
  return editor;
}

const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });
const block = (i: number) => $getRoot().getChildAtIndex(i)!;
const firstText = (i: number) => {
  const b = block(i);
  const text = $isElementNode(b) ? b.getFirstChild() : null;
  if (!$isTextNode(text)) throw new Error(`block ${i} has no text`);
  return text;
};

describe('createLetterSerializer', () => {
  it('writes what editorState.toJSON() writes, after each kind of change', () => {
    const editor = letterEditor(12);
    const serialize = createLetterSerializer();
    const same = () => expect(serialize(editor.getEditorState())).toEqual(editor.getEditorState().toJSON());
    same();
    edit(editor, () => {
      const text = firstText(3);
      text.setTextContent(`${text.getTextContent()} Then I went home.`);
    });
    same();
    edit(editor, () => {
      firstText(4).toggleFormat('bold');
    });
    same();
    edit(editor, () => block(5).insertAfter($createParagraphNode().append($createTextNode('A new paragraph.'))));
    same();
    edit(editor, () => block(2).remove());
    same();
    edit(editor, () =>
      block(6).insertBefore(
        $createListNode('bullet').append($createListItemNode().append($createTextNode('One')), $createListItemNode()),
      ),
    );
    same();
    edit(editor, () => {
      const list = block(6);
      const item = $isElementNode(list) ? list.getLastChild() : null;
      if ($isElementNode(item)) item.append($createTextNode('Two'));
    });
    same();
    edit(editor, () => $getRoot().clear().append($createParagraphNode()));
    same();
  });

  it('serializes only the block that changed: the others are the objects of the last save', () => {
    const editor = letterEditor(40);
    const serialize = createLetterSerializer();
    const before = serialize(editor.getEditorState());
    edit(editor, () => {
      const text = firstText(17);
      text.setTextContent(`${text.getTextContent()} And I lied about it.`);
    });
    const after = serialize(editor.getEditorState());
    const changed = after.root.children.filter((child, i) => child !== before.root.children[i]);
    // toJSON() makes every block anew (41 here); this keeps 40 of them.
    expect(changed).toHaveLength(1);
    expect(JSON.stringify(changed[0])).toContain('And I lied about it.');
    expect(Object.isFrozen(after) && Object.isFrozen(after.root.children[17])).toBe(true);
  });
});
