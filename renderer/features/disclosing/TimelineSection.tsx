import { useEffect, useMemo, useRef, useState } from 'react';
import { INVENTORY_CATEGORY_LABELS } from '../../../shared/guidance/inventory';
import { INVENTORY_CATEGORY_IDS, MILESTONE_KINDS, type InventoryCategoryId } from '../../../shared/workbook/categories';
import { parseApproxDate, sortByApproxDate } from '../../../shared/workbook/disclosing/approxDate';
import { countsInInventory } from '../../../shared/workbook/disclosing/inventoryTotals';
import { cardLabel } from '../../../shared/workbook/disclosing/letterFacts';
import { timelineByYear } from '../../../shared/workbook/disclosing/timelineByYear';
import type { DisclosingWorkbook, InventoryCard, Milestone, TimelineEntry } from '../../../shared/workbook/schema';
import { useRemoveListItem } from '../../ui/UndoRemoval';
import { DateField } from './InventorySection';
import { SectionIntro, type DisclosingProps } from './common';
import { editById } from '../../ui/list';
import { ItemList } from '../../ui/ItemList';
import { labelledOptions, SelectField, TextField } from '../../ui/fields';
import { MILESTONE_KIND_LABELS, MILESTONE_TEXTS } from '../../../shared/guidance/clinicalTexts';
import type { Update } from '../types';
import { newId } from '../../ui/ids';
import { focusAfterPaint } from '../../ui/focus';

const CATEGORY_LABEL = INVENTORY_CATEGORY_LABELS;

/** Calm, distinguishable colours for the chart (paired with a legend and a table). */
const CATEGORY_COLOURS: Record<InventoryCategoryId, string> = {
  pornography: '#6c8ebf',
  sextingChat: '#8c7ab8',
  datingApps: '#4f9d9a',
  emotionalAffairs: '#c28f5c',
  physicalAffairs: '#a0685f',
  paidSex: '#7a9a5a',
  stripClubs: '#b07aa1',
  voyeurismExhibitionism: '#5f7f9f',
  illegal: '#8a8a8a',
  other: '#a59b6a',
};

const CATEGORY_OPTIONS = labelledOptions(INVENTORY_CATEGORY_IDS, CATEGORY_LABEL);
const FILTER_OPTIONS: readonly { value: InventoryCategoryId | 'all'; label: string }[] = [
  { value: 'all', label: 'All categories' },
  ...CATEGORY_OPTIONS,
];
const PAGE = 100;

type Draft = Pick<TimelineEntry, 'date' | 'category' | 'description' | 'inventoryCardIds'>;
const EMPTY: Draft = { date: '', category: 'pornography', description: '', inventoryCardIds: [] };

