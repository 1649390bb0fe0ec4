// npm run dev: the renderer from Vite's dev server (reloads as you edit) inside Electron, for
// development only. The main process is built with the dev server written into main.mjs at
// build time (buildElectron's devServer); the app honours it only while unpackaged
// (devServerFor in electron/main/security.ts). No environment variable turns it on.
// Changes under electron/ or shared/ rebuild the main process and restart Electron.
/* global process, console, fetch, setTimeout, clearTimeout */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'vite';
import { buildElectron } from './build-electron.mjs';

const port = Number(process.argv[2] ?? 5173);
const server = await createServer({
  configFile: 'renderer/vite.config.ts',
  server: { host: '127.0.0.1', port, strictPort: true },
});
await server.listen();
const origin = `http://127.0.0.1:${port}`;

/** The inline scripts Vite puts into index.html (React's refresh preamble), allowed by hash only. */
async function inlineScriptHashes() {
  const html = await (await fetch(`${origin}/index.html`)).text();
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
}

const devServer = { origin, scriptHashes: await inlineScriptHashes() };
await buildElectron({ devServer });

// `require('electron')` in Node is the path of the Electron binary (downloaded on first use).
const electronBinary = /** @type {string} */ (createRequire(import.meta.url)('electron'));
/** @type {import('node:child_process').ChildProcess | null} */
let child = null;
let restarting = false;

function startElectron() {
  const started = spawn(electronBinary, ['.'], { stdio: 'inherit' });
  started.on('exit', (code) => {
    if (restarting) return;
    void server.close().then(() => process.exit(code ?? 0));
  });
  child = started;
}

/** @type {NodeJS.Timeout | undefined} */
let pending;
function mainProcessChanged() {
  clearTimeout(pending);
  pending = setTimeout(() => {
    void (async () => {
      try {
        await buildElectron({ devServer, logLevel: 'silent' });
      } catch (error) {
        console.error('The main process did not build; Electron keeps running the previous build.', error);
        return;
      }
      restarting = true;
      child?.once('exit', () => {
        restarting = false;
        startElectron();
      });
      child?.kill();
    })();
  }, 300);
}
for (const dir of ['electron', 'shared']) watch(dir, { recursive: true }, mainProcessChanged);

startElectron();
console.log(`npm run dev: renderer from ${origin} (reloads on save); main process rebuilt and restarted on change.`);
