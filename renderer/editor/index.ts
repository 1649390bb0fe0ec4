/**
 * The shared letter editor (Lexical) and drafts panel. Both work on a `Letter`
 * (`{ current, drafts, dismissedChecks }` from the schema) and an `onChange(recipe)` that
 * mutates a draft of it, e.g. for the impact letter:
 *
 *   const change: LetterChange = (recipe) => update((d) => recipe(d.sections.impactLetter));
 *   const editor = useRef<RichTextEditorHandle>(null);
 *   <RichTextEditor value={letter} onChange={change} label="Your impact letter" languageCheck={false} handleRef={editor} />
 *   <DraftsPanel value={letter} onChange={change} editor={editor} letterName="your letter" />
 *
 * A letter the disclosing partner writes (restitution, no-contact) gets the language notes with
 *   languageCheck={settings}, with settings = useMemo(() => ({ apologies: content.languageGuidance.apologies }), [...])
 * (a stable object, so the memoised editor does not re-render on every change),
 * and a plain field with <LanguageNotes text=… dismissed=… keyPrefix=… onDismiss=… apologies=… />.
 */
export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor';
export { DraftsPanel, type DraftsPanelProps } from './DraftsPanel';
export { LanguageNotes } from './LanguageNotes';
export type { LanguageCheckSettings } from './plugins/LanguageCheckPlugin';
export {
  flushPendingEditorChanges,
  notifyPendingEditorChange,
  onPendingEditorChange,
  registerPendingFlush,
} from './pendingChanges';
export type { LetterChange, RichTextEditorHandle } from './types';
