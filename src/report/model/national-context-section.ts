import { answerInWords } from './answer-words.js';
import { fill } from './fill.js';
import { formatScore } from './format-number.js';
import type { ReportContext } from './report-context.js';
import type { Block, Section } from './report-document.js';

/** The national profile the assessment names, shown for context: who answered it, when, and each national indicator's answer. */
export function nationalContextSection(ctx: ReportContext): Section {
  const w = ctx.wording.national_context;
  const national = ctx.assessment.nationalContext;
  if (national === null) return { id: 'national-context', title: w.title, blocks: [{ kind: 'paragraph', tone: 'body', text: w.none }] };
  const status = ctx.wording.status;
  const blocks: Block[] = [
    { kind: 'paragraph', tone: 'body', text: fill(w.intro, { file: national.file, answered_by: national.answeredBy.join(', '), date: national.date }) },
  ];
  if (national.score !== null) {
    blocks.push({ kind: 'paragraph', tone: 'muted', text: fill(w.profile_index, { score: formatScore(national.score, ctx.wording.language), band: national.band ?? '—' }) });
  }
  blocks.push({
    kind: 'table',
    totalRow: false,
    columns: [
      { header: w.columns.indicator, width: 40, align: 'left' },
      { header: w.columns.answer, width: 36, align: 'left' },
      { header: w.columns.agency, width: 24, align: 'left' },
    ],
    rows: national.indicators.map((i) => [
      { text: i.title, detail: i.dimension },
      i.status === 'answered'
        ? { text: i.answer === null ? status.answered : answerInWords(ctx.wording, i.answer), ...(i.descriptor === null ? {} : { detail: i.descriptor }) }
        : { text: status[i.status] },
      { text: i.agency ?? '—' },
    ]),
  });
  return { id: 'national-context', title: w.title, blocks };
}
