/**
 * The check-in chart as a PNG, drawn in plain JavaScript (no native modules, no browser):
 * a small RGB raster with grid lines, a line with dots, axis figures from a 5x7 digit font,
 * encoded with node:zlib. Same layout as the SVG in shared/export/checkInChart.ts.
 */
import { deflateSync } from 'node:zlib';
import { chartLayout, DEFAULT_CHART_GEOMETRY } from '../../../shared/export/checkInChart';
import type { ChartGeometry } from '../../../shared/workbook/partner/checkInTrend';
import type { CheckInChart } from '../../../shared/export/model';

type Rgb = readonly [number, number, number];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encode an RGB raster (3 bytes a pixel, rows top to bottom) as a PNG file. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const GLYPHS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
};

class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }
  set(x: number, y: number, c: Rgb) {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= this.width || yi >= this.height) return;
    const i = (yi * this.width + xi) * 3;
    this.pixels[i] = c[0];
    this.pixels[i + 1] = c[1];
    this.pixels[i + 2] = c[2];
  }
  rect(x: number, y: number, w: number, h: number, c: Rgb) {
    for (let yy = Math.round(y); yy < Math.round(y + h); yy++)
      for (let xx = Math.round(x); xx < Math.round(x + w); xx++) this.set(xx, yy, c);
  }
  disc(cx: number, cy: number, r: number, c: Rgb) {
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r) this.set(cx + dx, cy + dy, c);
  }
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, c: Rgb) {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let s = 0; s <= steps; s++) this.disc(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, thickness / 2, c);
  }
  /** Digits and dashes only, `scale` pixels per font dot; anchored at the left/right/centre. */
  text(s: string, x: number, y: number, scale: number, c: Rgb, anchor: 'left' | 'right' = 'left') {
    const w = s.length * 6 * scale - scale;
    let cx = anchor === 'right' ? x - w : x;
    for (const ch of s) {
      const g = GLYPHS[ch];
      if (g)
        g.forEach((row, ry) =>
          row.split('').forEach((bit, rx) => bit === '1' && this.rect(cx + rx * scale, y + ry * scale, scale, scale, c)),
        );
      cx += 6 * scale;
    }
  }
}

const GRID: Rgb = [217, 221, 227];
const AXIS_TEXT: Rgb = [85, 85, 85];
const LINE: Rgb = [47, 111, 143];

export function checkInChartPng(chart: CheckInChart, g: ChartGeometry = DEFAULT_CHART_GEOMETRY): Buffer {
  const r = new Raster(g.width, g.height);
  const layout = chartLayout(chart, g);
  for (const line of layout.grid) {
    r.rect(layout.plot.x, line.y, layout.plot.w, 2, GRID);
    r.text(String(line.value), layout.plot.x - 14, line.y - 7, 2, AXIS_TEXT, 'right');
  }
  for (const seg of layout.segments) {
    for (let i = 1; i < seg.length; i++) r.line(seg[i - 1]!.x, seg[i - 1]!.y, seg[i]!.x, seg[i]!.y, 4, LINE);
  }
  for (const dot of layout.dots) r.disc(dot.x, dot.y, 6, LINE);
  r.text(chart.firstDay, layout.plot.x, g.height - 30, 2, AXIS_TEXT);
  r.text(chart.lastDay, layout.plot.x + layout.plot.w, g.height - 30, 2, AXIS_TEXT, 'right');
  return encodePng(g.width, g.height, r.pixels);
}
