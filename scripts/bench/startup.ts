/**
 * Cold start: a fresh page of the built renderer (Chromium, the same harness as the e2e tests)
 * until the home screen is usable (its workbook cards are shown). Median of 5 fresh pages,
 * after one warm-up. Run `npm run build` first.
 */
import { startHarness } from '../../tests/e2e/harness';
import { ms } from './_stats';

export async function run() {
  const h = await startHarness();
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      await h.reload();
      await h.page.locator('.workbook-card').first().waitFor();
      const elapsed = performance.now() - started;
      if (i > 0) times.push(elapsed);
    }
    const scripts = await h.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => e.name.split('/').pop()),
    );
    times.sort((a, b) => a - b);
    return { coldStartToHomeMsMedian: ms(times[2] ?? 0), coldStartToHomeMsAll: times.map(ms), scriptsAtHome: scripts };
  } finally {
    await h.close();
  }
}
