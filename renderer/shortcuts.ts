import type { Preferences } from '../shared/preferences';

/** Does this key event match a shortcut written like "Ctrl+Shift+H" (Ctrl means Cmd on macOS too)? */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const wantCtrl = parts.includes('Ctrl');
  const wantShift = parts.includes('Shift');
  const wantAlt = parts.includes('Alt');
  const ctrl = event.ctrlKey || event.metaKey;
  const pressed = key === 'Space' ? event.code === 'Space' : event.key.toLowerCase() === key.toLowerCase();
  return pressed && ctrl === wantCtrl && event.shiftKey === wantShift && event.altKey === wantAlt;
}

export const LOCK_SHORTCUT = 'Ctrl+L';
export const SEARCH_SHORTCUT = 'Ctrl+F';
export const PAUSE_SHORTCUT = 'Ctrl+Shift+P';
export const quickHideShortcut = (prefs: Preferences) => prefs.quickHideShortcut;
