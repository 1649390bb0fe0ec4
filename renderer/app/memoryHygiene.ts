import { $createParagraphNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';

/**
 * Three things outlived a lock in the renderer's memory (found with the heap snapshot in
 * tests/e2e/security.spec.ts), so we step in:
 *
 * 1. Lexical caches its list of root-element event handlers the first time an editor is
 *    attached. Once bundled, one cached handler closes over the scope of that first call,
 *    which holds the editor, so the FIRST editor ever shown (with its last text) stayed
 *    alive for the life of the page. Attaching a throwaway, empty editor at start-up makes
 *    the cache capture that one instead.
 * 2. Lexical's reconciler keeps the text of the last subtree it rendered in a module
 *    variable until the next render. After a lock we render the empty throwaway editor once,
 *    which resets it to ''.
 * 3. V8 keeps the subject of the last regular-expression match (RegExp.input), which can be
 *    a whole letter; one match on '' replaces it.
 */
let throwaway: LexicalEditor | null = null;

export function primeEditorEventCache(): void {
  throwaway = createEditor({ namespace: 'memory-hygiene', onError: () => undefined });
  // A detached element: never shown, but real enough for Lexical to attach and render.
  throwaway.setRootElement(document.createElement('div'));
}

/** Call after every lock, once the workbook screens are gone. */
export function forgetAfterLock(): void {
  throwaway?.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    },
    { discrete: true },
  );
  /(?:)/.exec('');
}
