/**
 * The right-click menu, decided in plain Node from what Electron's `context-menu` event says
 * (electron/main/window.ts turns the items into a native menu). Only in editable fields: cut,
 * copy, paste and select all; with spellcheck on and a misspelled word under the pointer, its
 * suggestions and "Add to dictionary" first. Nothing else: no inspect, no search, no look up.
 * Copy and cut run the page's own editing commands, so they fire the page's copy and cut
 * events and clipboard care records them like Ctrl+C.
 */
import { CONTEXT_MENU_TEXTS as T } from '../../shared/guidance/desktopTexts';

/** The parts of Electron's ContextMenuParams used here. */
export interface ContextMenuParams {
  isEditable: boolean;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export type EditAction = 'cut' | 'copy' | 'paste' | 'selectAll';

export type ContextMenuItem =
  | { kind: 'edit'; action: EditAction; label: string; enabled: boolean }
  | { kind: 'suggestion'; word: string }
  | { kind: 'no-suggestions'; label: string }
  | { kind: 'add-to-dictionary'; word: string; label: string }
  | { kind: 'separator' };

export const MAX_SUGGESTIONS = 5;
const WORD_LIMIT = 100;

export function contextMenuItems(params: ContextMenuParams, options: { spellcheck: boolean }): ContextMenuItem[] {
  if (!params.isEditable) return [];
  const items: ContextMenuItem[] = [];
  const word = params.misspelledWord.trim();
  if (options.spellcheck && word !== '' && word.length <= WORD_LIMIT) {
    const suggestions = params.dictionarySuggestions.filter((s) => s.trim() !== '').slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ kind: 'no-suggestions', label: T.noSuggestions });
    for (const suggestion of suggestions) items.push({ kind: 'suggestion', word: suggestion });
    items.push({ kind: 'add-to-dictionary', word, label: T.addToDictionary }, { kind: 'separator' });
  }
  const flags = params.editFlags;
  items.push(
    { kind: 'edit', action: 'cut', label: T.cut, enabled: flags.canCut },
    { kind: 'edit', action: 'copy', label: T.copy, enabled: flags.canCopy },
    { kind: 'edit', action: 'paste', label: T.paste, enabled: flags.canPaste },
    { kind: 'separator' },
    { kind: 'edit', action: 'selectAll', label: T.selectAll, enabled: flags.canSelectAll },
  );
  return items;
}
