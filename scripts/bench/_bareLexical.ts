/**
 * The bare page the typing bench compares against: a Lexical editor with rich text + history
 * and the same nodes as the letter editor, no React and none of our plugins, and a bare
 * <textarea>. Both start empty; the bench pastes or fills the same text as in the app.
 * Bundled by esbuild at bench time.
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
(window as unknown as { __bareReady: boolean }).__bareReady = true;
