/**
 * Child process for the crash test: opens the workbook in argv[2] and saves new versions
 * as fast as it can, printing "ack N" only after save N has returned. The parent kills it
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
}
