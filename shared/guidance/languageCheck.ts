/**
 * The language-check engine. Pure and synchronous: give it text, get back findings.
 * The rules themselves are data in `languageRules.ts`.
 *
 * No natural-language library is needed: the rules name the phenomenon (who acts, what a
 * qualifier does, which nearby words turn a sentence around) with verb forms, negation and
 * clause context, and the engine supplies that context cheaply: where the sentence and the
 * clause start, whether the text is quoted or reports what was said before.
 */
import {
  DEFAULT_APOLOGY_GUIDANCE,
  GRAPHIC_QUESTION_NOTE,
  GRAPHIC_QUESTION_PATTERNS,
  LANGUAGE_RULE_ID_HISTORY,
  LANGUAGE_RULES,
  phraseTrie,
  type ApologyGuidance,
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
  /** The note first offers support (Pause, the therapist, crisis lines). */
  readonly offersSupport?: boolean;
}

export interface LanguageCheckOptions {
  /** Only report these categories (default: all). */
  readonly categories?: readonly LanguageCategory[] | undefined;
  /** Keys of findings the writer has chosen to dismiss (older rule ids are understood too). */
  readonly dismissed?: readonly string[] | undefined;
  /** Use a different rule set (default: LANGUAGE_RULES). */
  readonly rules?: readonly LanguageRule[] | undefined;
  /** The workbook's apology guidance (default: note forgiveness requests, not apologies). */
  readonly apologies?: ApologyGuidance | undefined;
}

interface CompiledRule {
  readonly rule: LanguageRule;
  readonly index: number;
  readonly re: RegExp;
  readonly notFollowedBy: readonly RegExp[];
  readonly notPrecededBy: readonly RegExp[];
  readonly unlessClause: readonly RegExp[];
  readonly unlessSentence: readonly RegExp[];
  readonly onlyInSentence: readonly RegExp[];
}

const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** Letters and digits without the Unicode flag (Latin, Greek, Cyrillic and the rest of the BMP letters that matter here). */
const LETTER_RANGES = String.raw`a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff`;
const DIGIT_RANGES = '0-9';

/**
 * Rule sources are written case-insensitively; the engine lower-cases the text (keeping every
 * offset) and the literal letters of each source, so the expressions run without the
 * case-insensitive and Unicode flags, which makes them several times faster. Escapes such as
 * \S, \W, \B and \D keep their case; \p{L} and \p{N} become explicit ranges.
 */
export function lowerCasePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    if (c === '\\') {
      const rest = source.slice(i);
      const prop = /^\\[pP]\{(L|N|Letter|Number)\}/.exec(rest);
      if (prop) {
        const ranges = prop[1]?.startsWith('L') ? LETTER_RANGES : DIGIT_RANGES;
        out += inClass ? ranges : `[${ranges}]`;
        i += prop[0].length - 1;
        continue;
      }
      const hex = /^\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})/.exec(rest);
      if (hex) {
        out += hex[0];
        i += hex[0].length - 1;
        continue;
      }
      out += c + source.charAt(i + 1);
      i++;
      continue;
    }
    out += c.toLowerCase();
  }
  return out;
}

