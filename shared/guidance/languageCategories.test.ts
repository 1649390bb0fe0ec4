/**
 * A fixed sample per category and per known false positive: each problem sentence gets a note
 * of the right category with an explanation that fits it; each honest sentence gets none.
 */
import { describe, expect, it } from 'vitest';
import { checkLanguage, expandDismissed, findingKey } from './languageCheck';
import { LANGUAGE_CATEGORY_LABELS, LANGUAGE_RULE_ID_HISTORY, type LanguageCategory } from './languageRules';

const SAMPLES: Record<LanguageCategory, readonly string[]> = {
  blame: [
    'I only went because you were always too busy for me.',
    'Jordan kept pushing until I gave in.',
    'You made it impossible to talk to you.',
    'It was her idea to get a hotel room.',
  ],
  minimising: ['It was just a bit of fun online.', 'At least I never slept with anyone.', 'We only met up twice.'],
  justifying: [
    'I was stressed at work, so I started going to the massage parlour.',
    'I needed to feel wanted.',
    'Everybody looks at porn these days.',
  ],
  vague: [
    'It happened a long time ago.',
    'I spent a lot of money on it.',
    'I visited the sites regularly.',
    'I lied to you for years.',
  ],
  graphic: ['She had beautiful breasts.', 'The sex was amazing.', 'We did it doggy style on the sofa.'],
  euphemism: [
    'I made some mistakes.',
    'I had an inappropriate relationship with a colleague.',
    'Things got physical and we ended up in a hotel.',
    'When I was in my addiction I acted out.',
    'My addiction took over.',
    'I relapsed.',
  ],
  hedging: ['I may have sent her some photos.', 'I think maybe twice.', 'I probably met her at the bar.'],
  selfFocus: [
    'I am a monster and I hate myself.',
    'I hope you can forgive me and that we can move past this.',
    'This has been the hardest year of my life.',
  ],
  conditionalApology: ['I am sorry if you were hurt.', "I'm sorry you feel that way.", 'If I hurt you, I am sorry.'],
};

/** Words the explanation of each category uses, so a note says something that fits. */
const FITTING: Record<LanguageCategory, RegExp> = {
  blame: /cause|partner|someone else|prevented|started/i,
  minimising: /smaller|weigh|shrinks|decide|matter less/i,
  justifying: /reason|excuse|understandable|owned/i,
  vague: /guess|open|number|date/i,
  graphic: /images?|bodies|detail/i,
  euphemism: /happened|soft|who did what|acting|hide/i,
  hedging: /unsure|may have|maybe|estimate|remember/i,
  selfFocus: /pause|you have been through|request|forgiveness|toward/i,
  conditionalApology: /"if"|apology/i,
};

describe('a fixed sample per category', () => {
  for (const [category, sentences] of Object.entries(SAMPLES) as [LanguageCategory, readonly string[]][]) {
    it.each(sentences)(`"%s" gets a ${category} note that fits`, (text) => {
      const findings = checkLanguage(text);
      const note = findings.find((f) => f.category === category);
      expect(note, JSON.stringify(findings.map((f) => [f.category, f.match]))).toBeDefined();
      expect(note?.explanation).toMatch(FITTING[category]);
      expect(note?.suggestion.length).toBeGreaterThan(20);
      expect(LANGUAGE_CATEGORY_LABELS[category].length).toBeGreaterThan(0);
    });
  }
});

