import { describe, expect, it } from 'vitest';
import { fixtureDisclosing, fixtureLetter, fixturePartner } from './__fixtures__/workbooks';
import { buildExportDocument, documentOutline, pickDraft, placeList } from './buildDocument';
import { checkInChartData, checkInChartSvg } from './checkInChart';
import { documentToMarkdown } from './markdown';
import { cleanText, runsText } from './model';
import { normaliseReleaseCode, releaseCodeFromRandom } from './questionPacket';
import { groupQuestions } from './questionGroups';
import { richTextToBlocks } from './richText';
import { defaultSections, draftsNewestFirst, toggleSection } from './sections';
import { ROLES, type RichText } from '../workbook/schema';
import { inventoryBlocks, liesBlocks } from './sectionBlocks';
import { lieAddLabel } from '../guidance/inventory';
import { LIE_KINDS } from '../workbook/categories';
import { expectedDefaultSections } from '../sections/__fixtures__/expectedSections';

const NOW = new Date('2026-01-22T10:00:00Z');

describe('Lexical JSON to blocks', () => {
  it('joins a heading written in differently formatted pieces as one word, and a line break as a space', () => {
    const text = (t: string, format = 0) => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
    const doc = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h1', children: [text('My dis'), text('closure', 1)] },
          { type: 'heading', tag: 'h2', children: [text('Part'), { type: 'linebreak', version: 1 }, text('two')] },
        ],
      },
    } as unknown as Parameters<typeof richTextToBlocks>[0];
    const blocks = richTextToBlocks(doc);
    expect(blocks.map((b) => (b.kind === 'heading' ? b.text : null))).toEqual(['My disclosure', 'Part two']);
  });

  it('keeps headings, bold/italic/underline, lists and quotes in order', () => {
    const blocks = richTextToBlocks(fixtureLetter(), 3);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'list', 'list', 'paragraph', 'paragraph']);
    const formatted = blocks[2]!;
    expect(
      formatted.kind === 'paragraph' &&
        formatted.runs.map((r) => [r.text, r.bold ?? false, r.italic ?? false, r.underline ?? false]),
    ).toEqual([
      ['In March 2019 I created a profile on a ', false, false, false],
      ['dating app', true, false, false],
      [' and kept it ', false, false, false],
      ['hidden', false, true, false],
      [' from you for ', false, false, false],
      ['two years', false, false, true],
      ['.', false, false, false],
    ]);
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[4]).toMatchObject({ kind: 'list', ordered: false });
    expect(blocks[5]).toMatchObject({ kind: 'paragraph', style: 'quote' });
    expect(blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'What I did' });
  });

  it('handles nested lists, line breaks, links, unknown nodes and empty documents', () => {
    const t = (text: string, format = 0) => ({ type: 'text', text, format });
    const doc = {
      root: {
        type: 'root',
        children: [
          {
            type: 'list',
            listType: 'bullet',
            children: [
              { type: 'listitem', children: [t('outer')] },
              {
                type: 'listitem',
                children: [{ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [t('inner')] }] }],
              },
            ],
          },
          {
            type: 'paragraph',
            children: [t('line one'), { type: 'linebreak' }, t('line two'), { type: 'link', children: [t(' linked')] }],
          },
          { type: 'mystery-block', children: [t('kept anyway')] },
          { type: 'paragraph', children: [] },
        ],
      },
    } as unknown as RichText;
    const blocks = richTextToBlocks(doc);
    expect(blocks[0]).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        { runs: [{ text: 'outer' }], level: 0 },
        { runs: [{ text: 'inner' }], level: 1 },
      ],
    });
    expect(blocks[1]!.kind === 'paragraph' && runsText(blocks[1]!.runs)).toBe('line one\nline two linked');
    expect(blocks[2]!.kind === 'paragraph' && runsText(blocks[2]!.runs)).toBe('kept anyway');
    expect(blocks).toHaveLength(3);
    expect(richTextToBlocks(null)).toEqual([]);
  });

  it('drops characters a document cannot hold', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd\uFFFFe\uD800f\u{1F600}')).toBe('abc\ndef\u{1F600}');
  });
});

