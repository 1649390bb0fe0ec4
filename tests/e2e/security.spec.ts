import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Role } from '../../shared/workbook/schema';
import {
  createWorkbookViaUi,
  lockViaUi,
  openSection,
  PARTNER_PASSPHRASE,
  PASSPHRASE,
  sectionTitles,
  startHarness,
  unlockViaUi,
  type Harness,
} from './harness';
import { findText, makeSentinels, type SentinelSet } from './securitySentinels';

/**
 * The promises, proven in the real renderer (Chromium) against the real handlers:
 * - no plaintext anywhere: sentinels in every kind of field of both workbooks, rendered in
 *   every section, one typed by hand; after lock and closing the browser, no file in the
 *   data folder or the browser profile contains any of them (UTF-8 or UTF-16LE);
 * - nothing in memory after lock: a renderer heap snapshot (DevTools protocol) has none;
 * - no network: no request left the app's own files during the whole session;
 * - confinement: inline scripts and styles are blocked by the CSP, no connection can be
 *   made, and window.api is exactly the contract.
 */
let h: Harness;
let sentinels: SentinelSet;
let typed = '';
const secrets: Record<Role, string> = { disclosing: PASSPHRASE, partner: PARTNER_PASSPHRASE };
let closed = false;
/**
 * Fields not on screen when a section first opens: an inventory card's details (the card is
 * closed until opened) and saved letter drafts (listed by date, opened on request).
 */
const SHOWN_ONLY_ON_REQUEST = new Set([
  'inventory.knownPeople.label',
  'inventory.placesNote',
  'inventory.healthNotes',
  'inventory.liesUsed',
  'inventory.notes',
  'letter.draft',
  'impactLetter.draft',
]);

beforeAll(async () => {
  h = await startHarness();
  sentinels = makeSentinels();
  typed = `${sentinels.prefix}TYPED`;
});
afterAll(async () => {
  if (!closed) await h?.close();
});

/** A renderer heap snapshot over the DevTools protocol, after a forced garbage collection. */
async function heapSnapshot(): Promise<string> {
  const cdp = await h.context.newCDPSession(h.page);
  let snapshot = '';
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => (snapshot += chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return snapshot;
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('renderer confinement', () => {
  it('exposes exactly the contract on window.api', async () => {
    await h.page.getByRole('heading', { level: 1 }).waitFor();
    const shape = await h.page.evaluate(() => {
      const api = (window as unknown as { api: { invoke: Record<string, unknown>; onEvent: unknown } }).api;
      return {
        keys: Object.keys(api).sort(),
        channels: Object.keys(api.invoke).sort(),
        allFunctions: Object.values(api.invoke).every((f) => typeof f === 'function'),
        onEvent: typeof api.onEvent,
        frozen: Object.isFrozen(api) && Object.isFrozen(api.invoke),
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      };
    });
    expect(shape).toEqual({
      keys: ['invoke', 'onEvent'],
      channels: [...CHANNELS].sort(),
      allFunctions: true,
      onEvent: 'function',
      frozen: true,
      require: 'undefined',
      process: 'undefined',
    });
  });

  it('blocks an injected inline script, inline handler, inline style and every connection (CSP)', async () => {
    const result = await h.page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.appendChild(script);
      const handler = document.createElement('div');
      handler.setAttribute('onclick', 'window.__inlineHandler = true');
      document.body.appendChild(handler);
      handler.click();
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) !important; }';
      document.head.appendChild(style);
      let fetchBlocked = false;
      try {
        await fetch('https://example.com/collect', { method: 'POST', body: 'x' });
      } catch {
        fetchBlocked = true;
      }
      const image = new Image();
      const imageFailed = await new Promise<boolean>((resolve) => {
        image.onload = () => resolve(false);
        image.onerror = () => resolve(true);
        image.src = 'https://example.com/pixel.gif';
      });
      let socketBlocked = false;
      try {
        const socket = new WebSocket('wss://example.com/socket');
        socketBlocked = await new Promise<boolean>((resolve) => {
          socket.onopen = () => resolve(false);
          socket.onerror = () => resolve(true);
        });
      } catch {
        socketBlocked = true;
      }
      // The violation reports arrive as tasks of their own: wait for them by count, not by a clock.
      const expected = ['connect-src', 'img-src', 'script-src-elem', 'style-src-elem'];
      for (let turn = 0; turn < 200 && !expected.every((d) => violations.includes(d)); turn++)
        await new Promise((r) => setTimeout(r, 25));
      script.remove();
      handler.remove();
      style.remove();
      return {
        scriptRan: w['__injected'] === true,
        handlerRan: w['__inlineHandler'] === true,
        outline: getComputedStyle(document.body).outlineColor,
        fetchBlocked,
        imageFailed,
        socketBlocked,
        violations: [...new Set(violations)].sort(),
      };
    });
    console.log('security.spec: CSP probe', JSON.stringify(result));
    expect(result.scriptRan).toBe(false);
    expect(result.handlerRan).toBe(false);
    expect(result.outline).not.toBe('rgb(1, 2, 3)');
    expect(result.fetchBlocked).toBe(true);
    expect(result.imageFailed).toBe(true);
    expect(result.socketBlocked).toBe(true);
    expect(result.violations).toEqual(expect.arrayContaining(['connect-src', 'img-src', 'script-src-elem', 'style-src-elem']));
    // Blocked by the page itself: nothing even reached the network layer.
    expect(h.foreignRequests).toEqual([]);
  });
});

