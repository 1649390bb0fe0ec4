import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/channels';
import { ContentError, parseWorkbookJson, serializeWorkbook, validateWorkbook } from '../../shared/workbook/content';
import { ROLES } from '../../shared/workbook/schema';
import { makeSentinels } from '../../tests/e2e/securitySentinels';
import { runCli } from '../cli/main';
import { runWithStreams } from '../cli/testSupport';
import { dispatch } from './handlers';
import { makeTestServices, PASS } from './testSupport';
import { loadSodium } from './vault/sodium';
import { createVault, TEST_KDF } from './vault/vault';

/**
 * Bad input at every door: malformed content at `validateWorkbook` / `parseWorkbookJson`,
 * random and near-valid arguments at `dispatch` for every channel, malformed saves and
 * damaged files at the service, malformed JSON at `workbook load`. Every case ends in a
 * clear error, never a crash, a hang or a partial write.
 */
const { workbooks: full } = makeSentinels();

/** One case. A hang fails by the test's timeout; nothing here reads the clock (CI is a busy machine). */
async function oneCase<T>(task: () => Promise<T> | T): Promise<T> {
  return await task();
}

type Json = unknown;
/** Replace, delete or retype one random place in a JSON tree. */
function mutateAt(value: Json, pathChoices: number[], replacement: Json, remove: boolean): Json {
  if (pathChoices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [choice, ...rest] = pathChoices as [number, ...number[]];
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = choice % value.length;
    const copy = [...value];
    if (remove && rest.length === 0) copy.splice(i, 1);
    else copy[i] = mutateAt(copy[i], rest, replacement, remove);
    return copy;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[choice % keys.length]!;
  const entries = Object.entries(value as Record<string, unknown>);
  if (remove && rest.length === 0) return Object.fromEntries(entries.filter(([k]) => k !== key));
  return Object.fromEntries(entries.map(([k, v]) => [k, k === key ? mutateAt(v, rest, replacement, remove) : v]));
}

const hostile = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.constantFrom(null, undefined, '', 0, -1, 1e308, Number.NaN, true, [], {}, '__proto__', 'x'.repeat(300_000)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown),
);
const mutatedContent = fc
  .tuple(fc.constantFrom(...ROLES), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), hostile, fc.boolean())
  .map(([role, where, replacement, remove]) => ({ role, content: mutateAt(full[role], where, replacement, remove) }));

function expectWorkbookOrContentError(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(/^[A-Z].{10,}/);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  }
}

describe('malformed content at validateWorkbook and parseWorkbookJson', () => {
  it('3,000 mutated workbooks: a valid workbook or a ContentError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedContent, fc.option(fc.constantFrom(...ROLES)), async ({ content }, expected) => {
        await oneCase(() => expectWorkbookOrContentError(() => validateWorkbook(content, expected ?? undefined)));
      }),
      { numRuns: 3_000 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('2,000 random and damaged JSON texts', async () => {
    const texts = [serializeWorkbook(full.disclosing), serializeWorkbook(full.partner)];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.json(),
          fc
            .tuple(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: 50 }), fc.string({ maxLength: 5 }))
            .map(([text, at, cut, insert]) => {
              const i = at % text.length;
              return text.slice(0, i) + insert + text.slice(i + cut);
            }),
        ),
        async (text) => {
          await oneCase(() => expectWorkbookOrContentError(() => parseWorkbookJson(text)));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('deeply nested input is refused, not a stack overflow', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expectWorkbookOrContentError(() => validateWorkbook({ ...full.partner, sections: deep }));
    const text = '['.repeat(200_000) + ']'.repeat(200_000);
    expectWorkbookOrContentError(() => parseWorkbookJson(text));
  });
});

