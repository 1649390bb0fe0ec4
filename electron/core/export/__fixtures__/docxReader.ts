/**
 * Test support: a small zip reader (central directory + node:zlib inflateRaw) and helpers to
 * read a .docx back: the parts, the paragraphs' text in order, and simple formatting checks.
 */
import { inflateRawSync } from 'node:zlib';

export function readZip(bytes: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + compressed);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

export interface DocxParts {
  documentXml: string;
  files: Map<string, Buffer>;
  /** The text of every body paragraph (outside the TOC), in order. */
  paragraphs: string[];
  /** Every paragraph including the TOC's. */
  allParagraphs: string[];
}

export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    const texts = [...p.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:t\/>|<w:br\/>|<w:tab\/>/g)].map((m) =>
      m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : decodeXml(m[1] ?? ''),
    );
    out.push(texts.join(''));
  }
  return out;
}

export function readDocx(bytes: Buffer): DocxParts {
  const files = readZip(bytes);
  const documentXml = files.get('word/document.xml')?.toString('utf8');
  if (!documentXml) throw new Error('no word/document.xml');
  const withoutToc = documentXml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
  return { documentXml, files, paragraphs: paragraphTexts(withoutToc), allParagraphs: paragraphTexts(documentXml) };
}

/** Checks that each needle occurs exactly once in `haystack` and that they appear in the given order. */
export function assertInOrderOnce(haystack: string, needles: readonly string[]): void {
  let last = -1;
  for (const needle of needles) {
    const first = haystack.indexOf(needle);
    if (first < 0) throw new Error(`missing: ${needle.slice(0, 80)}`);
    if (haystack.indexOf(needle, first + 1) >= 0) throw new Error(`more than once: ${needle.slice(0, 80)}`);
    if (first < last) throw new Error(`out of order: ${needle.slice(0, 80)}`);
    last = first;
  }
}
