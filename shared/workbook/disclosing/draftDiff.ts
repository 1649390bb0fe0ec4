/**
 * Word-level comparison of two letter drafts, for the side-by-side view.
 * Built on jsdiff's `diffWords`: unchanged, added and removed runs in reading order.
 */
import { diffArrays, diffWords } from 'diff';
import { BLOCK_TYPES, childrenOf, isNodeLike as isNode, type NodeLike } from '../richText';

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface DraftComparison {
  /** The older text, with removed runs marked (no additions). */
  readonly before: readonly DiffPart[];
  /** The newer text, with added runs marked (no removals). */
  readonly after: readonly DiffPart[];
  readonly addedWords: number;
  readonly removedWords: number;
}

function words(text: string): number {
  return (text.match(/\S+/g) ?? []).length;
}

export function diffDrafts(older: string, newer: string): DraftComparison {
  const parts = diffWords(older, newer);
  const before: DiffPart[] = [];
  const after: DiffPart[] = [];
  let addedWords = 0;
  let removedWords = 0;
  for (const p of parts) {
    if (p.added) {
      after.push({ kind: 'added', text: p.value });
      addedWords += words(p.value);
    } else if (p.removed) {
      before.push({ kind: 'removed', text: p.value });
      removedWords += words(p.value);
    } else {
      before.push({ kind: 'same', text: p.value });
      after.push({ kind: 'same', text: p.value });
    }
  }
  return { before, after, addedWords, removedWords };
}

/* ------------------------------------------------------------------------------------------------
 * The comparison that keeps each version's own structure: paragraphs, headings, quotes and list
 * items stay blocks, and bold, italic, underline, strikethrough and code stay on their words.
 * Each side is rebuilt from its own tokens (jsdiff gives the newer side's text for common runs,
 * which ran the earlier draft's lines together), so only the marks differ between the columns.
 * --------------------------------------------------------------------------------------------- */

/** Lexical's text format bits. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;

export type RichBlockType = 'paragraph' | 'heading' | 'quote' | 'listitem';

export interface RichDiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
  /** Lexical's format bits for this run (see TEXT_FORMAT). */
  readonly format: number;
}

export interface RichDiffBlock {
  readonly type: RichBlockType;
  /** For headings: h1 to h6. */
  readonly tag?: string;
  /** For list items: the list they belong to, and how deep (0 at the top). */
  readonly listType?: 'bullet' | 'number' | 'check';
  readonly depth: number;
  readonly parts: readonly RichDiffPart[];
}

export interface RichDraftComparison {
  readonly before: readonly RichDiffBlock[];
  readonly after: readonly RichDiffBlock[];
  readonly addedWords: number;
  readonly removedWords: number;
}

interface RichRun {
  text: string;
  format: number;
}
interface FlatBlock {
  type: RichBlockType;
  tag?: string;
  listType?: 'bullet' | 'number' | 'check';
  depth: number;
  runs: RichRun[];
}

/** The blocks of a stored Lexical document, each with its formatted text runs. */
export function richTextBlocks(doc: { root: unknown } | null | undefined): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  if (!doc || !isNode(doc.root)) return blocks;
  const inline = (node: NodeLike, runs: RichRun[]) => {
    if (node.type === 'linebreak') runs.push({ text: '\n', format: 0 });
    else if (node.type === 'tab') runs.push({ text: '\t', format: 0 });
    else if (typeof node.text === 'string')
      runs.push({ text: node.text, format: typeof node.format === 'number' ? node.format : 0 });
    for (const c of childrenOf(node)) inline(c, runs);
  };
  const walk = (node: NodeLike, list: { type: 'bullet' | 'number' | 'check'; depth: number } | null) => {
    const children = childrenOf(node);
    if (node.type === 'root') {
      for (const c of children) walk(c, null);
      return;
    }
    if (node.type === 'list') {
      const listType = node.listType === 'number' || node.listType === 'check' ? node.listType : 'bullet';
      const depth = list ? list.depth + 1 : 0;
      for (const c of children) walk(c, { type: listType, depth });
      return;
    }
    if (node.type === 'listitem' && children.some((c) => typeof c.type === 'string' && BLOCK_TYPES.has(c.type))) {
      for (const c of children) walk(c, list);
      return;
    }
    const runs: RichRun[] = [];
    inline(node, runs);
    if (node.type === 'listitem') {
      blocks.push({ type: 'listitem', listType: list?.type ?? 'bullet', depth: list?.depth ?? 0, runs });
    } else if (node.type === 'heading') {
      blocks.push({ type: 'heading', tag: typeof node.tag === 'string' ? node.tag : 'h2', depth: 0, runs });
    } else if (node.type === 'quote') {
      blocks.push({ type: 'quote', depth: 0, runs });
    } else {
      blocks.push({ type: 'paragraph', depth: 0, runs });
    }
  };
  walk(doc.root, null);
  return blocks;
}

