import { $createParagraphNode, $getRoot, createEditor } from 'lexical';
import { registerEditorForget } from './editorMemory';

/**
 * Runs once, when the editor code loads, before any editor is created (RichTextEditor imports
 * this first). Two things outlived a lock in the renderer's memory (found with the heap snapshot
 * in tests/e2e/security.spec.ts):
 *
 * 1. Lexical caches its list of root-element event handlers the first time an editor is
 *    attached. Once bundled, one cached handler closes over the scope of that first call,
 *    which holds the editor, so the FIRST editor ever shown (with its last text) stayed
 *    alive for the life of the page. Attaching a throwaway, empty editor first makes the
 *    cache capture that one instead.
 * 2. Lexical's reconciler keeps the text of the last subtree it rendered in a module
 *    variable until the next render. After a lock we render the empty throwaway editor once,
 *    which resets it to ''.
 */
const throwaway = createEditor({ namespace: 'memory-hygiene', onError: () => undefined });
// A detached element: never shown, but real enough for Lexical to attach and render.
throwaway.setRootElement(document.createElement('div'));

registerEditorForget(() => {
  throwaway.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    },
    { discrete: true },
  );
});
