/**
 * Every `workbook` command by name, with its usage line and summary, and a loader for its code.
 * This module imports nothing heavy: `workbook --help` and a mistyped command answer without
 * loading libsodium, zod or docx, and each command loads only the module that holds it.
 */
import type { Command } from './commands';

export interface CommandEntry {
  usage: string;
  summary: string;
  load(): Promise<Command>;
}

const core = (name: string) => async () => pick((await import('./commands')).coreCommands, name);
const handoff = (name: string) => async () => pick((await import('./handoffCommands')).handoffCommands, name);
const exchange = (name: string) => async () => pick((await import('./exchangeCommands')).exchangeCommands, name);

function pick(table: Record<string, Command>, name: string): Command {
  const command = table[name];
  if (!command) throw new Error(`command ${name} is listed but not implemented`);
  return command;
}

export const commandList: Record<string, CommandEntry> = {
  create: {
    usage: 'workbook create --role disclosing|partner --name NAME --out FILE.dwb',
    summary: 'create an empty workbook; prints the recovery key once (passphrase from stdin)',
    load: core('create'),
  },
  verify: {
    usage: 'workbook verify FILE.dwb',
    summary: 'check passphrase and integrity; prints role, schema version, last saved time and counts (never content)',
    load: core('verify'),
  },
  passwd: {
    usage: 'workbook passwd FILE.dwb',
    summary:
      'change the passphrase (old, then new, from stdin): the workbook and its backups are re-keyed, so the old passphrase opens none of them; the recovery key stays valid',
    load: core('passwd'),
  },
  'new-recovery-key': {
    usage: 'workbook new-recovery-key FILE.dwb',
    summary:
      'replace the recovery key (passphrase from stdin); prints the new key once; the old key opens neither the workbook nor its backups',
    load: core('new-recovery-key'),
  },
  dump: {
    usage: 'workbook dump FILE.dwb',
    summary: 'print the decrypted content as JSON (plaintext!)',
    load: core('dump'),
  },
  load: {
    usage: 'workbook load FILE.dwb --from CONTENT.json',
    summary: 'replace the content after schema validation (the previous version is kept as a backup)',
    load: core('load'),
  },
  sample: {
    usage: 'workbook sample --role disclosing|partner --size small|large --out FILE.dwb',
    summary: 'create a workbook filled with fictional sample content (passphrase from stdin)',
    load: core('sample'),
  },
  package: {
    usage: 'workbook package FILE.dwb --out PACKAGE.dwbx [--sections id,id,…] [--letter current|N]',
    summary: 'write an encrypted therapist package of your own chosen sections; prints the share code once, last',
    load: handoff('package'),
  },
  combine: {
    usage:
      'workbook combine [--disclosing D.dwbx] [--partner P.dwbx] --out DOC.docx [--reading-copy COPY.docx] [--no-password] [--letter-size] [--therapist NAME] [--session-date DATE] [--priority-appendix]',
    summary:
      'the therapist combines the packages into the session document (stdin: disclosing code, partner code, then the document password)',
    load: handoff('combine'),
  },
  export: {
    usage:
      'workbook export FILE.dwb --out DOC.docx [--sections id,id,…] [--all] [--letter current|N] [--letter-size] [--no-password]',
    summary: 'write your own workbook as a password-protected document for your own therapist (stdin: passphrase, then password)',
    load: handoff('export'),
  },
  'release-questions': {
    usage: 'workbook release-questions PARTNER_FILE.dwb --out PACKET.dwbq',
    summary: 'write an encrypted packet of the questions marked ready; prints the one-time release code (passphrase from stdin)',
    load: exchange('release-questions'),
  },
  'import-questions': {
    usage: 'workbook import-questions DISCLOSING_FILE.dwb --from PACKET.dwbq [--force]',
    summary:
      'import released questions into the answers section; answers stay with their questions (passphrase, then code, from stdin)',
    load: exchange('import-questions'),
  },
};
