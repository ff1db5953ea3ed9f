import { buildReport } from '../model/build-report.js';
import type {
  Block,
  Cell,
  Contents,
  Cover,
  IndicatorEntries,
  IndicatorEntry,
  PlanAction,
  PlanColumns,
  ReportDocument,
  Table,
} from '../model/report-document.js';
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

function actionRows(columns: PlanColumns, actions: readonly PlanAction[], full: boolean): string {
  const header = full
    ? [columns.number, columns.action, columns.indicator, columns.owner, columns.timeframe, columns.successMeasure, columns.status]
    : [columns.number, columns.action, columns.owner, columns.timeframe];
  const rule = header.map((_, k) => (k === 0 ? '---:' : '---'));
  const rows = actions.map((a) =>
    (full ? [String(a.number), a.text, a.indicator, a.owner, a.timeframe, a.successMeasure, a.status] : [String(a.number), a.text, a.owner, a.timeframe]).map(escapeText),
  );
  return [header.map(escapeText), rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function entry(e: IndicatorEntry, labels: IndicatorEntries['labels']): string {
  const head = [`**${escapeText(e.title)}**`, ...(e.critical === null ? [] : [`*${escapeText(e.critical)}*`])].join(' · ');
  const level = [escapeText(e.level), ...(e.target === null ? [] : [escapeText(e.target)])].join(' · ');
  const lines = [`- ${head}: ${level}`];
  if (e.levelDetail !== null) lines.push(`  ${escapeText(e.levelDetail)}`);
  for (const item of e.checklist) lines.push(`  - [${item.ticked ? 'x' : ' '}] ${escapeText(item.label)}`);
  if (e.note !== null) lines.push(`  ${escapeText(labels.note)}: ${escapeText(e.note)}`);
  lines.push(
    e.evidence.length === 0 ? `  ${escapeText(labels.evidence)}: ${escapeText(labels.noEvidence)}` : `  ${escapeText(labels.evidence)}: ${e.evidence.map(escapeText).join('; ')}`,
  );
  // Two trailing spaces keep each part on its own line inside the list item.
  return lines.map((l, k) => (k < lines.length - 1 && !lines[k + 1]?.startsWith('  - ') ? `${l}  ` : l)).join('\n');
}

function contents(c: Contents): string {
  const list = (annex: boolean) => c.entries.filter((e) => e.annex === annex).map((e) => `- [${escapeText(e.title)}](#${e.id})`);
  const annexes = list(true);
  return [`**${escapeText(c.title)}**`, list(false).join('\n'), ...(annexes.length === 0 ? [] : [`*${escapeText(c.annexesTitle)}*`, annexes.join('\n')])].join('\n\n');
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
    case 'key-messages':
      return b.items.map((m) => `- **${escapeText(m.text)}**`).join('\n');
    case 'actions':
      return actionRows(b.columns, b.actions, true);
    case 'decision-box':
      return [`#### ${escapeText(b.title)}`, escapeText(b.intro), actionRows(b.columns, b.actions, false)].join('\n\n');
    case 'band-scale':
      return escapeText(b.alt);
    case 'indicators':
      return b.entries.map((e) => entry(e, b.labels)).join('\n');
    case 'contents':
      return contents(b);
  }
}

function cover(c: Cover): string {
  return [
    `# ${escapeText(c.title)}`,
    `*${escapeText(c.subtitle)}*`,
    `${escapeText(c.preparedFor)}: **${escapeText(c.ministry)}**`,
    c.lines.map((l) => `- **${escapeText(l.label)}:** ${escapeText(l.value)}`).join('\n'),
    `> ${escapeText(c.disclaimer)}`,
    ...(c.contents === undefined ? [] : [contents(c.contents)]),
  ].join('\n\n');
}

/** Any report document (the single report, a comparison, a summary) as Markdown. */
export function markdownFromDocument(doc: ReportDocument): string {
  const parts = [cover(doc.cover)];
  for (const section of doc.sections) {
    // Where the cover lists the contents, an explicit anchor keeps its links whatever the title's wording.
    const anchor = doc.cover.contents === undefined ? '' : `<a id="${section.id}"></a>\n\n`;
    parts.push(`${anchor}## ${escapeText(section.title)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The report as GitHub-flavoured Markdown: the PDF's content, with charts as tables. */
export function renderMarkdown(input: ReportInput): string {
  return markdownFromDocument(buildReport(input));
}
