/**
 * Browser test harness: Debian's Chromium loads the built renderer from a fake origin
 * (https://app.invalid, served by route.fulfill, no server), and the page gets `window.api`
 * backed by the SAME handler table the Electron main process registers: real services,
 * real crypto, real files in a temp folder.
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildSample, type SampleSize } from '../../shared/workbook/samples';
import type { DisclosingWorkbook, PartnerWorkbook, Role, Workbook } from '../../shared/workbook/schema';
import { APP_EVENTS, CHANNELS, type AppEvent } from '../../shared/ipc/channels';
import { dispatch } from '../../electron/core/handlers';
import { memoryPreferencesBackend } from '../../electron/core/preferencesService';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { createAppServices, type AppServices } from '../../electron/core/services';
import {
  lockMenuItems,
  watchRenderer,
  watchSystemLockEvents,
  windowTitle,
  type SendLockEvent,
} from '../../electron/core/lockCoordinator';
import type { FileDialogs } from '../../electron/core/export/fileDialogs';
import type { StorageFs } from '../../electron/core/storage/atomicFile';
import { TEST_KDF } from '../../electron/core/vault/vault';
import { browserRule } from './browserRule';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RENDERER_DIR = path.join(ROOT, 'dist/renderer');
export const APP_URL = 'https://app.invalid/index.html';
/** Debian's Chromium, or the browser CHROMIUM_PATH points to (tests/e2e/browserRule.ts). */
export const CHROMIUM = browserRule(process.env).executablePath;
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export interface Harness {
  page: Page;
  context: BrowserContext;
  services: AppServices;
  dataDir: string;
  profileDir: string;
  /** Every URL the page asked for that was not one of the app's own files. */
  foreignRequests: string[];
  fire(event: AppEvent): Promise<void>;
  /**
   * The main process's side, wired with the same functions electron/main/index.ts uses: the
   * File menu's lock items, powerMonitor (an emitter here), the window's webContents health (an
   * emitter, which also hears a real crash of this page), quit, and the window title.
   */
  main: {
    menu: ReturnType<typeof lockMenuItems>;
    /** Emit 'lock-screen' or 'suspend', as Electron's powerMonitor does. */
    powerMonitor: EventEmitter;
    /** Emit 'render-process-gone', 'unresponsive', 'responsive', as Electron's webContents does. */
    webContents: EventEmitter;
    /** What app 'before-quit' does: resolves 'quit' once locked, or 'stayed-open'. */
    quit(): Promise<'quit' | 'stayed-open'>;
    windowTitle(): string;
    /** How many times the main process loaded the window again after a failure. */
    reloads: number;
  };
  screenshot(name: string): Promise<string>;
  /** Open the app again in a fresh page (same services and data): like restarting the window. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  width?: number;
  height?: number;
  prefs?: Record<string, unknown>;
  /** The browser's language, e.g. 'en-NZ' (the crisis lines follow it until a country is chosen). */
  locale?: string;
  /** Storage file system (inject faults such as a full disk). */
  fs?: StorageFs;
  /** Stand-ins for the native open/save dialogs (export, question packets). */
  dialogs?: FileDialogs;
  /**
   * The lock coordinator's save deadlines. Generous by default here, so that no browser test
   * depends on the speed of a busy machine; the real deadlines are tested with fake timers.
   */
  lockDeadlines?: { lock?: number; system?: number };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built. Run `npm run build` (npm run test:e2e does it for you).');
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-e2e-data-'));
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-e2e-profile-'));
  // The page is created below; the lock coordinator reaches it through this (like webContents.send).
  let currentPage: Page | null = null;
  const sendLockEvent: SendLockEvent = (event, detail) => {
    const target = currentPage;
    if (!target || target.isClosed()) return false;
    target
      .evaluate(([e, d]) => (window as unknown as { __dwbFire(e: string, d: unknown): void }).__dwbFire(e, d), [
        event,
        detail,
      ] as const)
      .catch(() => undefined);
    return true;
  };
  let reloadAfterFailure: () => void = () => undefined;
  const services = await createAppServices({
    dataDir,
    preferences: memoryPreferencesBackend(options.prefs ?? {}),
    appInfo: { version: 'e2e', platform: process.platform },
    kdf: TEST_KDF,
    crypto: 'this-thread', // one crypto worker per unlock would add its start-up to every spec; the worker has its own tests
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    lock: {
      send: sendLockEvent,
      reloadRenderer: () => reloadAfterFailure(),
      deadlines: { lock: 30_000, system: 30_000, ...options.lockDeadlines },
    },
  });
  const powerMonitor = new EventEmitter();
  const webContents = new EventEmitter();
  watchSystemLockEvents(powerMonitor, services.lock);
  watchRenderer(webContents, services.lock);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== 'https://app.invalid') {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR + path.sep)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return await route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'cache-control': 'no-store',
        },
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });

  // Arguments and results cross as JSON text: Playwright's own serialisation of a large workbook
  // (a deep Lexical tree, ~1 MB) takes seconds, where Electron's structured clone takes milliseconds.
  await context.exposeBinding('__dwbInvoke', async (_source, channel: unknown, input: unknown) => {
    const parsed: unknown = typeof input === 'string' ? JSON.parse(input) : undefined;
    return JSON.stringify(await dispatch(services.handlers, channel, parsed));
  });
  await context.addInitScript(
    ({ channels, events }) => {
      const listeners = new Set<(e: string, detail?: unknown) => void>();
      const w = window as unknown as Record<string, unknown>;
      const invokeBinding = w['__dwbInvoke'] as (c: string, i: string | undefined) => Promise<string>;
      const invoke: Record<string, (input?: unknown) => Promise<unknown>> = {};
      for (const c of channels) {
        invoke[c] = async (input?: unknown) =>
          JSON.parse(await invokeBinding(c, input === undefined ? undefined : JSON.stringify(input))) as unknown;
      }
      w['api'] = Object.freeze({
        invoke: Object.freeze(invoke),
        onEvent(listener: (e: string, detail?: unknown) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      });
      // Test-only: stands in for the main process pushing an event (webContents.send).
      w['__dwbFire'] = (e: string, detail?: unknown) => {
        if ((events as string[]).includes(e)) for (const l of listeners) l(e, detail);
      };
    },
    { channels: [...CHANNELS], events: [...APP_EVENTS] },
  );

  // A real crash of the page reaches the coordinator like Electron's 'render-process-gone'.
  const watchCrash = (target: Page) =>
    target.on('crash', () => webContents.emit('render-process-gone', {}, { reason: 'crashed' }));
  let page = await context.newPage();
  watchCrash(page);
  currentPage = page;
  await page.goto(APP_URL);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  let reloads = 0;
  let reloading: Promise<void> = Promise.resolve();

  const harness: Harness = {
    get page() {
      return page;
    },
    context,
    services,
    dataDir,
    profileDir,
    foreignRequests,
    async fire(event) {
      await page.evaluate((e) => (window as unknown as { __dwbFire(e: string): void }).__dwbFire(e), event);
    },
    async screenshot(name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async reload() {
      currentPage = null;
      await page.close();
      page = await context.newPage();
      watchCrash(page);
      currentPage = page;
      await page.goto(APP_URL);
    },
    main: {
      menu: lockMenuItems(services.lock, 'CmdOrCtrl+Shift+H'),
      powerMonitor,
      webContents,
      quit: () =>
        new Promise((resolve) => {
          let prevented = false;
          services.lock.beforeQuit(
            () => (prevented = true),
            () => resolve('quit'),
          );
          if (!prevented) resolve('quit');
          else void services.lock.lock('quit').then((o) => !o.locked && resolve('stayed-open'));
        }),
      windowTitle: () => windowTitle(services.preferences.get().discreetMode, services.lock.isHidden()),
      get reloads() {
        return reloads;
      },
    },
    async close() {
      await reloading;
      await services.workbooks.lockAll();
      await context.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
  reloadAfterFailure = () => {
    reloads += 1;
    reloading = reloading.then(() => harness.reload()).catch(() => undefined);
  };
  return harness;
}

export const PASSPHRASE = 'quiet river lantern morning';
export const PARTNER_PASSPHRASE = 'amber field window kettle';

/** Create a workbook through the UI and return its recovery key. Leaves it open. */
export async function createWorkbookViaUi(
  h: Harness,
  role: 'disclosing' | 'partner',
  displayName: string,
  passphrase: string,
  shoot = false,
): Promise<string> {
  const page = h.page;
  const title = role === 'disclosing' ? 'Disclosure workbook' : "Partner's workbook";
  await page.getByRole('button', { name: `Create ${title}` }).click();
  await page.getByLabel('A name for this workbook (optional)').fill(displayName);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create workbook' }).waitFor();
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button.primary[type=submit]')?.disabled);
  if (shoot) await h.screenshot(`02-create-${role}`);
  await page.getByRole('button', { name: 'Create workbook' }).click();
  const key = (await page.getByTestId('recovery-key').innerText()).replace(/\s+/g, '-');
  if (shoot) await h.screenshot(`03-recovery-key-${role}`);
  await page.getByLabel('I have saved my recovery key somewhere safe').check();
  await page.getByRole('button', { name: 'Continue to my workbook' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).waitFor();
  return key;
}

export async function unlockViaUi(h: Harness, role: 'disclosing' | 'partner', passphrase: string) {
  const title = role === 'disclosing' ? 'Disclosure workbook' : "Partner's workbook";
  await h.page.getByRole('button', { name: `Unlock ${title}` }).click();
  await h.page.getByLabel('Passphrase').fill(passphrase);
  await h.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await h.page.getByRole('navigation', { name: 'Sections' }).waitFor();
}

export async function waitForSaved(page: Page) {
  // A locator, not waitForSelector: an element handle would keep the unmounted screen alive in heap snapshots.
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}

export async function lockViaUi(page: Page) {
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('heading', { name: /Disclosure Workbook|Workbook/, level: 1 }).waitFor();
}

/**
 * After a wrong code the app refuses every try for a short pause ("Please wait…"). Submits until
 * `accepted` shows: each try waits for its own answer (`accepted`, or `refused`), however long a
 * busy machine takes to give it, and a refused try leaves a moment before the next (that only
 * spaces the tries; how many there may be is a count, not a clock). A try is never submitted
 * while the one before it is still under way.
 */
export async function submitUntilAccepted(submit: Locator, accepted: Locator, refused: Locator, tries = 40) {
  for (let attempt = 0; attempt < tries && !(await accepted.isVisible()); attempt++) {
    await submit.click();
    await accepted.or(refused).first().waitFor();
    if (!(await accepted.isVisible())) await submit.page().waitForTimeout(500);
  }
  await accepted.waitFor();
}

/**
 * Waits for focus to land on an element with this tag name (e.g. the field of an item just
 * added): the app moves focus after the next paint, which a busy machine holds back, and keys
 * pressed before it would go to the button that was clicked.
 */
export async function focusLandsOn(page: Page, tagName: 'INPUT' | 'TEXTAREA') {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe(tagName);
}

/** The titles of the sections in the navigation, in order. */
export async function sectionTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: 'Sections' })
    .locator('button.nav-item')
    .evaluateAll((buttons) =>
      buttons.map((b) => (b.querySelector('span:not(.visually-hidden):not(.progress-dot)')?.textContent ?? '').trim()),
    );
}

/** Opens a section from the navigation (its button's name starts with the title) and waits for its heading. */
export async function openSection(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

/** axe on the whole page: no serious or critical violation (each listed with `where` when there is one). */
export async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

/** The passphrase these specs give each role's workbook. */
export const passphraseOf = (role: Role) => (role === 'disclosing' ? PASSPHRASE : PARTNER_PASSPHRASE);

/**
 * Puts a workbook on this computer through the real service (no screens) and locks it: empty,
 * holding `content` (a fixture), or a sample of `sample` size made today. The home screen
 * offers it after `h.reload()`.
 */
export async function openWorkbook(
  h: Harness,
  role: Role,
  options: { name?: string; passphrase?: string; content?: Workbook; sample?: SampleSize } = {},
): Promise<void> {
  const { content: created } = await h.services.workbooks.create(
    role,
    options.name ?? 'Sample',
    options.passphrase ?? passphraseOf(role),
  );
  const content = options.sample
    ? { ...buildSample(role, options.sample, new Date()), createdAt: created.createdAt, savedAt: created.savedAt }
    : (options.content ?? created);
  await h.services.workbooks.save(role, content);
  await h.services.workbooks.lock(role);
}

/** The harness of one spec file, with the UI steps most specs take bound to its page. */
export interface SpecHarness extends Harness {
  /** The workbook as the main process holds it now. */
  disclosing(): DisclosingWorkbook;
  partner(): PartnerWorkbook;
  createWorkbookViaUi(role: Role, displayName: string, passphrase?: string, shoot?: boolean): Promise<string>;
  unlockViaUi(role: Role, passphrase?: string): Promise<void>;
  lockViaUi(): Promise<void>;
  waitForSaved(): Promise<void>;
  openSection(title: string): Promise<void>;
  expectAccessible(where: string): Promise<void>;
}

/**
 * The opening of a spec file: starts the harness before its tests (then runs `prepare`, e.g.
 * `openWorkbook`) and closes it after them. What it returns stands for the started harness in
 * any test or hook; it cannot be used at the top level of the file, before the harness starts.
 */
export function useHarness(options: HarnessOptions = {}, prepare?: (h: SpecHarness) => Promise<void>): SpecHarness {
  let started: Harness | undefined;
  const harness = (): Harness => {
    if (!started) throw new Error('The harness starts in beforeAll: use it inside a test or a hook.');
    return started;
  };
  beforeAll(async () => {
    started = await startHarness(options);
    await prepare?.(spec);
  }, 180_000);
  afterAll(() => started?.close());
  const steps: Omit<SpecHarness, keyof Harness> = {
    disclosing: () => harness().services.workbooks.content('disclosing') as DisclosingWorkbook,
    partner: () => harness().services.workbooks.content('partner') as PartnerWorkbook,
    createWorkbookViaUi: (role, displayName, passphrase = passphraseOf(role), shoot = false) =>
      createWorkbookViaUi(harness(), role, displayName, passphrase, shoot),
    unlockViaUi: (role, passphrase = passphraseOf(role)) => unlockViaUi(harness(), role, passphrase),
    lockViaUi: () => lockViaUi(harness().page),
    waitForSaved: () => waitForSaved(harness().page),
    openSection: (title) => openSection(harness().page, title),
    expectAccessible: (where) => expectAccessible(harness().page, where),
  };
  const spec = new Proxy(steps as SpecHarness, {
    get: (target, key): unknown => (key in target ? Reflect.get(target, key) : Reflect.get(harness(), key)),
  });
  return spec;
}

/** A disk that fills on request: while `full` is set, replacing a file fails as a full disk does (ENOSPC). */
export function fillableDisk(): { fs: StorageFs; full: boolean } {
  const noSpace = () => Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
  const disk = {
    full: false,
    fs: {
      ...nodeFs,
      rename: (async (...args: Parameters<typeof nodeFs.rename>) => {
        if (disk.full) throw noSpace();
        return nodeFs.rename(...args);
      }) as typeof nodeFs.rename,
      // A typing save writes into a file kept open (a recent-save slot): its writes fail too while the disk is full.
      open: (async (...args: Parameters<typeof nodeFs.open>) => {
        const handle = await nodeFs.open(...args);
        const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
        (handle as unknown as { write: (...a: unknown[]) => Promise<unknown> }).write = (...a: unknown[]) =>
          disk.full ? Promise.reject(noSpace()) : write(...a);
        return handle;
      }) as typeof nodeFs.open,
    },
  };
  return disk;
}
