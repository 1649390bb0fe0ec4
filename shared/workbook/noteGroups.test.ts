import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../guidance/languageCheck';
import { groupFindings } from './noteGroups';

describe('groupFindings', () => {
  it('turns one phrase pasted thousands of times into one note that counts them', () => {
    const phrase = 'It only happened once, and I was drunk. ';
    const text = phrase.repeat(Math.floor(200_000 / phrase.length));
    const findings = checkLanguage(text);
    expect(findings.length).toBeGreaterThan(2_000);
    const groups = groupFindings(findings);
    expect(groups.length).toBeLessThan(10);
    expect(groups.reduce((n, g) => n + g.keys.length, 0)).toBe(findings.length);
    expect(new Set(groups.flatMap((g) => g.keys)).size).toBe(findings.length);
  });
  it('keeps different phrases apart, ignores case, and keeps first-seen order', () => {
    const groups = groupFindings([
      { key: 'a', ruleId: 'r1', match: 'Only once' },
      { key: 'b', ruleId: 'r2', match: 'you made me' },
      { key: 'c', ruleId: 'r1', match: 'only once' },
    ]);
    expect(groups.map((g) => [g.first.key, g.keys])).toEqual([
      ['a', ['a', 'c']],
      ['b', ['b']],
    ]);
  });
});
