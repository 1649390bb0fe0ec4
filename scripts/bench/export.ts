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
 * .docx, TOC page numbers worked out) against Debian's pandoc converting the same content,
 * written as Markdown, to .docx. Target: under 2 s and no slower than pandoc.
 */
export async function run() {
  const disclosing = buildSample('disclosing', 'large') as DisclosingWorkbook;
  const partner = buildSample('partner', 'large') as PartnerWorkbook;
  const options = {
    selection: { disclosing: allSections('disclosing'), partner: allSections('partner') },
    now: new Date('2026-01-22T10:00:00Z'),
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-bench-export-'));
  try {
    const ours: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const doc = buildExportDocument({ disclosing, partner }, options);
      const docx = await writeDocx(doc);
      ours.push(performance.now() - t0);
      bytes = docx.length;
    }
    const doc = buildExportDocument({ disclosing, partner }, options);
    // The same document with the TOC's page numbers worked out by docx's layout (over the size limit by default).
    const t0 = performance.now();
    await writeDocx(doc, { pageNumbers: true });
    const withPageNumbersMs = ms(performance.now() - t0);
    const markdownFile = path.join(dir, 'session.md');
    await writeFile(markdownFile, documentToMarkdown(doc));
    const pandoc: number[] = [];
    let pandocVersion = 'missing';
    try {
      pandocVersion = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '--toc', '-o', path.join(dir, 'pandoc.docx'), markdownFile]);
        pandoc.push(performance.now() - t0);
      }
    } catch {
      // pandoc not installed: report ours only.
    }
    const oursP50 = percentile(ours, 50);
    const pandocP50 = pandoc.length ? percentile(pandoc, 50) : null;
    return {
      sections: doc.parts.reduce((n, part) => n + part.sections.length, 0),
      markdownChars: documentToMarkdown(doc).length,
      ourDocxP50Ms: oursP50,
      ourDocxMaxMs: ms(Math.max(...ours)),
      ourDocxBytes: bytes,
      ourDocxWithTocPageNumbersMs: withPageNumbersMs,
      pandocP50Ms: pandocP50,
      pandocVersion,
      ratioOursToPandoc: pandocP50 ? Math.round((oursP50 / pandocP50) * 100) / 100 : null,
      runs: RUNS,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
