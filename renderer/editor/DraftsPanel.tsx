import { Fragment, useId, useMemo, useState, type ReactNode, type RefObject } from 'react';
import {
  diffRichDrafts,
  richTextForReading,
  TEXT_FORMAT,
  type RichDiffBlock,
  type RichDiffPart,
} from '../../shared/workbook/disclosing/draftDiff';
import { currentNeedsKeeping, nextDraftNumber } from '../../shared/workbook/letterDrafts';
import { countWords, plainBlocksToRichText, richTextToPlainText } from '../../shared/workbook/richText';
import type { Draft, Letter, RichText } from '../../shared/workbook/schema';
import type { LetterChange, RichTextEditorHandle } from './types';
import { newId } from '../ui/ids';
import { formatDateTime } from '../../shared/dates';
import { DRAFT_COMPARE_TEXTS as C, DRAFT_TEXTS as T } from '../../shared/guidance/draftTexts';

export interface DraftsPanelProps {
  value: Letter;
  onChange: LetterChange;
  /** The mounted editor, so "Save as draft" captures what was typed a moment ago. */
  editor?: RefObject<RichTextEditorHandle | null>;
  /** Heading of the panel, e.g. "Drafts". */
  title?: string;
  /** How the letter is called in sentences, e.g. "your letter" (DRAFT_TEXTS.letterNames). */
  letterName?: string;
}

const NOW = 'now';

/**
 * A saved draft never changes (updates are immutable), so its words are counted once: the panel
 * re-renders with every change to the letter, and counting a long draft each time slowed typing.
 */
const wordsOfDraft = new WeakMap<RichText, number>();
function draftWords(content: RichText): number {
  let words = wordsOfDraft.get(content);
  if (words === undefined) {
    words = countWords(richTextToPlainText(content));
    wordsOfDraft.set(content, words);
  }
  return words;
}

/**
 * Numbered drafts of a letter: save a snapshot, note the therapist's feedback, mark it as
 * reviewed, compare any two side by side (additions and deletions highlighted), restore one.
 * Works for any `Letter` (disclosure letter, impact letter).
 */
