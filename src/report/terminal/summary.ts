import type { Assessment, DimensionResult, Exclusion, ScoreSummary } from '../../core/assessment.js';
import { naReasonMessages } from '../../core/interview/ask-answer.js';
import type { Messages } from '../../core/messages/messages.js';
import { conditionInInterfaceWords } from '../../core/scoring/condition-in-words.js';
import { roundToSum } from '../../core/scoring/points.js';
import { sanitize } from '../../core/sanitize.js';
import { bandWithMarks, explainBand, markLines, rangeText } from './band-text.js';
import { clip } from './clip.js';
import { displayWidth, padColumns, padColumnsStart } from './display-width.js';
import { decimalText, figures, type Figures } from './figures.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './wrap.js';

interface SummaryOptions {
  readonly messages: Messages;
  readonly style?: Style;
  readonly columns?: number;
  /** Add the score breakdown: every indicator's contribution in index points. */
  readonly explain?: boolean;
  /** How many priorities and gains to list. */
  readonly top?: number;
}

/** The terminal summary of `gret score`: plain text, readable at 80 columns, colour optional. */
export function renderSummary(a: Assessment, options: SummaryOptions): string {
  const s = options.style ?? plainStyle;
  const width = options.columns ?? 80;
  const top = options.top ?? 5;
  const g = s.glyphs;
  const { t } = options.messages;
  const f = figures(options.messages, g);
  const out: string[] = [];
  const line = (text = ''): void => {
    out.push(text);
  };

  line(s.bold(sanitize(`${a.meta.ministry} ${g.emDash} ${a.meta.country}`)));
  line(s.dim(`${a.rubric.id} ${a.rubric.version} ${g.dot} ${t('summary.assessed', { date: a.meta.date })} ${g.dot} ${targetText(a, options.messages)}`));
  line();
  line(`${s.bold(t('summary.overall'))}  ${s.bold(f.pts(a.overall.score))} / 100  ${a.overall.score === null ? '' : bandWithMarks(a.overall, g, options.messages)}`);
  for (const m of markLines(a, a.overall, a.coverage, f)) line(wrap(`  ${m}`, width, '    '));
  line(s.dim(`  ${threeFigures(a.overall, f)}`));
  line();

  // Bands come last on each row: with their marks they are the longest cell, and the reasons follow beneath.
  const head = { name: t('summary.column.dimension'), score: t('summary.column.score'), applicable: t('summary.column.applicable'), toTarget: t('summary.column.to_target'), band: t('summary.column.band') };
  const nameWidth = Math.max(9, displayWidth(head.name), ...a.dimensions.map((d) => displayWidth(d.shortTitle)));
  const scoreWidth = Math.max(5, displayWidth(head.score));
  const applicableWidth = Math.max(10, displayWidth(head.applicable));
  const toTargetWidth = Math.max(9, displayWidth(head.toTarget));
  line(s.bold([padColumns(head.name, nameWidth), padColumnsStart(head.score, scoreWidth), padColumnsStart(head.applicable, applicableWidth), padColumnsStart(head.toTarget, toTargetWidth), head.band].join('  ')));
  for (const d of a.dimensions) {
    line(
      [
        padColumns(sanitize(d.shortTitle), nameWidth),
        padColumnsStart(f.pts(d.score), scoreWidth),
        padColumnsStart(f.pct(d.applicableWeight), applicableWidth),
        padColumnsStart(f.pct(d.toTarget), toTargetWidth),
        bandWithMarks(d, g, options.messages),
      ].join('  '),
    );
    if (d.score !== null) for (const m of markLines(a, d, d.coverage, f)) line(s.dim(wrap(`    ${m}`, width, '      ')));
  }
  line();
  line(wrap(coverageText(a, f), width));
  line();

  if (a.gaps.length === 0) {
    line(s.good(t('summary.no_gaps')));
  } else {
    line(s.bold(t('summary.priorities', { shown: Math.min(top, a.gaps.length), count: a.gaps.length })));
    for (const gap of a.gaps.slice(0, top)) {
      const mark = gap.critical ? s.bad(t('summary.critical')) : '';
      const head = `${String(gap.rank).padStart(2)}. ${sanitize(gap.title)}`;
      const tail = `${t('summary.level_to_target', { level: gap.level, arrow: g.arrow, target: gap.target })}${dataGapText(a, gap.indicator, options.messages)}${mark === '' ? '' : ` ${g.dot} ${mark}`}`;
      line(wrap(`${head} ${g.emDash} ${tail}`, width, '    '));
    }
    line();
    const gains = [...a.dimensions.flatMap((d) => d.indicators)]
      .filter((i) => i.gainToTarget > 0)
      .sort((x, y) => y.gainToTarget - x.gainToTarget || y.gainNext - x.gainNext)
      .slice(0, top);
    line(s.bold(t('summary.gains')));
    for (const i of gains) {
      const figuresText = `${t('summary.gain_next', { points: f.one(i.gainNext) })} ${g.dot} ${t('summary.gain_target', { points: f.one(i.gainToTarget) })}`;
      line(wrap(`  ${sanitize(i.title)} ${g.emDash} ${figuresText}`, width, '    '));
    }
  }

  if (options.explain === true) {
    line();
    out.push(...explain(a, s, width, f));
  }
  for (const w of a.warnings) {
    line();
    line(wrap(s.warn(t('summary.warning', { warning: sanitize(w) })), width, '  '));
  }
  return `${out.join('\n')}\n`;
}

