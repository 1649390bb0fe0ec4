/**
 * Scores the language check on a labelled corpus: how many problem sentences get a note (and
 * a note of the expected category), how many honest sentences get none, and the same for the
 * question caution. Used by the unit tests and by `npm run bench -- language`.
 */
import { checkLanguage, graphicDetailNote, type LanguageCheckOptions } from './languageCheck';
import type { LanguageCategory } from './languageRules';

export interface LabelledSentence {
  readonly expected: LanguageCategory | null;
  readonly text: string;
}

export interface LabelledQuestion {
  readonly graphic: boolean;
  readonly text: string;
}

export interface SentenceScore {
  readonly problems: number;
  readonly honest: number;
  /** Share of problem sentences with at least one note. */
  readonly caught: number;
  /** Share of problem sentences with a note of the expected category. */
  readonly rightlyCaught: number;
  /** Share of honest sentences with no note. */
  readonly honestLeftAlone: number;
  readonly caughtByCategory: Readonly<Record<string, number>>;
  readonly missed: readonly string[];
  readonly wronglyNoted: readonly string[];
}

export interface QuestionScore {
  readonly graphic: number;
  readonly plain: number;
  readonly caught: number;
  readonly plainLeftAlone: number;
  readonly missed: readonly string[];
  readonly wronglyNoted: readonly string[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function scoreSentences(corpus: readonly LabelledSentence[], options: LanguageCheckOptions = {}): SentenceScore {
  let problems = 0;
  let caught = 0;
  let right = 0;
  let honest = 0;
  let quiet = 0;
  const perCategory = new Map<string, [number, number]>();
  const missed: string[] = [];
  const wronglyNoted: string[] = [];
  for (const s of corpus) {
    const findings = checkLanguage(s.text, options);
    if (s.expected === null) {
      honest++;
      if (findings.length === 0) quiet++;
      else wronglyNoted.push(s.text);
      continue;
    }
    problems++;
    const tally = perCategory.get(s.expected) ?? [0, 0];
    tally[1]++;
    if (findings.length > 0) {
      caught++;
      tally[0]++;
    } else missed.push(s.text);
    if (findings.some((f) => f.category === s.expected)) right++;
    perCategory.set(s.expected, tally);
  }
  return {
    problems,
    honest,
    caught: round(caught / Math.max(1, problems)),
    rightlyCaught: round(right / Math.max(1, problems)),
    honestLeftAlone: round(quiet / Math.max(1, honest)),
    caughtByCategory: Object.fromEntries([...perCategory.entries()].map(([k, [c, n]]) => [k, round(c / n)])),
    missed,
    wronglyNoted,
  };
}

export function scoreQuestions(corpus: readonly LabelledQuestion[]): QuestionScore {
  let graphic = 0;
  let caught = 0;
  let plain = 0;
  let quiet = 0;
  const missed: string[] = [];
  const wronglyNoted: string[] = [];
  for (const q of corpus) {
    const flagged = graphicDetailNote(q.text).flagged;
    if (q.graphic) {
      graphic++;
      if (flagged) caught++;
      else missed.push(q.text);
    } else {
      plain++;
      if (!flagged) quiet++;
      else wronglyNoted.push(q.text);
    }
  }
  return {
    graphic,
    plain,
    caught: round(caught / Math.max(1, graphic)),
    plainLeftAlone: round(quiet / Math.max(1, plain)),
    missed,
    wronglyNoted,
  };
}
