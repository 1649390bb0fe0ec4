import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDisclosing, fixturePartner } from '../../../shared/export/__fixtures__/workbooks';
import { mergePacket, normaliseReleaseCode } from '../../../shared/export/questionPacket';
import { memoryPreferencesBackend } from '../preferencesService';
import { createAppServices, type AppServices } from '../services';
import { loadSodium, type Sodium } from '../vault/sodium';
import { createVault, TEST_KDF, type Vault } from '../vault/vault';
import { openQuestionPacket, PacketError, sealQuestionPacket } from './questionPacketFile';

let sodium: Sodium;
let vault: Vault;
beforeAll(async () => {
  sodium = await loadSodium();
  vault = createVault(sodium, { kdf: TEST_KDF });
});

const NOW = new Date('2026-01-22T10:00:00Z');

async function codeError(fn: () => Promise<unknown>): Promise<PacketError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof PacketError) return error;
    throw error;
  }
  throw new Error('expected a PacketError');
}

describe('question packets', () => {
  it('holds only the ready questions, in session order, with stable ids and nothing else of the workbook', async () => {
    const partner = fixturePartner();
    const sealed = await sealQuestionPacket(vault, sodium, partner, NOW);
    expect(normaliseReleaseCode(sealed.code)).toBe(sealed.code);
    expect(sealed.code).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
    const packet = await openQuestionPacket(vault, sealed.bytes, sealed.code.replace(/-/g, ' '));
    expect(packet.questions.map((q) => [q.id, q.order])).toEqual([
      ['q2', 0],
      ['q3', 1],
      ['q1', 2],
    ]);
    const json = JSON.stringify(packet);
    for (const absent of ['Private reason', 'Private feeling', 'A draft question', 'set aside', 'Sam', 'Riley', 'Hard day'])
      expect(json).not.toContain(absent);
    // Nothing readable in the file itself.
    expect(Buffer.from(sealed.bytes).includes(Buffer.from('When did it start'))).toBe(false);
  });

  it('codes are random: 16 digits, different every time', async () => {
    const codes = new Set(
      await Promise.all(
        Array.from({ length: 50 }, async () => (await sealQuestionPacket(vault, sodium, fixturePartner(), NOW)).code),
      ),
    );
    expect(codes.size).toBe(50);
  });

  it('a wrong code fails clearly; a malformed code is explained', async () => {
    const sealed = await sealQuestionPacket(vault, sodium, fixturePartner(), NOW);
    const last = sealed.code.slice(-1) === '0' ? '1' : '0';
    const wrong = await codeError(() => openQuestionPacket(vault, sealed.bytes, sealed.code.slice(0, -1) + last));
    expect(wrong.code).toBe('wrong-code');
    expect(wrong.message).toMatch(/release code does not open/);
    expect((await codeError(() => openQuestionPacket(vault, sealed.bytes, '1234'))).code).toBe('bad-code-format');
  });

  it('detects any changed byte', async () => {
    const sealed = await sealQuestionPacket(vault, sodium, fixturePartner(), NOW);
    const positions = [0, 6, 20, 100, 200, 219, 230, sealed.bytes.length - 40, sealed.bytes.length - 1];
    for (const at of positions) {
      const changed = sealed.bytes.slice();
      changed[at] = changed[at]! ^ 0x01;
      expect((await codeError(() => openQuestionPacket(vault, changed, sealed.code))).code).toBe('damaged');
    }
    expect((await codeError(() => openQuestionPacket(vault, sealed.bytes.slice(0, -1), sealed.code))).code).toBe('damaged');
  });

  it('a workbook file is not taken for a packet', async () => {
    const { session } = await vault.create('partner', '1111-2222-3333-4444');
    const bytes = await vault.seal(session, new TextEncoder().encode('{}'));
    expect((await codeError(() => openQuestionPacket(vault, bytes, '1111-2222-3333-4444'))).code).toBe('not-a-packet');
  });

  it('answers stay matched by question id after re-importing a newer packet', async () => {
    const partner = fixturePartner();
    const disclosing = fixtureDisclosing();
    const sealed1 = await sealQuestionPacket(vault, sodium, partner, NOW);
    const first = mergePacket(disclosing.sections.answers, await openQuestionPacket(vault, sealed1.bytes, sealed1.code), NOW);
    disclosing.sections.answers = first.answers;
    disclosing.sections.answers.answers['q3'] = {
      text: 'About 1,250 in total.',
      letterSection: '',
      reviewedWithTherapist: false,
    };
    // The partner reorders, rewords one question, withdraws one and adds one.
    const items = partner.sections.questions.items;
    items.find((q) => q.id === 'q2')!.status = 'draft';
    items.find((q) => q.id === 'q3')!.text = 'How much money was spent, in total, and from which accounts?';
    items.push({ ...items[0]!, id: 'q7', text: 'Is anyone else aware of this?', status: 'ready', category: 'people' });
    items.reverse();
    const sealed2 = await sealQuestionPacket(vault, sodium, partner, new Date('2026-01-25T10:00:00Z'));
    const second = mergePacket(
      disclosing.sections.answers,
      await openQuestionPacket(vault, sealed2.bytes, sealed2.code),
      new Date('2026-01-26T10:00:00Z'),
    );
    expect(second.answers.packet!.questions.map((q) => q.id)).toEqual(['q7', 'q1', 'q3']);
    expect(second.answers.answers['q1']!.text).toBe('It started in March 2019.');
    expect(second.answers.answers['q3']!.text).toBe('About 1,250 in total.');
    expect(second.answers.answers['q2']!.text).toBe('No. I never brought anyone to our home.');
    expect(second.answers.packet!.questions.find((q) => q.id === 'q3')!.text).toContain('from which accounts');
    expect(second).toMatchObject({ keptAnswers: 2, newQuestions: 1, withdrawnQuestions: 1, olderThanCurrent: false });
    const backAgain = mergePacket(second.answers, await openQuestionPacket(vault, sealed1.bytes, sealed1.code), NOW);
    expect(backAgain.olderThanCurrent).toBe(true);
  });
});

