import { describe, it, expect } from 'vitest';
import {
  QUESTION_BANK,
  QUESTION_BANK_TEXTS,
  QUESTION_CATEGORY_LABELS,
  QUESTION_CATEGORY_HINTS,
  QUESTION_PRIORITY_LABELS,
  QUESTION_STATUS_LABELS,
  normaliseForSearch,
  searchQuestionBank,
} from './questionBank';
import { QUESTION_CATEGORY_IDS, QUESTION_PRIORITIES, QUESTION_STATUSES } from '../workbook/categories';
import { graphicDetailNote } from './languageCheck';

describe('question bank', () => {
  it('has at least 96 questions with unique ids and texts', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(96);
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = QUESTION_BANK.map((q) => normaliseForSearch(q.text).replace(/[^a-z0-9 ]/g, ''));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('uses ids of the form <category>-NN that match the category', () => {
    for (const q of QUESTION_BANK) {
      expect(q.id).toMatch(/^[a-z]+-\d{2}$/i);
      expect(q.id.startsWith(`${q.category}-`)).toBe(true);
    }
  });

  it('populates every category with at least 8 questions', () => {
    for (const category of QUESTION_CATEGORY_IDS) {
      expect(QUESTION_BANK.filter((q) => q.category === category).length, category).toBeGreaterThanOrEqual(8);
    }
  });

  it('uses only known categories and priorities, and every text is a question', () => {
    for (const q of QUESTION_BANK) {
      expect(QUESTION_CATEGORY_IDS).toContain(q.category);
      if (q.suggestedPriority !== undefined) expect(QUESTION_PRIORITIES).toContain(q.suggestedPriority);
      expect(q.text.trim().endsWith('?'), q.text).toBe(true);
    }
  });

  it('contains no sample question that asks for graphic detail', () => {
    for (const q of QUESTION_BANK) expect(graphicDetailNote(q.text).flagged, q.text).toBe(false);
  });

  it('labels every category, priority and status', () => {
    for (const id of QUESTION_CATEGORY_IDS) {
      expect(QUESTION_CATEGORY_LABELS[id].length).toBeGreaterThan(0);
      expect(QUESTION_CATEGORY_HINTS[id].length).toBeGreaterThan(0);
    }
    expect(QUESTION_CATEGORY_LABELS.people).toBe('People (anyone I know? ongoing contact?)');
    expect(QUESTION_PRIORITIES.map((p) => QUESTION_PRIORITY_LABELS[p])).toEqual([
      'Need to know',
      'Want to know',
      'Not sure yet',
      'Maybe later',
    ]);
    expect(QUESTION_STATUSES.map((s) => QUESTION_STATUS_LABELS[s])).toEqual(['Draft', 'Ready for my therapist', 'Set aside']);
  });
});

describe('question bank wording', () => {
  it('uses plain words, not recovery-programme jargon', () => {
    for (const q of QUESTION_BANK) {
      expect(q.text, q.id).not.toMatch(/\bact(?:ed|ing|s)?[ -]out\b|\brelaps|\bsobriety\b|\baddict/i);
    }
  });

  it('asks about children seeing, finding or being present, and about emotional affairs', () => {
    expect(searchQuestionBank('children see find').map((q) => q.id)).toContain('people-10');
    expect(searchQuestionBank('children present').map((q) => q.id)).toContain('people-11');
    expect(searchQuestionBank('emotionally close').length).toBeGreaterThanOrEqual(2);
    expect(searchQuestionBank('emotional connection').map((q) => q.id)).toContain('emotional-13');
  });

  it('has one calm sentence before the topics that names Pause', () => {
    expect(QUESTION_BANK_TEXTS.before).toMatch(/when you feel ready/);
    expect(QUESTION_BANK_TEXTS.before).toMatch(/Pause is always here/);
    expect(QUESTION_BANK_TEXTS.topicCount(1)).toBe('1 question');
    expect(QUESTION_BANK_TEXTS.searchCount(0)).toMatch(/No sample questions match/);
  });
});

describe('searchQuestionBank', () => {
  it('is case-insensitive and finds a known question', () => {
    const results = searchQuestionBank('OUR BED');
    expect(results.map((q) => q.id)).toContain('places-02');
  });

  it('is accent-insensitive', () => {
    expect(searchQuestionBank('prótéction').map((q) => q.id)).toContain('health-01');
  });

  it('ANDs multiple words, in any order', () => {
    const results = searchQuestionBank('money savings joint');
    expect(results.length).toBeGreaterThan(0);
    for (const q of results) {
      const t = q.text.toLowerCase();
      expect(t).toContain('money');
      expect(t).toContain('savings');
      expect(t).toContain('joint');
    }
    expect(searchQuestionBank('savings protection')).toEqual([]);
  });

  it('filters by category', () => {
    const all = searchQuestionBank('contact');
    const people = searchQuestionBank('contact', 'people');
    expect(all.length).toBeGreaterThan(people.length);
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((q) => q.category === 'people')).toBe(true);
  });

  it('returns everything (or a whole category) for an empty query', () => {
    expect(searchQuestionBank('   ').length).toBe(QUESTION_BANK.length);
    expect(searchQuestionBank('', 'money').length).toBe(QUESTION_BANK.filter((q) => q.category === 'money').length);
  });
});
