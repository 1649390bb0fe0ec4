/**
 * Child process for vault/memory.test.ts: unlocks, saves and locks a workbook with the real
 * services (keys in the crypto worker, as in the app). It never sees a data key: the parent
 * derives it from the file on disk. It tells the parent the file and how many key-holding
 * workers are running.
 * Run with: node --expose-gc --import tsx memoryChild.ts <dataDir> <sentinel prefix>
 */
import { memoryPreferencesBackend } from '../../preferencesService';
import { createAppServices } from '../../services';
import { TEST_KDF } from '../vault';
import type { WorkerVault } from '../workerVault';

const [dataDir, prefix] = process.argv.slice(2) as [string, string];
const PASS = 'correct horse battery staple';
const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const next = () => new Promise<void>((resolve) => process.once('message', () => resolve()));

const services = await createAppServices({
  dataDir,
  preferences: memoryPreferencesBackend(),
  appInfo: { version: 'test', platform: process.platform },
  kdf: TEST_KDF,
});
const vault = services.vault as WorkerVault;

const { content } = await services.workbooks.create('partner', `${prefix}-NAME`, PASS);
if (content.role !== 'partner') throw new Error('partner');
content.sections.boundaries.items.push({ id: 'b1', need: `${prefix}-NEED`, ifNotRespected: '', discussWithTherapist: false });
await services.workbooks.save('partner', content);
await services.workbooks.lock('partner');
const opened = await services.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
opened.content.displayName = `${prefix}-SECOND`;
await services.workbooks.save('partner', opened.content);
await services.workbooks.flush();

await send({ phase: 'open', file: services.files.mainPath('partner'), workers: vault.liveWorkers() });
await next();
// lockAll returns once every key is wiped in its worker and that worker has ended.
await services.workbooks.lockAll();
(globalThis as { gc?: () => void }).gc?.();
await send({ phase: 'locked', workers: vault.liveWorkers() });
await next();
process.exit(0);
