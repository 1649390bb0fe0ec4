import { useCallback, useMemo, useRef, useState } from 'react';
import { letterCoverageQuestions, letterState, openItems } from '../../../shared/export/openItems';
import { OPEN_ITEM_TEXTS } from '../../../shared/guidance/handoffTexts';
import { DISCLOSURE_LETTER_TEXTS } from '../../../shared/guidance/letterTexts';
import { sortByApproxDate } from '../../../shared/workbook/disclosing/approxDate';
import { countsInInventory } from '../../../shared/workbook/disclosing/inventoryTotals';
import { cardFacts, cardLabel, entryFacts } from '../../../shared/workbook/disclosing/letterFacts';
import type { InventoryCard, TimelineEntry } from '../../../shared/workbook/schema';
import type { LetterChange, RichTextEditorHandle } from '../../editor';
import { LetterField } from '../../ui/LetterField';
import { useSettledValue } from '../../ui/useSettledValue';
import { SectionIntro, type DisclosingProps } from './common';
import { focusOn, OpenItemsPanel, type OpenItemLink } from './OpenItemsPanel';

const SHOWN_ENTRIES = 30;

export function LetterSection({ content, update, goTo }: DisclosingProps) {
  const letter = content.sections.letter;
  const { cards, children } = content.sections.inventory;
  // The open items follow the letter as it was at the last pause in the writing (a long letter's
  // items search the whole text): once per pause, not with every save while a person types. A
  // change to the drafts (saved, ticked, restored) shows at once.
  const settled = useSettledValue(letter, letter.drafts);
  const openLinks = useMemo((): OpenItemLink[] => {
    const drafts = () => focusOn(settled.drafts.length > 0 ? '.drafts .draft-item input[type=checkbox]' : '.drafts-head button');
    const items = [
      ...openItems({ inventory: cards, children, answers: null, letter: letterState(settled) }),
      ...letterCoverageQuestions(cards, settled.current),
    ];
    return items.map((item) => {
      if (item.id === 'letterReview') return { item, action: OPEN_ITEM_TEXTS.goDrafts, go: drafts };
      if (item.id === 'workingCopy') return { item, action: OPEN_ITEM_TEXTS.goDrafts, go: () => focusOn('.drafts-head button') };
      if (item.id.startsWith('covers:')) return { item, action: OPEN_ITEM_TEXTS.goLetter, go: () => editor.current?.focus() };
      return { item, action: OPEN_ITEM_TEXTS.goInventory, go: () => goTo('inventory') };
    });
  }, [cards, children, settled, goTo]);
  const editor = useRef<RichTextEditorHandle>(null);
  const change: LetterChange = useCallback((recipe) => update((d) => recipe(d.sections.letter)), [update]);
  // A stable object, so the memoised editor does not re-render on every change to the workbook.
  const apologies = content.languageGuidance.apologies;
  const languageCheck = useMemo(() => ({ apologies }), [apologies]);
  return (
    <section aria-labelledby="section-title" className="dz-section dz-letter">
      <SectionIntro id="letter" />
      <LetterField
        letter={letter}
        onChange={change}
        texts={DISCLOSURE_LETTER_TEXTS}
        languageCheck={languageCheck}
        editor={editor}
        aside={
          <>
            <OpenItemsPanel id="letter-open-items" links={openLinks} />
            <FactsPanel
              cards={content.sections.inventory.cards}
              entries={content.sections.timeline.entries}
              onInsert={(t) => editor.current?.insertParagraphs([t])}
            />
          </>
        }
      />
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
  const facts = cards.filter(countsInInventory);
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
                <button type="button" onClick={() => insert(text, cardLabel(c))}>
                  Add to letter<span className="visually-hidden">: {cardLabel(c)}</span>
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
