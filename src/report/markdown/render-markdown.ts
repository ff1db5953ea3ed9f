import { buildReport } from '../model/build-report.js';
import type { Block, Cell, Cover, ReportDocument, Table } from '../model/report-document.js';
import type { ReportInput } from '../report-input.js';

/** Escapes the characters that would otherwise start Markdown or HTML syntax. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function cellText(cell: Cell): string {
  const text = cell.detail === undefined ? escapeText(cell.text) : `${escapeText(cell.text)}<br>*${escapeText(cell.detail)}*`;
  return text.replace(/\n/g, '<br>');
}

function table(t: Table): string {
  const header = `| ${t.columns.map((c) => escapeText(c.header)).join(' | ')} |`;
  const rule = `| ${t.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const rows = t.rows.map((row, k) => {
    const cells = row.map(cellText);
    const isTotal = t.totalRow && k === t.rows.length - 1;
    return `| ${(isTotal ? cells.map((c) => (c === '' ? c : `**${c}**`)) : cells).join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return b.tone === 'muted' ? `*${escapeText(b.text)}*` : escapeText(b.text);
    case 'subheading':
      return `### ${escapeText(b.text)}`;
    case 'list':
      return b.items.map((item, k) => `${b.ordered ? `${k + 1}.` : '-'} ${escapeText(item)}`).join('\n');
    case 'figures':
      return b.items.map((f) => `- ${escapeText(f.label)}: **${escapeText(f.value)}** (${escapeText(f.note)})`).join('\n');
    case 'table':
      return table(b);
    case 'chart':
      return [`#### ${escapeText(b.title)}`, escapeText(b.alt), table(b.table)].join('\n\n');
  }
}

function cover(c: Cover): string {
  return [
    `# ${escapeText(c.title)}`,
    `*${escapeText(c.subtitle)}*`,
    `${escapeText(c.preparedFor)}: **${escapeText(c.ministry)}**`,
    c.lines.map((l) => `- **${escapeText(l.label)}:** ${escapeText(l.value)}`).join('\n'),
    `> ${escapeText(c.disclaimer)}`,
  ].join('\n\n');
}

/** Any report document (the single report, a comparison, a summary) as Markdown. */
export function markdownFromDocument(doc: ReportDocument): string {
  const parts = [cover(doc.cover)];
  for (const section of doc.sections) {
    parts.push(`## ${escapeText(section.title)}`);
    section.blocks.forEach((b, k) => {
      const previous = section.blocks[k - 1];
      // Two charts of the same figures (bars and radar) need their table only once.
      const repeated = b.kind === 'chart' && previous?.kind === 'chart' && previous.table === b.table;
      parts.push(repeated ? [`#### ${escapeText(b.title)}`, escapeText(b.alt)].join('\n\n') : block(b));
    });
  }
  return `${parts.join('\n\n')}\n`;
}

/** The report as GitHub-flavoured Markdown: the PDF's content, with charts as tables. */
export function renderMarkdown(input: ReportInput): string {
  return markdownFromDocument(buildReport(input));
}
