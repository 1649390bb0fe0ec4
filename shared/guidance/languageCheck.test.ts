import { describe, it, expect } from 'vitest';
import { checkLanguage, findingKey, graphicDetailNote, wordToPattern } from './languageCheck';
import { LANGUAGE_CATEGORIES, LANGUAGE_RULES, type LanguageRule } from './languageRules';

const HONEST_PARAGRAPHS: readonly string[] = [
  'In March 2019, about four months after our wedding, I created a profile on a dating app. Between March 2019 and August 2021 I messaged 23 people on that app. I met 4 of them in person, at hotels near my office. I had sexual intercourse with 3 of them, 11 times in total. The last contact was on 14 August 2021. I chose to do this, and I kept it from you.',
  'I watched pornography on my work laptop and my phone from 2012 until January of this year, on average four evenings a week, for one to two hours each time. I spent $3,400 on paid websites, using a credit card you did not know about. I told you the card was for work. That was a lie.',
  'You asked me in June 2020 whether something was going on with my co-worker Sam. I told you that you were imagining it and that you were being insecure. That was not true. I had been meeting Sam after work since February 2020, 19 times in total, and we kissed on 6 of those evenings. You were right to ask, and I made you doubt yourself.',
  'The only person who knew about any of this was my brother. I told him in 2018. The money for the hotels came from our joint savings account: $6,200 over 14 months. I stopped only after you found the receipts, not because I chose to stop on my own.',
  'I was drunk on two of those nights. That does not explain or excuse what I did. I chose to go to the escort\u2019s apartment both times, and I paid $400 each time. I did not use protection. I have been tested since, and I think you should be tested too.',
  'Since I was 15 I have used pornography to numb feelings I did not want to face. That is my history, not a reason. In our relationship I also used webcam sites 31 times between 2015 and 2017, and I paid for private shows on 9 of those occasions, a total of $870.',
  'Just before Christmas 2022 I brought the person from the app to our home, and we had sex in our bed while you were away visiting your family. It was the third time I had brought someone into our home. I understand that this changes how you feel about our home.',
  'I want to do justice to the truth here, even though it is hard to write. At least 40 times over those five years I lied about where I was. You never knew about the second phone because I hid it in the car. I cannot imagine how it felt to find it.',
];

interface Expectation {
  readonly text: string;
  readonly categories: readonly string[];
}

const PROBLEM_PARAGRAPHS: readonly Expectation[] = [
  {
    text: 'If you had paid more attention to me, none of this would have happened. You never wanted to be intimate, and you made me feel invisible.',
    categories: ['blame'],
  },
  {
    text: 'It was only texting and it meant nothing. It wasn\u2019t a big deal, and I only met the person once.',
    categories: ['minimising'],
  },
  {
    text: 'I started going to massage parlours because I was stressed at work. One night I was drunk, so I went back with them. Honestly, anyone would have done the same.',
    categories: ['justifying'],
  },
  {
    text: 'I went to strip clubs a few times, sometimes with co-workers, and I was on the apps for a while in 2018.',
    categories: ['vague'],
  },
  {
    text: 'The other person wore lingerie and we tried different sexual positions until I had an orgasm.',
    categories: ['graphic'],
  },
  {
    text: 'She made me feel wanted. He came on to me at the conference, and they pushed me into going to the club.',
    categories: ['blame'],
  },
  {
    text: 'Our marriage was already dead, so I needed an outlet. It was just porn and a few chats with some women online.',
    categories: ['justifying', 'minimising', 'vague'],
  },
];

function categoriesOf(text: string): string[] {
  return [...new Set(checkLanguage(text).map((f) => f.category))].sort();
}

