import { bandCell, markSentences, upToPhrase } from './band-marks.js';
import { fill } from './fill.js';
import { formatGain, formatScore, formatShare } from './format-number.js';
import { figuresBlock, scoreFigures, type ReportContext } from './report-context.js';
import type { Block, Section } from './report-document.js';

const TOP_PRIORITIES = 5;

export function summarySection(ctx: ReportContext): Section {
  const { assessment: a, wording } = ctx;
  const w = wording.summary;
  const band = a.rubric.bands.find((b) => b.label === a.overall.band);
  const blocks: Block[] = [figuresBlock(ctx, a.overall)];

  const upTo = upToPhrase(ctx, a.overall, a.coverage);
  blocks.push({
    kind: 'paragraph',
    tone: 'lead',
    text:
      a.overall.score === null
        ? w.overall_unscored
        : [
            fill(w.overall, { ...scoreFigures(a.overall, wording.figures.not_scored), band: a.overall.band ?? '', meaning: band?.meaning ?? '' }),
            ...(upTo === null ? [] : [fill(w.overall_range, { up_to: upTo })]),
            ...markSentences(ctx, a.overall),
          ].join(' '),
  });

  blocks.push({ kind: 'subheading', text: w.dimensions_heading });
  const cols = w.dimension_columns;
  blocks.push({
    kind: 'table',
    totalRow: false,
    columns: [
      { header: cols.dimension, width: 36, align: 'left' },
      { header: cols.score, width: 11, align: 'right' },
      { header: cols.band, width: 29, align: 'left' },
      { header: cols.applicable, width: 12, align: 'right' },
      { header: cols.to_target, width: 12, align: 'right' },
    ],
    rows: a.dimensions.map((d) => {
      const figures = scoreFigures(d, wording.figures.not_scored);
      const upper = d.score === null || d.upperScore === null || formatScore(d.upperScore) === figures.score ? null : formatScore(d.upperScore);
      return [
        { text: d.title },
        upper === null ? { text: figures.score } : { text: figures.score, detail: fill(ctx.wording.marks.up_to_short, { upper }) },
        d.score === null ? { text: '—' } : bandCell(ctx, d),
        { text: figures.applicable },
        { text: figures.to_target },
      ];
    }),
  });

  const critical = a.gaps.filter((g) => g.critical);
  blocks.push({ kind: 'subheading', text: w.critical_heading });
  if (critical.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.critical_none });
  } else {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.critical_intro });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: critical.map((g) => fill(w.critical_line, { title: g.title, level: g.level, target: g.target })),
    });
  }

  const c = a.coverage;
  blocks.push({ kind: 'subheading', text: w.coverage_heading });
  blocks.push({
    kind: 'paragraph',
    tone: 'body',
    text: fill(w.coverage, {
      answered: c.answered,
      applicable: c.applicable,
      answered_share: formatShare(c.answeredShare),
      dont_know: c.dontKnow,
      unanswered: c.unanswered,
      not_applicable: c.notApplicable,
    }),
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'body',
    text: fill(w.evidence, { evidenced: c.evidenced, answered: c.answered, evidence_share: formatShare(c.evidenceShare) }),
  });

  blocks.push({ kind: 'subheading', text: w.priorities_heading });
  const top = a.gaps.slice(0, TOP_PRIORITIES);
  if (top.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.priorities_none });
  } else {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.priorities_intro });
    blocks.push({
      kind: 'list',
      ordered: true,
      items: top.map((g) =>
        fill(w.priority_line, {
          title: g.title,
          dimension: ctx.assessment.dimensions.find((d) => d.id === g.dimension)?.shortTitle ?? g.dimension,
          level: g.level,
          target: g.target,
          gain: formatGain(g.gainToTarget),
        }),
      ),
    });
  }
  return { id: 'summary', title: w.title, blocks };
}
