/**
 * Discreet mode at the edges the main process owns: the names and titles of save and open
 * dialogs. (The window title is windowTitle in lockCoordinator.ts, the menu appMenu.ts.)
 * Plain Node: the preference and the clock come in as functions.
 */
import path from 'node:path';
import { DISCREET_TEXTS } from '../../shared/guidance/desktopTexts';
import type { FileDialogs, FileFilter } from './export/fileDialogs';

/** `notes-2026-11-30.docx`: the day (this computer's calendar) and the original extension only. */
export function discreetFileName(defaultName: string, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `${DISCREET_TEXTS.fileNameStem}-${day}${path.extname(defaultName).toLowerCase()}`;
}

/** File-type names say what kind of file, not what it is for ("Therapist packages" becomes "Workbook files"). */
function discreetFilters(filters: FileFilter[]): FileFilter[] {
  return filters.map((f) => (f.extensions.every((e) => e === 'docx') ? f : { ...f, name: DISCREET_TEXTS.ownFiles }));
}

/**
 * The dialogs every service uses, with neutral default names, titles and file-type names while
 * discreet mode is on (read at each dialog, so a change in Settings applies at once).
 */
export function discreetDialogs(dialogs: FileDialogs, isDiscreet: () => boolean, now: () => Date): FileDialogs {
  return {
    showOpenDialog: (options) =>
      dialogs.showOpenDialog(
        isDiscreet() ? { ...options, title: DISCREET_TEXTS.openTitle, filters: discreetFilters(options.filters) } : options,
      ),
    showSaveDialog: (options) =>
      dialogs.showSaveDialog(
        isDiscreet()
          ? {
              title: DISCREET_TEXTS.saveTitle,
              defaultName: discreetFileName(options.defaultName, now()),
              filters: discreetFilters(options.filters),
            }
          : options,
      ),
  };
}
