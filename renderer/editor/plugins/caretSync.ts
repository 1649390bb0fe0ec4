/**
 * A key acts where the caret is on the page, even when the caret moved a moment ago.
 *
 * Lexical learns that the caret moved (End, Ctrl+End, arrows, Page Down, a click) from the
 * browser's `selectionchange` event, which the browser sends after the move, as an ordinary
 * task. Key presses are input and go first: on a busy computer the next key can arrive before
 * that event. Lexical answers Enter, Backspace, Delete and Tab at `keydown` from the caret it
 * knew, so Ctrl+End then Enter put the new paragraph, and every word typed after it, where the
 * caret had been before (the middle of the letter) instead of at the end.
 *
 * Before Lexical handles a key, its caret is taken from the page's when the two differ. The
 * bold/italic a person switched on for the next words stays while the caret is in the same text.
 */
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  getDOMSelection,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';

export function registerCaretSync(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    () => {
      const root = editor.getRootElement();
      const page = getDOMSelection(root?.ownerDocument.defaultView ?? null);
      if (!root || !page?.anchorNode || !page.focusNode) return false;
      if (!root.contains(page.anchorNode) || !root.contains(page.focusNode)) return false;
      const known = $getSelection();
      const onPage = $createRangeSelectionFromDom(page, editor);
      if (!onPage) return false;
      if ($isRangeSelection(known)) {
        if (known.anchor.is(onPage.anchor) && known.focus.is(onPage.focus)) return false;
        if (known.anchor.key === onPage.anchor.key) {
          onPage.format = known.format;
          onPage.style = known.style;
        }
      }
      $setSelection(onPage);
      return false; // the key itself is still Lexical's (and the browser's) to handle
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
