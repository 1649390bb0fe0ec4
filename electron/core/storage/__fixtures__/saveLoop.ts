/**
 * Child process for the crash test: opens the workbook in argv[2] and saves new versions
 * as fast as it can, printing "ack N" only after save N has returned. The parent kills it
 * with SIGKILL at a random instant.
 */
import { memoryPreferencesBackend } from '../../preferencesService';
import { createAppServices } from '../../services';
import { TEST_KDF } from '../../vault/vault';

const dataDir = process.argv[2]!;
const passphrase = process.argv[3] ?? '';
const services = await createAppServices({
  dataDir,
  preferences: memoryPreferencesBackend(),
  appInfo: { version: 'test', platform: process.platform },
  kdf: TEST_KDF,
  crypto: 'this-thread', // the crash test is about the storage path; a crypto worker per round would add its start-up to every one
});
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