interface Token {
  /** What is compared: the word without the space after it; a block's end is its own token. */
  key: string;
  text: string;
  format: number;
  block: number;
}
const BLOCK_END = '\u2029';

function tokens(blocks: readonly FlatBlock[]): Token[] {
  const out: Token[] = [];
  blocks.forEach((b, block) => {
    for (const run of b.runs) {
      for (const m of run.text.matchAll(/\S+\s*|\s+/g)) {
        const text = m[0];
        out.push({ key: text.trim() || ' ', text, format: run.format, block });
      }
    }
    out.push({ key: BLOCK_END, text: '', format: 0, block });
  });
  return out;
}

function rebuild(blocks: readonly FlatBlock[], toks: readonly Token[], kinds: readonly RichDiffPart['kind'][]): RichDiffBlock[] {
  const parts: RichDiffPart[][] = blocks.map(() => []);
  toks.forEach((t, i) => {
    if (t.key === BLOCK_END) return;
    const kind = kinds[i] ?? 'same';
    const list = parts[t.block];
    if (!list) return;
    const last = list[list.length - 1];
    if (last && last.kind === kind && last.format === t.format) list[list.length - 1] = { ...last, text: last.text + t.text };
    else list.push({ kind, text: t.text, format: t.format });
  });
  return blocks.map((b, i) => ({
    type: b.type,
    ...(b.tag ? { tag: b.tag } : {}),
    ...(b.listType ? { listType: b.listType } : {}),
    depth: b.depth,
    parts: parts[i] ?? [],
  }));
}

/** Past this many changed tokens the two versions are shown as wholly replaced (bounded work). */
const MAX_EDIT_LENGTH = 20_000;

/**
 * Word-level comparison of two stored letter versions that keeps each one's blocks and formatting.
 * A block that was added or removed as a whole shows as such on its own side.
 */
export function diffRichDrafts(
  older: { root: unknown } | null | undefined,
  newer: { root: unknown } | null | undefined,
): RichDraftComparison {
  const oldBlocks = richTextBlocks(older);
  const newBlocks = richTextBlocks(newer);
  const oldTokens = tokens(oldBlocks);
  const newTokens = tokens(newBlocks);
  const oldKinds: RichDiffPart['kind'][] = oldTokens.map(() => 'removed');
  const newKinds: RichDiffPart['kind'][] = newTokens.map(() => 'added');
  const changes = diffArrays(
    oldTokens.map((t) => t.key),
    newTokens.map((t) => t.key),
    { maxEditLength: MAX_EDIT_LENGTH },
  );
  if (changes) {
    let o = 0;
    let n = 0;
    for (const c of changes) {
      if (c.added) n += c.count;
      else if (c.removed) o += c.count;
      else {
        for (let i = 0; i < c.count; i++) {
          oldKinds[o + i] = 'same';
          newKinds[n + i] = 'same';
        }
        o += c.count;
        n += c.count;
      }
    }
  }
  const wordsOf = (toks: readonly Token[], kinds: readonly RichDiffPart['kind'][], kind: RichDiffPart['kind']) =>
    toks.filter((t, i) => kinds[i] === kind && t.key !== BLOCK_END && t.key !== ' ').length;
  return {
    before: rebuild(oldBlocks, oldTokens, oldKinds),
    after: rebuild(newBlocks, newTokens, newKinds),
    addedWords: wordsOf(newTokens, newKinds, 'added'),
    removedWords: wordsOf(oldTokens, oldKinds, 'removed'),
  };
}

/** One version as it is, for reading: the same blocks and formatting, nothing marked. */
export function richTextForReading(doc: { root: unknown } | null | undefined): RichDiffBlock[] {
  const blocks = richTextBlocks(doc);
  const toks = tokens(blocks);
  return rebuild(
    blocks,
    toks,
    toks.map(() => 'same'),
  );
}
