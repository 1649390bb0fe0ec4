/**
 * Discreet mode in save and open dialogs, through the real handler table: the default file
 * name, the title and the file-type names say nothing about what the file is for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePartner } from '../../shared/export/__fixtures__/workbooks';
import { discreetDialogs, discreetFileName } from './discreet';
import type { FileDialogs, FileFilter } from './export/fileDialogs';
import { dispatch } from './handlers';
import { makeTestServices, PASS } from './testSupport';

type Asked = { kind: 'save' | 'open'; title: string; defaultName?: string; filters: FileFilter[] };
const asked: Asked[] = [];
const recording: FileDialogs = {
  showSaveDialog: (o) => (asked.push({ kind: 'save', ...o }), Promise.resolve(null)),
  showOpenDialog: (o) => (asked.push({ kind: 'open', ...o }), Promise.resolve(null)),
};
const REVEALING = /disclos|therapist|partner|question|session|reading/i;

let env: Awaited<ReturnType<typeof makeTestServices>>;
beforeAll(async () => {
  env = await makeTestServices({ dialogs: recording, now: () => new Date(2026, 10, 30, 23, 50) });
  await env.workbooks.create('disclosing', 'Jordan', PASS);
  await env.workbooks.lockAll();
  await env.workbooks.create('partner', 'Riley', PASS);
  await env.workbooks.save('partner', fixturePartner());
});
afterAll(async () => env.cleanup());

const call = (channel: string, input?: unknown) => dispatch(env.handlers, channel, input);
const choice = { role: 'partner', sections: ['questions'], letter: 'current' };

/** Ask for every save and open dialog the partner's workbook and the therapist screen offer (each is cancelled). */
async function everyDialog(): Promise<Asked[]> {
  asked.length = 0;
  const cancelled = { ok: false, error: { code: 'cancelled' } };
  for (const [channel, input] of [
    ['share:package', choice],
    ['share:document', { ...choice, pageSize: 'a4', password: null }],
    ['share:questions', { withReflections: false, pageSize: 'a4', password: null }],
    ['questions:release', undefined],
  ] as const) {
    expect([channel, await call(channel, input)]).toMatchObject([channel, cancelled]);
  }
  await env.workbooks.lockAll();
  await env.workbooks.unlock('disclosing', { method: 'passphrase', value: PASS });
  expect(await call('questions:choosePacket')).toMatchObject(cancelled);
  await env.workbooks.lockAll();
  expect(await call('therapist:choose', { role: 'disclosing' })).toMatchObject(cancelled);
  await env.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
  return asked.slice();
}

describe('discreet mode in file dialogs', () => {
  it('names the purpose outside discreet mode (what the person chose to see)', async () => {
    const dialogs = await everyDialog();
    expect(dialogs.map((d) => d.defaultName).filter(Boolean)).toEqual([
      'partner-for-therapist.dwbx',
      'partner-workbook.docx',
      'questions-for-my-therapist.docx',
      'questions.dwbq',
    ]);
    expect(dialogs.filter((d) => d.kind === 'open')).toHaveLength(2);
  });

  it('in discreet mode every default name is notes-<day>, titles and file types are neutral', async () => {
    env.preferences.set({ discreetMode: true });
    const dialogs = await everyDialog();
    expect(dialogs).toHaveLength(6);
    expect(dialogs.map((d) => d.defaultName).filter(Boolean)).toEqual([
      'notes-2026-11-30.dwbx',
      'notes-2026-11-30.docx',
      'notes-2026-11-30.docx',
      'notes-2026-11-30.dwbq',
    ]);
    for (const d of dialogs) {
      expect(d.title).toBe(d.kind === 'save' ? 'Save a copy' : 'Open a file');
      for (const f of d.filters) expect(f.name).not.toMatch(REVEALING);
      expect(JSON.stringify(d)).not.toMatch(REVEALING);
    }
    // Turned off again, the next dialog names the file as before (the preference is read at each dialog).
    env.preferences.set({ discreetMode: false });
    expect((await everyDialog())[0]?.defaultName).toBe('partner-for-therapist.dwbx');
  });

  it('the day is this computer’s calendar day, the extension the original one', () => {
    expect(discreetFileName('disclosure-session.DOCX', new Date(2027, 0, 5, 0, 1))).toBe('notes-2027-01-05.docx');
    expect(discreetFileName('questions.dwbq', new Date(2026, 11, 31, 23, 59))).toBe('notes-2026-12-31.dwbq');
    expect(discreetFileName('no-extension', new Date(2026, 0, 1))).toBe('notes-2026-01-01');
  });

  it('passes the dialog’s answer back unchanged', async () => {
    const dialogs = discreetDialogs(
      { showSaveDialog: () => Promise.resolve('/chosen/name.docx'), showOpenDialog: () => Promise.resolve('/a/b.dwbq') },
      () => true,
      () => new Date(2026, 10, 30),
    );
    expect(await dialogs.showSaveDialog({ title: 't', defaultName: 'x.docx', filters: [] })).toBe('/chosen/name.docx');
    expect(await dialogs.showOpenDialog({ title: 't', filters: [] })).toBe('/a/b.dwbq');
  });
});
