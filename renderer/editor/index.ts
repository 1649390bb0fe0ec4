/**
 * The shared letter editor (Lexical) and drafts panel. Both work on a `Letter`
 * (`{ current, drafts, dismissedChecks }` from the schema) and an `onChange(recipe)` that
 * mutates a draft of it, e.g. for the impact letter:
 *
 *   const change: LetterChange = (recipe) => update((d) => recipe(d.sections.impactLetter));
 *   const editor = useRef<RichTextEditorHandle>(null);
 *   <RichTextEditor value={letter} onChange={change} label="Your impact letter" languageCheck={false} handleRef={editor} />
 *   <DraftsPanel value={letter} onChange={change} editor={editor} letterName="your letter" />
 */
export { RichTextEditor, SERIALIZE_IDLE_MS, type RichTextEditorProps } from './RichTextEditor';
export { DraftsPanel, type DraftsPanelProps } from './DraftsPanel';
export { LanguageNotes } from './LanguageNotes';
export { flushPendingEditorChanges, registerPendingFlush } from './pendingChanges';
export type { LetterChange, RichTextEditorHandle } from './types';
