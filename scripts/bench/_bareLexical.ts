/**
 * The bare Lexical editor the typing bench compares against: rich text + history, the same
 * nodes as the letter editor, no React and none of our plugins. Bundled by esbuild at bench time.
 */
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';

const root = document.getElementById('editor') as HTMLElement;
const editor = createEditor({
  namespace: 'bare',
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
  onError: (e) => {
    throw e;
  },
});
editor.setRootElement(root);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
void fetch('./doc.json')
  .then((r) => r.text())
  .then((json) => {
    editor.setEditorState(editor.parseEditorState(json));
    (window as unknown as { __bareReady: boolean }).__bareReady = true;
  });