describe('no plaintext anywhere, nothing in memory after lock, no network', () => {
  it('creates both workbooks in the UI, then fills every kind of field with sentinels through the real handlers', async () => {
    await createWorkbookViaUi(h, 'disclosing', 'D', PASSPHRASE);
    await lockViaUi(h.page);
    await createWorkbookViaUi(h, 'partner', 'P', PARTNER_PASSPHRASE);
    await lockViaUi(h.page);
    for (const role of ['disclosing', 'partner'] as const) {
      const unlocked = await dispatch(h.services.handlers, 'workbook:unlock', {
        role,
        secret: { method: 'passphrase', value: secrets[role] },
      });
      expect(unlocked.ok).toBe(true);
      const saved = await dispatch(h.services.handlers, 'workbook:save', { role, content: sentinels.workbooks[role] });
      expect(saved).toMatchObject({ ok: true });
      await dispatch(h.services.handlers, 'workbook:lock', { role });
    }
    expect(sentinels.fields.size).toBeGreaterThanOrEqual(40);
  });

  for (const role of ['disclosing', 'partner'] as const) {
    it(`renders the ${role} sentinels in every section, takes one typed by hand, and locks`, async () => {
      await unlockViaUi(h, role, secrets[role]);
      const titles = await sectionTitles(h.page);
      const count = titles.length;
      const shown = new Set<string>();
      for (const [i, title] of titles.entries()) {
        // Waits for the section's heading: its code has loaded and it (with its editors) is on screen.
        await openSection(h.page, title);
        const text = await h.page.evaluate(() => {
          const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
            (e) => e.value,
          );
          return `${document.body.innerText}\n${values.join('\n')}`;
        });
        for (const sentinel of sentinels.fields.keys()) if (text.includes(sentinel)) shown.add(sentinel);
        // Chromium writes text-field values into its session-restore files unless autocomplete is off.
        const exposed = await h.page.evaluate(
          () => document.querySelectorAll('input:not([autocomplete="off"]), textarea:not([autocomplete="off"])').length,
        );
        expect(exposed, `fields that Chromium may save to session files, section ${i}`).toBe(0);
      }
      // The renderer really had the content: every sentinel of this workbook is on screen in
      // some section, except the few that only show when a person opens them on purpose. If a
      // section stopped rendering (or rendered a field no more), its sentinels would be missing.
      const own = [...sentinels.fields.keys()].filter((x) => JSON.stringify(sentinels.workbooks[role]).includes(x));
      const missing = own.filter((x) => !shown.has(x)).map((x) => sentinels.fields.get(x) ?? x);
      expect(missing.filter((field) => !SHOWN_ONLY_ON_REQUEST.has(field))).toEqual([]);
      expect(shown.size).toBeGreaterThanOrEqual(20);
      console.log(`security.spec: ${role}: ${shown.size} of ${own.length} sentinels visible in ${count} sections`);
      await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
      await h.page.getByLabel('Name shown in this workbook').fill('');
      await h.page.getByLabel('Name shown in this workbook').pressSequentially(`${typed}${role}`);
      // A locator, not page.waitForSelector: an undisposed ElementHandle would keep the
      // unmounted shell (and the typed text) alive for the test's DevTools session.
      await h.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
      expect(h.services.workbooks.content(role).displayName).toBe(`${typed}${role}`);
      if (role === 'partner') {
        // The probe works: while unlocked, the renderer heap does hold the sentinels.
        expect((await heapSnapshot()).includes(sentinels.prefix)).toBe(true);
      }
      await lockViaUi(h.page);
      expect(h.services.workbooks.isUnlocked(role)).toBe(false);
    });
  }

  it('leaves no sentinel in the renderer heap after lock (DevTools heap snapshot)', async () => {
    const snapshot = await heapSnapshot();
    expect(snapshot.length).toBeGreaterThan(100_000);
    if (process.env['DWB_KEEP_SNAPSHOT'])
      await (await import('node:fs/promises')).writeFile(process.env['DWB_KEEP_SNAPSHOT'], snapshot);
    const found = [...new Set(snapshot.match(new RegExp(`${sentinels.prefix}\\w{0,20}`, 'g')) ?? [])];
    expect(found.map((s) => `${s} (${sentinels.fields.get(s) ?? 'typed'})`)).toEqual([]);
  });

  it('made no request anywhere but the app’s own files during the whole session', () => {
    expect(h.foreignRequests).toEqual([]);
  });

  it('after quitting, no file in the data folder or the browser profile holds any sentinel', async () => {
    await h.services.workbooks.lockAll();
    await h.context.close(); // flushes Local Storage, IndexedDB, caches, preferences, logs
    const files = [...(await allFiles(h.dataDir)), ...(await allFiles(h.profileDir))];
    // The scan is not vacuous: the workbooks, their backups and the profile's own files are there.
    expect(files.some((f) => f.endsWith(path.join('workbooks', 'partner.dwb')))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}backups${path.sep}`))).toBe(true);
    expect(files.some((f) => f.startsWith(h.profileDir))).toBe(true);
    const leaks: string[] = [];
    for (const file of files) {
      const bytes = await readFile(file);
      const encodings = findText(bytes, sentinels.prefix);
      if (encodings.length > 0) leaks.push(`${file} (${encodings.join(', ')})`);
    }
    expect(leaks).toEqual([]);
    console.log(`security.spec: scanned ${files.length} files, no sentinel found`);
    closed = true;
    await h.close();
  });
});
