import type { ReactNode } from 'react';
import type { DisclosingSectionId } from '../../../shared/guidance/sectionTexts';
import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import { SectionIntro as Intro } from '../../ui/SectionIntro';
import type { SectionProps } from '../types';
import './disclosing.css';

export type DisclosingProps = SectionProps<DisclosingWorkbook>;

/** Title, intro paragraphs and a short list of reminders, the same on every page. */
export function SectionIntro({ id, children }: { id: DisclosingSectionId; children?: ReactNode }) {
  return (
    <Intro role="disclosing" id={id}>
      {children}
    </Intro>
  );
}

export const DATE_HINT = 'An estimate is fine: "2019", "spring 2019", "03/2019" or "2019-03-14".';
