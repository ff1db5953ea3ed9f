import type { Look } from '../../core/template/template-schema.js';
import { MESSAGE_STANDING, STANDING_MARK } from '../look/standing-look.js';
import { actionTable, decisionTable } from '../model/plan-table.js';
import type { Block, Contents, Figures, IndicatorEntries, IndicatorEntry, KeyMessages, List, StandingKind, Table } from '../model/report-document.js';
import { chartSvg, scaleSvg } from '../svg/chart-svg.js';
import { standingMark } from '../svg/standing-svg.js';
import { escapeHtml } from './escape-html.js';
import type { HtmlText } from './html-text.js';

/** Heading levels below the section's h2: a subheading is h3, and what follows it one lower. */
type Level = 3 | 4;

// A table with more columns than this keeps a width on a phone at which its words fit, and scrolls.
const NARROW_COLUMNS = 3;

/** A standing's shape beside its words, hidden from screen readers: the words say it. */
function mark(standing: StandingKind): string {
  return `<svg class="mark" viewBox="0 0 10 10" aria-hidden="true" focusable="false">${standingMark(standing, 0.5, 0.5, 9, STANDING_MARK[standing])}</svg>`;
}

/**
 * Renders a section's blocks as HTML. Ids count up within the page, so the same report gives
 * the same page.
 */
export class PageBlocks {
  private ids = 0;

  constructor(
    private readonly text: HtmlText,
    private readonly colours: Look['colours'],
    /** The answers' language, which decides how chart labels in Han characters are drawn. */
    private readonly contentLanguage: string,
  ) {}

  private nextId(kind: string): string {
    this.ids += 1;
    return `${kind}-${this.ids}`;
  }

  /** A section's blocks in order; `headingId` names the section's heading, which labels what has no title of its own. */
  blocks(blocks: readonly Block[], headingId: string): string {
    let level: Level = 3;
    let label = headingId;
    return blocks
      .map((b) => {
        if (b.kind === 'subheading') {
          level = 4;
          label = this.nextId('heading');
          return `<h3 id="${label}">${this.text.inline(b.text)}</h3>`;
        }
        return this.block(b, level, label);
      })
      .join('\n');
  }

  private block(b: Exclude<Block, { kind: 'subheading' }>, level: Level, label: string): string {
    const t = this.text;
    switch (b.kind) {
      case 'paragraph':
        return `<p${b.tone === 'body' ? '' : ` class="${b.tone}"`}>${t.inline(b.text)}</p>`;
      case 'list':
        return this.list(b);
      case 'figures':
        return this.figures(b);
      case 'table':
        return this.table(b, label);
      case 'chart': {
        const id = this.nextId('chart');
        const { svg } = chartSvg(b, { id, colours: this.colours, language: this.contentLanguage });
        // On a phone the drawing keeps a size its labels can be read at, and scrolls sideways.
        const drawing = `<div class="scroll drawing" role="region" tabindex="0" aria-labelledby="${id}">${svg}</div>`;
        return `<div class="chart"><h${level} id="${id}">${t.inline(b.title)}</h${level}>${drawing}</div>\n${this.table(b.table, id)}`;
      }
      case 'key-messages':
        return this.keyMessages(b);
      case 'actions':
        return this.table(actionTable(b.columns, b.actions), label);
      case 'decision-box': {
        const id = this.nextId('decision');
        return `<div class="decision"><h${level} id="${id}">${t.inline(b.title)}</h${level}><p>${t.inline(b.intro)}</p>${this.table(decisionTable(b), id)}</div>`;
      }
      case 'band-scale': {
        const id = this.nextId('scale');
        const { svg } = scaleSvg(b, { id, colours: this.colours, language: this.contentLanguage });
        return `<div class="scale scroll drawing" role="region" tabindex="0" aria-labelledby="${id}-title">${svg}</div>`;
      }
      case 'indicators':
        return this.entries(b, level);
      case 'contents':
        return this.contents(b, 'h3');
    }
  }

  private list(b: List): string {
    const tag = b.ordered ? 'ol' : 'ul';
    return `<${tag}>${b.items.map((item) => `<li>${this.text.inline(item)}</li>`).join('')}</${tag}>`;
  }

  private figures(b: Figures): string {
    const items = b.items.map(
      (f) => `<div><dt>${this.text.inline(f.label)}</dt><dd class="value">${this.text.inline(f.value)}</dd><dd class="note">${this.text.inline(f.note)}</dd></div>`,
    );
    return `<dl class="figures">${items.join('')}</dl>`;
  }

  private keyMessages(b: KeyMessages): string {
    return `<ul class="key-messages">${b.items.map((m) => `<li>${mark(MESSAGE_STANDING[m.kind])}<span>${this.text.inline(m.text)}</span></li>`).join('')}</ul>`;
  }

