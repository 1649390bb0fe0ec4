// Renders build/icon.svg and build/file-icon.svg into every icon electron-builder needs, using the
// Chromium that the browser tests use (playwright-core; nothing is downloaded), and writes the
// Windows .ico and macOS .icns containers in plain JS (both can hold PNG images as they are).
//   node build/make-icons.mjs          (CHROMIUM_PATH overrides /usr/bin/chromium)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = import.meta.dirname;
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// icns entry types holding PNG data, by pixel size (the @2x types reuse the larger renders).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 512],
  ['ic14', 1024],
];

/** ICO: 6-byte header, a 16-byte entry per image, then the PNG bytes (allowed since Windows Vista). */
export function buildIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** ICNS: 'icns' + total length, then per image a 4-char type + length (including the 8-byte head) + PNG. */
export function buildIcns(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function render(page, svg, size) {
  await page.setViewportSize({ width: size, height: size });
  const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace(
    /width="1024" height="1024"/,
    `width="${size}" height="${size}"`,
  )}</body></html>`;
  await page.setContent(html);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function renderSet(page, name, sizes) {
  const svg = await readFile(path.join(dir, `${name}.svg`), 'utf8');
  const out = new Map();
  for (const size of sizes) out.set(size, await render(page, svg, size));
  return out;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const app = await renderSet(page, 'icon', LINUX_SIZES);
  await mkdir(path.join(dir, 'icons'), { recursive: true });
  for (const [size, png] of app) await writeFile(path.join(dir, 'icons', `${size}x${size}.png`), png);
  await writeFile(path.join(dir, 'icon.png'), app.get(1024));
  await writeFile(path.join(dir, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: app.get(size) }))));
  await writeFile(path.join(dir, 'icon.icns'), buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: app.get(size) }))));

  const file = await renderSet(page, 'file-icon', LINUX_SIZES);
  await writeFile(path.join(dir, 'file-icon.png'), file.get(512));
  await writeFile(path.join(dir, 'file-icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: file.get(size) }))));
  await writeFile(path.join(dir, 'file-icon.icns'), buildIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: file.get(size) }))));
  console.log(`Wrote build/icons/*.png (${LINUX_SIZES.join(', ')}), icon.png, icon.ico, icon.icns and file-icon.{png,ico,icns}`);
} finally {
  await browser.close();
}
