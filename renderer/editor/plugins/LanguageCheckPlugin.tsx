import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { crisisCountry, suggestCrisisCountry } from '../../../shared/guidance/crisisResources';
import { checkLanguage, expandDismissed, findingKey, type LanguageFinding } from '../../../shared/guidance/languageCheck';
import { LANGUAGE_CATEGORY_LABELS, LANGUAGE_SUPPORT_NOTE, type ApologyGuidance } from '../../../shared/guidance/languageRules';

/** What a writing area passes to follow the workbook's language guidance. */
export interface LanguageCheckSettings {
  readonly apologies?: ApologyGuidance | undefined;
}

/** Re-check this long after the last change, so typing never waits for the check. */
const CHECK_IDLE_MS = 600;
const HIGHLIGHT_NAME = 'dwb-language-note';
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, blockquote, li';
const NESTED_BLOCK = 'p, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote';
const MAX_CACHE = 20_000;

/** What a block held at the last check: its text nodes, its text and where its findings were. */
interface BlockEntry {
  readonly nested: boolean;
  readonly nodes: Text[];
  readonly text: string;
  /** Filled at the first check that uses them; kept while the block is unchanged. */
  located: { readonly finding: LanguageFinding; readonly range: Range }[] | null;
}

/** Run `task` when the page is idle (between key presses), at the latest after a second. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 0);
  return () => window.clearTimeout(handle);
}

export interface LocatedFinding extends LanguageFinding {
  readonly range: Range;
  /** The block (paragraph, heading, list item…) the finding sits in. */
  readonly block: Element;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
function highlightRegistry(): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

function textNodesOf(block: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

function rangeFor(nodes: readonly Text[], start: number, end: number): Range | null {
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of nodes) {
    const len = node.data.length;
    if (!started && start < offset + len) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + len) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += len;
  }
  return null;
}

/** Blocks are joined with a full stop on a line of its own, which no rule reads across. */
const BLOCK_SEPARATOR = '\n.\n';

/**
 * Checks every block not in the cache in one call (one pass of each rule over the joined text
 * costs far less than one call per block when a long letter opens) and caches each block's
 * findings with offsets into that block.
 */
function checkUncached(
  texts: readonly string[],
  cache: Map<string, LanguageFinding[]>,
  apologies: ApologyGuidance | undefined,
): void {
  const todo = [...new Set(texts.filter((t) => !cache.has(t)))];
  if (todo.length < 2) return;
  const starts: number[] = [];
  let offset = 0;
  for (const t of todo) {
    starts.push(offset);
    offset += t.length + BLOCK_SEPARATOR.length;
  }
  const perBlock = todo.map((): LanguageFinding[] => []);
  let i = 0;
  for (const f of checkLanguage(todo.join(BLOCK_SEPARATOR), { apologies })) {
    while (i + 1 < todo.length && f.start >= (starts[i + 1] ?? Infinity)) i++;
    const start = starts[i] ?? 0;
    const text = todo[i] ?? '';
    if (f.end > start + text.length) continue;
    perBlock[i]?.push({ ...f, start: f.start - start, end: f.end - start });
  }
  todo.forEach((t, k) => cache.set(t, perBlock[k] ?? []));
}

