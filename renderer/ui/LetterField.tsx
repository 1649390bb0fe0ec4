/**
 * The letter field of the form kit, the same on every letter screen (the disclosure letter, the
 * impact letter, the restitution and no-contact letters): the rich-text editor, with a side panel
 * beside it when the screen has one, and its drafts under it. The drafts panel reaches the editor,
 * so "Save as draft" keeps what was typed a moment ago.
 */
import { useRef, type ReactNode, type RefObject } from 'react';
import { START_PART_TEXTS, type LetterFieldTexts } from '../../shared/guidance/letterTexts';
import type { Letter } from '../../shared/workbook/schema';
import { DraftsPanel, RichTextEditor, type LetterChange, type RichTextEditorHandle, type RichTextEditorProps } from '../editor';

export function LetterField({
  letter,
  onChange,
  texts,
  languageCheck,
  editor,
  aside,
}: {
  letter: Letter;
  /** A stable function (useCallback), so the memoised editor does not re-render on every change. */
  onChange: LetterChange;
  texts: LetterFieldTexts;
  /** As the editor takes it: a memoised object when it follows the workbook's guidance. */
  languageCheck: NonNullable<RichTextEditorProps['languageCheck']>;
  /** The screen's handle on the editor, when it inserts text or moves focus there. */
  editor?: RefObject<RichTextEditorHandle | null>;
  /** Shown beside the editor (facts to insert, open items). */
  aside?: ReactNode;
}) {
  const own = useRef<RichTextEditorHandle>(null);
  const handle = editor ?? own;
  const writing = (
    <RichTextEditor
      value={letter}
      onChange={onChange}
      label={texts.editorLabel}
      placeholder={texts.placeholder}
      languageCheck={languageCheck}
      handleRef={handle}
    />
  );
  return (
    <>
      {aside ? (
        <div className="dz-letter-layout">
          <div className="dz-letter-main">{writing}</div>
          <div className="dz-letter-side">{aside}</div>
        </div>
      ) : (
        writing
      )}
      <DraftsPanel value={letter} onChange={onChange} editor={handle} letterName={texts.letterName} />
    </>
  );
}

/** Starts a part of the letter about one area: "Area:" goes into the letter as a paragraph of its own. */
export function StartPartButton({
  area,
  editor,
  className,
}: {
  area: string;
  editor: RefObject<RichTextEditorHandle | null>;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => editor.current?.insertParagraphs([`${area}:`])}
      aria-label={START_PART_TEXTS.label(area)}
    >
      {START_PART_TEXTS.button}
    </button>
  );
}
