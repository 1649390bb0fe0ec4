import { buildExportDocument } from '/work/wt/handoff/shared/export/buildDocument';
import { allSections } from '/work/wt/handoff/shared/export/sections';
import { buildSample } from '/work/wt/handoff/shared/workbook/samples';
import { writeDocx } from '/work/wt/handoff/electron/core/export/docxWriter';
const disclosing = buildSample('disclosing', 'large') as any;
const partner = buildSample('partner', 'large') as any;
const options = { selection: { disclosing: allSections('disclosing'), partner: allSections('partner') }, now: new Date('2026-01-22T10:00:00Z') };
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  const doc = buildExportDocument({ disclosing, partner }, options);
  const t1 = performance.now();
  const b = await writeDocx(doc);
  console.log('build', Math.round(t1 - t0), 'write', Math.round(performance.now() - t1), b.length);
}
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
{
  const doc = buildExportDocument({ disclosing, partner }, options);
  const b = await writeDocx(doc);
  const files = unzipSync(new Uint8Array(b));
  const xml = new TextDecoder().decode(files['word/document.xml']);
  console.log('document.xml chars', xml.length);
  const counts = new Map<string, number>();
  for (const m of xml.matchAll(/<(w:[A-Za-z]+)/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k}:${v}`).join(' '));
  let text = 0; for (const m of xml.matchAll(/<w:t[^>]*>([^<]*)</g)) text += m[1]!.length;
  console.log('text chars', text);
}
