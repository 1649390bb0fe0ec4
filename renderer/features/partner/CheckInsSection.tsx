import { useMemo } from 'react';
import { CHECK_IN_ITEMS, CHECK_IN_SCALE } from '../../../shared/guidance/sectionTexts';
import { CHECK_IN_NO_PRESSURE, PARTNER_CHECK_IN_TEXTS } from '../../../shared/guidance/partnerTexts';
import { checkInsNewestFirst, noteExcerpt } from '../../../shared/workbook/partner/checkInTrend';
import { nightContacts } from '../../../shared/workbook/safety';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import { CheckInForm } from '../clinical/CheckInForm';
import type { SectionProps } from '../types';
import { CheckInChart } from './CheckInChart';
import { SectionIntro } from './SectionIntro';

function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1).toLocaleDateString(undefined, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  });
}

export function CheckInsSection({ content, update }: SectionProps<PartnerWorkbook>) {
  const night = useMemo(() => nightContacts(content), [content]);
  const entries = content.sections.checkIns.entries;
  const newest = useMemo(() => checkInsNewestFirst(entries), [entries]);

  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="checkIns">
        <p className="muted">{CHECK_IN_NO_PRESSURE}</p>
      </SectionIntro>
      <CheckInForm
        entries={entries}
        newest={newest}
        update={update}
        inDraft={(d) => d.sections.checkIns.entries}
        blank={(id, day) => ({ id, day, ratings: {}, distress: null, harmThoughts: false, unsafeAtHome: false, note: '' })}
        nightContacts={night}
        texts={PARTNER_CHECK_IN_TEXTS}
        dayName={longDay}
        questions={(entry, edit, uid) =>
          CHECK_IN_ITEMS.map((item) => (
            <fieldset key={item.id} className="rating-group">
              <legend>{item.question}</legend>
              <div className="rating-options">
                {CHECK_IN_SCALE.map((s) => {
                  const id = `${uid}-${item.id}-${s.value}`;
                  return (
                    <span key={s.value} className="rating-option">
                      <input
                        id={id}
                        type="radio"
                        name={`${uid}-${item.id}`}
                        checked={entry?.ratings[item.id] === s.value}
                        onChange={() =>
                          edit((c) => {
                            c.ratings[item.id] = s.value;
                          })
                        }
                      />
                      <label htmlFor={id}>
                        <span className="rating-value">{s.value}</span> {s.label}
                      </label>
                    </span>
                  );
                })}
              </div>
            </fieldset>
          ))
        }
        between={(_day, today) => (
          <CheckInChart entries={entries} endDay={newest[0] && newest[0].day > today ? newest[0].day : today} />
        )}
        historyFirst={10}
        historySummary={(c) =>
          `${c.distress !== null ? ` distress ${c.distress} of 10` : ''}${c.note.trim() ? ` · ${noteExcerpt(c.note)}` : ''}`
        }
      />
    </section>
  );
}
