import { createContext, useContext } from 'react';

/** What a section can ask of the shell around it beyond its content (This workbook: it was deleted). */
export interface WorkbookActions {
  /** The workbook was deleted from this computer: leave it for the home screen. */
  deleted: () => void;
}

export const WorkbookActionsContext = createContext<WorkbookActions>({ deleted: () => undefined });

export const useWorkbookActions = () => useContext(WorkbookActionsContext);
