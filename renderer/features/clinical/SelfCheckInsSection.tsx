import { useMemo } from 'react';
import { SELF_CHECK_IN_TEXTS as T } from '../../../shared/guidance/clinicalTexts';
import { nightContacts } from '../../../shared/workbook/safety';
import type { DisclosingWorkbook } from '../../../shared/workbook/schema';
import { SectionIntro } from '../disclosing/common';
import type { SectionProps } from '../types';
import { CheckInForm } from './CheckInForm';

/**
 * The disclosing partner's short, private check-in: distress 0-10 and the two safety items, with
 * the same gentle, dismissible offer as the partner's (Pause, the crisis lines, people to call).
 */
export function SelfCheckInsSection({ content, update }: SectionProps<DisclosingWorkbook>) {
  const entries = content.sections.checkIns.entries;
  const contacts = useMemo(() => nightContacts(content), [content]);
  const newest = useMemo(() => [...entries].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)), [entries]);
  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="checkIns" />
      <CheckInForm
        entries={entries}
        newest={newest}
        update={update}
        inDraft={(d) => d.sections.checkIns.entries}
        blank={(id, day) => ({ id, day, distress: null, harmThoughts: false, unsafeAtHome: false, note: '' })}
        nightContacts={contacts}
        texts={T}
        testId="self-check-in"
        historyFirst={30}
        historySummary={(c) =>
          ` · ${T.distressSummary(c.distress)}${c.harmThoughts || c.unsafeAtHome ? ` · ${T.safetyNoted}` : ''}`
        }
      />
    </section>
  );
}