describe('checkLanguage: honest, accountable paragraphs', () => {
  it.each(HONEST_PARAGRAPHS.map((p, i) => [i, p] as const))('paragraph %i has no findings', (_i, text) => {
    expect(checkLanguage(text)).toEqual([]);
  });

  it('keeps quiet about common harmless uses', () => {
    const benign = [
      'You were the only one who noticed.',
      'I only told you after you found the messages.',
      'I told you it was only once and that it meant nothing. The truth is it happened 12 times.',
      'When you asked, I said, "It was nothing. It only happened twice." That was a lie.',
      'I started seeing the escort only a few weeks after our daughter was born.',
      'If you would like me to answer more questions, I will.',
      'It was not only once; it was 27 times.',
      'Justice matters to me. I just now finished this draft with my therapist.',
      'I was drunk on the night of 3 May, and I chose to drive to the hotel.',
      'You always trusted me, and I used that trust to hide what I was doing.',
      'At least 15 of those meetings were at the hotel.',
      'My sponsor pushed me to be honest about all of it.',
      'Some of what follows will be very painful to hear.',
      'When you asked about the cash withdrawals, I told you I was lending money to my brother.',
      'I told you Alex was just a friend. That was a lie.',
      'You just wanted the truth, and I kept it from you.',
      'I only recently understood how much my lies made you doubt yourself.',
      'I was lonely during those years, but that is not why I did it, and it does not excuse it.',
      'I still have some of the photos on a cloud account, which I will delete with you present if you want.',
      'You were right about the gym. I wasn\u2019t at the gym.',
    ];
    for (const text of benign) expect(checkLanguage(text), text).toEqual([]);
  });
});

describe('checkLanguage: paragraphs that need another look', () => {
  it.each(PROBLEM_PARAGRAPHS.map((p, i) => [i, p] as const))('paragraph %i', (_i, { text, categories }) => {
    expect(categoriesOf(text)).toEqual([...categories].sort());
  });

  it('finds each kind of phrasing named in the brief', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['You made me do it.', 'blame'],
      ['If you had been home more, I would not have looked elsewhere.', 'blame'],
      ['You never had time for me.', 'blame'],
      ['She made me keep it secret.', 'blame'],
      ['They made me go to the club that night.', 'blame'],
      ['It was only a few messages.', 'minimising'],
      ['It meant nothing to me.', 'minimising'],
      ['It was not that bad compared to what others do.', 'minimising'],
      ['At least I never brought anyone home.', 'minimising'],
      ['I did it because I was lonely.', 'justifying'],
      ['I was drunk so I said yes.', 'justifying'],
      ['I needed to feel wanted.', 'justifying'],
      ['Anyone would have done the same thing.', 'justifying'],
      ['It went on for a while.', 'vague'],
      ['I met some women from the site.', 'vague'],
      ['I occasionally visited those sites.', 'vague'],
      ['I texted them a few times.', 'vague'],
      ['I lied to you many times about where I was.', 'vague'],
      ['I denied it more than once.', 'vague'],
      ['The sex was amazing.', 'graphic'],
    ];
    for (const [text, category] of cases) {
      const found = checkLanguage(text).map((f) => f.category);
      expect(found, text).toContain(category);
    }
  });

  it('reports offsets that match the original text, including curly apostrophes', () => {
    const text =
      'It wasn\u2019t a big deal.\nYou   made me  do it.  It happened a few times, sometimes at our home, because I was bored.';
    const findings = checkLanguage(text);
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.match);
      expect(f.explanation.length).toBeGreaterThan(0);
      expect(f.suggestion.length).toBeGreaterThan(0);
    }
    expect(findings[0]?.match).toBe('It wasn\u2019t a big deal');
  });

  it('returns findings sorted by start and never overlapping', () => {
    const text = PROBLEM_PARAGRAPHS.map((p) => p.text).join('\n\n');
    const findings = checkLanguage(text);
    for (let i = 1; i < findings.length; i++) {
      const prev = findings[i - 1];
      const cur = findings[i];
      if (!prev || !cur) throw new Error('missing finding');
      expect(cur.start).toBeGreaterThanOrEqual(prev.end);
    }
  });

  it('never matches inside a longer word', () => {
    expect(checkLanguage('Justice, justify, onlyness, sometimesy, harmlessly.')).toEqual([]);
  });

  it('filters by category', () => {
    const text = PROBLEM_PARAGRAPHS.map((p) => p.text).join('\n');
    const onlyVague = checkLanguage(text, { categories: ['vague'] });
    expect(onlyVague.length).toBeGreaterThan(0);
    expect(onlyVague.every((f) => f.category === 'vague')).toBe(true);
    expect(checkLanguage(text, { categories: [] })).toEqual([]);
  });
});

