import { gatePhrase } from './band-marks.js';
import { fill, fillCount } from './fill.js';
import { formatWeight } from './format-number.js';
import { formatPercent } from '../../core/translation/locale-format.js';
import { roundToSum } from '../../core/scoring/points.js';
import type { ReportContext } from './report-context.js';
import type { Block, Section } from './report-document.js';

function targetRange(levels: readonly number[]): string {
  if (levels.length === 0) return '—';
  const min = Math.min(...levels);
  const max = Math.max(...levels);
  return min === max ? String(min) : `${min}–${max}`;
}

export function methodologySection(ctx: ReportContext): Section {
  const w = ctx.wording.methodology;
  const c = w.columns;
  const a = ctx.assessment;
  const blocks: Block[] = w.paragraphs.map((text) => ({ kind: 'paragraph', tone: 'body', text }));

  blocks.push({ kind: 'subheading', text: w.scale_heading });
  blocks.push({
    kind: 'table',
    totalRow: false,
    columns: [
      { header: c.level, width: 8, align: 'right' },
      { header: c.label, width: 24, align: 'left' },
      { header: c.meaning, width: 68, align: 'left' },
    ],
    rows: a.rubric.scale.map((s) => [{ text: String(s.level) }, { text: s.label }, { text: s.meaning }]),
  });

  blocks.push({ kind: 'subheading', text: w.bands_heading });
  blocks.push({
    kind: 'table',
    totalRow: false,
    columns: [
      { header: c.band_from, width: 8, align: 'right' },
      { header: c.label, width: 24, align: 'left' },
      { header: c.meaning, width: 68, align: 'left' },
    ],
    rows: a.rubric.bands.map((b) => {
      const gate = gatePhrase(ctx, b.gate);
      return [{ text: String(Math.round(b.min * 100)) }, { text: b.label }, gate === null ? { text: b.meaning } : { text: b.meaning, detail: fill(w.band_gate, { gate }) }];
    }),
  });

  const totalWeight = a.dimensions.reduce((s, d) => s + d.weight, 0);
  const shares = roundToSum(
    a.dimensions.map((d) => (totalWeight === 0 ? 0 : (d.weight / totalWeight) * 100)),
    1,
  );
  blocks.push({ kind: 'subheading', text: w.weights_heading });
  blocks.push({
    kind: 'table',
    totalRow: false,
    columns: [
      { header: c.dimension, width: 52, align: 'left' },
      { header: c.weight, width: 14, align: 'right' },
      { header: c.share, width: 18, align: 'right' },
      { header: c.target, width: 16, align: 'right' },
    ],
    rows: a.dimensions.map((d, k) => [
      { text: d.title },
      { text: formatWeight(d.weight) },
      { text: formatPercent(shares[k] ?? 0, ctx.wording.language, 1) },
      { text: targetRange(d.indicators.filter((i) => i.applicable).map((i) => i.target)) },
    ]),
  });
  blocks.push({
    kind: 'paragraph',
    tone: 'muted',
    text: fill(w.targets_note, { source: w.target_sources[a.targets.source], target: a.targets.default }),
  });
  blocks.push(...translationBlocks(ctx));
  return { id: 'methodology', title: w.title, blocks };
}

/** Names the translation the report is in, and says plainly when it is a draft. */
function translationBlocks(ctx: ReportContext): Block[] {
  const t = ctx.translation;
  if (t === undefined) return [];
  const w = ctx.wording.methodology;
  const language = new Intl.DisplayNames([ctx.wording.language, 'en'], { type: 'language' }).of(t.language) ?? t.language;
  const said =
    t.status === 'reviewed' ? fill(w.translation_reviewed, { language, reviewer: t.reviewer ?? '', date: t.reviewed ?? '' }) : fill(w.translation_draft, { language });
  const untranslated = t.untranslated === 0 ? '' : ` ${fillCount(ctx.wording.language, t.untranslated, w.untranslated_one, w.untranslated_other)}`;
  return [{ kind: 'paragraph', tone: 'body', text: `${said}${untranslated}` }];
}
