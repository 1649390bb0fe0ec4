import { forgetEditorText } from '../editor/editorMemory';

/**
 * Things that outlived a lock in the renderer's memory (found with the heap snapshot in
 * tests/e2e/security.spec.ts), so we step in after every lock:
 *
 * 1. Lexical's caches (see renderer/editor/primeEditorMemory.ts, which loads with the editor,
 *    not at start-up: the home screen does not need Lexical).
 * 2. V8 keeps the subject of the last regular-expression match (RegExp.input), which can be
 *    a whole letter; one match on '' replaces it.
 */
export function forgetAfterLock(): void {
  forgetEditorText();
  /(?:)/.exec('');
}
