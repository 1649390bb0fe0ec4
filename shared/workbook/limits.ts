/**
 * The longest short text (names, labels, single lines) and long text (notes, answers, plans) a
 * workbook holds. Kept apart from schema.ts (which re-exports them) so that the form kit can
 * use them without pulling the schema library into the first script the app loads.
 */
export const MAX_SHORT = 2_000;
export const MAX_LONG = 200_000;
