import { normaliseCopiedText } from '../../shared/clipboardText';

/**
 * Remembers SHA-256 hashes (never the text) of what a person copies or cuts from an open
 * workbook, so that on lock the main process can clear the clipboard if it still holds one of
 * them. The hashes live only in memory and are forgotten on lock.
 */
export interface CopiedTextRecorder {
  /** Start listening for copy and cut inside `root` (the open workbook). Returns a stop function. */
  watch(root: Document | HTMLElement): () => void;
  /** The hashes recorded since the last `take`, and forget them. */
  take(): Promise<string[]>;
}

const MAX_REMEMBERED = 50;

export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normaliseCopiedText(text)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The text a copy or cut event puts on the clipboard, as well as we can tell from inside the page. */
export function copiedText(event: ClipboardEvent): string {
  // Editors such as Lexical set the clipboard data themselves (their handlers run before ours).
  const set = event.clipboardData?.getData('text/plain') ?? '';
  if (set) return set;
  const target = event.target;
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'password')) {
    return target.value.slice(target.selectionStart ?? 0, target.selectionEnd ?? 0);
  }
  return document.getSelection()?.toString() ?? '';
}

export function createCopiedTextRecorder(): CopiedTextRecorder {
  let pending: Promise<string>[] = [];
  return {
    watch(root) {
      const onCopy = (event: Event) => {
        const text = copiedText(event as ClipboardEvent);
        if (normaliseCopiedText(text) === '') return;
        pending.push(hashText(text));
        if (pending.length > MAX_REMEMBERED) pending = pending.slice(-MAX_REMEMBERED);
      };
      root.addEventListener('copy', onCopy);
      root.addEventListener('cut', onCopy);
      return () => {
        root.removeEventListener('copy', onCopy);
        root.removeEventListener('cut', onCopy);
      };
    },
    async take() {
      const hashes = await Promise.all(pending);
      pending = [];
      return [...new Set(hashes)];
    },
  };
}