describe('known false positives stay quiet', () => {
  it.each([
    'You were in treatment for breast cancer while I was seeing Chris.',
    'I bit my tongue when your mother asked where I had been.',
    'I held my tongue for six years instead of telling you.',
    'I told you it was only once. It was 14 times.',
    'When you asked, I said it meant nothing. That was a lie.',
    'I estimate about 40 times over those three years.',
    'You are not to blame for any of this.',
    'None of this was your fault.',
    'Nothing you did or did not do made me do this.',
    'You were right when you asked me about Sam in 2020.',
    'I am not sure whether the first time was in 2017 or 2018.',
    'I think you should be tested too.',
    'I am not asking you to forgive me.',
    'I am sorry I lied to you.',
    'I was drunk on two of those nights; that does not excuse what I did.',
    'I had sexual intercourse with 3 people.',
    'I relapsed on 2 March and went back to the site for three hours; I told my sponsor the next day.',
    'I ended up telling my sponsor first, and then my therapist.',
    'I hooked my phone up to the hotel TV to hide the history on my laptop.',
    'If you would like me to move out for a while, I will.',
  ])('"%s"', (text) => {
    expect(checkLanguage(text)).toEqual([]);
  });

  it('notes "sorry if" as a conditional apology, not as blame', () => {
    expect(checkLanguage('I am sorry if you were hurt.').map((f) => f.category)).toEqual(['conditionalApology']);
  });
});

describe('self-condemnation offers support first', () => {
  it('marks the note and starts its explanation with support', () => {
    const [note] = checkLanguage('I am a monster and I hate myself.');
    expect(note?.offersSupport).toBe(true);
    expect(note?.explanation).toMatch(/^If you are in pain right now, please pause/);
    expect(note?.explanation).toMatch(/therapist/);
    expect(note?.explanation).toMatch(/crisis line/);
    expect(note?.suggestion).toMatch(/about your partner/);
  });
  it('does not mark other notes', () => {
    expect(checkLanguage('It was only texting.').every((f) => f.offersSupport !== true)).toBe(true);
  });
});

describe('the apology guidance setting', () => {
  const forgiveness = 'Please forgive me.';
  const apology = 'I am sorry I lied to you.';
  it('notes forgiveness requests by default and leaves apologies alone', () => {
    expect(checkLanguage(forgiveness).map((f) => f.category)).toEqual(['selfFocus']);
    expect(checkLanguage(apology)).toEqual([]);
  });
  it('notes apologies too when they belong in a later letter', () => {
    expect(checkLanguage(apology, { apologies: 'noteApologies' }).map((f) => f.ruleId)).toEqual(['selfFocus-apology']);
    expect(checkLanguage(forgiveness, { apologies: 'noteApologies' })).toHaveLength(1);
  });
  it('notes neither when the therapist wants them in the letter; conditional apologies are still noted', () => {
    expect(checkLanguage(forgiveness, { apologies: 'noNotes' })).toEqual([]);
    expect(checkLanguage(apology, { apologies: 'noNotes' })).toEqual([]);
    expect(checkLanguage('I am sorry if you were hurt.', { apologies: 'noNotes' })).toHaveLength(1);
  });
});

describe('dismissals survive renamed and merged rules', () => {
  it('a key stored under an old rule id dismisses the note under its new id', () => {
    expect(LANGUAGE_RULE_ID_HISTORY['justifying-anyone']).toContain('euphemism-agency');
    const text = 'It just happened.';
    const [note] = checkLanguage(text);
    expect(note?.ruleId).toBe('euphemism-agency');
    const oldKey = findingKey('justifying-anyone', 'It just happened', 0);
    expect(checkLanguage(text, { dismissed: [oldKey] })).toEqual([]);
    // Field prefixes (lies, answers) are kept.
    expect(expandDismissed([`lie-1:${oldKey}`]).has(`lie-1:${note?.key ?? ''}`)).toBe(true);
  });
});

describe('quoted and reported words are not the writer’s present wording', () => {
  it.each([
    'I told you, "It was nothing, it only happened once, and you are paranoid."',
    'My cover story was that I was just working late.',
    'Told you I was only at the gym with a friend.',
    'I said I had stopped years ago.',
  ])('"%s"', (text) => {
    expect(checkLanguage(text)).toEqual([]);
  });
  it('still notes the writer’s own words after the quote', () => {
    expect(checkLanguage('I said "it was nothing". It was only texting.').map((f) => f.category)).toEqual(['minimising']);
  });
});