/** Lower case without changing any offset (a character whose lower case is longer stays as it is). */
function lowerCaseKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Phrases that show the writer is quoting or reporting what they said before. */
const REPORTED_SPEECH = new RegExp(
  String.raw`(?:\b(?:I|we)\s+(?:had\s+|have\s+|often\s+|always\s+|once\s+|then\s+|even\s+|used\s+to\s+|kept\s+|later\s+|also\s+|repeatedly\s+)?(?:told|tell|telling|said|say|saying|swore|swear|claimed|claim|insisted|assured|promised|pretended|explained|answered|replied|lied\s+(?:and\s+said|that)|made\s+up|called\s+it|described\s+it)\b|\b(?:I|we)\s+(?:wrote|texted|messaged|emailed)\s+(?:you|back)\s+(?:that|saying)\b|^\s*(?:told|said|claimed|swore|insisted|pretended)\b|\b(?:saying|telling\s+(?:you|everyone|them|people))\b|\bI\s+would\s+(?:tell|text|call|message)\s+you\b|\byou\s+(?:asked|questioned)(?:\s+me)?\b[^.;!?]{0,30}?\b(?:if|whether|why|where|who|how|what|about)\b|\b(?:made|let)\s+you\s+(?:believe|think)\b|\bmy\s+(?:story|excuse|lie|cover\s+story|answer|explanation)\s+(?:was|had\s+been)\b|\bthe\s+(?:story|excuse|lie|cover\s+story)\s+(?:I\s+\w+\s+)?(?:was|had\s+been)\b)`,
  'iu',
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
    const words = rule.words ?? [];
    // Word lists become one factored expression; a space matches any run of white space and a
    // hyphen also matches a space or nothing, as wordToPattern does for a single phrase.
    const wordSource =
      words.length > 0
        ? phraseTrie(
            words.map((w) => normaliseQuotes(w.trim()).toLowerCase().replace(/\s+/g, ' ')),
            (ch) => (ch === ' ' ? String.raw`\s+` : ch === '-' ? String.raw`[-\s]?` : escapeRegExp(ch)),
          )
        : null;
    const sources = [...(wordSource ? [wordSource] : []), ...(rule.patterns ?? [])];
    // A rule with nothing to match gets a pattern that never matches.
    const body = sources.length > 0 ? sources.map((s) => `(?:${s})`).join('|') : '(?!)';
    return {
      rule,
      index,
      // The word boundary before a match is checked in code: a leading lookbehind would stop the
      // regular-expression engine from skipping ahead quickly, and costs several times more.
      re: new RegExp(lowerCasePattern(`(?:${body})${WORD_AFTER}`), 'g'),
      notFollowedBy: (rule.notFollowedBy ?? []).map((s) => new RegExp(`^(?:${s})`, 'iu')),
      notPrecededBy: (rule.notPrecededBy ?? []).map((s) => new RegExp(`(?:${s})$`, 'iu')),
      unlessClause: (rule.unlessClause ?? []).map((s) => new RegExp(s, 'iu')),
      unlessSentence: (rule.unlessSentence ?? []).map((s) => new RegExp(s, 'iu')),
      onlyInSentence: (rule.onlyInSentence ?? []).map((s) => new RegExp(s, 'iu')),
    };
  });
  compiledCache.set(rules, compiled);
  return compiled;
}

