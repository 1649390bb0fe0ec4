/**
 * Scans every string exported from shared/guidance (every non-test module in this folder,
 * found automatically) for wording the product must never use.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkLanguage } from './languageCheck';

/** Matching data, not product text: the rules must be able to detect gendered blame. */
const SKIP_KEYS = new Set([
  'words',
  'patterns',
  'notFollowedBy',
  'notPrecededBy',
  'unlessClause',
  'unlessSentence',
  'onlyInSentence',
]);
const SKIP_EXPORTS = new Set(['GRAPHIC_QUESTION_PATTERNS']);

interface Found {
  readonly where: string;
  readonly text: string;
}

/**
 * Sample arguments for text functions (`save: (n) => \`Save as draft ${n}\``): one and many, a name.
 * Only calls that return a string count; a function that needs other arguments is simply left out.
 */
const SAMPLE_ARGUMENTS: readonly unknown[] = [1, 2, 12_345, 'Sam', 'your letter'];

function callWithSamples(fn: (...args: unknown[]) => unknown, where: string, out: Found[]): void {
  const arity = Math.min(fn.length, 3);
  if (arity === 0) return;
  for (const sample of SAMPLE_ARGUMENTS) {
    let result: unknown;
    try {
      result = fn(...Array.from({ length: arity }, () => sample));
    } catch {
      continue;
    }
    if (typeof result === 'string') out.push({ where: `${where}(${String(sample)})`, text: result });
  }
}

function collect(value: unknown, where: string, out: Found[], seen: Set<unknown>): void {
  if (typeof value === 'string') {
    out.push({ where, text: value });
    return;
  }
  if (typeof value === 'function') {
    callWithSamples(value as (...args: unknown[]) => unknown, where, out);
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof RegExp || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${where}[${i}]`, out, seen));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (SKIP_KEYS.has(key)) continue;
    collect(v, `${where}.${key}`, out, seen);
  }
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const moduleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

async function allProductStrings(): Promise<Found[]> {
  const out: Found[] = [];
  for (const file of moduleFiles) {
    const mod = (await import(`./${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (SKIP_EXPORTS.has(name)) continue;
      collect(value, `${file}:${name}`, out, new Set());
    }
  }
  return out;
}

describe('product text in shared/guidance', () => {
  it('finds the guidance modules', () => {
    for (const f of [
      'languageRules.ts',
      'languageCheck.ts',
      'questionBank.ts',
      'inventory.ts',
      'crisisResources.ts',
      'sectionTexts.ts',
      'partnerTexts.ts',
    ]) {
      expect(moduleFiles).toContain(f);
    }
  });

  it('uses no gendered pronouns', async () => {
    const strings = await allProductStrings();
    expect(strings.length).toBeGreaterThan(300);
    const bad = strings.filter((s) => /\b(he|she|him|her|his|hers|himself|herself)\b/i.test(s.text));
    expect(bad).toEqual([]);
  });

  it('never says codependent, pass or fail', async () => {
    const bad = (await allProductStrings()).filter((s) =>
      /\b(co-?dependen\w*|pass(ed|es|ing)?|fail(s|ed|ing|ure)?)\b/i.test(s.text),
    );
    expect(bad).toEqual([]);
  });

  it('has no doubled spaces or stray whitespace at either end', async () => {
    const bad = (await allProductStrings()).filter((s) => s.text !== s.text.trim() || / {2}/.test(s.text));
    expect(bad).toEqual([]);
  });

  it('does not itself blame, make light of things or use graphic words in guidance prose', async () => {
    const prose = (await allProductStrings()).filter(
      (s) => /sectionTexts|inventory|crisisResources|partnerTexts/.test(s.where) && !/QUESTION/.test(s.where),
    );
    const bad = prose
      .map((s) => ({
        where: s.where,
        findings: checkLanguage(s.text, { categories: ['blame', 'minimising', 'justifying', 'graphic'] }).map((f) => f.match),
      }))
      .filter((r) => r.findings.length > 0);
    expect(bad).toEqual([]);
  });
});