  /**
   * A real table: column headers with scope, the first cell of each row its row header, a total
   * row as the footer. It sits in a region that scrolls sideways where the screen is narrower
   * than its longest words (a table of many columns keeps a width its words fit in), reachable
   * by keyboard and named by the heading the table belongs to.
   */
  table(b: Table, label: string): string {
    const cell = (text: string, detail: string | undefined) => `${this.text.inline(text)}${detail === undefined ? '' : `<span class="detail">${this.text.inline(detail)}</span>`}`;
    const align = (k: number) => (b.columns[k]?.align === 'right' ? ' class="right"' : '');
    const total = b.columns.reduce((s, c) => s + c.width, 0);
    const cols = b.columns.map((c) => `<col style="width:${Math.round((c.width / total) * 1000) / 10}%">`).join('');
    const head = b.columns.map((c, k) => `<th scope="col"${align(k)}>${this.text.inline(c.header)}</th>`).join('');
    const row = (cells: Table['rows'][number]) =>
      `<tr>${cells.map((c, k) => (k === 0 ? `<th scope="row"${align(k)}>${cell(c.text, c.detail)}</th>` : `<td${align(k)}>${cell(c.text, c.detail)}</td>`)).join('')}</tr>`;
    const body = b.totalRow ? b.rows.slice(0, -1) : b.rows;
    const totalRow = b.totalRow ? b.rows[b.rows.length - 1] : undefined;
    const foot = totalRow === undefined ? '' : `<tfoot>${row(totalRow)}</tfoot>`;
    const table = `<table aria-labelledby="${label}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body.map(row).join('')}</tbody>${foot}</table>`;
    const wide = b.columns.length > NARROW_COLUMNS ? ' wide' : '';
    return `<div class="scroll${wide}" role="region" tabindex="0" aria-labelledby="${label}">${table}</div>`;
  }

  private entries(b: IndicatorEntries, level: Level): string {
    return b.entries.map((e) => this.entry(e, b.labels, level)).join('\n');
  }

  /** One indicator with its level, target, descriptor, checklist, note and evidence, kept together. */
  private entry(e: IndicatorEntry, labels: IndicatorEntries['labels'], level: Level): string {
    const t = this.text;
    const critical = e.critical === null ? '' : ` <span class="critical">· ${t.inline(e.critical)}</span>`;
    const target = e.target === null ? '' : `<span>· ${t.inline(e.target)}</span>`;
    const parts = [
      `<h${level}>${t.inline(e.title)}${critical}</h${level}>`,
      `<p class="level">${mark(e.standing)}<strong>${t.inline(e.level)}</strong>${target}</p>`,
    ];
    if (e.levelDetail !== null) parts.push(`<p class="muted">${t.inline(e.levelDetail)}</p>`);
    if (e.checklist.length > 0) {
      const items = e.checklist.map(
        (c) => `<li><span class="box${c.ticked ? ' ticked' : ''}" aria-hidden="true"></span><span><span class="visually-hidden">${t.inline(c.ticked ? labels.ticked : labels.unticked)}: </span>${t.inline(c.label)}</span></li>`,
      );
      parts.push(`<ul class="checklist">${items.join('')}</ul>`);
    }
    if (e.note !== null) parts.push(`<p><span class="label">${t.inline(labels.note)}:</span> ${t.inline(e.note)}</p>`);
    if (e.evidence.length === 0) parts.push(`<p><span class="label">${t.inline(labels.evidence)}:</span> ${t.inline(labels.noEvidence)}</p>`);
    else parts.push(`<p class="label">${t.inline(labels.evidence)}:</p><ul class="evidence">${e.evidence.map((x) => `<li>${t.inline(x)}</li>`).join('')}</ul>`);
    return `<div class="entry">${parts.join('')}</div>`;
  }

  /** The table of contents as the page's navigation: links to the sections, the annexes after the body. */
  contents(c: Contents, heading: 'h2' | 'h3'): string {
    const id = this.nextId('contents');
    const list = (annex: boolean) =>
      `<ol>${c.entries
        .filter((e) => e.annex === annex)
        .map((e) => `<li><a href="#${escapeHtml(e.id)}">${this.text.inline(e.title)}</a></li>`)
        .join('')}</ol>`;
    const annexes = c.entries.some((e) => e.annex) ? `<p class="annexes">${this.text.inline(c.annexesTitle)}</p>${list(true)}` : '';
    return `<nav aria-labelledby="${id}"><${heading} id="${id}">${this.text.inline(c.title)}</${heading}>${list(false)}${annexes}</nav>`;
  }
}