export function TimelineSection({ content, update }: DisclosingProps) {
  const entries = content.sections.timeline.entries;
  const cards = content.sections.inventory.cards;
  const [filter, setFilter] = useState<InventoryCategoryId | 'all'>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const removeItem = useRemoveListItem(update);
  const listRef = useRef<HTMLOListElement>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const [limit, setLimit] = useState(PAGE);
  const milestones = content.sections.timeline.milestones;
  const sorted = useMemo(() => sortByApproxDate(entries, (e) => e.date), [entries]);
  const visible = filter === 'all' ? sorted : sorted.filter((e) => e.category === filter);
  // Milestones sit on the same line of time, greyed, as context (only when every category is shown).
  const rows = useMemo(
    () =>
      sortByApproxDate(
        [
          ...visible.map((entry) => ({ entry, milestone: null, date: entry.date })),
          ...(filter === 'all' ? milestones.filter((m) => m.label.trim() || m.date.trim()) : []).map((milestone) => ({
            entry: null,
            milestone,
            date: milestone.date,
          })),
        ],
        (r) => r.date,
      ),
    [visible, milestones, filter],
  );
  const shownRows = rows.slice(0, limit);

  /** Close the edit form and give focus back to the entry's Edit button. */
  const stopEditing = (id: string) => {
    setEditing(null);
    focusAfterPaint(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"] .dz-entry-actions button`),
    );
  };

  const remove = (entry: TimelineEntry) =>
    removeItem({
      items: entries,
      shown: shownRows.flatMap((r) => (r.entry ? [r.entry] : [])),
      id: entry.id,
      inDraft: (d) => d.sections.timeline.entries,
      what: `the entry from ${entry.date || 'an unknown date'}`,
      list: () => listRef.current,
      heading: () => listHeadingRef.current ?? document.getElementById('section-title'),
    });

  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="timeline" />
      <EntryForm
        key="new"
        title="Add an entry"
        cards={cards}
        initial={EMPTY}
        submitLabel="Add to the timeline"
        onSubmit={(draft) =>
          update((d) => {
            d.sections.timeline.entries.push({ id: newId(), ...draft });
          })
        }
      />
      <MilestonesCard milestones={milestones} update={update} />
      {entries.length === 0 ? (
        <p className="empty-state">
          No entries yet. Start with the first event you remember, or with the most recent one; the list puts them in order for
          you.
        </p>
      ) : (
        <>
          <TimelineChart entries={entries} milestones={milestones} />
          <div className="dz-list-head">
            <h3 ref={listHeadingRef} tabIndex={-1}>
              All entries <span className="muted">({visible.length} shown, in date order)</span>
            </h3>
            <SelectField
              label="Show"
              className="field dz-inline-field"
              value={filter}
              options={FILTER_OPTIONS}
              onChange={setFilter}
            />
          </div>
          <ol className="dz-timeline" data-testid="timeline-list" ref={listRef}>
            {shownRows.map(({ entry, milestone }) =>
              milestone ? (
                <li key={milestone.id} className="dz-entry dz-milestone" data-testid="timeline-milestone">
                  <span className="dz-entry-dot dz-milestone-dot" aria-hidden="true" />
                  <div className="dz-entry-main">
                    <p className="dz-entry-meta">
                      <strong>{milestone.date || 'Date not known'}</strong>
                      <span>
                        {' '}
                        · {MILESTONE_TEXTS.inTimeline}: {MILESTONE_KIND_LABELS[milestone.kind]}
                      </span>
                    </p>
                    <p className="dz-entry-text">{milestone.label}</p>
                  </div>
                </li>
              ) : !entry ? null : editing === entry.id ? (
                <li key={entry.id} className="dz-entry editing">
                  <EntryForm
                    title="Edit entry"
                    cards={cards}
                    initial={entry}
                    submitLabel="Save changes"
                    onCancel={() => stopEditing(entry.id)}
                    onSubmit={(draft) => {
                      update((d) => editById(d.sections.timeline.entries, entry.id, (e) => Object.assign(e, draft)));
                      stopEditing(entry.id);
                    }}
                  />
                </li>
              ) : (
                <li key={entry.id} className="dz-entry" data-entry-id={entry.id}>
                  <span className="dz-entry-dot" style={{ background: CATEGORY_COLOURS[entry.category] }} aria-hidden="true" />
                  <div className="dz-entry-main">
                    <p className="dz-entry-meta">
                      <strong>{entry.date || 'Date not known'}</strong>
                      <span className="muted"> · {CATEGORY_LABEL[entry.category]}</span>
                      {entry.date && !parseApproxDate(entry.date) && <span className="muted"> · placed at the end</span>}
                    </p>
                    <p className="dz-entry-text">{entry.description}</p>
                    {entry.inventoryCardIds.length > 0 && (
                      <p className="hint">
                        Linked to:{' '}
                        {entry.inventoryCardIds
                          .map((id) => cards.find((c) => c.id === id))
                          .filter((c): c is InventoryCard => c !== undefined)
                          .map(cardLabel)
                          .join(', ')}
                      </p>
                    )}
                  </div>
                  <div className="dz-entry-actions">
                    <button type="button" onClick={() => setEditing(entry.id)}>
                      Edit<span className="visually-hidden"> entry from {entry.date}</span>
                    </button>
                    <button type="button" onClick={() => remove(entry)}>
                      Delete<span className="visually-hidden"> entry from {entry.date}</span>
                    </button>
                  </div>
                </li>
              ),
            )}
          </ol>
          {rows.length > limit && (
            <div className="actions start">
              <button type="button" onClick={() => setLimit((l) => l + PAGE * 5)}>
                Show more entries ({rows.length - limit} more)
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Life events for context: a wedding, a birth, a move, an illness, a job change (schema v7). */
function MilestonesCard({ milestones, update }: { milestones: readonly Milestone[]; update: Update<DisclosingWorkbook> }) {
  const list = (d: DisclosingWorkbook) => d.sections.timeline.milestones;
  return (
    <section className="card soft dz-milestones" aria-labelledby="milestones-title" data-testid="milestones">
      <h3 id="milestones-title">{MILESTONE_TEXTS.title}</h3>
      <p className="hint">{MILESTONE_TEXTS.intro}</p>
      {milestones.length === 0 && <p className="muted">{MILESTONE_TEXTS.empty}</p>}
      <ItemList
        items={milestones}
        update={update}
        inDraft={list}
        headingId="milestones-title"
        className="dz-milestone-list"
        itemClassName="dz-grid-3"
        what={(i) => `milestone ${i + 1}`}
        fields={(bind, m) => (
          <>
            <SelectField
              label={MILESTONE_TEXTS.kindLabel}
              id={`milestone-${m.id}-kind`}
              options={labelledOptions(MILESTONE_KINDS, MILESTONE_KIND_LABELS)}
              {...bind.choice('kind')}
            />
            <TextField label={MILESTONE_TEXTS.dateLabel} {...bind.text('date')} />
            <TextField label={MILESTONE_TEXTS.labelLabel} {...bind.text('label')} />
          </>
        )}
        addLabel={MILESTONE_TEXTS.add}
        newItem={(id): Milestone => ({ id, date: '', kind: 'wedding', label: '' })}
        focusOnAdd={(id) => `milestone-${id}-kind`}
      />
    </section>
  );
}

function EntryForm({
  title,
  initial,
  cards,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  title: string;
  initial: Draft;
  cards: DisclosingWorkbook['sections']['inventory']['cards'];
  submitLabel: string;
  onSubmit: (draft: Draft) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [error, setError] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const linkable = cards.filter(countsInInventory);
  // An edit form opens in place of the entry: focus its first field (the new-entry form waits).
  const focusOnOpen = useRef(onCancel !== undefined);
  useEffect(() => {
    if (focusOnOpen.current) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <form
      className="card dz-entry-form"
      ref={formRef}
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.description.trim() === '') {
          setError('Please write a short description of what happened. Nothing has been lost.');
          return;
        }
        onSubmit({ ...draft, description: draft.description.trim(), date: draft.date.trim() });
        setError('');
        if (!onCancel) {
          setDraft({ ...EMPTY, category: draft.category });
          formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
        }
      }}
    >
      <h3>{title}</h3>
      <div className="dz-grid-2">
        <DateField label="When" value={draft.date} onChange={(v) => setDraft({ ...draft, date: v })} />
        <SelectField
          label="Category"
          value={draft.category}
          options={CATEGORY_OPTIONS}
          onChange={(category) => setDraft({ ...draft, category })}
        />
      </div>
      <TextField
        label="What happened"
        multiline
        rows={2}
        value={draft.description}
        onChange={(v) => setDraft({ ...draft, description: v })}
        hint="What, where and who, in a sentence or two. No graphic detail."
      />
      {linkable.length > 0 && (
        <fieldset className="dz-links">
          <legend>Link to inventory cards (optional)</legend>
          <div className="dz-check-grid">
            {linkable.map((c) => {
              const id = `${c.id}-${title}`;
              return (
                <div className="checkbox" key={c.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={draft.inventoryCardIds.includes(c.id)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        inventoryCardIds: e.target.checked
                          ? [...draft.inventoryCardIds, c.id]
                          : draft.inventoryCardIds.filter((x) => x !== c.id),
                      })
                    }
                  />
                  <label htmlFor={id}>{cardLabel(c)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** A simple chart: one row per year, a bar split by category, with a legend and a table for screen readers. */
function TimelineChart({ entries, milestones }: { entries: readonly TimelineEntry[]; milestones: readonly Milestone[] }) {
  const data = useMemo(() => timelineByYear(entries, milestones), [entries, milestones]);

  if (data.rows.length === 0) return null;
  return (
    <figure className="card dz-chart" aria-labelledby="chart-title">
      <figcaption id="chart-title">
        <h3>Entries by year</h3>
      </figcaption>
      <div className="dz-chart-rows" aria-hidden="true">
        {data.rows.map((r) => (
          <div key={r.year} className="dz-chart-row">
            <span className="dz-chart-year">{r.year}</span>
            <span className="dz-chart-bar" style={{ width: `${(r.total / data.max) * 100}%` }}>
              {data.categories.map((c) => {
                const n = r.counts[c] ?? 0;
                return n > 0 ? (
                  <span key={c} style={{ flex: n, background: CATEGORY_COLOURS[c] }} title={`${CATEGORY_LABEL[c]}: ${n}`} />
                ) : null;
              })}
            </span>
            <span className="dz-chart-count">{r.total}</span>
            {/* Milestones: greyed marks beside the bar, as in the list; never part of the count. */}
            <span className="dz-chart-milestones" data-testid="chart-milestones">
              {r.milestones.length > 0 && (
                <>
                  {r.milestones.slice(0, 3).map((m, i) => (
                    <span key={i} className="dz-chart-milestone-mark" title={`${MILESTONE_KIND_LABELS[m.kind]}: ${m.label}`} />
                  ))}
                  {MILESTONE_TEXTS.chartCount(r.milestones.length)}
                </>
              )}
            </span>
          </div>
        ))}
      </div>
      <ul className="dz-legend" aria-hidden="true">
        {data.categories.map((c) => (
          <li key={c}>
            <span className="dz-swatch" style={{ background: CATEGORY_COLOURS[c] }} />
            {CATEGORY_LABEL[c]}
          </li>
        ))}
        {data.milestones > 0 && (
          <li className="dz-legend-milestone">
            <span className="dz-chart-milestone-mark" />
            {MILESTONE_TEXTS.chartLegend}
          </li>
        )}
      </ul>
      {data.undated > 0 && <p className="hint">{data.undated} entries without a readable date are not in the chart.</p>}
      {/* A table is as wide as its content whatever its width says: the 1px box around it clips it. */}
      <div className="visually-hidden">
        <table>
          <caption>
            {data.milestones > 0 ? MILESTONE_TEXTS.chartCaption : 'Number of timeline entries per year and category'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {data.categories.map((c) => (
                <th key={c} scope="col">
                  {CATEGORY_LABEL[c]}
                </th>
              ))}
              {data.milestones > 0 && <th scope="col">{MILESTONE_TEXTS.chartColumn}</th>}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                {data.categories.map((c) => (
                  <td key={c}>{r.counts[c] ?? 0}</td>
                ))}
                {data.milestones > 0 && (
                  <td>{r.milestones.map((m) => `${MILESTONE_KIND_LABELS[m.kind]}: ${m.label}`).join('; ')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
