export interface CliStamp {
  inputs: string[];
  hash: string;
}
export function buildCli(options?: {
  root?: string;
  outdir?: string;
  logLevel?: 'silent' | 'error' | 'warning' | 'info';
}): Promise<CliStamp>;
