/**
 * Editors keep their latest text in Lexical and serialize it into the workbook only after a
 * short pause (serializing a 30,000-word letter on every key would make typing sluggish).
 * Before anything saves for good (lock, quick hide, quit), the shell calls
 * `flushPendingEditorChanges()` so every open editor pushes what was typed into the content
 * first. Each flusher must apply its change synchronously (the editor uses flushSync).
 */
const flushers = new Set<() => void>();

export function registerPendingFlush(flush: () => void): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

export function flushPendingEditorChanges(): void {
  for (const flush of [...flushers]) flush();
}
