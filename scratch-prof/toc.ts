import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildExportDocument } from '../shared/export/buildDocument';
import { allSections } from '../shared/export/sections';
import { buildSample } from '../shared/workbook/samples';
import { writeDocx } from '../electron/core/export/docxWriter';
import { readDocx } from '../electron/core/export/__fixtures__/docxReader';
function tocEntries(documentXml: string) {
  const toc = /<w:sdtContent>[\s\S]*?<\/w:sdtContent>/.exec(documentXml)?.[0] ?? '';
  return toc.split('</w:p>').map((p) => /<w:hyperlink[^>]*><w:r><w:t[^>]*>([^<]*)<\/w:t>[\s\S]*?PAGEREF[^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?:<w:t[^>]*>(\d*)<\/w:t>)?/.exec(p))
    .filter((m) => m !== null).map((m) => ({ title: m![1]!.replace(/&amp;/g, '&'), page: m![2] ? Number(m![2]) : null }));
}
const dir = '/tmp/handoff-toc'; mkdirSync(dir, { recursive: true });
const sizes = (process.argv[2] ?? 'small,large').split(',') as ('small'|'large')[];
const word = process.argv.includes('--word');
const files: Record<string, ReturnType<typeof tocEntries>> = {}; const wordPages: Record<string, ReturnType<typeof tocEntries>> = {};
for (const size of sizes) {
  const doc = buildExportDocument({ disclosing: buildSample('disclosing', size) as any, partner: buildSample('partner', size) as any },
    { now: new Date('2026-01-22T10:00:00Z'), therapistName: 'Dr. Rivera', sessionDate: '2026-01-23', pageSize: 'a4', selection: { disclosing: allSections('disclosing'), partner: allSections('partner') } } as any);
  const bytes = await writeDocx(doc);
  files[size] = tocEntries(readDocx(bytes).documentXml);
  if (word) wordPages[size] = tocEntries(readDocx(await writeDocx(doc, { pageNumbers: 'wordLayout' })).documentXml);
  writeFileSync(`${dir}/${size}.docx`, bytes);
}
const r = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...sizes.map((s) => `${dir}/${s}.docx`)], { timeout: 900_000 });
if (r.status !== 0) throw new Error(r.stderr.toString());
for (const [size, entries] of Object.entries(files)) {
  const pages = execFileSync('pdftotext', ['-layout', `${dir}/${size}.pdf`, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\f');
  const lines = pages.map((p) => new Set(p.split('\n').map((l) => l.trim())));
  let from = pages.findLastIndex((p) => /\.{8,}/.test(p)) + 1;
  console.log(size, 'pdf pages', pages.length - 1);
  entries.forEach((entry, k) => {
    const at = lines.findIndex((set, i) => i >= from && set.has(entry.title));
    if (at >= 0) from = at;
    const lo = at >= 0 ? at + 1 : null;
    const w = wordPages[size]?.[k]?.page;
    console.log(`${String(entry.page).padStart(4)} lo ${String(lo).padStart(4)} ${w !== undefined ? 'word ' + w : ''} ${lo !== null && entry.page !== lo ? 'DIFF ' + (entry.page! - lo) : ''} ${entry.title}`);
  });
}
