/**
 * How copied text is normalised before hashing, on both sides of clipboard care (the renderer
 * hashes what a person copies from a workbook; the main process hashes what the clipboard holds).
 * Line endings and trailing whitespace differ between platforms and editors.
 */
export function normaliseCopiedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/u, '');
}

/** A SHA-256 hex digest, as the clipboard channel expects. */
export const COPIED_TEXT_HASH = /^[0-9a-f]{64}$/;