describe('checkLanguage: dismissal and keys', () => {
  const text = 'It happened sometimes. Later it happened sometimes again. You made me lie.';

  it('gives each instance its own stable key', () => {
    const findings = checkLanguage(text);
    const keys = findings.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('vague-frequency:sometimes:0');
    expect(keys).toContain('vague-frequency:sometimes:1');
    expect(findingKey('vague-frequency', 'Sometimes', 1)).toBe('vague-frequency:sometimes:1');
    // Editing text elsewhere does not change the key of an instance.
    const edited = checkLanguage(`A new first sentence. ${text}`).map((f) => f.key);
    expect(edited).toEqual(keys);
  });

  it('hides only the dismissed instance', () => {
    const all = checkLanguage(text);
    const first = all[0];
    if (!first) throw new Error('expected a finding');
    const after = checkLanguage(text, { dismissed: [first.key] });
    expect(after.length).toBe(all.length - 1);
    expect(after.some((f) => f.key === first.key)).toBe(false);
    expect(after.some((f) => f.match === 'sometimes')).toBe(true);
  });

  it('accepts an extended rule set written as data', () => {
    const extra: LanguageRule = {
      id: 'test-ongoing',
      category: 'vague',
      words: ['ongoing'],
      explanation: 'Test explanation.',
      suggestion: 'Test suggestion.',
    };
    const rules = [...LANGUAGE_RULES, extra];
    const findings = checkLanguage('The contact is ongoing.', { rules });
    expect(findings.map((f) => f.ruleId)).toEqual(['test-ongoing']);
  });
});

describe('language rules data', () => {
  it('has unique ids, known categories and compilable patterns', () => {
    const ids = LANGUAGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LANGUAGE_RULES) {
      expect(LANGUAGE_CATEGORIES).toContain(rule.category);
      expect((rule.words?.length ?? 0) + (rule.patterns?.length ?? 0)).toBeGreaterThan(0);
      for (const s of [...(rule.patterns ?? []), ...(rule.notFollowedBy ?? []), ...(rule.notPrecededBy ?? [])]) {
        expect(() => new RegExp(s, 'iu')).not.toThrow();
      }
      for (const w of rule.words ?? []) expect(() => new RegExp(wordToPattern(w), 'iu')).not.toThrow();
    }
    for (const category of LANGUAGE_CATEGORIES) {
      expect(LANGUAGE_RULES.some((r) => r.category === category)).toBe(true);
    }
  });
});

describe('checkLanguage: a long text', () => {
  it('checks a 30,000-word text in one call with consistent offsets (speed is measured by npm run bench)', () => {
    const source = [...HONEST_PARAGRAPHS, ...PROBLEM_PARAGRAPHS.map((p) => p.text)].join('\n\n');
    const words = source.split(/\s+/).length;
    const text = Array.from({ length: Math.ceil(30_000 / words) }, () => source).join('\n\n');
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(30_000);
    const findings = checkLanguage(text);
    expect(findings.length).toBeGreaterThan(100);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match);
  });
});

describe('graphicDetailNote', () => {
  it.each([
    'What positions did you use?',
    'Describe exactly what you did sexually.',
    'What did you do to each other in bed?',
    'Was the sex better than with me?',
    'Did you enjoy it?',
    'Did you have an orgasm?',
  ])('flags "%s" with a gentle note', (q) => {
    const result = graphicDetailNote(q);
    expect(result.flagged).toBe(true);
    expect(result.note).toMatch(/your choice/i);
  });

  it.each([
    'How long did it last?',
    'Did you use protection?',
    'Is the contact ongoing?',
    'Did you have sex with anyone I know?',
    'Where did you meet?',
    'How much money did you spend?',
    'Have you been tested since?',
    'Describe exactly where you told me you were those nights.',
    'Which positions at work did they hold?',
    'What did you talk about?',
    'Describe what happened in the car.',
  ])('does not flag "%s"', (q) => {
    expect(graphicDetailNote(q)).toEqual({ flagged: false, note: '' });
  });
});
