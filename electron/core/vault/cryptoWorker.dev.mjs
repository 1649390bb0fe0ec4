// Starts cryptoWorker.ts from the TypeScript sources (tests, `npm run bench`, the command before
// it is built), through tsx. Bundles start their built cryptoWorker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./cryptoWorker.ts');
