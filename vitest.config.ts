import { defineConfig } from 'vitest/config';
import { browserRule } from './tests/e2e/browserRule.ts';

// Without a browser the browser specs are left out locally (the Electron spec stays: it needs
// none and skips by itself) and fail where CI is set: tests/e2e/browserRule.ts, browserGate.ts.
const browser = browserRule(process.env);
const skipBrowserSpecs = browser.action === 'skip';
if (skipBrowserSpecs && !/--project[= ]unit\b/.test(process.argv.join(' '))) console.warn(browser.message);

export default defineConfig({
  test: {
    // A run of one browser spec finds no file when they are skipped: that is not a failure.
    passWithNoTests: skipBrowserSpecs,
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'renderer/**/*.test.tsx',
            'scripts/**/*.test.ts',
            'tests/e2e/browserRule.test.ts',
          ],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: skipBrowserSpecs ? ['tests/e2e/electron.spec.ts'] : ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/e2e/browserGate.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // A polled check waits for a state the app reaches after an IPC round trip, a save, a
          // lazily loaded section or an idle callback: vitest's default of 1 s is a clock a busy
          // CI machine outruns. The assertion is the same; only how long it may take to arrive.
          expect: { poll: { timeout: 30_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
