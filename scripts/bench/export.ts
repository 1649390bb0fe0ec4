import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildExportDocument } from '../../shared/export/buildDocument';
import { documentToMarkdown } from '../../shared/export/markdown';
import { allSections } from '../../shared/export/sections';
import { buildSample } from '../../shared/workbook/samples';
import type { DisclosingWorkbook, PartnerWorkbook } from '../../shared/workbook/schema';
import { writeDocx } from '../../electron/core/export/docxWriter';
import { ms, percentile } from './_stats';

const RUNS = 5;

/**
 * The therapist document for the large sample pair with every section: our writer (model +
 * .docx, with the TOC's page numbers worked out by the page flow) against Debian's pandoc
 * converting the same content, written as Markdown, to .docx (its TOC has no page numbers).
 * Target: under 2 s and no slower than pandoc. The load average is reported with the figures:
 * on a busy machine both sides slow down.
 */
export async function run() {
  const disclosing = buildSample('disclosing', 'large') as DisclosingWorkbook;
  const partner = buildSample('partner', 'large') as PartnerWorkbook;
  const options = {
    selection: { disclosing: allSections('disclosing'), partner: allSections('partner') },
    now: new Date('2026-01-22T10:00:00Z'),
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-bench-export-'));
  const loadBefore = os.loadavg()[0] ?? 0;
  try {
    const doc = buildExportDocument({ disclosing, partner }, options);
    const markdownFile = path.join(dir, 'session.md');
    await writeFile(markdownFile, documentToMarkdown(doc));
    let pandocVersion = 'missing';
    try {
      pandocVersion = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
    } catch {
      // pandoc not installed: report ours only.
    }
    // Turn about, so that both see the same moments of a busy machine.
    const ours: number[] = [];
    const pandoc: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const docx = await writeDocx(buildExportDocument({ disclosing, partner }, options));
      ours.push(performance.now() - t0);
      bytes = docx.length;
      if (pandocVersion === 'missing') continue;
      const t1 = performance.now();
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', '-o', path.join(dir, 'pandoc.docx'), markdownFile]);
      pandoc.push(performance.now() - t1);
    }
    const oursP50 = percentile(ours, 50);
    const pandocP50 = pandoc.length ? percentile(pandoc, 50) : null;
    return {
      sections: doc.parts.reduce((n, part) => n + part.sections.length, 0),
      markdownChars: documentToMarkdown(doc).length,
      ourDocxP50Ms: oursP50,
      ourDocxMaxMs: ms(Math.max(...ours)),
      ourDocxBytes: bytes,
      tocPageNumbers: 'page flow',
      pandocP50Ms: pandocP50,
      pandocVersion,
      ratioOursToPandoc: pandocP50 ? Math.round((oursP50 / pandocP50) * 100) / 100 : null,
      runs: RUNS,
      loadAverage1m: [Math.round(loadBefore * 100) / 100, Math.round((os.loadavg()[0] ?? 0) * 100) / 100],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
