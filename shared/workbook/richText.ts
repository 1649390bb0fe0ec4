/**
 * Pure helpers for Lexical documents stored as JSON (`editorState.toJSON()`): plain text,
 * word count, reading-aloud time, and building documents from plain blocks (samples, tests).
 * Used by both letters (the disclosure letter and the impact letter) and the typing bench.
 * No Lexical import: these run anywhere, including the main process and the export.
 */
import type { RichText } from './schema';

/** Words per minute when reading a letter aloud, calmly. */
export const READING_ALOUD_WPM = 130;

/** The node types that hold blocks rather than text. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'root']);

/** A node of a stored Lexical document, read without trusting its shape (it comes from a file). */
export interface NodeLike {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  tag?: unknown;
  listType?: unknown;
  children?: unknown;
}

export const isNodeLike = (value: unknown): value is NodeLike => typeof value === 'object' && value !== null;
/** The children of a node that are nodes. */
export const childrenOf = (node: NodeLike): NodeLike[] => (Array.isArray(node.children) ? node.children.filter(isNodeLike) : []);

/**
 * The text of a Lexical document: one line per block (paragraph, heading, quote, list item),
 * line breaks kept, formatting dropped. Unknown nodes contribute their text children.
 */
export function richTextToPlainText(doc: RichText | null | undefined): string {
  if (!doc) return '';
  const lines: string[] = [];
  const walkInline = (node: NodeLike, out: string[]) => {
    if (node.type === 'linebreak') out.push('\n');
    else if (node.type === 'tab') out.push('\t');
    else if (typeof node.text === 'string') out.push(node.text);
    for (const c of childrenOf(node)) walkInline(c, out);
  };
  const walkBlock = (node: NodeLike) => {
    const children = childrenOf(node);
    const hasBlockChildren = children.some((c) => typeof c.type === 'string' && BLOCK_TYPES.has(c.type));
    if (node.type === 'root' || node.type === 'list' || (node.type === 'listitem' && hasBlockChildren)) {
      for (const c of children) walkBlock(c);
      return;
    }
    const out: string[] = [];
    walkInline(node, out);
    lines.push(out.join(''));
  };
  walkBlock(doc.root);
  return lines.join('\n');
}

/** Words are runs of letters or digits, with inner apostrophes and hyphens ("don't", "co-worker"). */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

/** Minutes to read `words` aloud at about 130 words a minute, rounded up; 0 for an empty text. */
export function readingAloudMinutes(words: number, wpm = READING_ALOUD_WPM): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wpm));
}

/** "About 12 minutes to read aloud", or "Less than a minute…" — calm, never a target. */
export function describeReadingTime(words: number): string {
  if (words === 0) return 'Nothing written yet';
  const minutes = readingAloudMinutes(words);
  if (words < READING_ALOUD_WPM) return 'Less than a minute to read aloud';
  if (minutes < 60) return `About ${minutes} minute${minutes === 1 ? '' : 's'} to read aloud`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `About ${hours} hour${hours === 1 ? '' : 's'}${rest ? ` ${rest} minutes` : ''} to read aloud`;
}

export type PlainBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'quote'; text: string }
  | { type: 'bullet' | 'number'; items: string[] };

function textNode(text: string) {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

function element(type: string, children: unknown[], extra: Record<string, unknown> = {}) {
  return { children, direction: children.length ? 'ltr' : null, format: '', indent: 0, type, version: 1, ...extra };
}

function inline(text: string): unknown[] {
  return text === '' ? [] : [textNode(text)];
}

/** Builds a Lexical document (the same shape `editorState.toJSON()` produces) from plain blocks. */
export function plainBlocksToRichText(blocks: readonly PlainBlock[]): RichText {
  const children = blocks.map((b) => {
    switch (b.type) {
      case 'paragraph':
        return element('paragraph', inline(b.text), { textFormat: 0, textStyle: '' });
      case 'heading':
        return element('heading', inline(b.text), { tag: `h${b.level}` });
      case 'quote':
        return element('quote', inline(b.text));
      case 'bullet':
      case 'number':
        return element(
          'list',
          b.items.map((item, i) => element('listitem', inline(item), { value: i + 1 })),
          { listType: b.type, start: 1, tag: b.type === 'bullet' ? 'ul' : 'ol' },
        );
    }
  });
  return { root: { ...element('root', children), type: 'root', children } };
}
