/**
 * The open-item rules shared by "At a glance" and the Open items panel: categories unanswered
 * or "not sure", the illegal-behaviour placeholder, released questions without an answer,
 * answers not yet reviewed, the letter's review and working copy; and the app-only question
 * "Does the letter cover: …?" for categories answered yes that the letter never mentions.
 */
import { unansweredCount } from '../workbook/disclosing/answers';
import { describe, expect, it, vi } from 'vitest';
import { INVENTORY_CATEGORY_LABELS } from '../guidance/inventory';
import { INVENTORY_CATEGORY_IDS } from '../workbook/categories';
import { plainBlocksToRichText } from '../workbook/richText';
import { disclosingSectionsSchema, inventoryCardSchema, type InventoryCard } from '../workbook/schema';
import { categoryAnswers, letterCoverageQuestions, openItems, sameJson, workingCopyNewer } from './openItems';

const card = (id: string, category: string, happened: string, extra: Record<string, unknown> = {}): InventoryCard =>
  inventoryCardSchema.parse({ id, category, happened, ...extra });
const letter = (text: string) => plainBlocksToRichText([{ type: 'paragraph', text }]);
/** The Answers section with one released packet: questions numbered in the order given, and these answers. */
const answersTo = (questions: readonly (readonly [id: string, text: string, category: string])[], answers: object) =>
  disclosingSectionsSchema.shape.answers.parse({
    packet: {
      packetId: 'p1',
      releasedAt: '2026-01-10T10:00:00.000Z',
      importedAt: '2026-01-11T10:00:00.000Z',
      questions: questions.map(([id, text, category], i) => ({ id, order: i, number: i + 1, text, category, priority: null })),
    },
    answers,
  });

