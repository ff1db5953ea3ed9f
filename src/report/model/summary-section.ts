import { bandCell, bandLabel, markSentences, upToPhrase } from './band-marks.js';
import { fill } from './fill.js';
import { formatScore, formatShare } from './format-number.js';
import { keyMessages } from './key-messages.js';
import { planAction, planColumns } from './plan-actions.js';
import { figuresBlock, scoreFigures, type ReportContext } from './report-context.js';
import type { BandScale, Block, DecisionBox, Section } from './report-document.js';
import { strengths } from './strengths.js';

/** How many actions the decision box puts before the minister: the first of the plan. */
const DECISIONS = 5;

function bandScale(ctx: ReportContext): BandScale {
  const { overall, rubric } = ctx.assessment;
  const w = ctx.wording.summary;
  const m = ctx.wording.marks;
  const bands = rubric.bands.map((b, k) => ({
    label: b.label,
    from: b.min * 100,
    to: (rubric.bands[k + 1]?.min ?? 1) * 100,
    reached: b.label === overall.band,
    heldBack: b.label === overall.bandCap?.uncapped,
  }));
  const score = overall.score === null ? null : formatScore(overall.score, ctx.wording.language);
  const marks = [
    ...(overall.bandCap === null ? [] : [m.capped_short]),
    ...(overall.limitedScope ? [m.limited_scope_short] : []),
    ...(overall.provisional ? [m.provisional_short] : []),
  ];
  const held = overall.bandCap === null ? [] : [fill(w.scale_held, { band: overall.bandCap.uncapped })];
  return {
    kind: 'band-scale',
    bands,
    // The pointer stands where the figure printed beside it reads, rounded the same way.
    score: overall.score === null ? null : Number(formatScore(overall.score)),
    marker: fill(w.scale_marker, { score: score ?? ctx.wording.figures.not_scored, band: bandLabel(ctx, overall) }),
    marks,
    alt: [
      fill(w.scale_alt, {
        bands: bands.map((b) => fill(w.scale_band, { label: b.label, from: b.from.toFixed(0) })).join(', '),
        score: score ?? ctx.wording.figures.not_scored,
        band: bandLabel(ctx, overall),
      }),
      ...held,
    ].join(' '),
  };
}

function decisionBox(ctx: ReportContext): DecisionBox | null {
  const first = ctx.assessment.recommendations.slice(0, DECISIONS);
  if (first.length === 0) return null;
  const w = ctx.wording.summary;
  return {
    kind: 'decision-box',
    title: w.decision_title,
    intro: fill(w.decision_intro, { count: first.length }),
    columns: planColumns(ctx),
    actions: first.map((r) => planAction(ctx, r)),
  };
}

/**
 * What a minister reads first: the score and where it sits, the key messages, the decisions to
 * take, what works, then the dimensions and how far the answers can be relied on.
 */
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
            fill(w.overall, { ...scoreFigures(a.overall, wording.figures.not_scored, wording.language), band: a.overall.band ?? '', meaning: band?.meaning ?? '' }),
            ...(upTo === null ? [] : [fill(w.overall_range, { up_to: upTo })]),
            ...markSentences(ctx, a.overall),
          ].join(' '),
  });
  if (a.overall.score !== null) blocks.push(bandScale(ctx));

  blocks.push({ kind: 'subheading', text: w.messages_heading });
  blocks.push({ kind: 'key-messages', items: keyMessages(ctx) });

  const decisions = decisionBox(ctx);
  blocks.push(decisions ?? { kind: 'paragraph', tone: 'body', text: w.decision_none });

  blocks.push({ kind: 'subheading', text: w.strengths_heading });
  const strong = strengths(ctx);
  if (strong.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.strengths_none });
  } else {
    blocks.push({ kind: 'paragraph', tone: 'body', text: w.strengths_intro });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: strong.map((i) =>
        fill(w.strength_line, {
          title: i.title,
          dimension: a.dimensions.find((d) => d.id === i.dimensionId)?.shortTitle ?? i.dimensionId,
          level: i.level ?? 0,
          target: i.target,
        }),
      ),
    });
  }

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
      const figures = scoreFigures(d, wording.figures.not_scored, wording.language);
      const upper = d.score === null || d.upperScore === null || formatScore(d.upperScore, ctx.wording.language) === figures.score ? null : formatScore(d.upperScore, ctx.wording.language);
      return [
        { text: d.title },
        upper === null ? { text: figures.score } : { text: figures.score, detail: fill(ctx.wording.marks.up_to_short, { upper }) },
        d.score === null ? { text: '—' } : bandCell(ctx, d),
        { text: figures.applicable },
        { text: figures.to_target },
      ];
    }),
  });

  const c = a.coverage;
  blocks.push({ kind: 'subheading', text: w.coverage_heading });
  blocks.push({
    kind: 'paragraph',
    tone: 'body',
    text: [
      fill(w.coverage, {
        answered: c.answered,
        applicable: c.applicable,
        answered_share: formatShare(c.answeredShare, ctx.wording.language),
        dont_know: c.dontKnow,
        unanswered: c.unanswered,
        not_applicable: c.notApplicable,
      }),
      fill(w.evidence, { evidenced: c.evidenced, answered: c.answered, evidence_share: formatShare(c.evidenceShare, ctx.wording.language) }),
    ].join(' '),
  });
  return { id: 'summary', title: w.title, blocks };
}

