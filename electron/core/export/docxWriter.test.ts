import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fixtureDisclosing,
  fixtureLetter,
  fixturePartner,
  LETTER_PARAGRAPHS,
} from '../../../shared/export/__fixtures__/workbooks';
import {
  ANSWER_NOT_REVIEWED,
  buildExportDocument,
  NOT_YET_ANSWERED,
  type ExportOptions,
} from '../../../shared/export/buildDocument';
import { questionsForTherapistDocument } from '../../../shared/export/questionsForTherapist';
import { allSections, defaultSections } from '../../../shared/export/sections';
import { buildSample } from '../../../shared/workbook/samples';
import {
  disclosingWorkbookSchema,
  emptyWorkbook,
  partnerWorkbookSchema,
  type DisclosingWorkbook,
  type PartnerWorkbook,
} from '../../../shared/workbook/schema';
import { assertInOrderOnce, readDocx, readZip } from './__fixtures__/docxReader';
import { writeDocx } from './docxWriter';
import { decryptDocx, encryptDocx, isEncryptedDocx } from './encryptDocx';

const NOW = new Date('2026-01-22T10:00:00Z');
const L = { places: 'Places', money: 'Money', timeline: 'When' };
const base: Omit<ExportOptions, 'selection'> = {
  now: NOW,
  timeZone: 'UTC',
  therapistName: 'Dr. Morgan Lee',
  sessionDate: '3 February 2026',
  coupleNames: 'J. and R.',
};

async function exportPair(
  disclosing: DisclosingWorkbook | null,
  partner: PartnerWorkbook | null,
  all = false,
  extra: Partial<ExportOptions> = {},
) {
  const doc = buildExportDocument(
    { disclosing, partner },
    {
      ...base,
      selection: {
        disclosing: disclosing ? (all ? allSections('disclosing') : defaultSections('disclosing')) : null,
        partner: partner ? (all ? allSections('partner') : defaultSections('partner')) : null,
      },
      ...extra,
    },
  );
  const bytes = await writeDocx(doc);
  return { doc, bytes, parts: readDocx(bytes) };
}

