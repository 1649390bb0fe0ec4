import { useId, useRef, useState } from 'react';
import { useRemoveListItem } from '../../ui/UndoRemoval';
import {
  DISCLOSED_BEFORE_LABELS,
  HAPPENED_LABELS,
  HEALTH_TEST_RECOMMENDATION,
  INVENTORY_CATEGORIES,
  inventoryCardTitle,
  PLACE_LABELS,
  type InventoryCategoryGuidance,
} from '../../../shared/guidance/inventory';
import { PLACE_IDS, type InventoryCategoryId } from '../../../shared/workbook/categories';
import { parseApproxDate } from '../../../shared/workbook/disclosing/approxDate';
import { MONEY_TEXTS } from '../../../shared/guidance/handoffTexts';
import { countsInInventory, inventoryTotals, parsePeopleCount } from '../../../shared/workbook/disclosing/inventoryTotals';
import { CURRENCIES, formatMoneyValue, parseMoneyText } from '../../../shared/workbook/money';
import { inventoryCardSchema, MAX_SHORT, type DisclosingWorkbook, type InventoryCard } from '../../../shared/workbook/schema';
import type { Update } from '../types';
import { DATE_HINT, SectionIntro, type DisclosingProps } from './common';
import { CheckboxField, NumberField, RadioGroup, SelectField, TextField } from '../../ui/fields';
import { newId } from '../../ui/ids';
import { editById, fieldBinder } from '../../ui/list';
import { CHILDREN_TEXTS } from '../../../shared/guidance/clinicalTexts';

const CURRENCY_OPTIONS = CURRENCIES.map((c) => ({ value: c.code, label: c.label }));
const HAPPENED_OPTIONS = (['yes', 'no', 'notSure'] as const).map((id) => ({ id, label: HAPPENED_LABELS[id] }));

const DISCLOSED_OPTIONS = (['no', 'partially', 'fully'] as const).map((id) => ({ id, label: DISCLOSED_BEFORE_LABELS[id] }));

/** A card shown before anything is written: the schema defaults, not stored until edited. */
function blankCard(category: InventoryCategoryId, id = `${category}-card`): InventoryCard {
  return inventoryCardSchema.parse({ id, category });
}

