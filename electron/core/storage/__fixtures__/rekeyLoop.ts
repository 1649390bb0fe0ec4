/**
 * Child process for the re-key crash test: opens the workbook in argv[2] with the passphrase of
 * generation argv[3] and then, as fast as it can, saves and changes the passphrase to the next
 * generation, printing "ack N" only after the change to generation N has returned. The parent
 * kills it with SIGKILL at a random instant.
 */
import { loopServices } from './loopServices';
import { rekeyPassphrase } from './rekeyPassphrase';

const dataDir = process.argv[2]!;
{
  let generation = Number(process.argv[3] ?? 0);
  const services = await loopServices(dataDir);
  const { content } = await services.workbooks.unlock('partner', { method: 'passphrase', value: rekeyPassphrase(generation) });
  for (;;) {
    content.displayName = `g${generation}`;
    await services.workbooks.save('partner', content);
    await services.workbooks.changePassphrase('partner', rekeyPassphrase(generation), rekeyPassphrase(generation + 1));
    generation++;
    process.stdout.write(`ack ${generation}\n`);
  }
}