describe('open items', () => {
  it('names a card whose facts disagree: the most recent time before the first, more people listed than counted', () => {
    const person = (id: string) => ({ id, label: id, knownToPartner: false, ongoingContact: false });
    const cards = [
      card('a', 'datingApps', 'yes', { firstTime: 'March 2021', mostRecent: '2019' }),
      card('b', 'physicalAffairs', 'notSure', { peopleCount: 1, knownPeople: [person('p1'), person('p2')] }),
      card('g', 'sextingChat', 'yes', { peopleCount: 0, knownPeople: [person('p3')] }),
      card('c', 'other', 'yes', { label: 'Work trips ', firstTime: '2020-06', mostRecent: 'spring 2020' }),
      // Consistent, unreadable or not counted: nothing to say.
      card('d', 'pornography', 'yes', {
        firstTime: 'spring 2019',
        mostRecent: '2019',
        peopleCount: 2,
        knownPeople: [person('x')],
      }),
      card('e', 'sextingChat', 'yes', { firstTime: 'when we moved', mostRecent: '2010' }),
      card('f', 'paidSex', 'no', { firstTime: '2022', mostRecent: '2020', peopleCount: 0, knownPeople: [person('y')] }),
    ];
    const consistency = openItems({ inventory: cards, answers: null, letter: null }).filter((i) => /^(dates|people):/.test(i.id));
    expect(consistency).toEqual([
      {
        id: 'dates:a',
        text: `${INVENTORY_CATEGORY_LABELS.datingApps}: the most recent time is written as earlier than the first time`,
      },
      {
        id: 'people:b',
        text: `${INVENTORY_CATEGORY_LABELS.physicalAffairs}: 2 people are listed, and the number of people says 1`,
      },
      { id: 'people:g', text: `${INVENTORY_CATEGORY_LABELS.sextingChat}: 1 person is listed, and the number of people says 0` },
      { id: 'dates:c', text: 'Other: Work trips: the most recent time is written as earlier than the first time' },
    ]);
  });

  it('lists every category not answered yet, and "not sure" ones; the strongest answer of a category counts', () => {
    const cards = [
      card('a', 'pornography', 'yes'),
      card('b', 'pornography', 'no'),
      card('c', 'datingApps', 'notSure'),
      card('d', 'paidSex', 'no'),
    ];
    expect(categoryAnswers(cards)).toMatchObject({ pornography: 'yes', datingApps: 'notSure', paidSex: 'no' });
    const items = openItems({ inventory: cards, answers: null, letter: null });
    const texts = items.map((i) => i.text);
    expect(texts).toContain(`${INVENTORY_CATEGORY_LABELS.datingApps}: answered “not sure”`);
    expect(texts.some((t) => t.startsWith(INVENTORY_CATEGORY_LABELS.pornography))).toBe(false);
    expect(texts.some((t) => t.startsWith(INVENTORY_CATEGORY_LABELS.paidSex))).toBe(false);
    // Every other category (but "other", unless it has a card) is open as not answered.
    const unanswered = INVENTORY_CATEGORY_IDS.filter((id) => !['pornography', 'datingApps', 'paidSex', 'other'].includes(id));
    for (const id of unanswered) expect(texts).toContain(`${INVENTORY_CATEGORY_LABELS[id]}: not answered yet`);
    expect(items).toHaveLength(unanswered.length + 1);
  });

  it('names the illegal-behaviour placeholder, released questions without an answer, answers not reviewed and the letter', () => {
    const answers = answersTo(
      [
        ['q1', 'One?', 'timeline'],
        ['q2', 'Two?', 'people'],
        ['q3', 'Three?', 'money'],
      ],
      {
        q1: { text: 'An answer.', letterSection: '', reviewedWithTherapist: true },
        q2: { text: 'Another answer.', letterSection: '' },
        q3: { text: '   ', letterSection: '' },
      },
    );
    const ids = (facts: Parameters<typeof openItems>[0]) => openItems(facts).map((i) => i.id);
    const all = INVENTORY_CATEGORY_IDS.filter((id) => id !== 'other').map((id, n) =>
      card(`c${n}`, id, id === 'illegal' ? 'yes' : 'no'),
    );
    expect(ids({ inventory: all, answers, letter: { reviewedByTherapist: false, workingCopyNewer: true } })).toEqual([
      'illegal',
      'questions',
      'reviews',
      'letterReview',
      'workingCopy',
    ]);
    const texts = openItems({ inventory: null, answers, letter: null }).map((i) => i.text);
    expect(texts).toEqual(['1 released question has no answer yet', '1 answer is not yet reviewed with the therapist']);
    expect(ids({ inventory: null, answers: null, letter: { reviewedByTherapist: true, workingCopyNewer: false } })).toEqual([]);
  });

  it('counts an answer that points to the letter\u2019s section as an answer, as the Answers screen does', () => {
    const answers = answersTo(
      [
        ['q1', 'One?', 'money'],
        ['q2', 'Two?', 'people'],
      ],
      { q1: { text: '', letterSection: 'Money' }, q2: { text: '', letterSection: '  ' } },
    );
    expect(unansweredCount(answers)).toBe(1);
    expect(openItems({ inventory: null, answers, letter: null }).map((i) => i.text)).toEqual([
      '1 released question has no answer yet',
      '1 answer is not yet reviewed with the therapist',
    ]);
  });

  it('knows when the working copy is newer than the last saved draft', () => {
    const doc = letter('The whole truth.');
    const draft = {
      id: 'd1',
      number: 1,
      savedAt: '2026-01-01T10:00:00.000Z',
      content: doc,
      feedback: '',
      reviewedByTherapist: false,
    };
    expect(workingCopyNewer({ current: doc, drafts: [draft], dismissedChecks: [] })).toBe(false);
    expect(workingCopyNewer({ current: letter('More.'), drafts: [draft], dismissedChecks: [] })).toBe(true);
    expect(workingCopyNewer({ current: doc, drafts: [], dismissedChecks: [] })).toBe(true);
    expect(workingCopyNewer({ current: null, drafts: [draft], dismissedChecks: [] })).toBe(false);
  });

  it('compares a letter with its last draft block by block: shared blocks at once, equal copies equal, no writing out as text', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => letter(`Paragraph ${i}.`).root.children[0]!);
    const saved = { root: { ...letter('x').root, children: blocks } };
    const draft = {
      id: 'd1',
      number: 1,
      savedAt: '2026-01-01T10:00:00.000Z',
      content: saved,
      feedback: '',
      reviewedByTherapist: false,
    };
    // The working copy after typing in one paragraph: the other 39 blocks are the draft's own objects.
    const typed = {
      root: {
        ...saved.root,
        children: blocks.map((b, i) => (i === 17 ? letter('Paragraph 17, and more.').root.children[0]! : b)),
      },
    };
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      expect(workingCopyNewer({ current: typed, drafts: [draft], dismissedChecks: [] })).toBe(true);
      // A copy read back from the file (new objects, keys in another order, an undefined property) is the same letter.
      const copy = JSON.parse(JSON.stringify(saved)) as typeof saved;
      stringify.mockClear();
      const reordered = { root: { ...copy.root, extra: undefined, children: [...copy.root.children].map((c) => ({ ...c })) } };
      expect(workingCopyNewer({ current: reordered, drafts: [draft], dismissedChecks: [] })).toBe(false);
      expect(stringify).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
    }
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('asks "Does the letter cover: …?" only for categories answered yes that the letter never mentions', () => {
    const cards = [
      card('a', 'paidSex', 'yes'),
      card('b', 'pornography', 'yes'),
      card('c', 'datingApps', 'no'),
      card('d', 'other', 'yes', { label: 'Gambling with our savings' }),
      card('e', 'sextingChat', 'yes', { frequency: 'Every evening for two years' }),
    ];
    const text = letter('I watched pornography for years. Every evening for two years I messaged strangers.');
    const questions = letterCoverageQuestions(cards, text).map((q) => q.text);
    expect(questions).toEqual([
      `Does the letter cover: ${INVENTORY_CATEGORY_LABELS.paidSex}?`,
      'Does the letter cover: Gambling with our savings?',
    ]);
    // Once the letter names it, the question goes away.
    const later = letter(
      'I watched pornography. Every evening for two years I messaged strangers. I paid for sex. Gambling with our savings too.',
    );
    expect(letterCoverageQuestions(cards, later)).toEqual([]);
    expect(letterCoverageQuestions(cards, null)).toHaveLength(4);
  });
});