function normalise(match: string): string {
  return match
    .replace(/[\u2018\u2019\u201B\u02BC\u2032]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Gentle language notes on the letter. The text is never changed: findings are painted with
 * the CSS Custom Highlight API (a soft dotted underline), explained in a small card when the
 * pointer rests on one or the caret moves into one, and listed for keyboard users. A writer
 * can dismiss any single note; dismissed keys live in the letter (`dismissedChecks`).
 *
 * Occurrence numbers in keys count across the whole letter, block by block, so that
 * "only" in the third paragraph and "only" in the tenth are separate notes.
 *
 * Typing stays as fast as in a bare editor: the first change after a check takes the
 * underlines away (Chromium re-validates every highlight range after each DOM change, which
 * made every key press repaint the whole letter) and they come back, re-checked, once the
 * writer pauses. Notes reappearing after a pause is also calmer than notes flickering while
 * a sentence is still being written.
 */
export function LanguageCheckPlugin({
  dismissed,
  onDismiss,
  apologies,
}: {
  dismissed: readonly string[];
  onDismiss: (key: string) => void;
  /** The workbook's apology guidance (default: note forgiveness requests). */
  apologies?: ApologyGuidance | undefined;
}) {
  const [editor] = useLexicalComposerContext();
  const [findings, setFindings] = useState<LocatedFinding[]>([]);
  const [caretKey, setCaretKey] = useState<string | null>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const cache = useRef(new Map<string, LanguageFinding[]>());
  /**
   * Per block element, what the last check found. A block Lexical has not touched since keeps its
   * text nodes, so its text is not walked again and its ranges stay valid: a check after a key
   * press redoes only the paragraph that changed. Blocks Lexical marks as changed are dropped.
   */
  const blocksSeen = useRef(new WeakMap<Element, BlockEntry>());
  const timer = useRef<number | undefined>(undefined);
  const cancelIdle = useRef<(() => void) | null>(null);
  // Keys stored under an older rule id still dismiss the same note.
  const dismissedSet = useMemo(() => expandDismissed(dismissed), [dismissed]);
  const dismissedRef = useRef(dismissedSet);
  dismissedRef.current = dismissedSet;
  const findingsRef = useRef(findings);
  findingsRef.current = findings;
  /** Findings per block, so the caret and pointer only look at the notes of one block. */
  const byBlock = useMemo(() => {
    const map = new Map<Element, LocatedFinding[]>();
    for (const f of findings) {
      const list = map.get(f.block);
      if (list) list.push(f);
      else map.set(f.block, [f]);
    }
    return map;
  }, [findings]);
  const byBlockRef = useRef(byBlock);
  byBlockRef.current = byBlock;
  /** True from the first change after a check until the next check: ranges may be out of date. */
  const stale = useRef(false);
  const cardId = useId();
  const overCard = useRef(false);
  const leaveTimer = useRef<number | undefined>(undefined);
  const listId = useId();

  const recheck = useCallback(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const counts = new Map<string, number>();
    const out: LocatedFinding[] = [];
    if (cache.current.size > MAX_CACHE) cache.current.clear();
    const seen = blocksSeen.current;
    const blocks: { block: Element; entry: BlockEntry }[] = [];
    for (const block of root.querySelectorAll(BLOCK_SELECTOR)) {
      let entry = seen.get(block);
      // Also checked against the text itself, in case a change reached the page some other way.
      if (!entry || entry.text !== block.textContent) {
        const nested = block.querySelector(NESTED_BLOCK) !== null;
        const nodes = nested ? [] : textNodesOf(block);
        entry = { nested, nodes, text: nested ? (block.textContent ?? '') : nodes.map((n) => n.data).join(''), located: null };
        seen.set(block, entry);
      }
      if (!entry.nested && entry.text.trim() !== '') blocks.push({ block, entry });
    }
    checkUncached(
      blocks.filter((b) => b.entry.located === null).map((b) => b.entry.text),
      cache.current,
      apologies,
    );
    for (const { block, entry } of blocks) {
      if (!entry.located) {
        let found = cache.current.get(entry.text);
        if (!found) {
          found = checkLanguage(entry.text, { apologies });
          cache.current.set(entry.text, found);
        }
        entry.located = [];
        for (const finding of found) {
          const range = rangeFor(entry.nodes, finding.start, finding.end);
          if (range) entry.located.push({ finding, range });
        }
      }
      for (const { finding: f, range } of entry.located) {
        const base = `${f.ruleId}:${normalise(f.match)}`;
        const n = counts.get(base) ?? 0;
        counts.set(base, n + 1);
        const key = findingKey(f.ruleId, f.match, n);
        if (dismissedRef.current.has(key)) continue;
        out.push({ ...f, key, range, block });
      }
    }
    stale.current = false;
    const hl = highlightRegistry();
    if (hl) hl.registry.set(HIGHLIGHT_NAME, new hl.Highlight(...out.map((f) => f.range)));
    setFindings(out);
  }, [editor, apologies]);

  /** The first change after a check: take the underlines and any open card away until the next check. */
  const markStale = useCallback(() => {
    if (stale.current) return;
    stale.current = true;
    highlightRegistry()?.registry.delete(HIGHLIGHT_NAME);
    setCaretKey(null);
    setHoverKey(null);
  }, []);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    cancelIdle.current?.();
    cancelIdle.current = null;
    timer.current = window.setTimeout(() => {
      cancelIdle.current = whenIdle(() => {
        cancelIdle.current = null;
        recheck();
      });
    }, CHECK_IDLE_MS);
  }, [recheck]);

  const findAt = useCallback((node: Node, offset: number): LocatedFinding | undefined => {
    if (stale.current) return undefined;
    const element = node instanceof Element ? node : node.parentElement;
    const block = element?.closest(BLOCK_SELECTOR);
    const candidates = block ? byBlockRef.current.get(block) : undefined;
    if (!candidates) return undefined;
    for (const f of candidates) {
      try {
        if (f.range.isPointInRange(node, offset)) return f;
      } catch {
        // A range whose nodes left the document: ignore until the next check.
      }
    }
    return undefined;
  }, []);

  const updateCaret = useCallback(() => {
    const selection = window.getSelection();
    const root = editor.getRootElement();
    if (!selection || selection.rangeCount === 0 || !root || !root.contains(selection.anchorNode)) {
      setCaretKey(null);
      return;
    }
    const anchor = selection.anchorNode;
    setCaretKey(anchor ? (findAt(anchor, selection.anchorOffset)?.key ?? null) : null);
  }, [editor, findAt]);

  useEffect(() => {
    schedule();
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0 || tags.has('letter-load')) {
          // The blocks that changed are found again at the next check; the others keep what was found.
          for (const key of [...dirtyLeaves, ...dirtyElements.keys()]) {
            const block = editor.getElementByKey(key)?.closest(BLOCK_SELECTOR);
            if (block) blocksSeen.current.delete(block);
          }
          markStale();
          schedule();
        }
      }),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          updateCaret();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      () => {
        window.clearTimeout(timer.current);
        cancelIdle.current?.();
        cancelIdle.current = null;
        highlightRegistry()?.registry.delete(HIGHLIGHT_NAME);
      },
    );
  }, [editor, schedule, updateCaret, markStale]);

  // A dismissed note disappears at once; a changed apology setting checks again from scratch.
  const lastApologies = useRef(apologies);
  useEffect(() => {
    if (lastApologies.current !== apologies) {
      lastApologies.current = apologies;
      cache.current.clear();
      blocksSeen.current = new WeakMap();
    }
    recheck();
  }, [dismissedSet, recheck, apologies]);

  // Hover: find the note under the pointer (cheap point-in-range checks, once per frame).
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    let frame = 0;
    let lastX = NaN;
    let lastY = NaN;
    const onMove = (event: MouseEvent) => {
      // Chromium sends a synthetic mousemove after every layout change (each key press) with
      // the pointer where it was: nothing to do then, and nothing while notes are out of date.
      if (event.clientX === lastX && event.clientY === lastY) return;
      lastX = event.clientX;
      lastY = event.clientY;
      if (stale.current) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const pos = document.caretPositionFromPoint(event.clientX, event.clientY);
        const hit = pos ? findAt(pos.offsetNode, pos.offset) : undefined;
        setHoverKey(hit?.key ?? null);
      });
    };
    const onLeave = () => {
      lastX = NaN;
      lastY = NaN;
      cancelAnimationFrame(frame);
      window.clearTimeout(leaveTimer.current);
      leaveTimer.current = window.setTimeout(() => {
        if (!overCard.current) setHoverKey(null);
      }, 250);
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
    };
  }, [editor, findAt]);

  const shownKey = hoverKey ?? caretKey;
  const shown = shownKey ? findings.find((f) => f.key === shownKey) : undefined;
  const position = useMemo(() => {
    if (!shown) return null;
    const rect = shown.range.getBoundingClientRect();
    const host = editor.getRootElement()?.closest('.rte')?.getBoundingClientRect();
    if (!host || (rect.width === 0 && rect.height === 0)) return null;
    return { top: rect.bottom - host.top + 6, left: Math.max(8, Math.min(rect.left - host.left, host.width - 360)) };
  }, [shown, editor]);

  const dismiss = (key: string) => {
    onDismiss(key);
    if (hoverKey === key) setHoverKey(null);
    if (caretKey === key) setCaretKey(null);
  };

  return (
    <>
      {shown && (
        <div
          className="rte-note-card"
          id={cardId}
          role="note"
          aria-label="Language note"
          style={position ? { top: position.top, left: position.left } : { top: 0, right: 8 }}
          onMouseEnter={() => {
            overCard.current = true;
          }}
          onMouseLeave={() => {
            overCard.current = false;
            setHoverKey(null);
          }}
        >
          <NoteBody finding={shown} onDismiss={() => dismiss(shown.key)} />
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {caretKey && shown ? `Language note on "${shown.match}": ${shown.explanation}` : ''}
      </p>
      <div className="rte-notes">
        {findings.length === 0 ? (
          <p className="rte-notes-summary muted" data-testid="language-note-count" data-count={0}>
            No language notes right now.
          </p>
        ) : (
          <>
            <p className="rte-notes-summary" data-testid="language-note-count" data-count={findings.length}>
              <span className="rte-notes-dot" aria-hidden="true" />
              {findings.length === 1 ? 'One phrase' : `${findings.length} phrases`} you may want to look at again.{' '}
              <button
                type="button"
                className="link"
                aria-expanded={listOpen}
                aria-controls={listId}
                onClick={() => setListOpen((v) => !v)}
              >
                {listOpen ? 'Hide the notes' : 'Show the notes'}
              </button>
            </p>
            {listOpen && (
              <ul className="rte-notes-list" id={listId}>
                {findings.slice(0, 200).map((f) => (
                  <li key={f.key}>
                    <NoteBody
                      finding={f}
                      onDismiss={() => dismiss(f.key)}
                      onShow={() => {
                        const sel = window.getSelection();
                        sel?.removeAllRanges();
                        sel?.addRange(f.range.cloneRange());
                        f.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </>
  );
}

export function NoteBody({
  finding,
  onDismiss,
  onShow,
}: {
  finding: Pick<LanguageFinding, 'match' | 'category' | 'explanation' | 'suggestion' | 'offersSupport'>;
  onDismiss: () => void;
  onShow?: () => void;
}) {
  return (
    <div className="note-body">
      <p className="note-head">
        <span className="note-category">{LANGUAGE_CATEGORY_LABELS[finding.category]}</span>
        <span className="note-match">“{finding.match}”</span>
      </p>
      <p>{finding.explanation}</p>
      {finding.offersSupport === true && (
        <div className="note-support">
          <p>{LANGUAGE_SUPPORT_NOTE}</p>
          <SupportLines />
        </div>
      )}
      <p className="note-suggestion">{finding.suggestion}</p>
      <div className="note-actions">
        {onShow && (
          <button type="button" className="link" onClick={onShow}>
            Show in the letter
          </button>
        )}
        <button type="button" onClick={onDismiss} aria-label={`Dismiss the note on “${finding.match}”`}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** The emergency number and the first crisis line for the country the computer's language suggests. */
function SupportLines() {
  const country = crisisCountry(suggestCrisisCountry(navigator.languages));
  const line = country.resources.find((r) => r.kind === 'crisis') ?? country.resources[0];
  return (
    <ul>
      <li>{country.emergency}</li>
      {line && (
        <li>
          {line.name}: {line.how}
        </li>
      )}
    </ul>
  );
}
