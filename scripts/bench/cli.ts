import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { currentCliBundle } from '../../bin/cliStamp.mjs';
import { buildCli } from '../build-cli.mjs';
import { ms, percentile } from './_stats';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'workbook.mjs');
const RUNS = 15;
const SOURCE_RUNS = 3;

function timeRun(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - t0;
  if (result.status !== 0) throw new Error(`bench cli: ${args.join(' ')} exited ${String(result.status)}`);
  return elapsed;
}

/**
 * Start-up of the `workbook` command: `workbook --help` from the built bundle against a bare
 * `node -e 0`, run alternately so both see the same load. Target: median within 3x of bare Node.
 * The TypeScript fallback (what runs before a build, or after editing the sources) is shown too.
 */
export async function run() {
  const wasCurrent = currentCliBundle(ROOT) !== null;
  if (!wasCurrent) await buildCli({ logLevel: 'silent' });
  const bare: number[] = [];
  const bundled: number[] = [];
  timeRun([BIN, '--help']); // warm the file cache once
  for (let i = 0; i < RUNS; i++) {
    bare.push(timeRun(['-e', '0']));
    bundled.push(timeRun([BIN, '--help']));
  }
  const fromSource: number[] = [];
  for (let i = 0; i < SOURCE_RUNS; i++) fromSource.push(timeRun([BIN, '--help'], { ...process.env, DWB_CLI_FROM_SOURCE: '1' }));
  const bareMedian = percentile(bare, 50);
  const bundledMedian = percentile(bundled, 50);
  const ratio = ms(bundledMedian / bareMedian);
  return {
    bundle: wasCurrent ? 'current' : 'built for this run',
    runs: RUNS,
    nodeBareMedianMs: bareMedian,
    helpBundledMedianMs: bundledMedian,
    helpBundledP90Ms: percentile(bundled, 90),
    helpFromSourceMedianMs: percentile(fromSource, 50),
    ratioToBareNode: ratio,
    target: 'help within 3x bare node',
    withinTarget: ratio <= 3,
  };
}
