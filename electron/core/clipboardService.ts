import { createHash } from 'node:crypto';
import { normaliseCopiedText } from '../../shared/clipboardText';

/**
 * Clipboard care. Copying from a workbook is allowed (it is the person's own writing), but when
 * a workbook locks, the renderer asks us to clear the clipboard IF it still holds text copied
 * from a workbook. The renderer only ever sends SHA-256 hashes of what was copied, never the text,
 * and we compare them with the hash of what the clipboard holds now: if the person copied
 * something else since, we leave it alone.
 *
 * Plain Node: Electron's `clipboard` is passed in by index.ts; tests pass an in-memory stand-in.
 */
export interface ClipboardAccess {
  readText(): string | Promise<string>;
  clear(): void | Promise<void>;
}

export function hashCopiedText(text: string): string {
  return createHash('sha256').update(normaliseCopiedText(text), 'utf8').digest('hex');
}

export function createClipboardService(access: ClipboardAccess) {
  return {
    /** Clear the clipboard only if its text has one of these hashes. Says whether it did. */
    async clearIfFromWorkbook(hashes: readonly string[]): Promise<{ cleared: boolean }> {
      if (hashes.length === 0) return { cleared: false };
      const text = await access.readText();
      if (normaliseCopiedText(text) === '') return { cleared: false };
      if (!hashes.includes(hashCopiedText(text))) return { cleared: false };
      await access.clear();
      return { cleared: true };
    },
  };
}
export type ClipboardService = ReturnType<typeof createClipboardService>;

/** An in-memory clipboard for tests and the browser harness. */
export function memoryClipboard(initial = '') {
  let text = initial;
  return {
    readText: () => text,
    clear: () => void (text = ''),
    writeText: (value: string) => void (text = value),
  };
}
export type MemoryClipboard = ReturnType<typeof memoryClipboard>;
