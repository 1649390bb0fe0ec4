/**
 * Global setup of the e2e project: without a browser, fail where `CI` is set (or where
 * CHROMIUM_PATH points nowhere) and say why once; locally vitest.config.ts has left out the
 * browser specs and this says why they were skipped.
 */
import { browserRule } from './browserRule';

export default function browserGate(): void {
  const rule = browserRule(process.env);
  if (rule.action === 'fail') throw new Error(rule.message);
  if (rule.action === 'skip') console.warn(rule.message);
}
