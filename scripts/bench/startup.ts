/**
 * Cold start: a fresh page of the built renderer (Chromium, the same harness as the e2e tests)
 * until the home screen is usable (its workbook cards are shown). Median of 5 fresh pages,
 * after one warm-up. Run `npm run build` first.
 *
 * Two clocks: `coldStartToHomeMs*` from asking for a new page to seeing the cards (what the
 * issue measured, harness overhead included), and `inPageToHomeMs*` from the page's own
 * navigation start to the first frame that shows the cards. `scriptsBeforeHome` lists the
 * scripts that had arrived by then (later ones are loaded when idle, after the home screen).
 */
import os from 'node:os';
import { startHarness } from '../../tests/e2e/harness';
import { ms } from './_stats';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function run() {
  const loadBefore = os.loadavg()[0] ?? 0;
  const h = await startHarness();
  try {
    const outer: number[] = [];
    const inPage: number[] = [];
    let scriptsBeforeHome: { name: string; bytes: number }[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      await h.reload();
      // Polled every animation frame: the page's clock when the cards are first there.
      const handle = await h.page.waitForFunction(() => (document.querySelector('.workbook-card') ? performance.now() : false));
      const home = (await handle.jsonValue()) as number;
      const elapsed = performance.now() - started;
      if (i === 0) continue;
      outer.push(elapsed);
      inPage.push(home);
      scriptsBeforeHome = await h.page.evaluate(
        (at) =>
          performance
            .getEntriesByType('resource')
            .filter((e): e is PerformanceResourceTiming => e.name.endsWith('.js') && e.startTime < at)
            .map((e) => ({ name: e.name.split('/').pop() ?? '', bytes: e.decodedBodySize })),
        home,
      );
    }
    return {
      coldStartToHomeMsMedian: ms(median(outer)),
      coldStartToHomeMsAll: outer.map(ms),
      inPageToHomeMsMedian: ms(median(inPage)),
      inPageToHomeMsAll: inPage.map(ms),
      scriptsBeforeHome,
      scriptBytesBeforeHome: scriptsBeforeHome.reduce((sum, s) => sum + s.bytes, 0),
      loadAverage1m: { before: ms(loadBefore), after: ms(os.loadavg()[0] ?? 0) },
      target: 'coldStartToHomeMsMedian < 600 on a quiet machine',
    };
  } finally {
    await h.close();
  }
}
