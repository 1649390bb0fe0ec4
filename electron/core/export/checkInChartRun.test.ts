import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePartner } from '../../../shared/export/__fixtures__/workbooks';
import { buildExportDocument } from '../../../shared/export/buildDocument';
import { checkInChartData } from '../../../shared/export/checkInChart';
import { allSections } from '../../../shared/export/sections';
import type { PartnerWorkbook } from '../../../shared/workbook/schema';
import { readZip } from './__fixtures__/docxReader';
import { writeDocx } from './docxWriter';

async function partnerDocx(partner: PartnerWorkbook) {
  const doc = buildExportDocument(
    { disclosing: null, partner },
    {
      now: new Date('2026-01-22T10:00:00Z'),
      timeZone: 'UTC',
      selection: { disclosing: null, partner: allSections('partner') },
    },
  );
  const bytes = await writeDocx(doc);
  return { bytes, files: readZip(bytes) };
}

const text = (file: Buffer | undefined) => file?.toString('utf8') ?? '';

describe('the check-in chart in the document', () => {
  it('is a native line chart: one category a day, gaps kept, value axis pinned to 0-10, described for screen readers', async () => {
    const partner = fixturePartner();
    const chart = checkInChartData(partner.sections.checkIns.entries)!;
    const { files } = await partnerDocx(partner);

    const chartParts = [...files.keys()].filter((name) => /^word\/charts\/chart\d+\.xml$/.test(name));
    expect(chartParts).toHaveLength(1);
    // No picture any more, and the chart's data travel with it so a word processor can edit it.
    expect([...files.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
    expect([...files.keys()].some((name) => /^word\/embeddings\/.+\.xlsx$/.test(name))).toBe(true);

    const xml = text(files.get(chartParts[0]!));
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect(xml).toMatch(/<c:valAx>.*<c:max val="10"\/>.*<c:min val="0"\/>.*<\/c:valAx>/s);
    expect(xml).not.toContain('<c:legend>');

    // Values: 8, 7, -, -, 5, -, -, 6 over the eight days from 5 to 12 January.
    const values = /<c:val>(.*?)<\/c:val>/s.exec(xml)?.[1] ?? '';
    expect(/<c:ptCount val="(\d+)"\/>/.exec(values)?.[1]).toBe(String(chart.points.length));
    const written = [...values.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(written).toEqual([
      [0, 8],
      [1, 7],
      [4, 5],
      [7, 6],
    ]);
    const categories = /<c:cat>(.*?)<\/c:cat>/s.exec(xml)?.[1] ?? '';
    expect([...categories.matchAll(/<c:pt idx="\d+">/g)]).toHaveLength(chart.points.length);

    const docPr = /<wp:docPr [^>]*>/.exec(text(files.get('word/document.xml')))?.[0] ?? '';
    expect(docPr).toContain('name="Check-in chart"');
    expect(docPr).toContain(`title="${chart.title}"`);
    expect(docPr).toContain(`descr="${chart.caption}"`);
  });

  it('keeps the 0-10 scale when every value is low', async () => {
    const partner = fixturePartner();
    for (const entry of partner.sections.checkIns.entries) entry.distress = 1;
    const { files } = await partnerDocx(partner);
    const xml = text(files.get('word/charts/chart1.xml'));
    expect(xml).toMatch(/<c:valAx>.*<c:max val="10"\/>.*<c:min val="0"\/>.*<\/c:valAx>/s);
  });

  it('has no chart without check-ins', async () => {
    const partner = fixturePartner();
    partner.sections.checkIns.entries = [];
    const { files } = await partnerDocx(partner);
    expect([...files.keys()].some((name) => name.startsWith('word/charts/'))).toBe(false);
  });

  const soffice = '/usr/bin/soffice';
  it.skipIf(!existsSync(soffice))(
    'LibreOffice draws it: its axis figures and day labels come out as text in the PDF',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-chart-pdf-'));
      try {
        const { bytes } = await partnerDocx(fixturePartner());
        const file = path.join(dir, 'chart.docx');
        await writeFile(file, bytes);
        const result = spawnSync(
          soffice,
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
          { timeout: 120_000 },
        );
        expect(result.status, result.stderr.toString()).toBe(0);
        const pdfText = execFileSync('pdftotext', [path.join(dir, 'chart.pdf'), '-'], { encoding: 'utf8' });
        const chartText = pdfText.slice(pdfText.indexOf('Distress over time'), pdfText.indexOf('Gaps are days'));
        // A picture would carry no text: these are drawn by LibreOffice from the chart's own data.
        const compact = chartText.replace(/\s+/g, ' ');
        expect(compact).toMatch(/10 8 6 4 2 0/);
        expect(chartText.replace(/\s+/g, '')).toContain('5Jan');
        expect(chartText.replace(/\s+/g, '')).toContain('12Jan');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