function dataGapText(a: Assessment, id: string, messages: Messages): string {
  const status = a.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)?.status;
  if (status === 'dont-know') return messages.t('summary.gap_dont_know');
  if (status === 'unanswered') return messages.t('summary.gap_unanswered');
  return '';
}

function targetText(a: Assessment, messages: Messages): string {
  if (a.targets.source === 'file') return messages.t('summary.targets_file', { level: a.targets.default });
  return messages.t('summary.target_level', { level: a.targets.default });
}

function threeFigures(x: ScoreSummary, f: Figures): string {
  const { t } = f.messages;
  return `${t('summary.applicable_share', { share: f.pct(x.applicableWeight) })} ${f.glyphs.dot} ${t('summary.to_target_share', { share: f.pct(x.toTarget), points: f.pts(x.targetScore) })}`;
}

function coverageText(a: Assessment, f: Figures): string {
  const { t } = f.messages;
  const c = a.coverage;
  const parts = [
    t('summary.coverage', { answered: c.answered, applicable: c.applicable, share: f.pct(c.answeredShare) }),
    c.dontKnow > 0 ? t('summary.coverage_dont_know', { count: c.dontKnow }) : '',
    c.unanswered > 0 ? t('summary.coverage_unanswered', { count: c.unanswered }) : '',
    c.notApplicable > 0 ? t('summary.coverage_not_applicable', { count: c.notApplicable, points: f.pts(a.overall.scoreExcludedAtZero) }) : '',
  ].filter((p) => p !== '');
  return t('summary.coverage_sentence', { parts: parts.join(t('summary.list_separator')), evidenced: c.evidenced, answered: c.answered, share: f.pct(c.evidenceShare) });
}

/** Contributions rounded so that each column adds up exactly to the score shown beside it. */
function explain(a: Assessment, s: Style, width: number, f: Figures): string[] {
  const { t } = f.messages;
  const out: string[] = [s.bold(t('summary.explain.title'))];
  const dimensionPoints = roundToSum(a.dimensions.map((d) => d.contribution));
  for (const d of a.dimensions) out.push('', ...explainDimension(a, d, s, width, f));
  out.push('', s.bold(t('summary.overall')));
  const total = t('summary.explain.total');
  const nameWidth = Math.max(32, displayWidth(total), ...a.dimensions.map((d) => displayWidth(d.shortTitle)));
  a.dimensions.forEach((d, i) => {
    const weight = t('summary.explain.weight', { weight: pctWeight(d.normalisedWeight, f) });
    out.push(`  ${padColumns(sanitize(d.shortTitle), nameWidth)} ${padColumns(weight, 12)}  ${padColumnsStart(f.one(dimensionPoints[i] ?? 0), 5)}`);
  });
  out.push(`  ${padColumns(total, nameWidth)} ${' '.repeat(12)}  ${padColumnsStart(f.pts(a.overall.score), 5)}`);
  out.push('', s.bold(t('summary.explain.band_title')), ...explainBand(a, a.overall, width, f));
  return out;
}

