/** Any part of the partner's workbook can open the pause screen without prop drilling. */
const OPEN_PAUSE_EVENT = 'dwb:open-pause';

export function openPause(): void {
  window.dispatchEvent(new Event(OPEN_PAUSE_EVENT));
}

export function onOpenPause(listener: () => void): () => void {
  window.addEventListener(OPEN_PAUSE_EVENT, listener);
  return () => window.removeEventListener(OPEN_PAUSE_EVENT, listener);
}