/** A well-formedness check: balanced tags, only valid XML characters, no stray & or <. */
function assertWellFormedXml(xml: string) {
  // eslint-disable-next-line no-control-regex
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)).toBe(false);
  expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml)).toBe(false);
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<\?xml[^>]*\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    const between = xml.slice(last, m.index);
    expect(between.includes('<'), `stray < before ${xml.slice(m.index, m.index + 40)}`).toBe(false);
    expect(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(between)).toBe(false);
    last = tag.lastIndex;
    if (!m[2]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(xml.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

/** The table of contents' entries as written: title and page number (null when left for Word). */
function tocEntries(documentXml: string): { title: string; page: number | null }[] {
  const toc = /<w:sdtContent>[\s\S]*?<\/w:sdtContent>/.exec(documentXml)?.[0] ?? '';
  return toc
    .split('</w:p>')
    .map((p) =>
      /<w:hyperlink[^>]*><w:r><w:t[^>]*>([^<]*)<\/w:t>[\s\S]*?PAGEREF[^<]*<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?:<w:t[^>]*>(\d*)<\/w:t>)?/.exec(
        p,
      ),
    )
    .filter((m) => m !== null)
    .map((m) => ({ title: m[1]!.replace(/&amp;/g, '&'), page: m[2] ? Number(m[2]) : null }));
}

function samplePair(size: 'small' | 'large', pageSize: 'a4' | 'letter' = 'a4') {
  return buildExportDocument(
    {
      disclosing: buildSample('disclosing', size) as DisclosingWorkbook,
      partner: buildSample('partner', size) as PartnerWorkbook,
    },
    { ...base, pageSize, selection: { disclosing: allSections('disclosing'), partner: allSections('partner') } },
  );
}

describe('the therapist document (.docx)', () => {
  it('keeps the partner’s order and numbers; priority only as tags and in the optional appendix when shared', async () => {
    const partner = fixturePartner();
    partner.sections.questions.sharePriority = true;
    const { parts } = await exportPair(null, partner, false, { priorityAppendix: true });
    const body = parts.paragraphs.join('\n');
    assertInOrderOnce(body, [
      '1.\tDid you ever bring anyone to our home?',
      `${L.places}  \u00b7  Need to know`,
      '2.\tHow much money was spent in total?',
      `${L.money}  \u00b7  Want to know`,
      '3.\tWhen did it start?',
      'Appendix: the same questions by priority',
      `3. When did it start? (${L.timeline})`,
      `1. Did you ever bring anyone to our home? (${L.places})`,
      `2. How much money was spent in total? (${L.money})`,
    ]);
    const p = parts.paragraphs;
    const appendix = p.indexOf('Appendix: the same questions by priority');
    expect([p.indexOf('Need to know', appendix), p.indexOf('Want to know', appendix)].every((i) => i > appendix)).toBe(true);
    // Not shared: no priority anywhere, and no appendix even when asked for.
    const quiet = (await exportPair(null, fixturePartner(), false, { priorityAppendix: true })).parts.paragraphs.join('\n');
    expect(quiet).not.toMatch(/Need to know|Want to know|Appendix/);
  });

  it('holds every included question, answer, timeline entry, inventory fact and letter paragraph once, in order', async () => {
    const { parts } = await exportPair(fixtureDisclosing(), fixturePartner());
    const body = parts.paragraphs.join('\n');
    // The letter: the latest draft (2), in order, with its list items and quote.
    assertInOrderOnce(body, [
      'What I did',
      LETTER_PARAGRAPHS[0]!,
      LETTER_PARAGRAPHS[1]!,
      'The first meeting was in June 2019.',
      'The last meeting was in February 2021.',
      'A hotel near the office',
      'You asked me in 2020 whether something was wrong',
      LETTER_PARAGRAPHS[2]!,
      'Second draft closing line.',
    ]);
    expect(body).not.toContain('First draft closing line.');
    expect(body).not.toContain('This working copy is newer');
    // Inventory (overview, then facts), timeline, lies, in that order.
    assertInOrderOnce(body, [
      'Inventory summary',
      'first: March 2019; most recent: February 2021',
      'Weekly messaging, about 40 conversations',
      'A person from the gym (known to the partner)',
      '1,250 (the joint credit card)',
      'Tested in January 2026; results negative.',
      'Said I was working late.',
      'Two profiles on two apps.',
      'Several times a week',
      'Created the first dating profile.',
      'First meeting in person, at a hotel.',
      'Last meeting; deleted the profiles.',
      'Told you the late evenings were for a project at work.',
      'When you asked about my phone, I said you were imagining things.',
      'Is your written disclosure complete and true?',
    ]);
    // Questions: grouped by priority then category, numbered, each followed by its answer.
    const partnerPart = body.slice(body.indexOf('The partner\u2019s preparation'));
    expect(partnerPart.length).toBeGreaterThan(100);
    // In the partner's own order, each with the number it was released with, and small tags (no priority unless shared).
    assertInOrderOnce(partnerPart, [
      '1.\tDid you ever bring anyone to our home?',
      'No. I never brought anyone to our home.',
      '2.\tHow much money was spent in total?',
      '3.\tWhen did it start?',
      'It started in March 2019.',
    ]);
    expect(partnerPart).not.toContain('Need to know');
    expect(partnerPart).not.toContain('Appendix: the same questions by priority');
    expect(parts.paragraphs).toContain(ANSWER_NOT_REVIEWED);
    expect(parts.paragraphs.filter((p) => p === NOT_YET_ANSWERED)).toHaveLength(2); // q3 here, q4 in the answers section
    // A released question no longer in the partner's list keeps its place in the answers section.
    assertInOrderOnce(body, ['Is there any contact now?']);
    // Private and unready material is absent.
    for (const absent of [
      'A draft question I am not sure about',
      'A question set aside',
      'Private reason',
      'Private feeling',
      'Sam will drive me.',
      'Hard day.',
      'No contact with the people named.',
      'Impact letter working copy.',
      'City partner support group',
      'Take the day off work.',
      'Check-ins',
      'Boundaries',
    ]) {
      expect(body).not.toContain(absent);
    }
    expect(parts.files.has('word/charts/chart1.xml')).toBe(false);
  });

  it('keeps bold, italic, underline and lists, and has heading styles, a TOC and page fields', async () => {
    const { parts } = await exportPair(fixtureDisclosing(), fixturePartner());
    const xml = parts.documentXml;
    expect(xml).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">dating app<\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">hidden<\/w:t>/);
    expect(xml).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">two years<\/w:t>/);
    expect(xml.match(/<w:numPr>/g)?.length).toBeGreaterThanOrEqual(4);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    // The TOC is written with its entries and page numbers.
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)?.[0] ?? '';
    expect(toc).toContain('The disclosure letter');
    expect(toc).toMatch(/<w:t[^>]*>\d+<\/w:t>/);
    const styles = parts.files.get('word/styles.xml')!.toString('utf8');
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"[\\s\\S]*?<w:outlineLvl w:val="${level}"/>`));
    }
    const footers = [...parts.files]
      .filter(([n]) => n.startsWith('word/footer'))
      .map(([, b]) => b.toString('utf8'))
      .join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(footers).toContain('Confidential');
    const headers = [...parts.files]
      .filter(([n]) => n.startsWith('word/header'))
      .map(([, b]) => b.toString('utf8'))
      .join('');
    expect(headers).toContain('Confidential');
    // Cover and part metadata.
    const body = parts.paragraphs.join('\n');
    assertInOrderOnce(body, [
      'J. and R.',
      'Dr. Morgan Lee',
      '3 February 2026',
      'Written by Jordan',
      'Last saved 20 January 2026 at 18:30',
      'Draft 2, saved 18 January 2026 at 10:00, reviewed with the therapist',
      'Written by Riley',
    ]);
    assertWellFormedXml(xml);
  });

  it('includes private sections one by one, with the check-in chart', async () => {
    const { parts } = await exportPair(fixtureDisclosing(), fixturePartner(), true);
    const body = parts.paragraphs.join('\n');
    assertInOrderOnce(body, [
      'Take the day off work.',
      'Hard day.',
      'Walked with Sam.',
      'No contact with the people named.',
      'Sam will drive me.',
      'Sam (sister)',
      'Impact letter working copy.',
      'City partner support group',
    ]);
    // The chart is a native chart part (checkInChartRun.test.ts checks it in detail), not a picture.
    expect(parts.files.has('word/charts/chart1.xml')).toBe(true);
    expect(parts.documentXml).toContain('<wp:docPr');
  });

  it('keeps short table rows on one page and lets long ones break', async () => {
    const p = fixturePartner();
    const long = 'I need time. '.repeat(100).trim();
    p.sections.boundaries.items.push({ id: 'b-long', need: long, ifNotRespected: 'I will say so.', discussWithTherapist: false });
    const { parts } = await exportPair(null, p, true);
    const rows = parts.documentXml.split(/<w:tr[ >]/).slice(1);
    const rowWith = (text: string) => rows.find((r) => r.includes(text));
    expect(rowWith('Sam will drive me.')).toMatch(/<w:cantSplit\/>/);
    expect(rowWith('I will say so.')).toBeDefined();
    expect(rowWith('I will say so.')).not.toMatch(/<w:cantSplit\/>/);
    // The rules and cell padding are set once per table (a cell repeating them made the large document 2.5 times longer
    // to write), and cell text takes its size and spacing from the Table Text style.
    expect(parts.documentXml).not.toMatch(/<w:tcBorders>|<w:tcMar>/);
    expect(parts.documentXml).toMatch(/<w:tblBorders>[\s\S]*?<w:insideH w:val="single"/);
    expect(parts.documentXml).toMatch(/<w:tblCellMar>/);
    expect(rowWith('Sam will drive me.')).toMatch(/<w:pStyle w:val="TableText"\/>/);
    expect(rowWith('Sam will drive me.')).not.toMatch(/<w:sz /);
  });

  it('"Questions for my therapist": each reflection sits in line with its question’s text, under it', async () => {
    const partner = fixturePartner();
    const doc = questionsForTherapistDocument(partner, { withReflections: true, now: NOW, timeZone: 'UTC' });
    const { documentXml } = readDocx(await writeDocx(doc));
    const paragraphs = documentXml.split('</w:p>');
    const withWhy = paragraphs.filter((p) => p.includes('Why I want to know:'));
    expect(withWhy.length).toBe(partner.sections.questions.items.filter((q) => q.why.trim()).length);
    for (const p of withWhy) expect(p).toMatch(/<w:pStyle w:val="QuestionNote"\/>/);
    expect(
      readDocx(await writeDocx(doc))
        .files.get('word/styles.xml')!
        .toString('utf8'),
    ).toMatch(/w:styleId="QuestionNote"[\s\S]*?<w:ind w:left="567"\/>/);
  });

  it('uses the page size asked for', async () => {
    const a4 = await exportPair(fixtureDisclosing(), null);
    expect(a4.parts.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const letter = await exportPair(fixtureDisclosing(), null, false, { pageSize: 'letter' });
    expect(letter.parts.documentXml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('writes a valid document for hard text: markup characters, emoji, right-to-left, control characters, 1 MB, empty sections', async () => {
    const hard =
      'Fish & chips <b>not bold</b> "quoted" \'single\' \u{1F494}\u{1F469}\u200D\u{1F467} \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 bell\u0007 nul\u0000 vt\u000B ff\u000C bad\uFFFF lone\uD800 end';
    const cleaned =
      'Fish & chips <b>not bold</b> "quoted" \'single\' \u{1F494}\u{1F469}\u200D\u{1F467} \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 bell nul vt ff bad lone end';
    const rtl = '\u05D6\u05D4 \u05DE\u05DB\u05EA\u05D1 \u05D1\u05E2\u05D1\u05E8\u05D9\u05EA';
    const huge = 'A'.repeat(1024 * 1024);
    const d = fixtureDisclosing();
    const letter = fixtureLetter([hard, rtl, huge]);
    d.sections.letter.drafts.push({
      id: 'd3',
      number: 3,
      savedAt: '2026-01-21T10:00:00.000Z',
      content: letter,
      feedback: '',
      reviewedByTherapist: false,
    });
    d.sections.timeline.entries.push({
      id: 't-hard',
      date: '<2020>',
      category: 'other',
      description: hard,
      inventoryCardIds: [],
    });
    d.displayName = 'J & <K>';
    const p = fixturePartner('R "quoted"');
    p.sections.questions.items[0]!.text = hard;
    const { parts, bytes } = await exportPair(d, p, true);
    assertWellFormedXml(parts.documentXml);
    for (const [name, file] of parts.files) if (name.endsWith('.xml')) assertWellFormedXml(file.toString('utf8'));
    expect(parts.paragraphs.filter((x) => x === cleaned)).toHaveLength(2); // the letter paragraph and the timeline cell
    expect(parts.paragraphs.filter((x) => x.includes(cleaned))).toHaveLength(3); // and the numbered question
    expect(parts.paragraphs).toContain(huge);
    // Even with a 1 MB letter, the TOC's entries get their page numbers while writing; Word is not asked to update fields.
    expect(parts.files.get('word/settings.xml')!.toString('utf8')).not.toMatch(/<w:updateFields(?: w:val="true")?\/>/);
    const hardToc = tocEntries(parts.documentXml);
    expect(hardToc.map((e) => e.title)).toContain('The disclosure letter');
    expect(hardToc.every((e) => e.page !== null)).toBe(true);
    expect(parts.paragraphs).toContain(rtl);
    expect(parts.documentXml).toMatch(/<w:bidi\/>/);
    expect(parts.paragraphs.join('\n')).toContain('Written by J & <K>');
    expect(bytes.length).toBeGreaterThan(1024);

    // Empty workbooks: every section chosen, nothing written anywhere.
    const emptyD = disclosingWorkbookSchema.parse(emptyWorkbook('disclosing', '', NOW));
    const emptyP = partnerWorkbookSchema.parse(emptyWorkbook('partner', '', NOW));
    const empty = await exportPair(emptyD, emptyP, true);
    assertWellFormedXml(empty.parts.documentXml);
    expect(empty.parts.paragraphs.join('\n')).toContain('Nothing has been written in the letter yet.');
    expect(empty.parts.paragraphs.join('\n')).toContain('No questions are marked ready for the therapist yet.');
  });

  it('TOC page numbers: the page flow puts every entry within one page of docx\u2019s layout of Word\u2019s pages (small pair, A4 and US Letter), and numbers the large pair too', async () => {
    for (const pageSize of ['a4', 'letter'] as const) {
      const doc = samplePair('small', pageSize);
      const flow = tocEntries(readDocx(await writeDocx(doc)).documentXml);
      const word = tocEntries(readDocx(await writeDocx(doc, { pageNumbers: 'wordLayout' })).documentXml);
      expect(flow.map((e) => e.title)).toEqual(word.map((e) => e.title));
      expect(flow.length).toBeGreaterThan(40);
      const off = flow.filter((e, i) => e.page === null || word[i]!.page === null || Math.abs(e.page - word[i]!.page) > 1);
      expect(off, pageSize).toEqual([]);
    }
    // The large pair (over 200,000 characters; docx's layout would take tens of seconds): every entry has its page, in order.
    const large = tocEntries(readDocx(await writeDocx(samplePair('large'))).documentXml);
    expect(large.length).toBeGreaterThan(40);
    expect(large.every((e) => e.page !== null)).toBe(true);
    const pages = large.map((e) => e.page!);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages.at(-1)).toBeGreaterThan(80);
  }, 180_000);

  it('password protection: unreadable without the password, the same document with it', async () => {
    const { bytes } = await exportPair(fixtureDisclosing(), fixturePartner());
    const encrypted = encryptDocx(bytes, 'therapist portal pass');
    expect(isEncryptedDocx(encrypted)).toBe(true);
    expect(isEncryptedDocx(bytes)).toBe(false);
    expect(() => readZip(encrypted)).toThrow();
    for (const needle of ['When did it start', 'dating app', 'word/document.xml']) {
      expect(encrypted.includes(Buffer.from(needle))).toBe(false);
      expect(encrypted.includes(Buffer.from(needle, 'utf16le'))).toBe(false);
    }
    await expect(decryptDocx(encrypted, 'wrong password')).rejects.toThrow();
    const decrypted = await decryptDocx(encrypted, 'therapist portal pass');
    expect(Buffer.compare(decrypted, bytes)).toBe(0);
  });

  const soffice = '/usr/bin/soffice';
  if (!existsSync(soffice))
    console.warn(
      'Skipping the LibreOffice check: /usr/bin/soffice is not installed (apt-get install libreoffice-writer-nogui poppler-utils).',
    );
  it.skipIf(!existsSync(soffice))(
    'LibreOffice turns the small sample pair\u2019s document into a PDF with its text',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-export-pdf-'));
      try {
        const disclosing = buildSample('disclosing', 'small') as DisclosingWorkbook;
        const partner = buildSample('partner', 'small') as PartnerWorkbook;
        const { bytes, parts } = await exportPair(disclosing, partner);
        const file = path.join(dir, 'session.docx');
        await writeFile(file, bytes);
        const result = spawnSync(
          soffice,
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
          { timeout: 120_000 },
        );
        expect(result.status, result.stderr.toString()).toBe(0);
        const text = execFileSync('pdftotext', [path.join(dir, 'session.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text).toContain('Confidential');
        expect(text).toMatch(/Page 2 of \d+/);
        expect(text).toContain('Contents');
        // Short paragraphs from the body (long ones may hyphenate or wrap differently).
        const samples = parts.paragraphs.filter((p) => p.length > 12 && p.length < 60 && !/[\u0590-\u08FF]/.test(p)).slice(0, 40);
        expect(samples.length).toBeGreaterThan(10);
        for (const s of samples) expect(text).toContain(s.replace(/\s+/g, ' ').trim());
        const pdf = await readFile(path.join(dir, 'session.pdf'));
        expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  // Word's pages are what the TOC's numbers are worked out for; LibreOffice lays them out the same way only with fonts
  // as wide as Word's (Carlito for Calibri, Caladea for Cambria: Debian's fonts-crosextra-carlito and -caladea).
  const wordWideFonts = (() => {
    try {
      const family = (name: string) => execFileSync('fc-match', ['-f', '%{family}', name], { encoding: 'utf8' });
      return family('Calibri').includes('Carlito') && family('Cambria').includes('Caladea');
    } catch {
      return false;
    }
  })();
  if (existsSync(soffice) && !wordWideFonts)
    console.warn(
      'Skipping the TOC page check in LibreOffice: Calibri and Cambria are not matched by Carlito and Caladea here (apt-get install fonts-crosextra-carlito fonts-crosextra-caladea).',
    );
  it.skipIf(!existsSync(soffice) || !wordWideFonts)(
    'in LibreOffice\u2019s PDF every TOC entry is within one page of where its heading lands (small and large pair)',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'dwb-export-toc-'));
      try {
        const files: Record<string, ReturnType<typeof tocEntries>> = {};
        for (const size of ['small', 'large'] as const) {
          const bytes = await writeDocx(samplePair(size));
          files[size] = tocEntries(readDocx(bytes).documentXml);
          await writeFile(path.join(dir, `${size}.docx`), bytes);
        }
        const result = spawnSync(
          soffice,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            path.join(dir, 'small.docx'),
            path.join(dir, 'large.docx'),
          ],
          { timeout: 900_000 },
        );
        expect(result.status, result.stderr.toString()).toBe(0);
        for (const [size, entries] of Object.entries(files)) {
          const pages = execFileSync('pdftotext', ['-layout', path.join(dir, `${size}.pdf`), '-'], {
            encoding: 'utf8',
            maxBuffer: 1 << 28,
          }).split('\f');
          const lines = pages.map((p) => new Set(p.split('\n').map((l) => l.trim())));
          // Headings are looked for in order, after the contents pages (the last page with a dotted entry line).
          let from = pages.findLastIndex((p) => /\.{8,}/.test(p)) + 1;
          const off: string[] = [];
          let found = 0;
          for (const entry of entries) {
            const at = lines.findIndex((set, i) => i >= from && set.has(entry.title));
            if (at < 0) continue;
            found++;
            from = at;
            if (entry.page === null || Math.abs(entry.page - (at + 1)) > 1) off.push(`${entry.title}: ${entry.page} / ${at + 1}`);
          }
          expect(found, size).toBeGreaterThan(entries.length * 0.9);
          expect(off, size).toEqual([]);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    // LibreOffice lays out 100+ pages; on a busy shared machine that can take minutes (a bound, never a timed check).
    1_200_000,
  );
});
