/**
 * Child process for the crash test: opens the workbook in argv[2] and saves new versions
 * as fast as it can, printing "ack N" only after save N has returned (every fourth one is
 * followed by a save of the main file). The parent kills it
 * with SIGKILL at a random instant.
 */
import { loopServices } from './loopServices';

const dataDir = process.argv[2]!;
const passphrase = process.argv[3] ?? '';
const services = await loopServices(dataDir);
const { content } = await services.workbooks.unlock('partner', { method: 'passphrase', value: passphrase });
if (content.role !== 'partner') throw new Error('unexpected role');
let n = Number(content.displayName.replace('v', '')) || 0;
const padding = 'x'.repeat(50_000);
for (;;) {
  n++;
  content.displayName = `v${n}`;
  content.sections.boundaries.items = [{ id: 'b', need: `${padding}${n}`, ifNotRespected: '', discussWithTherapist: false }];
  await services.workbooks.save('partner', content);
  process.stdout.write(`ack ${n}\n`);
  // A typing save goes to a recent-save slot; the main file follows now and then (as a pause in typing).
  if (n % 4 === 0) await services.workbooks.saveMainFile('partner');
}