describe('the exchange service (app)', () => {
  let services: AppServices;
  let dir: string;
  let nextSave = '';
  let nextOpen = '';
  // A clock moved by hand: a wrong code pauses the next try (the one throttle), and no test waits.
  let clock = Date.parse('2026-01-22T10:00:00Z');
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-exchange-'));
    services = await createAppServices({
      now: () => new Date(clock),
      dataDir: dir,
      preferences: memoryPreferencesBackend({}),
      appInfo: { version: 'test', platform: process.platform },
      kdf: TEST_KDF,
      dialogs: {
        showOpenDialog: () => Promise.resolve(nextOpen || null),
        showSaveDialog: () => Promise.resolve(nextSave || null),
      },
    });
  });
  afterAll(async () => {
    await services.workbooks.lockAll();
    await rm(dir, { recursive: true, force: true });
  });

  it('releases from the partner workbook and opens in the disclosing one; wrong code refused', async () => {
    await services.workbooks.create('partner', 'Riley', 'partner passphrase long enough');
    await services.workbooks.save('partner', fixturePartner());
    nextSave = path.join(dir, 'out', '..', 'questions');
    const released = await services.exchange.release();
    expect(released.fileName).toBe('questions.dwbq');
    expect(released.questionCount).toBe(3);
    const file = path.join(dir, 'questions.dwbq');
    expect((await readFile(file)).subarray(0, 4).toString()).toBe('DWBK');
    await services.workbooks.lock('partner');

    await services.workbooks.create('disclosing', 'Jordan', 'disclosing passphrase long enough');
    nextOpen = file;
    expect(await services.exchange.choosePacket()).toEqual({ fileName: 'questions.dwbq' });
    await expect(services.exchange.openPacket('0000-0000-0000-0000')).rejects.toMatchObject({ info: { code: 'wrong-secret' } });
    await expect(services.exchange.openPacket(released.code)).rejects.toMatchObject({ info: { code: 'wait' } });
    clock += 1000;
    const packet = await services.exchange.openPacket(released.code);
    expect(packet.questions).toHaveLength(3);
    // Through the handler table as the renderer calls it.
    const { dispatch } = await import('../handlers');
    const viaIpc = await dispatch(services.handlers, 'questions:openPacket', { code: released.code });
    expect(viaIpc.ok).toBe(true);
    await writeFile(file, Buffer.from('not a packet at all, just some bytes that are long enough to parse'.repeat(10)));
    const damaged = await dispatch(services.handlers, 'questions:openPacket', { code: released.code });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'damaged' } });
  });
});
