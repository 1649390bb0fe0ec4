/**
 * The document side of children and family, timeline milestones, the disclosing partner's own
 * check-ins and the partner's own testing: built from the real samples, written as a real .docx
 * and read back.
 */
import { describe, expect, it } from 'vitest';
import { buildExportDocument } from '../../../shared/export/buildDocument';
import { workbookOpenItems } from '../../../shared/export/openItems';
import { allSections, defaultSections } from '../../../shared/export/sections';
import { buildSample } from '../../../shared/workbook/samples';
import type { DisclosingWorkbook, PartnerWorkbook } from '../../../shared/workbook/schema';
import { assertInOrderOnce, readDocx, readZip } from './__fixtures__/docxReader';
import { writeDocx } from './docxWriter';

const options = { now: new Date('2026-01-22T10:00:00Z'), timeZone: 'UTC', therapistName: '', sessionDate: '', coupleNames: '' };
const d = () => buildSample('disclosing', 'small') as DisclosingWorkbook;
const p = () => buildSample('partner', 'small') as PartnerWorkbook;

async function docx(disclosing: DisclosingWorkbook | null, partner: PartnerWorkbook | null, all: boolean) {
  const doc = buildExportDocument(
    { disclosing, partner },
    {
      ...options,
      selection: {
        disclosing: disclosing ? (all ? allSections('disclosing') : defaultSections('disclosing')) : null,
        partner: partner ? (all ? allSections('partner') : defaultSections('partner')) : null,
      },
    },
  );
  const bytes = await writeDocx(doc);
  return { parts: readDocx(bytes), xml: readZip(bytes).get('word/document.xml')!.toString('utf8') };
}

describe('children, milestones, check-ins and testing in the therapist document', () => {
  it('puts milestones on the same line of time as the entries, greyed, and the children answer with a placeholder only', async () => {
    const { parts, xml } = await docx(d(), null, false);
    const body = parts.paragraphs.join('\n');
    // In date order: the wedding (June 2014) and the birth (2017) among the entries.
    assertInOrderOnce(body, [
      'Sample text. Our wedding',
      'Sample text. Our first child is born',
      'Sample text. We move to the new flat',
    ]);
    expect(body).toContain('Milestone: Wedding or commitment');
    expect(body).toContain('Milestones appear in grey');
    // The milestone text is set in the grey of context rows; the entries are not.
    const runOf = (text: string) => xml.slice(Math.max(0, xml.indexOf(text) - 400), xml.indexOf(text));
    expect(runOf('Sample text. Our wedding')).toContain('w:color w:val="6B6B6B"');
    const entryText = d().sections.timeline.entries[0]!.description;
    expect(runOf(entryText)).not.toContain('6B6B6B');
    assertInOrderOnce(body, ['Children and family', 'Sample text. To discuss with my therapist first.']);
    // Open items (the app's panel and the package's At a glance) carry the placeholder note, as for illegal behaviour.
    expect(workbookOpenItems(d()).map((i) => i.text)).toContain(
      'Children and family: answered; details are to be reviewed with the therapist first',
    );
    const none = d();
    none.sections.inventory.children.happened = 'no';
    expect(workbookOpenItems(none).map((i) => i.id)).not.toContain('children');
    // Private by default: the discloser's own check-ins are not in the default document.
    expect(body).not.toContain('Sample text. A long day; I called my sponsor.');
  });

  it('includes the discloser check-ins and the partner testing only when chosen', async () => {
    const chosen = await docx(d(), p(), true);
    const body = chosen.parts.paragraphs.join('\n');
    expect(body).toContain('My check-ins');
    expect(body).toContain('Sample text. A long day; I called my sponsor.');
    assertInOrderOnce(body, ['My own health and testing', 'Sample text. A full STI screen', 'Sample text. All clear']);
    const byDefault = (await docx(null, p(), false)).parts.paragraphs.join('\n');
    expect(byDefault).not.toContain('Sample text. A full STI screen');
  });
});
