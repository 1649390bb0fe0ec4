import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePartner } from '../../shared/export/__fixtures__/workbooks';
import { sealQuestionPacket } from '../core/exchange/questionPacketFile';
import { createThrottle } from '../core/throttle';
import { loadSodium } from '../core/vault/sodium';
import { createVault, TEST_KDF } from '../core/vault/vault';
import { runCli } from './main';
import { runWithStreams } from './testSupport';

const sodium = await loadSodium();
const vault = createVault(sodium, { kdf: TEST_KDF });
const PASS = 'correct horse battery staple';
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-cli-packets-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function cli(args: string[], stdin: string) {
  return runWithStreams((io) => runCli(args, io, { vault, throttle: createThrottle() }), stdin);
}

describe('workbook import-questions', () => {
  it('refuses an older question packet over a newer one unless --force, and changes nothing', async () => {
    const file = path.join(dir, 'disclosing.dwb');
    expect((await cli(['create', '--role', 'disclosing', '--name', 'D', '--out', file], `${PASS}\n`)).code).toBe(0);
    const older = await sealQuestionPacket(vault, sodium, fixturePartner(), new Date('2026-01-20T09:00:00Z'));
    const newer = await sealQuestionPacket(vault, sodium, fixturePartner(), new Date('2026-01-22T10:00:00Z'));
    const olderFile = path.join(dir, 'older.dwbq');
    const newerFile = path.join(dir, 'newer.dwbq');
    await writeFile(olderFile, older.bytes);
    await writeFile(newerFile, newer.bytes);

    const first = await cli(['import-questions', file, '--from', newerFile], `${PASS}\n${newer.code}\n`);
    expect(first.code).toBe(0);
    const before = await readFile(file);

    const refused = await cli(['import-questions', file, '--from', olderFile], `${PASS}\n${older.code}\n`);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'released 2026-01-20 09:00 UTC, before the one already in this workbook (2026-01-22 10:00 UTC)',
    );
    expect(refused.err).toContain('--force');
    expect((await readFile(file)).equals(before)).toBe(true);

    const forced = await cli(['import-questions', file, '--from', olderFile, '--force'], `${PASS}\n${older.code}\n`);
    expect(forced.code).toBe(0);
    expect((await readFile(file)).equals(before)).toBe(false);
    const dumped = await cli(['dump', file], `${PASS}\n`);
    expect(dumped.out).toContain('2026-01-20T09:00:00.000Z');
  });
});
