/** Workbook(s) -> therapist document model, pure. */
export * from './model';
export * from './richText';
export * from './sections';
export * from './questionGroups';
export * from './checkInChart';
export * from './buildDocument';
export * from './markdown';
export * from './questionPacket';
