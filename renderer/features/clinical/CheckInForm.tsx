/**
 * The one check-in of both workbooks: a day (today unless another is chosen), distress 0-10, the
 * two safety items with their gentle offer, a note, Remove with Undo, and the earlier check-ins.
 * Each workbook passes its own list, texts and any questions of its own (the partner's ratings).
 */
import { useId, useState, type ReactNode } from 'react';
import type { NightContact } from '../../../shared/workbook/safety';
import { TextField } from '../../ui/fields';
import { localToday, newId } from '../../ui/ids';
import { RemoveButton } from '../../ui/ItemList';
import { sectionHeading, useRemoveListItem } from '../../ui/UndoRemoval';
import { CheckInSafetyItems } from '../safety/CheckInSafetyItems';
import type { Update } from '../types';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DISTRESS_VALUES = Array.from({ length: 11 }, (_, i) => i);

interface CheckInEntry {
  id: string;
  day: string;
  distress: number | null;
  harmThoughts: boolean;
  unsafeAtHome: boolean;
  note: string;
}

/** `day` in these texts is the day as `dayName` writes it. */
export interface CheckInTexts {
  heading: (day: string, isToday: boolean) => string;
  dayLabel: string;
  /** Said while the typed date is not whole yet; without it nothing is said. */
  dayIncomplete?: (day: string) => string;
  nothingYet: string;
  distressLegend: string;
  contactsHeading?: string;
  noteLabel: string;
  removeWhat: (day: string) => string;
  earlier: string;
  showFewer?: string;
  showAll?: (n: number) => string;
}

export function CheckInForm<W, E extends CheckInEntry>({
  entries,
  newest,
  update,
  inDraft,
  blank,
  nightContacts,
  texts: T,
  dayName = (day) => day,
  testId,
  questions,
  between,
  historySummary,
  historyFirst,
}: {
  entries: readonly E[];
  /** The same entries, newest day first. */
  newest: readonly E[];
  update: Update<W>;
  inDraft: (draft: W) => E[];
  /** A check-in with nothing answered yet for this day (made on the first answer). */
  blank: (id: string, day: string) => E;
  nightContacts: readonly NightContact[];
  texts: CheckInTexts;
  dayName?: (day: string) => string;
  testId?: string;
  /** Questions of this workbook's own, before distress. */
  questions?: (entry: E | undefined, edit: (recipe: (c: E) => void) => void, uid: string) => ReactNode;
  /** Shown between the form and the earlier check-ins (the partner's chart). */
  between?: (day: string, today: string) => ReactNode;
  historySummary: (entry: E) => string;
  /** How many earlier check-ins are listed; with `showAll` in the texts, the rest on request. */
  historyFirst: number;
}) {
  const uid = useId();
  const today = localToday();
  const [day, setDay] = useState(today);
  const [dayInput, setDayInput] = useState(today);
  const [showAll, setShowAll] = useState(false);
  const removeItem = useRemoveListItem(update);
  const entry = entries.findLast((e) => e.day === day);

  /** Edits the check-in for the chosen day, creating it on the first touch. */
  const edit = (recipe: (c: E) => void) =>
    update((d) => {
      const list = inDraft(d);
      let c = list.findLast((e) => e.day === day);
      if (!c) {
        list.push(blank(newId(), day));
        c = list.at(-1)!;
      }
      recipe(c);
    });

  const chooseDay = (value: string) => {
    setDayInput(value);
    if (DAY_RE.test(value)) setDay(value);
  };
  const dayIncomplete = T.dayIncomplete && !DAY_RE.test(dayInput) ? T.dayIncomplete(dayName(day)) : null;
  const canShowAll = T.showAll !== undefined && newest.length > historyFirst;

  return (
    <>
      <div className="card soft checkin-form" data-testid={testId}>
        <h3>{T.heading(dayName(day), day === today)}</h3>
        <div className="field">
          <label htmlFor={`${uid}-day`}>{T.dayLabel}</label>
          <input
            id={`${uid}-day`}
            type="date"
            value={dayInput}
            max="2999-12-31"
            aria-describedby={dayIncomplete ? `${uid}-day-msg` : undefined}
            onChange={(e) => chooseDay(e.target.value)}
          />
          {dayIncomplete && (
            <p className="hint" id={`${uid}-day-msg`} role="status">
              {dayIncomplete}
            </p>
          )}
          {!entry && <p className="hint">{T.nothingYet}</p>}
        </div>
        {questions?.(entry, edit, uid)}
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
          nightContacts={nightContacts}
          {...(T.contactsHeading ? { contactsHeading: T.contactsHeading } : {})}
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
          <RemoveButton
            what={T.removeWhat(dayName(day))}
            onRemove={() =>
              removeItem({
                items: entries,
                id: entry.id,
                inDraft,
                what: T.removeWhat(dayName(day)),
                list: () => null,
                heading: sectionHeading,
              })
            }
          />
        )}
      </div>
      {between?.(day, today)}
      {newest.length > 0 && (
        <div className="card soft">
          <h3>{T.earlier}</h3>
          <ul className="checkin-history">
            {(showAll ? newest : newest.slice(0, historyFirst)).map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => chooseDay(c.day)}
                  aria-current={c.day === day ? 'true' : undefined}
                >
                  {dayName(c.day)}
                </button>
                <span className="muted">{historySummary(c)}</span>
              </li>
            ))}
          </ul>
          {canShowAll && (
            <button type="button" onClick={() => setShowAll((s) => !s)}>
              {showAll ? T.showFewer : T.showAll?.(newest.length)}
            </button>
          )}
        </div>
      )}
    </>
  );
}
