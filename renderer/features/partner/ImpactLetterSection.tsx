import { useCallback, useRef } from 'react';
import { IMPACT_LETTER_AREAS } from '../../../shared/guidance/sectionTexts';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import type { LetterChange, RichTextEditorHandle } from '../../editor';
import { LetterField, StartPartButton } from '../../ui/LetterField';
import type { SectionProps } from '../types';
import { IMPACT_LETTER_TEXTS, IMPACT_LETTER_TIMING } from '../../../shared/guidance/partnerTexts';
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
        <summary>{IMPACT_LETTER_TEXTS.areasSummary(IMPACT_LETTER_AREAS.length)}</summary>
        <ul className="plain-list">
          {IMPACT_LETTER_AREAS.map((area) => (
            <li key={area.id} className="impact-area">
              <h3>{area.title}</h3>
              <ul>
                {area.prompts.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
              <StartPartButton area={area.title} editor={editor} />
            </li>
          ))}
        </ul>
      </details>

      <LetterField letter={letter} onChange={change} texts={IMPACT_LETTER_TEXTS} languageCheck={false} editor={editor} />
    </section>
  );
}
