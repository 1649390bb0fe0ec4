/** Native file dialogs, passed in by electron/main/index.ts (stand-ins in tests). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogs {
  /** The chosen file's path, or null when cancelled. */
  showOpenDialog(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  showSaveDialog(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
}

/** Used where no dialogs exist (plain Node): every request is cancelled. */
export const noFileDialogs: FileDialogs = {
  showOpenDialog: () => Promise.resolve(null),
  showSaveDialog: () => Promise.resolve(null),
};
