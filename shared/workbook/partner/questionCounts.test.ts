import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../guidance/questionBank';
import { countQuestions, isReadyToAsk, questionsWithStatus, readyToAskCount } from './questionCounts';
import { bankIdsOnList, ownQuestion, questionFromBank } from './questionFromBank';
import { partnerQuestionSchema } from '../schema';

const now = new Date('2026-02-01T09:00:00Z');

describe('question counts', () => {
  it('counts every priority and status, with zeros for the ones not used', () => {
    const counts = countQuestions([
      { priority: 'needToKnow', status: 'ready' },
      { priority: 'needToKnow', status: 'draft' },
      { priority: 'maybeLater', status: 'setAside' },
    ]);
    expect(counts.total).toBe(3);
    expect(counts.byPriority).toEqual({ needToKnow: 2, wantToKnow: 0, notSure: 0, maybeLater: 1 });
    expect(counts.byStatus).toEqual({ draft: 1, ready: 1, setAside: 1 });
  });

  it('is all zeros for an empty list', () => {
    const counts = countQuestions([]);
    expect(counts.total).toBe(0);
    expect(Object.values(counts.byPriority).every((n) => n === 0)).toBe(true);
  });
});

describe('questions from the bank and of my own', () => {
  it('makes a valid draft question from a bank entry, not sure yet until the partner decides', () => {
    const sample = QUESTION_BANK.find((q) => q.id === 'places-02')!;
    const q = questionFromBank(sample, 'id-1', now);
    expect(partnerQuestionSchema.parse(q)).toEqual(q);
    expect(q).toMatchObject({
      text: sample.text,
      category: 'places',
      fromBank: 'places-02',
      priority: 'notSure',
      status: 'draft',
    });
    expect(q.createdAt).toBe('2026-02-01T09:00:00.000Z');
  });

  it('makes a trimmed question of my own with no bank id', () => {
    const q = ownQuestion('  Was the trip in May part of this?  ', 'suspicions', 'id-2', now);
    expect(partnerQuestionSchema.parse(q)).toEqual(q);
    expect(q.text).toBe('Was the trip in May part of this?');
    expect(q.fromBank).toBeNull();
  });

  it('knows which bank questions are already on the list', () => {
    const list = [questionFromBank(QUESTION_BANK[0]!, 'a', now), ownQuestion('Mine', 'future', 'b', now)];
    expect([...bankIdsOnList(list)]).toEqual([QUESTION_BANK[0]!.id]);
  });
});

describe('ready questions and the status filter', () => {
  const list = [
    { id: 'a', status: 'draft', text: 'First' },
    { id: 'b', status: 'ready', text: 'Second' },
    { id: 'c', status: 'ready', text: '   ' },
    { id: 'd', status: 'setAside', text: 'Fourth' },
    { id: 'e', status: 'ready', text: 'Fifth' },
  ] as const;

  it('counts only ready questions that have words', () => {
    expect(isReadyToAsk({ status: 'ready', text: ' x ' })).toBe(true);
    expect(isReadyToAsk({ status: 'ready', text: '\n' })).toBe(false);
    expect(isReadyToAsk({ status: 'draft', text: 'x' })).toBe(false);
    expect(readyToAskCount(list)).toBe(2);
  });

  it("keeps each question's place in the whole list", () => {
    expect(questionsWithStatus(list, 'ready').map((r) => [r.question.id, r.position])).toEqual([
      ['b', 2],
      ['c', 3],
      ['e', 5],
    ]);
    expect(questionsWithStatus(list, 'setAside').map((r) => r.position)).toEqual([4]);
    expect(questionsWithStatus(list, 'all').map((r) => r.question.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(questionsWithStatus([], 'draft')).toEqual([]);
  });
});
