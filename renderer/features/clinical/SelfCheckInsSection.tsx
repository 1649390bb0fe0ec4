import { useId, useMemo, useState } from 'react';
import { SELF_CHECK_IN_TEXTS as T } from '../../../shared/guidance/clinicalTexts';
import { nightContacts } from '../../../shared/workbook/safety';
import type { DisclosingWorkbook, SelfCheckIn } from '../../../shared/workbook/schema';
import { CheckInSafetyItems } from '../safety/CheckInSafetyItems';
import { SectionIntro } from '../disclosing/common';
import type { SectionProps } from '../types';
import { TextField } from '../../ui/fields';
import { localToday, newId } from '../../ui/ids';
import { sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DISTRESS_VALUES = Array.from({ length: 11 }, (_, i) => i);

/**
 * The disclosing partner's short, private check-in: distress 0-10 and the two safety items, with
 * the same gentle, dismissible offer as the partner's (Pause, the crisis lines, people to call).
 */
export function SelfCheckInsSection({ content, update }: SectionProps<DisclosingWorkbook>) {
  const uid = useId();
  const today = localToday();
  const entries = content.sections.checkIns.entries;
  const contacts = useMemo(() => nightContacts(content), [content]);
  const [day, setDay] = useState(today);
  const [dayInput, setDayInput] = useState(today);
  const removeItem = useRemoveListItem(update);
  const entry = entries.findLast((e) => e.day === day);
  const newest = useMemo(() => [...entries].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)), [entries]);

  const edit = (recipe: (c: SelfCheckIn) => void) =>
    update((d) => {
      let c = d.sections.checkIns.entries.findLast((e) => e.day === day);
      if (!c) {
        d.sections.checkIns.entries.push({
          id: newId(),
          day,
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
    if (DAY_RE.test(value)) setDay(value);
  };

  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="checkIns" />
      <div className="card soft checkin-form" data-testid="self-check-in">
        <h3>{day === today ? T.title : `${T.dayLabel}: ${day}`}</h3>
        <div className="field">
          <label htmlFor={`${uid}-day`}>{T.dayLabel}</label>
          <input id={`${uid}-day`} type="date" value={dayInput} max="2999-12-31" onChange={(e) => chooseDay(e.target.value)} />
          {!entry && <p className="hint">{T.nothingYet}</p>}
        </div>
        <fieldset className="rating-group">
          <legend>{T.distressLegend}</legend>
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
          nightContacts={contacts}
          contactsHeading={T.contactsHeading}
          onChange={(id, checked) =>
            edit((c) => {
              c[id] = checked;
            })
          }
        />
        <TextField
          label={T.noteLabel}
          multiline
          value={entry?.note ?? ''}
          onChange={(v) =>
            edit((c) => {
              c.note = v;
            })
          }
        />
        {entry && (
          <div className="actions start">
            <button
              type="button"
              className="link"
              onClick={() =>
                removeItem({
                  items: entries,
                  id: entry.id,
                  inDraft: (d) => d.sections.checkIns.entries,
                  what: T.removeWhat(day),
                  list: () => null,
                  heading: sectionHeading,
                })
              }
            >
              {T.remove(day)}
            </button>
          </div>
        )}
      </div>
      {newest.length > 0 && (
        <div className="card soft">
          <h3>{T.earlier}</h3>
          <ul className="checkin-history">
            {newest.slice(0, 30).map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => chooseDay(c.day)}>
                  {c.day}
                </button>
                <span className="muted">
                  {' '}
                  · {T.distressSummary(c.distress)}
                  {c.harmThoughts || c.unsafeAtHome ? ` · ${T.safetyNoted}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