function explainDimension(a: Assessment, d: DimensionResult, s: Style, width: number, f: Figures): string[] {
  const { t } = f.messages;
  const range = rangeText(d, d.coverage, f);
  const heading = range === null ? t('summary.explain.dimension', { title: sanitize(d.title), score: f.pts(d.score) }) : t('summary.explain.dimension_range', { title: sanitize(d.title), score: f.pts(d.score), range });
  const out = [s.bold(wrap(heading, width, '  '))];
  const applicable = d.indicators.filter((i) => i.applicable);
  const points = roundToSum(applicable.map((i) => i.contribution));
  const head = { indicator: t('summary.explain.indicator'), level: t('summary.explain.level'), weight: t('summary.explain.weight_column'), share: t('summary.explain.share'), points: t('summary.explain.points') };
  const w = { level: Math.max(5, displayWidth(head.level)), weight: Math.max(6, displayWidth(head.weight)), share: Math.max(5, displayWidth(head.share)), points: Math.max(6, displayWidth(head.points)) };
  out.push(s.dim(`  ${padColumns(head.indicator, 44)} ${padColumnsStart(head.level, w.level)}  ${padColumnsStart(head.weight, w.weight)}  ${padColumnsStart(head.share, w.share)}  ${padColumnsStart(head.points, w.points)}`));
  applicable.forEach((i, k) => {
    const title = clip(sanitize(i.title), 44, s.glyphs.ellipsis);
    out.push(
      `  ${padColumns(title, 44)} ${padColumnsStart(String(i.level ?? s.glyphs.enDash), w.level)}  ${padColumnsStart(String(i.weight), w.weight)}  ${padColumnsStart(pctWeight(i.normalisedWeight, f), w.share)}  ${padColumnsStart(f.one(points[k] ?? 0), w.points)}`,
    );
  });
  for (const i of d.indicators.filter((x) => !x.applicable)) {
    const why = i.exclusion?.kind === 'not-applicable' ? t('summary.explain.left_out_na', { reason: naReasonText(i.exclusion, f.messages) }) : t('summary.explain.left_out_condition');
    out.push(s.dim(`  ${t('summary.explain.left_out', { title: sanitize(i.title), why })}`));
  }
  for (const i of d.indicators) {
    if (i.levelSetBy !== null) out.push(s.dim(`  ${t('summary.explain.level_set', { title: sanitize(i.title), explanation: sanitize(conditionInInterfaceWords(i.levelSetBy.because, f.messages)) })}`));
  }
  const tableWidth = 44 + 1 + w.level + 2 + w.weight + 2 + w.share + 2;
  out.push(`  ${padColumns(t('summary.explain.total'), tableWidth)}${padColumnsStart(f.pts(d.score), w.points)}`);
  out.push(...explainBand(a, d, width, f));
  return out;
}

/** A reason for not applicable in the catalog's words; "another reason" is the one typed. */
function naReasonText(exclusion: Extract<Exclusion, { kind: 'not-applicable' }>, messages: Messages): string {
  if (exclusion.reason === 'other') return sanitize(exclusion.note ?? '');
  const key = naReasonMessages.find(([reason]) => reason === exclusion.reason)?.[1];
  return key === undefined ? exclusion.reason : messages.t(key);
}

function pctWeight(x: number, f: Figures): string {
  return padColumnsStart(f.messages.t('summary.percent', { value: decimalText(x * 100, 1, f.messages.language) }), 5);
}