/** Index of positions, built once per check, to answer "where does this sentence start?" quickly. */
class TextContext {
  private readonly sentenceBreaks: number[] = [];
  private readonly clauseBreaks: number[] = [];
  private readonly lineBreaks: number[] = [];
  private readonly quotes: number[] = [];
  private readonly reportedCache = new Map<number, number>();

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        this.lineBreaks.push(i);
        this.sentenceBreaks.push(i);
        this.clauseBreaks.push(i);
      } else if (c === 33 /* ! */ || c === 63 /* ? */) {
        this.sentenceBreaks.push(i);
        this.clauseBreaks.push(i);
      } else if (c === 46 /* . */) {
        // "$6.50", "Dr. Lee" and "e.g." are not sentence ends: a full stop ends a sentence
        // when a space or the end of the text follows it.
        const next = text.charCodeAt(i + 1);
        if (Number.isNaN(next) || next === 32 || next === 10 || next === 34 || next === 39 || next === 41) {
          this.sentenceBreaks.push(i);
          this.clauseBreaks.push(i);
        }
      } else if (
        c === 44 /* , */ ||
        c === 59 /* ; */ ||
        c === 58 /* : */ ||
        c === 8212 /* — */ ||
        c === 8211 /* – */ ||
        c === 40 /* ( */
      ) {
        const next = text.charCodeAt(i + 1);
        // "6,200" is a number, not a clause break.
        if (!(c === 44 && next >= 48 && next <= 57)) this.clauseBreaks.push(i);
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

  clauseStart(pos: number): number {
    return TextContext.lastBefore(this.clauseBreaks, pos) + 1;
  }

  /** End of the sentence holding pos, and of the sentence after it when `plusNext`. */
  sentenceEnd(pos: number, plusNext: boolean): number {
    const n = TextContext.countBefore(this.sentenceBreaks, pos);
    const idx = plusNext ? n + 1 : n;
    return Math.min(this.text.length, (this.sentenceBreaks[idx] ?? this.text.length) + 1);
  }

  /** True when pos sits inside a quotation that opened earlier in the same paragraph. */
  insideQuotation(pos: number): boolean {
    const paragraphStart = TextContext.lastBefore(this.lineBreaks, pos) + 1;
    const count = TextContext.countBefore(this.quotes, pos) - TextContext.countBefore(this.quotes, paragraphStart);
    return count % 2 === 1;
  }

  isReportedSpeech(pos: number): boolean {
    if (this.insideQuotation(pos)) return true;
    const start = this.sentenceStart(pos);
    // The first reporting verb in a sentence covers everything after it.
    let first = this.reportedCache.get(start);
    if (first === undefined) {
      const end = this.sentenceEnd(start, false);
      const m = REPORTED_SPEECH.exec(this.text.slice(start, end));
      first = m ? start + m.index : -1;
      this.reportedCache.set(start, first);
    }
    return first >= 0 && first < pos;
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

/**
 * Dismissed keys as a set that also holds the keys the same notes have under today's rule ids,
 * so a note dismissed before a rule was renamed, merged or split stays dismissed.
 */
export function expandDismissed(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    out.add(key);
    const colon = key.indexOf(':');
    if (colon < 0) continue;
    // Keys may carry a field prefix ("lie-3:ruleId:match:n"); look at every id-shaped part.
    const parts = key.split(':');
    for (let i = 0; i < parts.length; i++) {
      const later = LANGUAGE_RULE_ID_HISTORY[parts[i] ?? ''];
      if (!later) continue;
      for (const id of later) out.add([...parts.slice(0, i), id, ...parts.slice(i + 1)].join(':'));
    }
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_']/u;

function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 39;
  }
  return WORD_CHAR.test(String.fromCharCode(code));
}

function findCandidates(compiled: CompiledRule, ctx: TextContext, original: string): Candidate[] {
  const { rule, re, notFollowedBy, notPrecededBy, unlessClause, unlessSentence, onlyInSentence } = compiled;
  const text = ctx.text;
  const out: Candidate[] = [];
  const occurrences = new Map<string, number>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) {
      // Never start in the middle of a word; try again from the next character.
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
    if (unlessClause.length > 0) {
      const clause = text.slice(ctx.clauseStart(start), start);
      if (unlessClause.some((r) => r.test(clause))) continue;
    }
    if (unlessSentence.length > 0) {
      const sentence = text.slice(ctx.sentenceStart(start), ctx.sentenceEnd(start, true));
      if (unlessSentence.some((r) => r.test(sentence))) continue;
    }
    if (onlyInSentence.length > 0) {
      const sentence = text.slice(ctx.sentenceStart(start), ctx.sentenceEnd(start, false));
      if (!onlyInSentence.some((r) => r.test(sentence))) continue;
    }
    if (ctx.isReportedSpeech(start)) continue;
    const match = original.slice(start, end);
    const norm = normaliseMatch(match);
    const occurrence = occurrences.get(norm) ?? 0;
    occurrences.set(norm, occurrence + 1);
    out.push({ compiled, start, end, key: `${rule.id}:${norm}:${occurrence}` });
  }
  return out;
}

function ruleWanted(rule: LanguageRule, apologies: ApologyGuidance): boolean {
  if (rule.group === 'forgiveness') return apologies !== 'noNotes';
  if (rule.group === 'apology') return apologies === 'noteApologies';
  return true;
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
  const apologies = opts.apologies ?? DEFAULT_APOLOGY_GUIDANCE;
  const dismissed = opts.dismissed && opts.dismissed.length > 0 ? expandDismissed(opts.dismissed) : null;
  const ctx = new TextContext(lowerCaseKeepingOffsets(normaliseQuotes(text)));

  const candidates: Candidate[] = [];
  for (const compiled of compileRules(rules)) {
    if (wanted && !wanted.has(compiled.rule.category)) continue;
    if (!ruleWanted(compiled.rule, apologies)) continue;
    for (const c of findCandidates(compiled, ctx, text)) candidates.push(c);
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.compiled.index - b.compiled.index);

  const findings: LanguageFinding[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    if (dismissed?.has(c.key)) continue;
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
      ...(rule.offersSupport === true ? { offersSupport: true } : {}),
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
 * compares bodies or sexual performance, or asks for every detail, returns a gentle note.
 * It never blocks: the partner decides what to ask. This is the only check that looks at
 * anything the partner writes.
 */
export function graphicDetailNote(questionText: string): GraphicDetailNote {
  const text = normaliseQuotes(questionText);
  const flagged = GRAPHIC_QUESTION_RES.some((r) => r.test(text)) || checkLanguage(text, { categories: ['graphic'] }).length > 0;
  return flagged ? { flagged: true, note: GRAPHIC_QUESTION_NOTE } : { flagged: false, note: '' };
}