export function DraftsPanel({ value, onChange, editor, title = T.title, letterName = T.letterNames.letter }: DraftsPanelProps) {
  const [status, setStatus] = useState('');
  const [confirmRestore, setConfirmRestore] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const nextNumber = nextDraftNumber(value.drafts);
  const newestFirst = useMemo(() => [...value.drafts].sort((a, b) => b.number - a.number), [value.drafts]);

  function saveDraft() {
    editor?.current?.flush();
    const number = nextNumber;
    onChange((letter) => {
      letter.drafts.push({
        id: newId(),
        number,
        savedAt: new Date().toISOString(),
        content: letter.current ?? plainBlocksToRichText([]),
        feedback: '',
        reviewedByTherapist: false,
      });
    });
    setStatus(T.saved(number));
  }

  function restore(draft: Draft) {
    editor?.current?.flush();
    const kept = !currentNeedsKeeping(value);
    const keepNumber = nextNumber;
    onChange((letter) => {
      if (!kept && letter.current) {
        letter.drafts.push({
          id: newId(),
          number: keepNumber,
          savedAt: new Date().toISOString(),
          content: letter.current,
          feedback: '',
          reviewedByTherapist: false,
        });
      }
      letter.current = draft.content;
    });
    setConfirmRestore(null);
    setStatus(kept ? T.restored(draft.number) : T.restoredKeptCurrent(draft.number, keepNumber));
  }

  function cancelRestore(actions: HTMLElement | null) {
    setConfirmRestore(null);
    requestAnimationFrame(() => actions?.querySelector('button')?.focus());
  }

  function edit(id: string, recipe: (d: Draft) => void) {
    onChange((letter) => {
      const d = letter.drafts.find((x) => x.id === id);
      if (d) recipe(d);
    });
  }

  return (
    <section className="drafts" aria-labelledby="drafts-title">
      <div className="drafts-head">
        <h3 id="drafts-title">{title}</h3>
        <button type="button" className="primary" onClick={saveDraft}>
          {T.save(nextNumber)}
        </button>
      </div>
      <p className="hint">{T.lead(letterName)}</p>
      <p role="status" className="drafts-status">
        {status}
      </p>
      {newestFirst.length === 0 ? (
        <p className="empty-state">{T.empty(letterName)}</p>
      ) : (
        <ol className="draft-list" reversed>
          {newestFirst.map((d) => (
            <li key={d.id} className="draft-item" data-testid={`draft-${d.number}`}>
              <div className="draft-line">
                <h4>{T.name(d.number)}</h4>
                <span className="muted">{formatDateTime(d.savedAt)}</span>
                <span className="muted">{T.words(draftWords(d.content))}</span>
                {d.reviewedByTherapist && <span className="badge">{T.reviewedBadge}</span>}
              </div>
              <DraftFields draft={d} onEdit={(recipe) => edit(d.id, recipe)} />
              <div
                className="draft-actions"
                onKeyDown={(e) => {
                  // Escape cancels the inline question and returns to the Restore button.
                  if (e.key === 'Escape' && confirmRestore === d.id) {
                    e.preventDefault();
                    e.stopPropagation();
                    cancelRestore(e.currentTarget);
                  }
                }}
              >
                {confirmRestore === d.id ? (
                  <>
                    <span>{T.confirmRestore(d.number)}</span>
                    <button type="button" className="primary" autoFocus onClick={() => restore(d)}>
                      {T.confirmRestoreYes(d.number)}
                    </button>
                    <button type="button" onClick={(e) => cancelRestore(e.currentTarget.parentElement)}>
                      {T.cancel}
                    </button>
                  </>
                ) : (
                  <>
                    <button
                      type="button"
                      aria-expanded={viewing === d.id}
                      onClick={() => setViewing((v) => (v === d.id ? null : d.id))}
                    >
                      {viewing === d.id ? T.closeView(d.number) : T.view(d.number)}
                    </button>
                    <button type="button" onClick={() => setConfirmRestore(d.id)}>
                      {T.restore(d.number)}
                    </button>
                  </>
                )}
              </div>
              {viewing === d.id && (
                <section
                  className="draft-view"
                  aria-label={T.viewLabel(d.number)}
                  data-testid={`draft-view-${d.number}`}
                  tabIndex={0}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      e.preventDefault();
                      e.stopPropagation();
                      setViewing(null);
                    }
                  }}
                >
                  <p className="hint">{T.viewHint(d.number)}</p>
                  <RichBlocks blocks={richTextForReading(d.content)} />
                </section>
              )}
            </li>
          ))}
        </ol>
      )}
      {value.drafts.length > 0 && <DraftCompare value={value} editor={editor} />}
    </section>
  );
}

function DraftFields({ draft, onEdit }: { draft: Draft; onEdit: (recipe: (d: Draft) => void) => void }) {
  const feedbackId = useId();
  const reviewedId = useId();
  return (
    <div className="draft-fields">
      <div className="field">
        <label htmlFor={feedbackId}>{T.feedbackLabel(draft.number)}</label>
        <textarea
          id={feedbackId}
          value={draft.feedback}
          rows={3}
          onChange={(e) => {
            const text = e.target.value;
            onEdit((d) => {
              d.feedback = text;
            });
          }}
        />
      </div>
      <div className="checkbox">
        <input
          id={reviewedId}
          type="checkbox"
          checked={draft.reviewedByTherapist}
          onChange={(e) => {
            const checked = e.target.checked;
            onEdit((d) => {
              d.reviewedByTherapist = checked;
            });
          }}
        />
        <label htmlFor={reviewedId}>{T.reviewedLabel(draft.number)}</label>
      </div>
    </div>
  );
}