describe('answers', () => {
  it('prints an answer that only points to the letter as that pointer, never as "not yet answered"', () => {
    const d = fixtureDisclosing();
    const q = d.sections.answers.packet!.questions[0]!;
    d.sections.answers.answers[q.id] = { text: '', letterSection: 'Money', reviewedWithTherapist: false };
    const doc = buildExportDocument(
      { disclosing: d, partner: null },
      { selection: { disclosing: ['answers'], partner: null }, now: NOW, timeZone: 'UTC' },
    );
    const block = doc.parts
      .flatMap((p) => p.sections)
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'question' && b.text === q.text);
    expect(block?.kind === 'question' && block.answer).toEqual([[{ text: 'Answered in the letter: Money', italic: true }]]);
  });
});

describe('sections and questions', () => {
  it.each(ROLES)('%s: defaults follow practice: private sections are off', (role) => {
    expect(role === 'disclosing' ? defaultSections(role) : defaultSections(role)).toEqual(expectedDefaultSections(role));
  });

  it('groups by priority, then category, in session order, numbered through', () => {
    const groups = groupQuestions([
      { id: 'a', text: 'A', category: 'money', priority: 'wantToKnow' },
      { id: 'b', text: 'B', category: 'people', priority: 'needToKnow' },
      { id: 'c', text: 'C', category: 'scope', priority: 'needToKnow' },
      { id: 'd', text: 'D', category: 'people', priority: 'needToKnow' },
    ]);
    expect(
      groups.map((g) => [
        g.priority,
        g.categories.map((c) => [c.category, c.questions.map((q) => `${q.number}${q.question.id}`)]),
      ]),
    ).toEqual([
      [
        'needToKnow',
        [
          ['scope', ['1c']],
          ['people', ['2b', '3d']],
        ],
      ],
      ['wantToKnow', [['money', ['4a']]]],
    ]);
  });

  it('picks the latest draft, a chosen draft, or the working copy', () => {
    const letter = fixtureDisclosing().sections.letter;
    expect(pickDraft(letter).draft?.number).toBe(2);
    expect(pickDraft(letter, 'd1').draft?.number).toBe(1);
    expect(pickDraft({ ...letter, drafts: [] }).draft).toBeNull();
  });
});

