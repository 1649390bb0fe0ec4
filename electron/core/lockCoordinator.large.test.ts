/**
 * Suspend with the large sample workbook (issue 13): the machine may sleep 300 ms after the event,
 * so the renderer's last save must be one round trip that validates and serializes only what was
 * typed. Bound by counts (one save request, one seal, one write, no whole-content validation), with
 * a hand-moved clock: nothing here depends on how fast this machine is.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LockEventDetails } from '../../shared/ipc/lock';
import { changedParts } from '../../shared/workbook/changes';
import { buildSample } from '../../shared/workbook/samples';
import { workbookSchema, type DisclosingWorkbook } from '../../shared/workbook/schema';
import { dispatch } from './handlers';
import { SYSTEM_FLUSH_DEADLINE_MS, type Timers } from './lockCoordinator';
import { memoryPreferencesBackend } from './preferencesService';
import { createAppServices, type AppServices } from './services';
import { TEST_KDF } from './vault/vault';

const PASSPHRASE = 'quiet river lantern morning';

function manualTimers() {
  let now = 0;
  let nextId = 1;
  const tasks = new Map<number, { at: number; run: () => void }>();
  const timers: Timers & { advance(ms: number): void } = {
    now: () => now,
    setTimeout(run, ms) {
      tasks.set(nextId, { at: now + ms, run });
      return nextId++;
    },
    clearTimeout: (handle) => void tasks.delete(handle as number),
    advance(ms) {
      now += ms;
      for (const [id, task] of [...tasks].sort((a, b) => a[1].at - b[1].at)) {
        if (task.at <= now && tasks.delete(id)) task.run();
      }
    },
  };
  return timers;
}

/** The letter as the editor holds it after typing `words` at its end. */
function typedInLetter(workbook: DisclosingWorkbook, words: string): DisclosingWorkbook {
  const current = workbook.sections.letter.current!;
  const paragraph = {
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', text: words, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
  };
  const letter = { ...current, root: { ...current.root, children: [...current.root.children, paragraph] } };
  return {
    ...workbook,
    sections: { ...workbook.sections, letter: { ...workbook.sections.letter, current: letter } },
  };
}

let dir = '';
let services: AppServices | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await services?.workbooks.lockAll();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Real services holding the large sample workbook, and a stand-in renderer that answers a flush
 * request the way useAutosave does: the parts changed since its last save, in one request.
 */
async function start() {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-lock-large-'));
  const timers = manualTimers();
  const requests: LockEventDetails['flush-request'][] = [];
  const told: unknown[] = [];
  const s: AppServices = await createAppServices({
    dataDir: dir,
    preferences: memoryPreferencesBackend({}),
    appInfo: { version: 'test', platform: process.platform },
    kdf: TEST_KDF,
    lock: {
      timers,
      send: (event, detail) => {
        if (event === 'flush-request') requests.push(detail as LockEventDetails['flush-request']);
        else told.push({ event, detail });
        return true;
      },
    },
  });
  services = s;
  await s.workbooks.create('disclosing', 'Jordan', PASSPHRASE);
  await s.workbooks.save('disclosing', buildSample('disclosing', 'large'));
  const renderer = {
    saved: s.workbooks.content('disclosing') as DisclosingWorkbook,
    latest: s.workbooks.content('disclosing') as DisclosingWorkbook,
    saveRequests: 0,
    /** The renderer's flush: one workbook:saveChanges with what changed, then the answer. */
    flush(id: number) {
      renderer.saveRequests++;
      const sending = renderer.latest;
      const saving = dispatch(s.handlers, 'workbook:saveChanges', {
        role: 'disclosing',
        changes: changedParts(renderer.saved, sending),
      });
      return {
        saving,
        answer: async () => {
          const result = await saving;
          if (result.ok) renderer.saved = sending;
          await dispatch(s.handlers, 'lock:flushed', { id, saved: result.ok });
        },
      };
    },
  };
  return { s, timers, requests, told, renderer };
}

async function letterAfterUnlock(s: AppServices): Promise<string> {
  const opened = await dispatch(s.handlers, 'workbook:unlock', {
    role: 'disclosing',
    secret: { method: 'passphrase', value: PASSPHRASE },
  });
  if (!opened.ok) throw new Error(opened.error.message);
  return JSON.stringify((opened.value as { content: DisclosingWorkbook }).content.sections.letter.current);
}

describe('suspend with the large workbook', () => {
  it('saves the last words typed in one round trip that validates and serializes only the letter, then locks', async () => {
    const { s, requests, told, renderer } = await start();
    renderer.latest = typedInLetter(renderer.latest, 'typed just before the lid closed');
    const wholeValidations = vi.spyOn(workbookSchema, 'safeParse');
    const seals = vi.spyOn(s.vault, 'seal');
    const typingWrites = vi.spyOn(s.files, 'writeRecent');
    const writes = vi.spyOn(s.files, 'write');

    const outcome = s.lock.lock('suspend');
    expect(requests).toHaveLength(1);
    await renderer.flush(requests[0]!.id).answer();

    expect(await outcome).toEqual({ locked: true, saved: true });
    expect(told).toContainEqual({ event: 'locked', detail: { kind: 'suspend', saved: true } });
    expect(renderer.saveRequests).toBe(1);
    expect(wholeValidations).not.toHaveBeenCalled();
    // The last words as a typing save, then the main file once, at lock.
    expect(seals).toHaveBeenCalledTimes(2);
    expect(typingWrites).toHaveBeenCalledTimes(1);
    expect(writes).toHaveBeenCalledTimes(1);
    wholeValidations.mockRestore();
    expect(s.workbooks.isUnlocked('disclosing')).toBe(false);
    expect(await letterAfterUnlock(s)).toContain('typed just before the lid closed');
  });

  it('when the deadline passes mid-save, suspend still locks and says plainly the last changes may not be saved; a save already under way is finished first', async () => {
    const { s, timers, requests, told, renderer } = await start();
    renderer.latest = typedInLetter(renderer.latest, 'typed as the deadline passed');

    const outcome = s.lock.lock('suspend');
    const { saving } = renderer.flush(requests[0]!.id);
    // The deadline passes while the save is on its way (the renderer has not answered yet).
    timers.advance(SYSTEM_FLUSH_DEADLINE_MS);
    expect(await outcome).toEqual({ locked: true, saved: false });
    expect(s.workbooks.isUnlocked('disclosing')).toBe(false);
    // The renderer is told the lock did not wait for its save (it then shows UNSAVED_AT_LOCK, see lockFlow.ts).
    expect(told).toContainEqual({ event: 'locked', detail: { kind: 'suspend', saved: false } });
    // Keys were dropped only after the save that had started was written: the words are kept.
    expect((await saving).ok).toBe(true);
    expect(await letterAfterUnlock(s)).toContain('typed as the deadline passed');
  });

  it('a save that arrives after suspend has locked is refused (locked), never written with a dropped key', async () => {
    const { s, timers, requests, renderer } = await start();
    renderer.latest = typedInLetter(renderer.latest, 'typed too late');
    const outcome = s.lock.lock('suspend');
    timers.advance(SYSTEM_FLUSH_DEADLINE_MS);
    expect(await outcome).toEqual({ locked: true, saved: false });
    const late = await renderer.flush(requests[0]!.id).saving;
    expect(late).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await letterAfterUnlock(s)).not.toContain('typed too late');
  });
});
