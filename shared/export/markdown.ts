/**
 * The document model as Markdown (pandoc flavour). Used by the benchmark to compare our
 * .docx writer with pandoc converting the same content; also handy for debugging.
 */
import type { Block, ExportDocument, Run } from './model';

const escapeMd = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1');

function runsMd(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      let text = escapeMd(r.text);
      if (text.trim() !== '') {
        if (r.bold) text = `**${text}**`;
        if (r.italic) text = `*${text}*`;
        if (r.underline) text = `[${text}]{.underline}`;
        if (r.strike) text = `~~${text}~~`;
      }
      return (r.breakBefore ? '\\\n' : '') + text;
    })
    .join('');
}

const cell = (s: string) => escapeMd(s).replace(/\n/g, ' ');

function blockMd(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMd(block.text)}`;
    case 'paragraph':
      return block.style === 'quote' ? `> ${runsMd(block.runs)}` : runsMd(block.runs);
    case 'list':
      return block.items
        .map((item, i) => `${'    '.repeat(item.level)}${block.ordered ? `${i + 1}.` : '-'} ${runsMd(item.runs)}`)
        .join('\n');
    case 'table': {
      const header = block.columns.map((c) => cell(c) || ' ');
      return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...block.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
    }
    case 'question': {
      const lines = [`**${block.number}.** ${escapeMd(block.text)}`];
      if (block.tags?.length) lines.push(`*${block.tags.map(escapeMd).join(' · ')}*`);
      if (block.showAnswer) {
        lines.push(block.answer ? block.answer.map((p) => `> ${runsMd(p)}`).join('\n>\n') : '> *Not yet answered.*');
      }
      return lines.join('\n\n');
    }
    case 'chart':
      return `*${escapeMd(block.chart.caption)}*`;
  }
}

export function documentToMarkdown(doc: ExportDocument): string {
  const out: string[] = [`% ${doc.title}`, '', `**${escapeMd(doc.cover.couple)}**`, '', `*${escapeMd(doc.cover.notice)}*`, ''];
  for (const part of doc.parts) {
    out.push(`# ${escapeMd(part.title)}`, '', `Written by ${escapeMd(part.author)}. Last saved ${escapeMd(part.lastSaved)}.`, '');
    for (const section of part.sections) {
      out.push(`## ${escapeMd(section.title)}`, '');
      for (const block of section.blocks) out.push(blockMd(block), '');
    }
  }
  return out.join('\n');
}
