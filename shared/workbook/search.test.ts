import { describe, expect, it } from 'vitest';
import { plainBlocksToRichText } from './richText';
import { buildSample } from './samples';
import { emptyWorkbook, type DisclosingWorkbook, type PartnerWorkbook } from './schema';
import { SEARCH_MAX_RESULTS, searchWorkbook } from './search';

const now = new Date('2026-02-01T10:00:00Z');

function disclosing(): DisclosingWorkbook {
  const w = emptyWorkbook('disclosing', 'Sample', now);
  if (w.role !== 'disclosing') throw new Error('role');
  return w;
}

/** A timeline entry (an emotional affair, linked to no card). */
const entry = (id: string, date: string, description: string) => ({
  id,
  date,
  category: 'emotionalAffairs' as const,
  description,
  inventoryCardIds: [],
});

describe('searchWorkbook', () => {
  it('finds typed text in plain fields, lists and letters, by section, case-insensitively', () => {
    const w = disclosing();
    w.sections.timeline.entries.push(entry('entry-lantern-id', 'spring 2019', 'We met at the Lantern café most Fridays.'));
    w.sections.letter.current = plainBlocksToRichText([
      { type: 'heading', level: 2, text: 'What happened' },
      { type: 'paragraph', text: 'I lied about the lantern evenings.' },
    ]);
    w.sections.readiness.contacts = 'A walk by the LANTERN lake afterwards.';
    const { matches, total } = searchWorkbook(w, 'lantern');
    expect(total).toBe(3);
    expect(matches.map((m) => m.sectionId)).toEqual(['timeline', 'letter', 'readiness']);
    expect(matches.map((m) => m.snippet.match)).toEqual(['Lantern', 'lantern', 'LANTERN']);
    expect(matches[0]?.snippet).toEqual({ before: 'We met at the ', match: 'Lantern', after: ' café most Fridays.' });
    expect(matches[1]?.fieldText).toContain('I lied about the lantern evenings.');
    expect(matches[0]?.sectionTitle).toBe('Timeline');
  });

  it('never matches ids, categories, enum values or time stamps', () => {
    const w = disclosing();
    w.sections.timeline.entries.push(entry('emotional-id', '2019', 'Nothing here.'));
    expect(searchWorkbook(w, 'emotional').total).toBe(0);
    expect(searchWorkbook(w, 'relationship').total).toBe(0); // the scope enum
    expect(searchWorkbook(w, '2026-02').total).toBe(0); // createdAt
    expect(searchWorkbook(w, '2019').total).toBe(1); // a date the person typed is text
  });

  it('says which draft a match is in', () => {
    const w = disclosing();
    w.sections.letter.drafts.push({
      id: 'd1',
      number: 2,
      savedAt: now.toISOString(),
      content: plainBlocksToRichText([{ type: 'paragraph', text: 'An older harbour line.' }]),
      feedback: '',
      reviewedByTherapist: false,
    });
    const { matches } = searchWorkbook(w, 'harbour');
    expect(matches).toHaveLength(1);
    expect(matches[0]?.draft).toBe(2);
  });

  it('ignores queries shorter than two characters and treats the query as plain text', () => {
    const w = disclosing();
    w.sections.readiness.contacts = 'Call (555) 0100 or a.b';
    expect(searchWorkbook(w, 'a').total).toBe(0);
    expect(searchWorkbook(w, '   ').total).toBe(0);
    expect(searchWorkbook(w, '(555)').total).toBe(1);
    expect(searchWorkbook(w, 'a.b').total).toBe(1);
    expect(searchWorkbook(w, '.*').total).toBe(0);
  });

  it('cuts long snippets at spaces and keeps them on one line', () => {
    const w = disclosing();
    w.sections.readiness.weekAfterPlan = `${'word '.repeat(40)}needle\nnext line ${'more '.repeat(40)}`;
    const [m] = searchWorkbook(w, 'needle').matches;
    expect(m?.snippet.before.startsWith('…')).toBe(true);
    expect(m?.snippet.after.endsWith('…')).toBe(true);
    expect(m?.snippet.after).not.toContain('\n');
    expect(m?.snippet.before.length).toBeLessThanOrEqual(40);
  });

  it('counts every match but lists at most the limit', () => {
    const w = disclosing();
    w.sections.readiness.contacts = 'ab '.repeat(SEARCH_MAX_RESULTS + 50);
    const result = searchWorkbook(w, 'ab');
    expect(result.total).toBe(SEARCH_MAX_RESULTS + 50);
    expect(result.matches).toHaveLength(SEARCH_MAX_RESULTS);
  });

  it('searches every section of the large samples of both workbooks', () => {
    for (const role of ['disclosing', 'partner'] as const) {
      const sample = buildSample(role, 'large', now);
      const sectionsWithText = new Set(searchWorkbook(sample, 'e', 100_000).matches.map((m) => m.sectionId));
      expect(sectionsWithText.size).toBe(0); // one letter is too short a query
      const anyWord = searchWorkbook(sample, 'the', 100_000);
      expect(anyWord.total).toBeGreaterThan(10);
      expect(new Set(anyWord.matches.map((m) => m.sectionId)).size).toBeGreaterThan(4);
    }
    const partner = buildSample('partner', 'large', now) as PartnerWorkbook;
    const question = partner.sections.questions.items[0]?.text ?? '';
    const words = question.split(/\s+/).slice(0, 3).join(' ');
    expect(searchWorkbook(partner, words).matches.some((m) => m.sectionId === 'questions')).toBe(true);
  });
});
