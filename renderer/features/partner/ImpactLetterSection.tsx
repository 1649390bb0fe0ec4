import { useCallback, useRef } from 'react';
import { IMPACT_LETTER_AREAS } from '../../../shared/guidance/sectionTexts';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import { DraftsPanel, RichTextEditor, type LetterChange, type RichTextEditorHandle } from '../../editor';
import type { SectionProps } from '../types';
import { IMPACT_LETTER_TIMING } from '../../../shared/guidance/partnerTexts';
import { DRAFT_TEXTS } from '../../../shared/guidance/draftTexts';
import { SectionIntro } from './SectionIntro';

export function ImpactLetterSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const letter = content.sections.impactLetter;
  const editor = useRef<RichTextEditorHandle>(null);
  const change: LetterChange = useCallback((recipe) => update((d) => recipe(d.sections.impactLetter)), [update]);

  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="impactLetter">
        <p className="muted">{IMPACT_LETTER_TIMING}</p>
      </SectionIntro>

      <details className="card soft impact-areas">
        <summary>Areas your letter may cover ({IMPACT_LETTER_AREAS.length}), one at a time</summary>
        <ul className="plain-list">
          {IMPACT_LETTER_AREAS.map((area) => (
            <li key={area.id} className="impact-area">
              <h3>{area.title}</h3>
              <ul>
                {area.prompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <button
                type="button"
                onClick={() => editor.current?.insertParagraphs([`${area.title}:`])}
                aria-label={`Start a part about ${area.title.toLowerCase()} in my letter`}
              >
                Start this part in my letter
              </button>
            </li>
          ))}
        </ul>
      </details>

      <RichTextEditor
        value={letter}
        onChange={change}
        label="My emotional impact letter"
        placeholder="Begin wherever feels possible today. A few words are enough."
        languageCheck={false}
        handleRef={editor}
      />
      <DraftsPanel value={letter} onChange={change} editor={editor} letterName={DRAFT_TEXTS.letterNames.letter} />
    </section>
  );
}
