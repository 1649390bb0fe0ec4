export function buildElectron(options?: {
  root?: string;
  outdir?: string;
  /** npm run dev only: written into main.mjs as the build-time flag devServerFor reads. */
  devServer?: { origin: string; scriptHashes: string[] };
  logLevel?: 'info' | 'silent';
}): Promise<void>;
