import { useId, useMemo, useState } from 'react';
import { CHECK_IN_ITEMS, CHECK_IN_SCALE } from '../../../shared/guidance/sectionTexts';
import { checkInsNewestFirst, noteExcerpt } from '../../../shared/workbook/partner/checkInTrend';
import { nightContacts } from '../../../shared/workbook/safety';
import type { CheckIn, PartnerWorkbook } from '../../../shared/workbook/schema';
import type { SectionProps } from '../types';
import { CheckInChart } from './CheckInChart';
import { localToday, newId } from '../../ui/ids';
import { CHECK_IN_NO_PRESSURE } from '../../../shared/guidance/partnerTexts';
import { CheckInSafetyItems } from '../safety/CheckInSafetyItems';
import { SectionIntro } from './SectionIntro';
import { RemoveInline } from './SupportSection';
import { sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DISTRESS_VALUES = Array.from({ length: 11 }, (_, i) => i);

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
  const uid = useId();
  const today = localToday();
  const entries = content.sections.checkIns.entries;
  const [day, setDay] = useState(today);
  const [dayInput, setDayInput] = useState(today);
  const [showAll, setShowAll] = useState(false);
  const removeItem = useRemoveListItem(update);
  const entry = entries.findLast((e) => e.day === day);
  const newest = useMemo(() => checkInsNewestFirst(entries), [entries]);
  const endDay = newest[0] && newest[0].day > today ? newest[0].day : today;

  /** Edits the check-in for the chosen day, creating it on the first touch. */
  const edit = (recipe: (c: CheckIn) => void) =>
    update((d) => {
      let c = d.sections.checkIns.entries.findLast((e) => e.day === day);
      if (!c) {
        d.sections.checkIns.entries.push({
          id: newId(),
          day,
          ratings: {},
          distress: null,
          harmThoughts: false,
          unsafeAtHome: false,
          note: '',
        });
        c = d.sections.checkIns.entries.at(-1)!;
      }
      recipe(c);
    });

  const chooseDay = (value: string) => {
    setDayInput(value);
    if (DAY_RE.test(value)) {
      setDay(value);
    }
  };
  const dayInvalid = !DAY_RE.test(dayInput);

  return (
    <section aria-labelledby="section-title" className="partner-section">
      <SectionIntro id="checkIns">
        <p className="muted">{CHECK_IN_NO_PRESSURE}</p>
      </SectionIntro>

      <div className="card soft checkin-form">
        <h3>{day === today ? 'Today’s check-in' : `Check-in for ${longDay(day)}`}</h3>
        <div className="field">
          <label htmlFor={`${uid}-day`}>Day</label>
          <input
            id={`${uid}-day`}
            type="date"
            value={dayInput}
            max="2999-12-31"
            aria-describedby={dayInvalid ? `${uid}-day-msg` : undefined}
            onChange={(e) => chooseDay(e.target.value)}
          />
          {dayInvalid && (
            <p className="hint" id={`${uid}-day-msg`} role="status">
              Choose a full date to see or write that day’s check-in. Still showing {longDay(day)}.
            </p>
          )}
          {!entry && <p className="hint">Nothing written for this day yet. Choosing any answer starts it.</p>}
        </div>

        {CHECK_IN_ITEMS.map((item) => (
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
        ))}

        <fieldset className="rating-group">
          <legend>Overall, how much distress do you feel? 0 is calm, 10 is the most you can imagine.</legend>
          <div className="rating-options distress">
            {DISTRESS_VALUES.map((v) => {
              const id = `${uid}-distress-${v}`;
              return (
                <span key={v} className="rating-option compact">
                  <input
                    id={id}
                    type="radio"
                    name={`${uid}-distress`}
                    checked={entry?.distress === v}
                    onChange={() =>
                      edit((c) => {
                        c.distress = v;
                      })
                    }
                  />
                  <label htmlFor={id}>{v}</label>
                </span>
              );
            })}
          </div>
        </fieldset>

        <CheckInSafetyItems
          entry={entry}
          nightContacts={night}
          onChange={(id, checked) =>
            edit((c) => {
              c[id] = checked;
            })
          }
        />

        <div className="field">
          <label htmlFor={`${uid}-note`}>A note for myself (optional)</label>
          <textarea
            id={`${uid}-note`}
            rows={3}
            value={entry?.note ?? ''}
            onChange={(e) => {
              const v = e.target.value;
              edit((c) => {
                c.note = v;
              });
            }}
          />
        </div>
        {entry && (
          <RemoveInline
            label={`Remove the check-in for ${longDay(day)}`}
            onRemove={() =>
              removeItem({
                items: entries,
                id: entry.id,
                inDraft: (d) => d.sections.checkIns.entries,
                what: `the check-in for ${longDay(day)}`,
                list: () => null,
                heading: sectionHeading,
              })
            }
          />
        )}
      </div>

      <CheckInChart entries={entries} endDay={endDay} />

      {newest.length > 0 && (
        <div className="card soft">
          <h3>Earlier check-ins</h3>
          <ul className="checkin-history">
            {(showAll ? newest : newest.slice(0, 10)).map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => chooseDay(c.day)}
                  aria-current={c.day === day ? 'true' : undefined}
                >
                  {longDay(c.day)}
                </button>
                <span className="muted">
                  {c.distress !== null ? ` distress ${c.distress} of 10` : ''}
                  {c.note.trim() ? ` · ${noteExcerpt(c.note)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          {newest.length > 10 && (
            <button type="button" onClick={() => setShowAll((s) => !s)}>
              {showAll ? 'Show fewer' : `Show all ${newest.length}`}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