export function InventorySection({ content, update }: DisclosingProps) {
  const cards = content.sections.inventory.cards;
  const totals = inventoryTotals(cards);
  const others = cards.filter((c) => c.category === 'other');
  const removeItem = useRemoveListItem(update);
  const listRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const shown: { card: InventoryCard; guidance: InventoryCategoryGuidance }[] = [];
  for (const guidance of INVENTORY_CATEGORIES) {
    if (guidance.id === 'other') continue;
    shown.push({ card: cards.find((c) => c.category === guidance.id) ?? blankCard(guidance.id), guidance });
  }
  const otherGuidance = INVENTORY_CATEGORIES.find((g) => g.id === 'other');
  if (otherGuidance) {
    for (const card of others) shown.push({ card, guidance: otherGuidance });
  }

  return (
    <section aria-labelledby="section-title" className="dz-section">
      <SectionIntro id="inventory" />
      <Totals totals={totals} />
      <CurrencyChoice
        value={content.sections.inventory.currency}
        onChange={(code) =>
          update((d) => {
            d.sections.inventory.currency = code;
          })
        }
      />
      <ul className="dz-cards" ref={listRef}>
        {shown.map(({ card, guidance }) => (
          <li key={card.id}>
            <InventoryCardView
              card={card}
              guidance={guidance}
              update={update}
              currency={content.sections.inventory.currency}
              expanded={open.has(card.id)}
              onToggle={() => toggle(card.id)}
              onRemove={
                card.category === 'other'
                  ? () =>
                      removeItem({
                        items: cards,
                        shown: shown.map((s) => s.card),
                        id: card.id,
                        inDraft: (d) => d.sections.inventory.cards,
                        what: card.label.trim() ? `the card “Other: ${card.label.trim()}”` : 'the “Other” card',
                        list: () => listRef.current,
                        heading: () => document.getElementById('section-title'),
                      })
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
      <ChildrenCard content={content} update={update} />
      <div className="actions start">
        <button
          type="button"
          onClick={() => {
            const id = newId();
            update((d) => {
              d.sections.inventory.cards.push(inventoryCardSchema.parse({ id, category: 'other' }));
            });
            setOpen((prev) => new Set(prev).add(id));
          }}
        >
          Add an “Other” card
        </button>
        <p className="muted">For anything that does not fit the categories above. Add as many as you need.</p>
      </div>
    </section>
  );
}

/** Children and family: a notice first, then the answer and a placeholder at most (schema v7). */
function ChildrenCard({ content, update }: { content: DisclosingWorkbook; update: Update<DisclosingWorkbook> }) {
  const children = content.sections.inventory.children;
  const bind = fieldBinder(update, (d: DisclosingWorkbook) => d.sections.inventory.children, children);
  const [expanded, setExpanded] = useState(false);
  const bodyId = useId();
  return (
    <article
      className={`card dz-inv-card${expanded ? ' open' : ''}`}
      aria-labelledby="children-card-title"
      data-testid="children-card"
    >
      <div className="dz-card-head">
        <h3 id="children-card-title">{CHILDREN_TEXTS.title}</h3>
        <span className={`status-chip dz-chip-${children.happened}`}>{HAPPENED_LABELS[children.happened]}</span>
        <button
          type="button"
          className="dz-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Close' : 'Open'}
          <span className="visually-hidden"> {CHILDREN_TEXTS.title}</span>
        </button>
      </div>
      <p className="muted dz-card-desc">{CHILDREN_TEXTS.description}</p>
      <div className="notice dz-legal" role="note" aria-label={CHILDREN_TEXTS.noticeTitle}>
        <p>
          <strong>{CHILDREN_TEXTS.noticeTitle}</strong> {CHILDREN_TEXTS.notice}
        </p>
      </div>
      {expanded && (
        <div id={bodyId} className="dz-card-body">
          <RadioGroup
            legend={CHILDREN_TEXTS.question}
            name="children-happened"
            value={children.happened === 'unanswered' ? null : children.happened}
            options={HAPPENED_OPTIONS}
            onChange={(v) =>
              bind.edit((c) => {
                c.happened = v;
              })
            }
          />
          {children.happened === 'no' && <p className="hint">{CHILDREN_TEXTS.noAnswer}</p>}
          {(children.happened === 'yes' || children.happened === 'notSure') && (
            <>
              <TextField
                label={CHILDREN_TEXTS.placeholderLabel}
                hint={CHILDREN_TEXTS.placeholderHint}
                {...bind.text('placeholder')}
              />
              <CheckboxField label={CHILDREN_TEXTS.talkedLabel} {...bind.checked('talkedWithTherapist')} />
            </>
          )}
          <p className="hint">{CHILDREN_TEXTS.tellingChildren}</p>
        </div>
      )}
    </article>
  );
}

function CurrencyChoice({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  return (
    <SelectField
      label={MONEY_TEXTS.currencyLabel}
      className="field dz-currency"
      value={value}
      options={CURRENCY_OPTIONS}
      onChange={onChange}
    />
  );
}

function Totals({ totals }: { totals: ReturnType<typeof inventoryTotals> }) {
  return (
    <section className="dz-totals" aria-label="Totals so far" data-testid="inventory-totals">
      <div className="dz-stat">
        <span className="dz-stat-value" data-testid="total-categories">
          {totals.categories}
        </span>
        <span className="dz-stat-label">categories with a yes or not sure</span>
      </div>
      <div className="dz-stat">
        <span className="dz-stat-value" data-testid="total-people">
          {totals.people}
        </span>
        <span className="dz-stat-label">people, added up across categories</span>
      </div>
      <div className="dz-stat">
        <span className="dz-stat-value" data-testid="total-money">
          {totals.money.length ? totals.money.join(', ') : MONEY_TEXTS.totalsNone}
        </span>
        <span className="dz-stat-label">
          money spent, added up{totals.moneyUnread ? ` (${MONEY_TEXTS.totalsUnread(totals.moneyUnread)})` : ''}
        </span>
      </div>
      <div className="dz-stat">
        <span className="dz-stat-value">{totals.knownPeople}</span>
        <span className="dz-stat-label">
          people your partner knows{totals.ongoingContact ? `, ${totals.ongoingContact} with contact still going on` : ''}
        </span>
      </div>
      {totals.unanswered > 0 || totals.categories === 0 ? (
        <p className="dz-totals-note muted">Every category needs an answer, even when the answer is no.</p>
      ) : null}
    </section>
  );
}

function InventoryCardView({
  card,
  guidance,
  update,
  currency,
  expanded,
  onToggle,
  onRemove,
}: {
  card: InventoryCard;
  guidance: InventoryCategoryGuidance;
  update: Update<DisclosingWorkbook>;
  currency: string;
  expanded: boolean;
  onToggle: () => void;
  /** Only "Other" cards can be removed (the named categories always stay, answered or not). */
  onRemove?: (() => void) | undefined;
}) {
  const headingId = useId();
  const bodyId = useId();
  const title = inventoryCardTitle(card);

  /** Edit this card, creating it on first edit. */
  const edit = (recipe: (c: InventoryCard) => void) =>
    update((d) => {
      const cards = d.sections.inventory.cards;
      let target = cards.find((c) => c.id === card.id);
      if (!target) {
        cards.push(blankCard(card.category, card.id));
        target = cards[cards.length - 1];
      }
      if (target) recipe(target);
    });

  const happened = countsInInventory(card);
  return (
    <article className={`card dz-inv-card${expanded ? ' open' : ''}`} aria-labelledby={headingId} data-category={card.category}>
      <div className="dz-card-head">
        <h3 id={headingId}>{title}</h3>
        <span className={`status-chip dz-chip-${card.happened}`}>{HAPPENED_LABELS[card.happened]}</span>
        <button type="button" className="dz-toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={onToggle}>
          {expanded ? 'Close' : 'Open'}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <p className="muted dz-card-desc">{guidance.description}</p>
      {guidance.legalNotice && (
        <div className="notice dz-legal" role="note" aria-label="Before you write anything here">
          <p>
            <strong>Before you write anything here.</strong> {guidance.legalNotice}
          </p>
        </div>
      )}
      {expanded && (
        <div id={bodyId} className="dz-card-body">
          {card.category === 'other' && (
            <TextField
              label="A short name for this card"
              value={card.label}
              onChange={(v) =>
                edit((c) => {
                  c.label = v;
                })
              }
            />
          )}
          <RadioGroup
            legend="Did this happen during the scope of your disclosure?"
            name={`happened-${card.id}`}
            value={card.happened === 'unanswered' ? null : card.happened}
            options={HAPPENED_OPTIONS}
            onChange={(v) =>
              edit((c) => {
                c.happened = v;
              })
            }
          />
          {card.happened === 'unanswered' && <p className="hint">{guidance.guidance}</p>}
          {card.happened === 'no' && (
            <p className="hint">Noted. If something comes back to you later, you can change this at any time.</p>
          )}
          {happened && <CardDetails card={card} edit={edit} update={update} guidance={guidance} currency={currency} />}
          {onRemove && (
            <div className="actions">
              <button type="button" className="link" onClick={onRemove}>
                Remove this card<span className="visually-hidden"> ({title})</span>
              </button>
            </div>
          )}
        </div>
      )}
    </article>
  );
}

function CardDetails({
  card,
  edit,
  update,
  guidance,
  currency,
}: {
  card: InventoryCard;
  edit: (recipe: (c: InventoryCard) => void) => void;
  update: Update<DisclosingWorkbook>;
  guidance: InventoryCategoryGuidance;
  currency: string;
}) {
  const placesId = useId();
  const set =
    <K extends keyof InventoryCard>(key: K) =>
    (value: InventoryCard[K]) =>
      edit((c) => {
        c[key] = value;
      });
  return (
    <div className="dz-details">
      <p className="hint">{guidance.guidance}</p>
      <div className="dz-grid-2">
        <DateField label="First time" value={card.firstTime} onChange={set('firstTime')} />
        <DateField label="Most recent time" value={card.mostRecent} onChange={set('mostRecent')} />
      </div>
      <div className="dz-grid-2">
        <TextField
          label="How often"
          value={card.frequency}
          onChange={set('frequency')}
          hint="A number and a period, for example “about twice a month for 3 years”."
        />
        <NumberField
          label="How many people"
          inputMode="numeric"
          parse={parsePeopleCount}
          hint="Your best honest estimate, as a number."
          invalid="Please use a whole number, like 3. If you are unsure, give your best estimate and say so in the notes."
          value={card.peopleCount}
          onChange={set('peopleCount')}
        />
      </div>

      <KnownPeople card={card} edit={edit} update={update} />

      <fieldset className="dz-places">
        <legend id={placesId}>Places</legend>
        <div className="dz-check-grid">
          {PLACE_IDS.map((p) => (
            <CheckboxField
              key={p}
              label={PLACE_LABELS[p]}
              checked={card.places.includes(p)}
              onChange={(v) =>
                edit((c) => {
                  c.places = v ? [...c.places.filter((x) => x !== p), p] : c.places.filter((x) => x !== p);
                })
              }
            />
          ))}
        </div>
        <TextField label="More about the places" value={card.placesNote} onChange={set('placesNote')} />
      </fieldset>

      <div className="dz-grid-2">
        <MoneyField currency={currency} value={card.money} onChange={set('money')} />
        <TextField
          label="Where the money came from"
          value={card.moneySource}
          onChange={set('moneySource')}
          hint="Accounts, cards, cash, hidden debt."
        />
      </div>

      <CheckboxField
        label="There was sexual contact without protection"
        checked={card.unprotectedContact}
        onChange={set('unprotectedContact')}
      />
      {card.unprotectedContact && (
        <div className="notice dz-health" role="note" aria-label="Please get tested">
          <p>{HEALTH_TEST_RECOMMENDATION}</p>
        </div>
      )}
      <TextField
        label="Health notes"
        value={card.healthNotes}
        onChange={set('healthNotes')}
        hint="Tests done or planned, with dates."
      />
      <TextField label="Lies and cover stories I used" multiline value={card.liesUsed} onChange={set('liesUsed')} />
      <RadioGroup
        legend="Have you told your partner about this before?"
        name={`disclosed-${card.id}`}
        value={card.disclosedBefore}
        options={DISCLOSED_OPTIONS}
        onChange={set('disclosedBefore')}
      />
      <TextField label="Other notes for my therapist" multiline value={card.notes} onChange={set('notes')} />
    </div>
  );
}

export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const unreadable = value.trim() !== '' && parseApproxDate(value) === null;
  return (
    <TextField label={label} value={value} onChange={onChange} hint={DATE_HINT} maxLength={60}>
      {unreadable && (
        <p className="hint dz-soft" role="status">
          This is kept as you wrote it. Adding a year helps put it in order.
        </p>
      )}
    </TextField>
  );
}

/** Money as it is written: an amount, a range, or words that are kept as they are. */
function MoneyField({
  currency,
  value,
  onChange,
}: {
  currency: string;
  value: InventoryCard['money'];
  onChange: (v: InventoryCard['money']) => void;
}) {
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(value === null ? '' : value.text || formatMoneyValue(value));
  const read = value && value.low !== null ? MONEY_TEXTS.readAs(formatMoneyValue(value)) : value ? MONEY_TEXTS.kept : '';
  return (
    <div className="field">
      <label htmlFor={id}>{MONEY_TEXTS.label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        dir="auto"
        maxLength={MAX_SHORT}
        value={text}
        aria-describedby={hintId}
        onChange={(e) => {
          const t = e.target.value;
          setText(t);
          onChange(t.trim() === '' ? null : parseMoneyText(t, currency));
        }}
      />
      <p className="hint" id={hintId} data-testid="money-read">
        {read || MONEY_TEXTS.hint}
      </p>
    </div>
  );
}

function KnownPeople({
  card,
  edit,
  update,
}: {
  card: InventoryCard;
  edit: (recipe: (c: InventoryCard) => void) => void;
  update: Update<DisclosingWorkbook>;
}) {
  type Person = InventoryCard['knownPeople'][number];
  const removeItem = useRemoveListItem(update);
  const listRef = useRef<HTMLUListElement>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  const editPerson = (id: string, recipe: (p: Person) => void) => edit((c) => editById(c.knownPeople, id, recipe));
  return (
    <fieldset className="dz-people">
      <legend ref={legendRef} tabIndex={-1}>
        People involved whom your partner may know
      </legend>
      <p className="hint">Initials or a label are enough, for example “a co-worker” or “J.”.</p>
      {card.knownPeople.length > 0 && (
        <ul className="dz-plain-list" ref={listRef}>
          {card.knownPeople.map((p, i) => (
            <li key={p.id} className="dz-person">
              <TextField
                label={`Person ${i + 1}`}
                value={p.label}
                onChange={(v) =>
                  editPerson(p.id, (x) => {
                    x.label = v;
                  })
                }
              />
              <CheckboxField
                label="My partner knows this person"
                checked={p.knownToPartner}
                onChange={(v) =>
                  editPerson(p.id, (x) => {
                    x.knownToPartner = v;
                  })
                }
              />
              <CheckboxField
                label="Contact is still going on"
                checked={p.ongoingContact}
                onChange={(v) =>
                  editPerson(p.id, (x) => {
                    x.ongoingContact = v;
                  })
                }
              />
              <button
                type="button"
                className="link"
                onClick={() =>
                  removeItem({
                    items: card.knownPeople,
                    id: p.id,
                    // The card exists once it has people in it.
                    inDraft: (d) => d.sections.inventory.cards.find((c) => c.id === card.id)?.knownPeople ?? [],
                    what: `person ${i + 1}`,
                    list: () => listRef.current,
                    heading: () => legendRef.current,
                  })
                }
              >
                Remove person {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() =>
          edit((c) => {
            c.knownPeople.push({ id: newId(), label: '', knownToPartner: true, ongoingContact: false });
          })
        }
      >
        Add a person
      </button>
    </fieldset>
  );
}
