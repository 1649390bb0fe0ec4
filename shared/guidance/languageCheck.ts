/**
 * The language-check engine. Pure and synchronous: give it text, get back findings.
 * The rules themselves are data in `languageRules.ts`.
 */
import {
  GRAPHIC_QUESTION_NOTE,
  GRAPHIC_QUESTION_PATTERNS,
  LANGUAGE_RULES,
  type LanguageCategory,
  type LanguageRule,
} from './languageRules';

export interface LanguageFinding {
  /** Stable per rule + normalised match + occurrence; store it to dismiss this instance. */
  readonly key: string;
  readonly ruleId: string;
  readonly category: LanguageCategory;
  /** Offsets into the original text (UTF-16 code units): text.slice(start, end) === match. */
  readonly start: number;
  readonly end: number;
  readonly match: string;
  readonly explanation: string;
  readonly suggestion: string;
}

export interface LanguageCheckOptions {
  /** Only report these categories (default: all). */
  readonly categories?: readonly LanguageCategory[] | undefined;
  /** Keys of findings the writer has chosen to dismiss. */
  readonly dismissed?: readonly string[] | undefined;
  /** Use a different rule set (default: LANGUAGE_RULES). */
  readonly rules?: readonly LanguageRule[] | undefined;
}

interface CompiledRule {
  readonly rule: LanguageRule;
  readonly index: number;
  readonly re: RegExp;
  readonly notFollowedBy: readonly RegExp[];
  readonly notPrecededBy: readonly RegExp[];
}

const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** Phrases that show the writer is quoting or reporting what they said before. */
const REPORTED_SPEECH = new RegExp(
  String.raw`(?:\b(?:I|we)\s+(?:had\s+|have\s+|would\s+|often\s+|always\s+|once\s+|then\s+|even\s+)?(?:told|tell|said|say|swore|claimed|insisted|assured|promised|pretended|explained|answered|replied)\b|\b(?:made|let)\s+you\s+(?:believe|think)\b|\bmy\s+(?:story|excuse|lie|cover\s+story|answer)\s+(?:was|had\s+been)\b)`,
  'i',
);

/** Curly quotes and apostrophes become straight ones; every replacement keeps the length. */
function normaliseQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u02BC\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word-list phrase becomes a regular-expression source. */
export function wordToPattern(phrase: string): string {
  return normaliseQuotes(phrase.trim())
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map(escapeRegExp)
        .join(String.raw`[-\s]?`),
    )
    .join(String.raw`\s+`);
}

const compiledCache = new WeakMap<readonly LanguageRule[], readonly CompiledRule[]>();

function compileRules(rules: readonly LanguageRule[]): readonly CompiledRule[] {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const compiled = rules.map((rule, index): CompiledRule => {
    const sources = [...(rule.words ?? []).map(wordToPattern), ...(rule.patterns ?? [])];
    // A rule with nothing to match gets a pattern that never matches.
    const body = sources.length > 0 ? sources.map((s) => `(?:${s})`).join('|') : '(?!)';
    return {
      rule,
      index,
      re: new RegExp(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, 'giu'),
      notFollowedBy: (rule.notFollowedBy ?? []).map((s) => new RegExp(`^(?:${s})`, 'iu')),
      notPrecededBy: (rule.notPrecededBy ?? []).map((s) => new RegExp(`(?:${s})$`, 'iu')),
    };
  });
  compiledCache.set(rules, compiled);
  return compiled;
}