function DraftCompare({ value, editor }: { value: Letter; editor?: RefObject<RichTextEditorHandle | null> | undefined }) {
  const sorted = useMemo(() => [...value.drafts].sort((a, b) => a.number - b.number), [value.drafts]);
  const last = sorted[sorted.length - 1];
  const beforeLast = sorted[sorted.length - 2];
  const [olderId, setOlderId] = useState<string>(beforeLast?.id ?? last?.id ?? NOW);
  const [newerId, setNewerId] = useState<string>(beforeLast ? (last?.id ?? NOW) : NOW);
  const [open, setOpen] = useState(false);
  const olderSelect = useId();
  const newerSelect = useId();

  const contentOf = (id: string) => (id === NOW ? value.current : value.drafts.find((d) => d.id === id)?.content);
  const nameOf = (id: string) => {
    const number = value.drafts.find((d) => d.id === id)?.number;
    return id === NOW || number === undefined ? C.now : T.name(number);
  };

  const comparison = useMemo(
    () => (open ? diffRichDrafts(contentOf(olderId), contentOf(newerId)) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, olderId, newerId, value],
  );

  const options = [
    ...sorted.map((d) => (
      <option key={d.id} value={d.id}>
        {T.name(d.number)}
      </option>
    )),
    <option key={NOW} value={NOW}>
      {C.now}
    </option>,
  ];

  return (
    <div className="compare" aria-labelledby="compare-title">
      <h4 id="compare-title">{C.title}</h4>
      <div className="compare-controls">
        <div className="field">
          <label htmlFor={olderSelect}>{C.earlier}</label>
          <select id={olderSelect} value={olderId} onChange={(e) => setOlderId(e.target.value)}>
            {options}
          </select>
        </div>
        <div className="field">
          <label htmlFor={newerSelect}>{C.later}</label>
          <select id={newerSelect} value={newerId} onChange={(e) => setNewerId(e.target.value)}>
            {options}
          </select>
        </div>
        <button
          type="button"
          onClick={() => {
            editor?.current?.flush();
            setOpen(true);
          }}
        >
          {open ? C.compareAgain : C.compare}
        </button>
        {open && (
          <button type="button" className="link" onClick={() => setOpen(false)}>
            {C.close}
          </button>
        )}
      </div>
      {comparison && (
        <>
          <p className="hint" role="status">
            {comparison.addedWords === 0 && comparison.removedWords === 0
              ? C.same
              : C.summary(comparison.addedWords, comparison.removedWords)}
          </p>
          <div className="compare-columns">
            <DiffColumn title={nameOf(olderId)} blocks={comparison.before} />
            <DiffColumn title={nameOf(newerId)} blocks={comparison.after} />
          </div>
        </>
      )}
    </div>
  );
}

function DiffColumn({ title, blocks }: { title: string; blocks: readonly RichDiffBlock[] }) {
  return (
    <section className="compare-column" aria-label={title} tabIndex={0}>
      <h5>{title}</h5>
      <RichBlocks blocks={blocks} />
    </section>
  );
}

/** A run of text with its formatting (bold, italic, underline, strikethrough, code) and its diff mark. */
function Run({ part }: { part: RichDiffPart }) {
  let node: ReactNode = part.text;
  if (part.format & TEXT_FORMAT.code) node = <code>{node}</code>;
  if (part.format & TEXT_FORMAT.strikethrough) node = <s>{node}</s>;
  if (part.format & TEXT_FORMAT.underline) node = <u>{node}</u>;
  if (part.format & TEXT_FORMAT.italic) node = <em>{node}</em>;
  if (part.format & TEXT_FORMAT.bold) node = <strong>{node}</strong>;
  return part.kind === 'added' ? <ins>{node}</ins> : part.kind === 'removed' ? <del>{node}</del> : <>{node}</>;
}

function Runs({ parts }: { parts: readonly RichDiffPart[] }) {
  return parts.map((p, i) => <Run key={i} part={p} />);
}

/**
 * A letter version as blocks: paragraphs, headings (styled, not page headings), quotes and lists
 * (consecutive list items grouped, nested ones indented), so line breaks and formatting stay.
 */
function RichBlocks({ blocks }: { blocks: readonly RichDiffBlock[] }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length;) {
    const b = blocks[i];
    if (!b) break;
    if (b.type === 'listitem') {
      const items: RichDiffBlock[] = [];
      while (blocks[i]?.type === 'listitem' && blocks[i]?.listType === b.listType) items.push(blocks[i++] as RichDiffBlock);
      const List = b.listType === 'number' ? 'ol' : 'ul';
      out.push(
        <List key={i} className="compare-list">
          {items.map((item, j) => (
            <li key={j} style={item.depth ? { marginInlineStart: `${item.depth * 1.5}rem` } : undefined}>
              <Runs parts={item.parts} />
            </li>
          ))}
        </List>,
      );
      continue;
    }
    const level = b.type === 'heading' ? (b.tag ?? 'h2') : null;
    out.push(
      b.type === 'quote' ? (
        <blockquote key={i} className="compare-quote">
          <Runs parts={b.parts} />
        </blockquote>
      ) : (
        <p key={i} className={level ? `compare-heading compare-${level}` : undefined} dir="auto">
          <Runs parts={b.parts} />
        </p>
      ),
    );
    i++;
  }
  return <div className="compare-text">{out.length ? out : <Fragment />}</div>;
}
