import { answerInWords } from './answer-words.js';
import type { IndicatorResult } from '../../core/assessment.js';
import type { Evidence } from '../../core/types.js';
import { fill } from './fill.js';
import type { ReportContext } from './report-context.js';
import type { Block, Cell, Section } from './report-document.js';

/**
 * One piece of evidence: its title, how far it was checked, its date and (unless brief) who gave
 * it, then its address on a line of its own.
 */
export function evidenceText(ctx: ReportContext, e: Evidence, brief = false): string {
  const w = ctx.wording.answers;
  const parts = [fill(w.evidence_item, { title: e.title, verification: ctx.wording.verification[e.verification] })];
  if (e.date !== undefined) parts.push(fill(w.evidence_date, { date: e.date }));
  if (e.providedBy !== undefined && !brief) parts.push(fill(w.evidence_by, { by: e.providedBy }));
  const line = parts.join(', ');
  return e.link === undefined ? line : `${line}\n${e.link}`;
}

/** One item per line; bullets only when there are several, so that each item's end is visible. */
function evidenceList(ctx: ReportContext, evidence: readonly Evidence[]): string {
  if (evidence.length === 0) return ctx.wording.answers.none;
  const items = evidence.map((e) => evidenceText(ctx, e));
  return items.length === 1 ? (items[0] ?? '') : items.map((item) => `• ${item}`).join('\n');
}

/** The evidence offered, and under it the minimum the pack names for the level reached. */
function evidenceCell(ctx: ReportContext, i: IndicatorResult): Cell {
  const text = evidenceList(ctx, i.evidence);
  return i.evidenceRequired === null ? { text } : { text, detail: fill(ctx.wording.answers.evidence_required, { evidence: i.evidenceRequired }) };
}

function answerCell(ctx: ReportContext, i: IndicatorResult): Cell {
  const status = ctx.wording.status;
  // The items themselves, ticked and unticked, stand under the indicator in its dimension's section.
  const checklist =
    i.checklist === null ? undefined : fill(ctx.wording.answers.checklist, { ticked: i.checklist.filter((c) => c.ticked).length, total: i.checklist.length });
  const text = i.status !== 'answered' ? status[i.status] : (checklist ?? (i.answer === null ? status.answered : answerInWords(ctx.wording, i.answer)));
  const details: string[] = [];
  if (i.level !== null && i.status === 'answered' && i.answer?.type !== 'level') details.push(`${ctx.wording.breakdown.columns.level} ${i.level}`);
  if (i.agency !== null) details.push(fill(ctx.wording.answers.agency, { agency: i.agency }));
  return details.length === 0 ? { text } : { text, detail: details.join(' · ') };
}

function noteText(ctx: ReportContext, i: IndicatorResult): string {
  if (i.note !== null) return i.note;
  if (i.exclusion?.kind === 'not-applicable' && i.exclusion.note !== null) return i.exclusion.note;
  return ctx.wording.answers.none;
}

export function answersSection(ctx: ReportContext): Section {
  const w = ctx.wording.answers;
  const blocks: Block[] = [{ kind: 'paragraph', tone: 'body', text: w.intro }];
  for (const d of ctx.assessment.dimensions) {
    blocks.push({ kind: 'subheading', text: d.title });
    blocks.push({
      kind: 'table',
      totalRow: false,
      columns: [
        { header: w.columns.indicator, width: 20, align: 'left' },
        { header: w.columns.answer, width: 20, align: 'left' },
        { header: w.columns.note, width: 32, align: 'left' },
        { header: w.columns.evidence, width: 28, align: 'left' },
      ],
      rows: d.indicators.map((i) => [
        { text: i.title },
        answerCell(ctx, i),
        { text: noteText(ctx, i) },
        evidenceCell(ctx, i),
      ]),
    });
  }
  return { id: 'answers', title: w.title, blocks };
}