describe('the document model', () => {
  it('builds parts with author, last saved and draft; the outline has structure only', () => {
    const doc = buildExportDocument(
      { disclosing: fixtureDisclosing(), partner: fixturePartner() },
      { selection: { disclosing: ['letter'], partner: ['questions'] }, now: NOW, timeZone: 'UTC' },
    );
    expect(doc.parts.map((p) => [p.author, p.lastSaved, p.draftLabel])).toEqual([
      ['Jordan', '20 January 2026 at 18:30', 'Letter: Draft 2, saved 18 January 2026 at 10:00, reviewed with the therapist'],
      ['Riley', '21 January 2026 at 08:15', null],
    ]);
    expect(doc.cover.couple).toBe('Jordan and Riley');
    const outline = JSON.stringify(documentOutline(doc));
    expect(outline).toContain('Questions for the session');
    for (const text of ['When did it start', 'dating app', 'What I did']) expect(outline).not.toContain(text);
    expect(documentToMarkdown(doc)).toContain('**3.** When did it start?');
    expect(documentToMarkdown(doc)).toContain('**1.** Did you ever bring anyone to our home?');
  });

  it('single-workbook export and the refusal of an empty one', () => {
    const doc = buildExportDocument(
      { partner: fixturePartner() },
      { selection: { disclosing: null, partner: ['questions'] }, now: NOW },
    );
    expect(doc.title).toBe('Partner workbook');
    const q = doc.parts[0]!.sections[0]!.blocks.find((b) => b.kind === 'question');
    expect(q).toMatchObject({ showAnswer: false, answer: null });
    expect(() => buildExportDocument({}, { selection: { disclosing: null, partner: null }, now: NOW })).toThrow(
      /Nothing to export/,
    );
  });

  it('the check-in chart: one point per day, gaps kept, and an SVG', () => {
    const chart = checkInChartData(fixturePartner().sections.checkIns.entries)!;
    expect(chart.points.map((p) => p.value)).toEqual([8, 7, null, null, 5, null, null, 6]);
    const svg = checkInChartSvg(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(3);
    expect(checkInChartData([])).toBeNull();
  });
});

describe('release codes', () => {
  it('16 uniform digits in four groups; typing is forgiving', () => {
    let i = 0;
    const code = releaseCodeFromRandom((n) => Uint8Array.from({ length: n }, () => (i++ * 37) % 256));
    expect(code).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
    expect(normaliseReleaseCode(' 1234 5678.9012\u20133456 ')).toBe('1234-5678-9012-3456');
    expect(normaliseReleaseCode('1234-5678-9012-345')).toBeNull();
    expect(normaliseReleaseCode('Share code: 1234-5678-9012-3456')).toBe('1234-5678-9012-3456');
    expect(normaliseReleaseCode('Release code:1234 5678 9012 3456 ')).toBe('1234-5678-9012-3456');
    expect(normaliseReleaseCode('Code 7: 1234-5678-9012-3456')).toBeNull();
    expect(normaliseReleaseCode('1234-5678: 9012-3456')).toBeNull();
    expect(normaliseReleaseCode('1234-5678-9012-345a')).toBeNull();
  });
});

describe('choosing sections in the export wizard', () => {
  it('toggles one section and keeps the order the sections are offered in', () => {
    const offered = ['questions', 'checkIns', 'boundaries'] as const;
    expect(toggleSection(offered, ['questions'], 'boundaries')).toEqual(['questions', 'boundaries']);
    expect(toggleSection(offered, ['boundaries', 'questions'], 'checkIns')).toEqual(['questions', 'checkIns', 'boundaries']);
    expect(toggleSection(offered, ['questions', 'checkIns'], 'questions')).toEqual(['checkIns']);
  });

  it('offers letter drafts newest first', () => {
    expect(draftsNewestFirst([{ number: 1 }, { number: 3 }, { number: 2 }]).map((d) => d.number)).toEqual([3, 2, 1]);
  });
});

describe('inventory places in the document', () => {
  it('reads as one phrase, first label capitalised', () => {
    expect(placeList(['hotel', 'car', 'home'])).toBe('A hotel, a car, our home');
    expect(placeList(['online'])).toBe('Online');
    expect(placeList([])).toBe('');
  });
});

describe('inventory card details in the document', () => {
  it('prints the details of cards that happened or may have, never of "No" or unanswered ones (the workbook hides those)', () => {
    const wb = fixtureDisclosing();
    const cards = wb.sections.inventory.cards;
    const details = { frequency: 'Hidden detail A', notes: 'Hidden detail B' };
    const strip = cards.find((c) => c.category === 'stripClubs');
    if (!strip) throw new Error('the fixture has a strip-club card');
    Object.assign(strip, details); // typed while it was "Yes", then changed to "No"
    const unsure = { ...structuredClone(strip), id: 'card-unsure', category: 'paidSex' as const, happened: 'notSure' as const };
    const unanswered = {
      ...structuredClone(strip),
      id: 'card-open',
      category: 'physicalAffairs' as const,
      happened: 'unanswered' as const,
    };
    cards.push(unsure, unanswered);
    const text = inventoryBlocks(wb)
      .flatMap((b) => (b.kind === 'table' ? b.rows.flat() : b.kind === 'heading' ? [b.text] : []))
      .join('\n');
    // The "not sure" card's details are there, once; the other two cards' are not.
    expect(text.split('Hidden detail A').length - 1).toBe(1);
    expect(text).toContain('Weekly messaging, about 40 conversations');
    // Every category still has its row in the overview.
    expect(text).toContain('No');
    expect(text).toContain('Not answered yet');
  });
});

describe('lies in the document', () => {
  it('gives omissions their own heading and column, after cover stories', () => {
    const wb = fixtureDisclosing();
    wb.sections.lies.items.push({
      id: 'om',
      kind: 'omission',
      date: '2022',
      description: 'Let you believe the trip was for work.',
    });
    const blocks = liesBlocks(wb);
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings.slice(0, 2)).toEqual(['Cover stories I told', 'What I kept from you by saying nothing']);
    expect(LIE_KINDS.map(lieAddLabel)).toEqual([
      'Add a cover story',
      'Add an omission',
      'Add a denial',
      'Add a partial disclosure',
    ]);
    const omissions = blocks[headings.indexOf('What I kept from you by saying nothing') * 2 + 1];
    expect(omissions).toMatchObject({
      kind: 'table',
      columns: ['When', 'What I kept back'],
      rows: [['2022', 'Let you believe the trip was for work.']],
    });
  });
});
