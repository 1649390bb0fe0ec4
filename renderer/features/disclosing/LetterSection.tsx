import { useCallback, useMemo, useRef, useState } from 'react';
import { INVENTORY_CATEGORIES, PLACE_LABELS } from '../../../shared/guidance/inventory';
import { sortByApproxDate } from '../../../shared/workbook/disclosing/approxDate';
import { formatMoney } from '../../../shared/workbook/disclosing/inventoryTotals';
import type { InventoryCard, TimelineEntry } from '../../../shared/workbook/schema';
import { DraftsPanel, RichTextEditor, type LetterChange, type RichTextEditorHandle } from '../../editor';
import { CATEGORY_LABEL } from './TimelineSection';
import { SectionIntro, type DisclosingProps } from './common';

/** A plain, editable sentence of facts from one inventory card. */
export function cardFacts(card: InventoryCard): string {
  const label = card.category === 'other' && card.label ? card.label : (INVENTORY_CATEGORIES.find((c) => c.id === card.category)?.label ?? '');
  const parts: string[] = [];
  if (card.firstTime) parts.push(`first time ${card.firstTime}`);
  if (card.mostRecent) parts.push(`most recent ${card.mostRecent}`);
  if (card.frequency) parts.push(`how often: ${card.frequency}`);
  if (card.peopleCount !== null) parts.push(`${card.peopleCount} ${card.peopleCount === 1 ? 'person' : 'people'}`);
  if (card.places.length) parts.push(`places: ${card.places.map((p) => PLACE_LABELS[p].toLowerCase()).join(', ')}`);
  if (card.moneyAmount !== null) parts.push(`money: ${formatMoney(card.moneyAmount)}${card.moneySource ? ` from ${card.moneySource}` : ''}`);
  if (card.unprotectedContact) parts.push('contact without protection');
  return `${label}${card.happened === 'notSure' ? ' (not sure)' : ''}: ${parts.join('; ') || 'no details yet'}.`;
}

export function entryFacts(entry: TimelineEntry): string {
  return `${entry.date || 'Date not known'}: ${entry.description}`;
}

const SHOWN_ENTRIES = 30;

export function LetterSection({ content, update }: DisclosingProps) {
  const letter = content.sections.letter;
  const editor = useRef<RichTextEditorHandle>(null);
  const change: LetterChange = useCallback((recipe) => update((d) => recipe(d.sections.letter)), [update]);
  return (
    <section aria-labelledby="section-title" className="dz-section dz-letter">
      <SectionIntro id="letter" />
      <div className="dz-letter-layout">
        <div className="dz-letter-main">
          <RichTextEditor
            value={letter}
            onChange={change}
            label="Your disclosure letter"
            placeholder="Begin with what you did, in your own words…"
            languageCheck
            handleRef={editor}
          />
        </div>
        <FactsPanel cards={content.sections.inventory.cards} entries={content.sections.timeline.entries} onInsert={(t) => editor.current?.insertParagraphs([t])} />
      </div>
      <DraftsPanel value={letter} onChange={change} editor={editor} letterName="your letter" />
    </section>
  );
}

function FactsPanel({
  cards,
  entries,
  onInsert,
}: {
  cards: readonly InventoryCard[];
  entries: readonly TimelineEntry[];
  onInsert: (text: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const [inserted, setInserted] = useState('');
  const facts = cards.filter((c) => c.happened === 'yes' || c.happened === 'notSure');
  const sorted = useMemo(() => sortByApproxDate(entries, (e) => e.date), [entries]);
  const shown = showAll ? sorted : sorted.slice(0, SHOWN_ENTRIES);
  const insert = (text: string, what: string) => {
    onInsert(text);
    setInserted(`${what} added to the letter as plain text, ready to rewrite in your own words.`);
  };
  return (
    <aside className="dz-facts" aria-labelledby="facts-title">
      <h3 id="facts-title">Facts to draw on</h3>
      <p className="hint">Adds the fact as plain text where your cursor is, for you to rewrite in your own words.</p>
      <p role="status" className="hint dz-facts-status">
        {inserted}
      </p>
      <h4>From the inventory</h4>
      {facts.length === 0 ? (
        <p className="muted small">Cards you answer with yes or not sure appear here.</p>
      ) : (
        <ul className="dz-fact-list">
          {facts.map((c) => {
            const text = cardFacts(c);
            return (
              <li key={c.id}>
                <p>{text}</p>
                <button type="button" onClick={() => insert(text, CATEGORY_LABEL[c.category])}>
                  Add to letter<span className="visually-hidden">: {CATEGORY_LABEL[c.category]}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h4>From the timeline</h4>
      {sorted.length === 0 ? (
        <p className="muted small">Timeline entries appear here in date order.</p>
      ) : (
        <>
          <ul className="dz-fact-list">
            {shown.map((e) => {
              const text = entryFacts(e);
              return (
                <li key={e.id}>
                  <p>{text}</p>
                  <button type="button" onClick={() => insert(text, `The entry from ${e.date || 'an unknown date'}`)}>
                    Add to letter<span className="visually-hidden">: entry from {e.date}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          {sorted.length > SHOWN_ENTRIES && (
            <button type="button" className="link" onClick={() => setShowAll((v) => !v)}>
              {showAll ? 'Show fewer entries' : `Show all ${sorted.length} entries`}
            </button>
          )}
        </>
      )}
    </aside>
  );
}
