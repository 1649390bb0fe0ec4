import { useCallback, useRef } from 'react';
import { RESTITUTION_TEXTS } from '../../../shared/guidance/afterTexts';
import { IMPACT_LETTER_AREAS } from '../../../shared/guidance/sectionTexts';
import { DRAFT_TEXTS } from '../../../shared/guidance/draftTexts';
import { DraftsPanel, RichTextEditor, type LetterChange, type RichTextEditorHandle } from '../../editor';
import { SectionIntro, type DisclosingProps } from '../disclosing/common';

/** The restitution letter: the shared editor with drafts and language notes, guided by the fixed impact-letter areas. */
export function RestitutionLetterSection({ content, update }: DisclosingProps) {
  const letter = content.sections.restitutionLetter;
  const editor = useRef<RichTextEditorHandle>(null);
  const change: LetterChange = useCallback((recipe) => update((d) => recipe(d.sections.restitutionLetter)), [update]);
  return (
    <section aria-labelledby="section-title" className="dz-section dz-letter">
      <SectionIntro id="restitutionLetter" />
      <details className="card impact-areas">
        <summary>{RESTITUTION_TEXTS.areasSummary(IMPACT_LETTER_AREAS.length)}</summary>
        <p className="hint">{RESTITUTION_TEXTS.areasNote}</p>
        <ul className="dz-plain-list">
          {IMPACT_LETTER_AREAS.map((area) => (
            <li key={area.id}>
              <strong>{area.title}</strong>{' '}
              <button
                type="button"
                className="link"
                onClick={() => editor.current?.insertParagraphs([`${area.title}:`])}
                aria-label={`Start a part about ${area.title.toLowerCase()} in my letter`}
              >
                {RESTITUTION_TEXTS.startPart}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <RichTextEditor
        value={letter}
        onChange={change}
        label={RESTITUTION_TEXTS.editorLabel}
        placeholder={RESTITUTION_TEXTS.placeholder}
        languageCheck
        handleRef={editor}
      />
      <DraftsPanel value={letter} onChange={change} editor={editor} letterName={DRAFT_TEXTS.letterNames.restitution} />
    </section>
  );
}
