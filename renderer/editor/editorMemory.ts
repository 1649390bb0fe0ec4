/**
 * What the lock clears from the editor's memory (see renderer/app/memoryHygiene.ts). Lexical
 * itself loads only with the first screen that has an editor, so this file stays free of it:
 * the editor code registers its cleaner here when it loads (primeEditorMemory.ts).
 */
let forgetEditor: (() => void) | null = null;

export function registerEditorForget(forget: () => void): void {
  forgetEditor = forget;
}

/** Nothing to do if no editor was ever loaded on this page. */
export function forgetEditorText(): void {
  forgetEditor?.();
}
