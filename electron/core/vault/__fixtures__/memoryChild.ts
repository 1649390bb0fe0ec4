/**
 * Child process for vault/memory.test.ts: unlocks, saves and locks a workbook with the real
 * services, and hands the parent each data key XOR-masked (never a plain second copy here).
 * Run with: node --expose-gc --import tsx memoryChild.ts <dataDir> <sentinel prefix>
 */
import { randomBytes } from 'node:crypto';
import { memoryPreferencesBackend } from '../../preferencesService';
import { createAppServices } from '../../services';
import type { VaultSession } from '../vault';
import { TEST_KDF } from '../vault';

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
/** Each data key, XOR-masked as soon as the vault hands it out (the mask is fresh per key). */
const keys: { masked: string; mask: string }[] = [];
function capture(session: VaultSession) {
  const key = (session as VaultSession & { dataKey: Uint8Array }).dataKey;
  const mask = randomBytes(key.length);
  const out = Buffer.alloc(key.length);
  for (let i = 0; i < key.length; i++) out[i] = key[i]! ^ mask[i]!;
  keys.push({ masked: out.toString('hex'), mask: mask.toString('hex') });
}
const { vault } = services;
const create = vault.create.bind(vault);
const open = vault.open.bind(vault);
const unlock = vault.unlock.bind(vault);
vault.create = async (...args) => {
  const result = await create(...args);
  capture(result.session);
  return result;
};
vault.open = async (...args) => {
  const result = await open(...args);
  capture(result.session);
  return result;
};
vault.unlock = async (...args) => {
  const session = await unlock(...args);
  capture(session);
  return session;
};

const { content } = await services.workbooks.create('partner', `${prefix}-NAME`, PASS);
if (content.role !== 'partner') throw new Error('partner');
content.sections.boundaries.items.push({ id: 'b1', need: `${prefix}-NEED`, ifNotRespected: '', discussWithTherapist: false });
await services.workbooks.save('partner', content);
await services.workbooks.lock('partner');
const opened = await services.workbooks.unlock('partner', { method: 'passphrase', value: PASS });
opened.content.displayName = `${prefix}-SECOND`;
await services.workbooks.save('partner', opened.content);

await send({ phase: 'open', keys });
await next();
await services.workbooks.lockAll();
(globalThis as { gc?: () => void }).gc?.();
await send({ phase: 'locked' });
await next();
process.exit(0);