/** Index of positions, built once per check, to answer "where does this sentence start?" quickly. */
class TextContext {
  private readonly sentenceBreaks: number[] = [];
  private readonly lineBreaks: number[] = [];
  private readonly quotes: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        this.lineBreaks.push(i);
        this.sentenceBreaks.push(i);
      } else if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) {
        this.sentenceBreaks.push(i);
      } else if (c === 34 /* " */) {
        this.quotes.push(i);
      }
    }
  }

  /** Number of entries in a sorted array that are < pos. */
  private static countBefore(arr: readonly number[], pos: number): number {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((arr[mid] ?? Infinity) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static lastBefore(arr: readonly number[], pos: number): number {
    const n = TextContext.countBefore(arr, pos);
    return n > 0 ? (arr[n - 1] ?? -1) : -1;
  }

  sentenceStart(pos: number): number {
    return TextContext.lastBefore(this.sentenceBreaks, pos) + 1;
  }

  /** True when pos sits inside a quotation that opened earlier in the same paragraph. */
  insideQuotation(pos: number): boolean {
    const paragraphStart = TextContext.lastBefore(this.lineBreaks, pos) + 1;
    const count = TextContext.countBefore(this.quotes, pos) - TextContext.countBefore(this.quotes, paragraphStart);
    return count % 2 === 1;
  }

  isReportedSpeech(pos: number): boolean {
    if (this.insideQuotation(pos)) return true;
    return REPORTED_SPEECH.test(this.text.slice(this.sentenceStart(pos), pos));
  }
}

const CONTEXT_WINDOW = 80;

interface Candidate {
  readonly compiled: CompiledRule;
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

function normaliseMatch(match: string): string {
  return normaliseQuotes(match).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Builds the key a writer stores to dismiss one finding. */
export function findingKey(ruleId: string, match: string, occurrence: number): string {
  return `${ruleId}:${normaliseMatch(match)}:${occurrence}`;
}

function findCandidates(compiled: CompiledRule, ctx: TextContext, original: string): Candidate[] {
  const { rule, re, notFollowedBy, notPrecededBy } = compiled;
  const text = ctx.text;
  const out: Candidate[] = [];
  const occurrences = new Map<string, number>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      re.lastIndex = start + 1;
      continue;
    }
    if (notFollowedBy.length > 0) {
      const after = text.slice(end, end + CONTEXT_WINDOW);
      if (notFollowedBy.some((r) => r.test(after))) continue;
    }
    if (notPrecededBy.length > 0) {
      const before = text.slice(Math.max(ctx.sentenceStart(start), start - CONTEXT_WINDOW), start);
      if (notPrecededBy.some((r) => r.test(before))) continue;
    }
    if (rule.skipInReportedSpeech === true && ctx.isReportedSpeech(start)) continue;
    const match = original.slice(start, end);
    const norm = normaliseMatch(match);
    const occurrence = occurrences.get(norm) ?? 0;
    occurrences.set(norm, occurrence + 1);
    out.push({ compiled, start, end, key: `${rule.id}:${norm}:${occurrence}` });
  }
  return out;
}

/**
 * Checks a piece of writing against the language rules.
 * Findings are sorted by start and never overlap; where two rules match overlapping text,
 * the one that starts first (then the longer one, then the earlier rule) is kept.
 */
export function checkLanguage(text: string, opts: LanguageCheckOptions = {}): LanguageFinding[] {
  if (text.length === 0) return [];
  const rules = opts.rules ?? LANGUAGE_RULES;
  const wanted = opts.categories ? new Set<LanguageCategory>(opts.categories) : null;
  const dismissed = new Set(opts.dismissed ?? []);
  const ctx = new TextContext(normaliseQuotes(text));

  const candidates: Candidate[] = [];
  for (const compiled of compileRules(rules)) {
    if (wanted && !wanted.has(compiled.rule.category)) continue;
    for (const c of findCandidates(compiled, ctx, text)) candidates.push(c);
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.compiled.index - b.compiled.index);

  const findings: LanguageFinding[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    if (dismissed.has(c.key)) continue;
    const { rule } = c.compiled;
    findings.push({
      key: c.key,
      ruleId: rule.id,
      category: rule.category,
      start: c.start,
      end: c.end,
      match: text.slice(c.start, c.end),
      explanation: rule.explanation,
      suggestion: rule.suggestion,
    });
  }
  return findings;
}

/* ------------------------------------------------------------------------------------------
 * Partner questions
 * ---------------------------------------------------------------------------------------- */

const GRAPHIC_QUESTION_RES: readonly RegExp[] = GRAPHIC_QUESTION_PATTERNS.map((s) => new RegExp(s, 'iu'));

export interface GraphicDetailNote {
  readonly flagged: boolean;
  /** Empty when not flagged. */
  readonly note: string;
}

/**
 * Looks at one of the partner's questions and, when it asks for graphic sexual detail,
 * returns a gentle note. It never blocks: the partner decides what to ask.
 */
export function graphicDetailNote(questionText: string): GraphicDetailNote {
  const text = normaliseQuotes(questionText);
  const flagged = GRAPHIC_QUESTION_RES.some((r) => r.test(text)) || checkLanguage(text, { categories: ['graphic'] }).length > 0;
  return flagged ? { flagged: true, note: GRAPHIC_QUESTION_NOTE } : { flagged: false, note: '' };
}
