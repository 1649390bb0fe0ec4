/**
 * Typing latency in the letter editor holding the large sample's ~30,000-word letter, and in a
 * bare Lexical editor with the same text, in the same Chromium run. Latency = key press
 * (event.timeStamp) to the first task after the next animation frame, i.e. after paint.
 * The two editors take turns (ROUNDS rounds each) so that load from other processes on the
 * machine falls on both alike; the ratio is the figure to watch. Between rounds the app's
 * editor sits idle, so its language check runs and each round starts with the notes shown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { countWords, richTextToPlainText } from '../../shared/workbook/richText';
import { buildSample } from '../../shared/workbook/samples';
import { PASSPHRASE, RENDERER_DIR, ROOT, startHarness, unlockViaUi } from '../../tests/e2e/harness';
import { ms, percentile } from './_stats';

const KEYS = 'I told you I was working late on the reports. '.repeat(2);
const ROUNDS = 3;
const WARMUP = 10;

async function installProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
      },
      true,
    );
  });
}

async function typeRound(page: Page): Promise<void> {
  await page.bringToFront();
  for (const ch of KEYS) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(300);
}

async function latencies(page: Page): Promise<number[]> {
  const all = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  return all.slice(WARMUP);
}

function summary(values: number[]) {
  return { keys: values.length, medianMs: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: ms(Math.max(...values)) };
}

export async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'], { cwd: ROOT, stdio: 'ignore' });
  }
  const sample = buildSample('disclosing', 'large');
  if (sample.role !== 'disclosing') throw new Error('sample role');
  const letter = sample.sections.letter.current;
  const words = countWords(richTextToPlainText(letter));

  const bareDir = await mkdtemp(path.join(os.tmpdir(), 'dwb-bench-bare-'));
  const h = await startHarness({ width: 1366, height: 900 });
  try {
    // The bare editor: its own bundle, served from its own fake origin in the same browser.
    await build({
      entryPoints: [path.join(import.meta.dirname, '_bareLexical.ts')],
      bundle: true,
      format: 'esm',
      minify: true,
      outfile: path.join(bareDir, 'bare.js'),
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    await writeFile(path.join(bareDir, 'doc.json'), JSON.stringify(letter));
    await writeFile(
      path.join(bareDir, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><style>#editor{max-height:65vh;overflow-y:auto;padding:24px 32px;font:17px/1.7 system-ui;max-width:48rem}</style></head><body><div id="editor" contenteditable="true" role="textbox" aria-label="bare"></div><script type="module" src="./bare.js"></script></body></html>',
    );
    const bare = await h.context.newPage();
    await bare.route('https://bench.invalid/**', async (route) => {
      const file = path.join(bareDir, path.basename(new URL(route.request().url()).pathname) || 'index.html');
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'text/html';
      await route.fulfill({ status: 200, body: await readFile(file), headers: { 'content-type': type } });
    });
    await bare.goto('https://bench.invalid/index.html');
    await bare.waitForFunction(() => (window as unknown as { __bareReady?: boolean }).__bareReady === true, undefined, {
      timeout: 60_000,
    });
    await bare.locator('#editor').click();
    await bare.keyboard.press('Control+End');
    await installProbe(bare);

    // The app: the large sample in an encrypted workbook, unlocked through the UI.
    await h.services.workbooks.create('disclosing', sample.displayName, PASSPHRASE);
    await h.services.workbooks.save('disclosing', sample);
    await h.services.workbooks.lockAll();
    await h.reload();
    await unlockViaUi(h, 'disclosing', PASSPHRASE);
    await h.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'The disclosure letter' }).click();
    const editor = h.page.getByRole('textbox', { name: 'Your disclosure letter' });
    await editor.waitFor();
    await editor.click();
    await h.page.keyboard.press('Control+End');
    await h.page.waitForTimeout(1500); // let the first language check and word count settle
    await installProbe(h.page);
    for (let round = 0; round < ROUNDS; round++) {
      await typeRound(bare);
      await typeRound(h.page);
    }
    const bareLat = await latencies(bare);
    const appLat = await latencies(h.page);
    await bare.close();

    const app = summary(appLat);
    const bareS = summary(bareLat);
    return {
      letterWords: words,
      app,
      bareLexical: bareS,
      ratioMedian: ms(app.medianMs / bareS.medianMs),
      ratioP95: ms(app.p95Ms / bareS.p95Ms),
      target: 'app within 1.3x of bare Lexical, p95 < 50 ms',
    };
  } finally {
    await h.close();
    await rm(bareDir, { recursive: true, force: true });
  }
}