describe('the IPC boundary (dispatch) with hostile arguments on every channel', () => {
  let env: Awaited<ReturnType<typeof makeTestServices>>;
  beforeAll(async () => {
    env = await makeTestServices();
    await env.workbooks.create('disclosing', 'D', PASS);
    await env.workbooks.create('partner', 'P', PASS);
  });
  afterAll(() => env.cleanup());

  const nearValid = fc.record(
    {
      role: fc.oneof(fc.constantFrom<string>('disclosing', 'partner', 'admin', ''), fc.anything()),
      displayName: fc.oneof(fc.string({ maxLength: 200 }), fc.anything()),
      passphrase: fc.oneof(fc.string({ maxLength: 100 }), fc.anything()),
      secret: fc.oneof(
        fc.record({ method: fc.constantFrom('passphrase', 'recoveryKey', 'magic'), value: fc.oneof(fc.string(), fc.anything()) }),
        fc.anything(),
      ),
      content: hostile,
      current: fc.oneof(fc.constant(null), fc.string(), fc.anything()),
      next: fc.oneof(fc.string({ maxLength: 60 }), fc.anything()),
      autoLockMinutes: fc.oneof(fc.integer(), fc.anything()),
      discreetMode: fc.oneof(fc.boolean(), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it('4,000 calls: always a Result with a readable message, never a throw, never internal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...CHANNELS), fc.string(), fc.anything()),
        fc.oneof(fc.anything(), nearValid),
        async (channel, input) => {
          const result = await oneCase(() => dispatch(env.handlers, channel, input));
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.code).not.toBe('internal');
            expect(result.error.message).toMatch(/^[A-Z]/);
            expect(result.error.message).not.toMatch(/\n\s+at /); // never a stack trace
          }
        },
      ),
      { numRuns: 4_000 },
    );
  });

  it('1,000 malformed saves: refused with the file on disk unchanged; accepted ones really saved', async () => {
    // Its own services: the calls above may have locked workbooks and started growing delays.
    const env = await makeTestServices();
    await env.workbooks.create('disclosing', 'D', PASS);
    await env.workbooks.create('partner', 'P', PASS);
    await fc.assert(
      fc.asyncProperty(mutatedContent, async ({ role, content }) => {
        if (!env.workbooks.isUnlocked(role)) await env.workbooks.unlock(role, { method: 'passphrase', value: PASS });
        const before = await readFile(env.files.mainPath(role));
        const result = await oneCase(() => dispatch(env.handlers, 'workbook:save', { role, content }));
        const after = await readFile(env.files.mainPath(role));
        if (result.ok) {
          expect(env.workbooks.content(role).role).toBe(role);
        } else {
          expect(['invalid-content', 'invalid-input']).toContain(result.error.code);
          expect(after.equals(before)).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
    await env.workbooks.lockAll();
    await env.cleanup();
  });
});

describe('damaged files at the service (unlock)', () => {
  it('500 mutated files on disk: a clear "damaged" or "wrong passphrase" answer, file untouched, no crash', async () => {
    let clock = 1_000_000_000;
    const env = await makeTestServices({ now: () => new Date(clock) });
    try {
      const { content } = await env.workbooks.create('partner', 'P', PASS);
      await env.workbooks.save('partner', { ...full.partner, createdAt: content.createdAt });
      await env.workbooks.lockAll();
      const good = await readFile(env.files.mainPath('partner'));
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, mask]) => {
              const b = Buffer.from(good);
              b[at % b.length] = b[at % b.length]! ^ mask;
              return b;
            }),
            fc.nat().map((n) => good.subarray(0, n % good.length)),
            fc.uint8Array({ maxLength: 3_000 }).map((u) => Buffer.from(u)),
          ),
          fc.constantFrom(PASS, 'another passphrase'),
          async (bytes, passphrase) => {
            clock += 60_000; // past any growing delay
            await writeFile(env.files.mainPath('partner'), bytes);
            const result = await oneCase(() =>
              dispatch(env.handlers, 'workbook:unlock', { role: 'partner', secret: { method: 'passphrase', value: passphrase } }),
            );
            expect(result.ok).toBe(false);
            if (!result.ok) {
              expect(['damaged', 'wrong-secret']).toContain(result.error.code);
              expect(result.error.message).toMatch(/damaged|changed|did not open/);
            }
            expect((await readFile(env.files.mainPath('partner'))).equals(bytes)).toBe(true);
            expect(env.workbooks.isUnlocked('partner')).toBe(false);
          },
        ),
        { numRuns: 500 },
      );
      // The real file still opens afterwards.
      await writeFile(env.files.mainPath('partner'), good);
      clock += 60_000;
      expect((await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS })).content.displayName).toBe(
        full.partner.displayName,
      );
    } finally {
      await env.workbooks.lockAll();
      await env.cleanup();
    }
  });
});

describe('malformed content JSON at `workbook load` (CLI)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-fuzz-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function cli(args: string[], stdin = '') {
    const vault = createVault(await loadSodium(), { kdf: TEST_KDF });
    return runWithStreams((io) => runCli(args, io, { vault }), stdin);
  }

  it('200 malformed content files: exit 1 with one clear line and the workbook unchanged', async () => {
    const file = path.join(dir, 'partner.dwb');
    expect((await cli(['create', '--role', 'partner', '--name', 'P', '--out', file], `${PASS}\n`)).code).toBe(0);
    const from = path.join(dir, 'content.json');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          mutatedContent.filter(({ role }) => role === 'partner').map(({ content }) => JSON.stringify(content) ?? ''),
        ),
        async (text) => {
          await writeFile(from, text);
          const before = await readFile(file);
          const { code, err } = await oneCase(() => cli(['load', file, '--from', from], `${PASS}\n`));
          if (code !== 0) {
            expect(code).toBe(1);
            expect(err.trim().split('\n')).toHaveLength(1);
            expect((await readFile(file)).equals(before)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
