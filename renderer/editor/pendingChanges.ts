/**
 * Editors keep their latest text in Lexical and serialize it into the workbook only when the
 * autosave is about to save (serializing a 30,000-word letter after every pause in typing made
 * typing sluggish). A key press only says "words are waiting" (`notifyPendingEditorChange`,
 * cheap): the autosave counts its pause from there, and when it saves, it first calls
 * `flushPendingEditorChanges()`, as lock, quick hide and quit do, so every open editor pushes
 * what was typed into the content. Each flusher must apply its change synchronously (the
 * editor uses flushSync).
 */
const flushers = new Set<() => void>();
const listeners = new Set<() => void>();

export function registerPendingFlush(flush: () => void): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

export function flushPendingEditorChanges(): void {
  for (const flush of [...flushers]) flush();
}

/** An editor holds words the workbook does not have yet (called on every change: keep it cheap). */
export function notifyPendingEditorChange(): void {
  for (const listener of listeners) listener();
}

/** The autosave listens, to save after a pause (and flush the editors first). */
export function onPendingEditorChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
