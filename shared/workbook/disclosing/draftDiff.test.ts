import { describe, expect, it } from 'vitest';
import { plainBlocksToRichText } from '../richText';
import type { RichText } from '../schema';
import { diffRichDrafts, richTextForReading, TEXT_FORMAT, type RichDiffBlock } from './draftDiff';

const text = (blocks: readonly RichDiffBlock[]) => blocks.map((b) => b.parts.map((p) => p.text).join(''));

/** A paragraph with a bold run, as Lexical stores it. */
function withBold(before: string, bold: string, after: string): RichText {
  const doc = plainBlocksToRichText([{ type: 'paragraph', text: '' }]);
  const para = (doc.root as { children: { children: unknown[] }[] }).children[0];
  const t = (s: string, format: number) => ({ detail: 0, format, mode: 'normal', style: '', text: s, type: 'text', version: 1 });
  if (para) para.children = [t(before, 0), t(bold, TEXT_FORMAT.bold), t(after, 0)];
  return doc;
}

describe('diffRichDrafts', () => {
  it('keeps the earlier draft\u2019s paragraphs apart (no "bedone"), its heading and its list', () => {
    const older = plainBlocksToRichText([
      { type: 'heading', level: 2, text: 'What happened' },
      { type: 'paragraph', text: 'I want this to be' },
      { type: 'paragraph', text: 'done honestly.' },
      { type: 'bullet', items: ['first thing', 'second thing'] },
    ]);
    const newer = plainBlocksToRichText([
      { type: 'heading', level: 2, text: 'What happened' },
      { type: 'paragraph', text: 'I want this to be done honestly and fully.' },
      { type: 'bullet', items: ['first thing', 'second thing'] },
    ]);
    const c = diffRichDrafts(older, newer);
    expect(c.before.map((b) => [b.type, b.tag ?? b.listType ?? ''])).toEqual([
      ['heading', 'h2'],
      ['paragraph', ''],
      ['paragraph', ''],
      ['listitem', 'bullet'],
      ['listitem', 'bullet'],
    ]);
    expect(text(c.before)).toEqual(['What happened', 'I want this to be', 'done honestly.', 'first thing', 'second thing']);
    expect(text(c.after)).toEqual(['What happened', 'I want this to be done honestly and fully.', 'first thing', 'second thing']);
    // Words: "honestly." became "honestly and fully." on the right.
    expect(c.before[2]?.parts).toEqual([
      { kind: 'same', text: 'done ', format: 0 },
      { kind: 'removed', text: 'honestly.', format: 0 },
    ]);
    expect(c.after[1]?.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['honestly and fully.']);
    expect(c.addedWords).toBe(3);
    expect(c.removedWords).toBe(1);
  });

  it('keeps bold on its words on both sides', () => {
    const c = diffRichDrafts(withBold('I am ', 'truly', ' sorry.'), withBold('I am ', 'truly', ' sorry, and I know it.'));
    expect(c.before[0]?.parts).toEqual([
      { kind: 'same', text: 'I am ', format: 0 },
      { kind: 'same', text: 'truly', format: TEXT_FORMAT.bold },
      { kind: 'same', text: ' ', format: 0 },
      { kind: 'removed', text: 'sorry.', format: 0 },
    ]);
    expect(c.after[0]?.parts.find((p) => p.format === TEXT_FORMAT.bold)).toEqual({
      kind: 'same',
      text: 'truly',
      format: TEXT_FORMAT.bold,
    });
  });

  it('shows nothing changed for the same letter, and a whole letter added against an empty one', () => {
    const doc = plainBlocksToRichText([{ type: 'paragraph', text: 'same words' }]);
    expect(diffRichDrafts(doc, doc)).toMatchObject({ addedWords: 0, removedWords: 0 });
    const c = diffRichDrafts(null, doc);
    expect(c.before).toEqual([]);
    expect(c.after[0]?.parts).toEqual([{ kind: 'added', text: 'same words', format: 0 }]);
    expect(c.addedWords).toBe(2);
  });
});

describe('richTextForReading', () => {
  it('gives the blocks of one version, nothing marked', () => {
    const blocks = richTextForReading(
      plainBlocksToRichText([
        { type: 'quote', text: 'A line' },
        { type: 'number', items: ['one'] },
      ]),
    );
    expect(blocks).toEqual([
      { type: 'quote', depth: 0, parts: [{ kind: 'same', text: 'A line', format: 0 }] },
      { type: 'listitem', listType: 'number', depth: 0, parts: [{ kind: 'same', text: 'one', format: 0 }] },
    ]);
  });
});
