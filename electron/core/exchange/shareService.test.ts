/**
 * Sharing from one workbook and the therapist's screen, through the real handler table with
 * real crypto and real files: the partner's "Questions for my therapist" (every status, the
 * reflections only when asked, protected by default), the refusal while the other workbook is
 * open, and wrong share codes (a calm message and a growing pause).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDisclosing, fixturePartner } from '../../../shared/export/__fixtures__/workbooks';
import { dispatch } from '../handlers';
import { readDocx } from '../export/__fixtures__/docxReader';
import { decryptDocx, isEncryptedDocx } from '../export/encryptDocx';
import { makeTestServices, PASS } from '../testSupport';

let env: Awaited<ReturnType<typeof makeTestServices>>;
let dir: string;
const saves: string[] = [];
let open = '';
let clock = new Date('2026-01-22T10:00:00Z').getTime();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-share-'));
  env = await makeTestServices({
    now: () => new Date(clock),
    dialogs: {
      showOpenDialog: () => Promise.resolve(open || null),
      showSaveDialog: () => Promise.resolve(saves.shift() ?? null),
    },
  });
  await env.workbooks.create('partner', 'Riley', PASS);
  await env.workbooks.save('partner', fixturePartner());
  await env.workbooks.create('disclosing', 'Jordan', PASS);
  await env.workbooks.save('disclosing', fixtureDisclosing());
  await env.workbooks.lock('disclosing');
});
afterAll(async () => {
  await env.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, input?: unknown) => dispatch(env.handlers, channel, input);

describe('the partner’s questions for their own therapist', () => {
  it('holds every question in the partner’s order, protected by default; reflections only when asked', async () => {
    saves.push(path.join(dir, 'plain'), path.join(dir, 'reflect.docx'));
    const plain = await call('share:questions', { withReflections: false, pageSize: 'a4', password: 'a long password' });
    expect(plain).toEqual({ ok: true, value: { fileName: 'plain.docx', encrypted: true } });
    const bytes = await readFile(path.join(dir, 'plain.docx'));
    expect(isEncryptedDocx(bytes)).toBe(true);
    const text = readDocx(await decryptDocx(bytes, 'a long password')).paragraphs.join('\n');
    const order = [
      'Did you ever bring anyone to our home?',
      'How much money was spent in total?',
      'When did it start?',
      'A draft question I am not sure about',
      'A question set aside for now',
    ];
    const at = order.map((q) => text.indexOf(q));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('Released as question 3');
    expect(text).toContain('Not released yet');
    expect(text).not.toContain('Private reason');
    expect(text).not.toContain('Private feeling');

    await call('share:questions', { withReflections: true, pageSize: 'letter', password: 'a long password' });
    const reflect = readDocx(await decryptDocx(await readFile(path.join(dir, 'reflect.docx')), 'a long password'));
    expect(reflect.paragraphs.join('\n')).toContain('Private reason for q5');
    expect(reflect.paragraphs.join('\n')).toContain('Private feeling for q6');
    // A short password is refused before anything is written.
    const short = await call('share:questions', { withReflections: false, pageSize: 'a4', password: 'short' });
    expect(short.ok).toBe(false);
  });

  it('refuses every sharing request while the other workbook is open too', async () => {
    await env.workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
    for (const [channel, input] of [
      ['share:outline', { role: 'partner', sections: ['questions'], letter: 'current' }],
      ['share:package', { role: 'disclosing', sections: ['letter'], letter: 'current' }],
      ['share:questions', { withReflections: true, pageSize: 'a4', password: null }],
    ] as const) {
      const result = await call(channel, input);
      expect(result.ok ? 'shared' : result.error.message).toMatch(/other workbook is open/);
    }
    await env.workbooks.lock('disclosing');
  });
});

describe('the therapist’s screen', () => {
  it('a wrong share code gets a calm message and a growing pause; the right one opens it', async () => {
    saves.push(path.join(dir, 'p.dwbx'));
    const made = await call('share:package', { role: 'partner', sections: ['questions'], letter: 'current' });
    if (!made.ok) throw new Error(made.error.message);
    const code = (made.value as { code: string }).code;
    open = path.join(dir, 'p.dwbx');
    expect((await call('therapist:choose', { role: 'partner' })).ok).toBe(true);
    const wrong = await call('therapist:open', { role: 'partner', code: '1111-2222-3333-4444' });
    expect(wrong.ok ? null : wrong.error).toMatchObject({ code: 'wrong-secret', retryAfterMs: 1000 });
    const soon = await call('therapist:open', { role: 'partner', code });
    expect(soon.ok ? null : soon.error.code).toBe('wait');
    clock += 1500;
    const again = await call('therapist:open', { role: 'partner', code: '1111-2222-3333-5555' });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'wrong-secret', retryAfterMs: 2000 });
    clock += 2500;
    // In the wrong slot: a clear message.
    expect((await call('therapist:choose', { role: 'disclosing' })).ok).toBe(true);
    const slot = await call('therapist:open', { role: 'disclosing', code });
    expect(slot.ok ? null : slot.error.message).toMatch(/made by the partner/);
    const right = await call('therapist:open', { role: 'partner', code });
    expect(right.ok).toBe(true);
    const outline = await call('therapist:outline', { pageSize: 'a4' });
    expect(JSON.stringify(outline)).toContain('Questions for the session');
    expect(JSON.stringify(outline)).not.toContain('When did it start');
  });
});
