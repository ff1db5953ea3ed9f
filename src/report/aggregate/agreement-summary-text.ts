import type { AgreementSummary, AlphaFigure, KappaFigure, MinistryAgreement } from '../../core/aggregate/agreement.js';
import type { DimensionDistribution } from '../../core/aggregate/aggregate-summary.js';
import { sanitize } from '../../core/sanitize.js';
import { fill } from '../model/fill.js';
import { fitCell } from '../terminal/clip.js';
import type { Glyphs, Style } from '../terminal/style.js';
import { wrap } from '../terminal/wrap.js';
import { agreementReading, alphaVerdictText, formatAlpha, formatKappa, kappaVerdictText, type AgreementWording } from './agreement-text.js';

const NAME = 26;
const FIGURE = 7;
const COUNT = 6;

/** One scope per line: name, figure (or a dash), n, then the reading, wrapped under itself. */
function figureLine(indent: string, name: string, figure: string, count: number, reading: string, width: number, g: Glyphs): string {
  const head = `${indent}${fitCell(name, NAME - indent.length, g)}${figure.padStart(FIGURE)}${String(count).padStart(COUNT)}  `;
  // wrap() joins words with single spaces, so the padded columns stay outside it.
  const [first = '', ...rest] = wrap(reading, Math.max(20, width - head.length)).split('\n');
  return [head + first, ...rest.map((l) => ' '.repeat(head.length) + l)].join('\n');
}

function alphaLine(name: string, f: AlphaFigure, w: AgreementWording, width: number, g: Glyphs): string {
  return figureLine('  ', name, f.alpha === null ? g.enDash : formatAlpha(f.alpha), f.indicators, alphaVerdictText(f.verdict, w), width, g);
}

function kappaLine(name: string, f: KappaFigure, w: AgreementWording, width: number, g: Glyphs): string {
  return figureLine('    ', name, f.kappa === null ? g.enDash : formatKappa(f.kappa), f.indicators, kappaVerdictText(f.verdict, w), width, g);
}

function ministryLines(m: MinistryAgreement, dimensions: readonly DimensionDistribution[], w: AgreementWording, s: Style, width: number): string[] {
  const titleOf = (id: string): string => dimensions.find((d) => d.id === id)?.shortTitle ?? id;
  const head = (title: string, figure: string): string => s.bold(`${fitCell(title, NAME, s.glyphs)}${figure.padStart(FIGURE)}${'n'.padStart(COUNT)}`);
  const out = [
    s.bold(wrap(sanitize(fill(w.heading, { ministry: m.ministry, groups: m.groups.map((g) => g.label).join(', ') })), width, '  ')),
    wrap(sanitize(agreementReading(m, titleOf, w)), width),
    '',
    s.dim(wrap(w.alpha_heading, width)),
    head('', w.columns.alpha),
    alphaLine(w.all_indicators, m.all, w, width, s.glyphs),
    ...m.dimensions.map((d) => alphaLine(titleOf(d.id), d, w, width, s.glyphs)),
    '',
    s.dim(wrap(w.kappa_heading, width)),
  ];
  if (m.pairs === null) {
    out.push(wrap(fill(w.too_many_groups, { count: m.groups.length, pairs: (m.groups.length * (m.groups.length - 1)) / 2 }), width));
    return out;
  }
  out.push(head('', w.columns.kappa));
  for (const p of m.pairs) {
    out.push(`  ${sanitize(fill(w.pair, { first: p.groups[0], second: p.groups[1] }))}`);
    out.push(kappaLine(w.all_indicators, p.all, w, width, s.glyphs));
    p.dimensions.forEach((d) => out.push(kappaLine(titleOf(d.id), d, w, width, s.glyphs)));
  }
  return out;
}

/** The agreement figures for the terminal, in the template's wording, readable at 80 columns. */
export function agreementSummaryLines(agreement: AgreementSummary, dimensions: readonly DimensionDistribution[], w: AgreementWording, s: Style, width: number): string[] {
  const out = [s.bold(wrap(w.title, width))];
  if (agreement.ministries.length === 0) return [...out, wrap(w.none, width), ''];
  for (const m of agreement.ministries) out.push(...ministryLines(m, dimensions, w, s, width), '');
  out.push(s.dim(wrap(fill(w.intro, { min: agreement.rules.minPairedIndicators }), width)), '', s.dim(wrap(w.thresholds, width)), '');
  return out;
}
