/**
 * Lexical serialized JSON (`editorState.toJSON()`) to document blocks, keeping headings,
 * bold, italic, underline, strikethrough, code, bulleted and numbered lists (nested too)
 * and quotes. Unknown nodes give up their text rather than being lost.
 */
import { childrenOf, type NodeLike as LexicalNode } from '../workbook/richText';
import type { RichText } from '../workbook/schema';
import { cleanText, type Block, type ListItem, type Run } from './model';

const FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16 } as const;

function inlineRuns(node: LexicalNode, out: Run[], pendingBreak: { value: boolean }): void {
  for (const child of childrenOf(node)) {
    if (child.type === 'linebreak') {
      pendingBreak.value = true;
      continue;
    }
    if (child.type === 'tab') {
      out.push({ text: '\t' });
      continue;
    }
    if (typeof child.text === 'string') {
      const format = typeof child.format === 'number' ? child.format : 0;
      const text = cleanText(child.text);
      const run: Run = { text };
      if (format & FORMAT.bold) run.bold = true;
      if (format & FORMAT.italic) run.italic = true;
      if (format & FORMAT.underline) run.underline = true;
      if (format & FORMAT.strike) run.strike = true;
      if (format & FORMAT.code) run.code = true;
      if (pendingBreak.value) {
        run.breakBefore = true;
        pendingBreak.value = false;
      }
      // A text node may itself contain newlines (pasted text): keep them as line breaks.
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        out.push(i === 0 ? { ...run, text: line } : { ...run, text: line, breakBefore: true });
      });
      continue;
    }
    // Links, marks and unknown inline containers: keep their text.
    inlineRuns(child, out, pendingBreak);
  }
}

function runsOf(node: LexicalNode): Run[] {
  const runs: Run[] = [];
  const pending = { value: false };
  inlineRuns(node, runs, pending);
  return runs.filter((r) => r.text !== '' || r.breakBefore);
}

const hasText = (runs: Run[]) => runs.some((r) => r.text.trim() !== '');

function collectList(list: LexicalNode, level: number, items: ListItem[]): void {
  for (const item of childrenOf(list)) {
    const nested = childrenOf(item).filter((c) => c.type === 'list');
    if (nested.length > 0 && childrenOf(item).every((c) => c.type === 'list')) {
      // Lexical puts a nested list in its own list item.
      for (const n of nested) collectList(n, level + 1, items);
      continue;
    }
    const runs = runsOf({ children: childrenOf(item).filter((c) => c.type !== 'list') });
    if (hasText(runs)) items.push({ runs, level: Math.min(level, 8) });
    for (const n of nested) collectList(n, level + 1, items);
  }
}

/**
 * @param headingBase the document heading level that a Lexical h1 becomes (h2 one below...),
 *   capped at 4 so letters never push the document's own structure around.
 */
export function richTextToBlocks(doc: RichText | null | undefined, headingBase: 1 | 2 | 3 | 4 = 3): Block[] {
  if (!doc) return [];
  const blocks: Block[] = [];
  const walk = (node: LexicalNode) => {
    switch (node.type) {
      case 'root':
        for (const c of childrenOf(node)) walk(c);
        return;
      case 'heading': {
        const tagLevel = typeof node.tag === 'string' ? Number(node.tag.slice(1)) || 1 : 1;
        const level = Math.min(4, headingBase + tagLevel - 1) as 1 | 2 | 3 | 4;
        // Headings are one line: adjacent pieces join as written ("My dis" + bold "closure"), a line break becomes a space.
        const text = cleanText(
          runsOf(node)
            .map((r) => (r.breakBefore ? ` ${r.text}` : r.text))
            .join(''),
        ).trim();
        if (text) blocks.push({ kind: 'heading', level, text });
        return;
      }
      case 'quote': {
        const runs = runsOf(node);
        if (hasText(runs)) blocks.push({ kind: 'paragraph', runs, style: 'quote' });
        return;
      }
      case 'list': {
        const items: ListItem[] = [];
        collectList(node, 0, items);
        if (items.length > 0) blocks.push({ kind: 'list', ordered: node.listType === 'number', items });
        return;
      }
      default: {
        // Paragraphs and any unknown block: its text as a paragraph; block children walked.
        const kids = childrenOf(node);
        if (kids.some((c) => c.type === 'paragraph' || c.type === 'list' || c.type === 'heading' || c.type === 'quote')) {
          for (const c of kids) walk(c);
          return;
        }
        const runs = runsOf(node);
        if (hasText(runs)) blocks.push({ kind: 'paragraph', runs });
      }
    }
  };
  walk(doc.root);
  return blocks;
}
