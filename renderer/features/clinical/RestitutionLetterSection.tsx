import { useCallback, useRef } from 'react';
import { RESTITUTION_TEXTS } from '../../../shared/guidance/afterTexts';
import { IMPACT_LETTER_AREAS } from '../../../shared/guidance/sectionTexts';
import type { LetterChange, RichTextEditorHandle } from '../../editor';
import { LetterField, StartPartButton } from '../../ui/LetterField';
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
              <strong>{area.title}</strong> <StartPartButton area={area.title} editor={editor} className="link" />
            </li>
          ))}
        </ul>
      </details>
      <LetterField letter={letter} onChange={change} texts={RESTITUTION_TEXTS} languageCheck editor={editor} />
    </section>
  );
}
