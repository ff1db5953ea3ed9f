import { parityCounts } from '../../core/vocabulary.js';
import type { Messages } from '../../core/messages/messages.js';
import { sanitize } from '../../core/sanitize.js';
import type { Indicator, Rubric } from '../../core/types.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './wrap.js';

/** One indicator in full, as `gret rubric show` prints it. */
export function renderIndicator(rubric: Rubric, ind: Indicator, options: { messages: Messages; style?: Style; columns?: number }): string {
  const { t } = options.messages;
  const s = options.style ?? plainStyle;
  const g = s.glyphs;
  const width = options.columns ?? 80;
  const dimension = rubric.dimensions.find((d) => d.id === ind.dimensionId);
  const out: string[] = [];
  const para = (label: string, text: string): void => {
    out.push('', s.bold(label), wrap(sanitize(text), width - 2, '  ').replace(/^/, '  '));
  };

  out.push(s.bold(sanitize(ind.title)));
  const facts = [ind.id, dimension?.title ?? ind.dimensionId, ind.type, t('show.weight', { weight: ind.weight }), t(ind.scope === 'national' ? 'show.scope_national' : 'show.scope_ministry'), ...(ind.critical ? [t('show.critical')] : [])];
  out.push(s.dim(facts.join(` ${g.dot} `)));
  para(t('show.question'), ind.question);
  para(t('show.guidance'), ind.guidance);
  para(t('show.why'), ind.why);
  if (ind.appliesIf !== undefined) {
    const c = ind.appliesIf;
    const when = 'minLevel' in c ? t('show.when_level', { indicator: c.indicator, level: c.minLevel }) : t('show.when_answer', { indicator: c.indicator, answers: c.answerIn.join(t('show.or')) });
    const otherwise = c.otherwise === 'not-applicable' ? t('show.otherwise_na') : t('show.otherwise_level', { level: c.otherwise });
    para(t('show.applies_if'), t('show.condition', { when, otherwise }));
  }
  out.push('', s.bold(t('show.levels')));
  ind.levels.forEach((text, level) => {
    if (text === null) return;
    const label = rubric.scale[level]?.label ?? '';
    out.push(wrap(`  ${level} ${label}: ${sanitize(text)}`, width, '      '));
  });
  out.push(...answerForm(ind, width, options.messages));
  para(t('show.evidence'), ind.evidencePrompt);
  ind.evidence.forEach((needed, level) => {
    if (needed !== null) para(t('show.needed', { level }), needed);
  });
  out.push('', s.bold(t('show.recommendations')));
  for (const r of ind.recommendations) {
    out.push(wrap(`  ${g.bullet} ${sanitize(r.text)}`, width, '    '));
    out.push(s.dim(`    ${[r.id, t('show.below', { level: r.below }), r.horizon, t('show.effort', { effort: r.effort }), sanitize(r.owner)].join(` ${g.dot} `)}`));
  }
  out.push('', s.bold(t('show.sources')));
  for (const key of ind.sources) {
    const src = rubric.sources.find((x) => x.key === key);
    out.push(wrap(src === undefined ? `  [${key}]` : `  [${key}] ${sanitize(src.organisation)} (${src.year}). ${sanitize(src.title)}. ${src.url}`, width, '    '));
  }
  return `${out.join('\n')}\n`;
}

function answerForm(ind: Indicator, width: number, messages: Messages): string[] {
  const { t } = messages;
  switch (ind.type) {
    case 'level':
      return [];
    case 'yes-no':
      return ['', `  ${t('show.yes_no', { yes: ind.yesLevel, no: ind.noLevel })}`];
    case 'choice':
      return ['', `  ${t('show.options')}`, ...ind.options.map((o) => wrap(`    ${t('show.option', { id: o.id, label: sanitize(o.label), level: o.level })}`, width, '      '))];
    case 'checklist':
      return [
        '',
        `  ${t('show.checklist')}`,
        ...ind.items.map((i) => wrap(`    [ ] ${i.weight === 1 ? t('show.item', { id: i.id, label: sanitize(i.label) }) : t('show.item_weighted', { id: i.id, label: sanitize(i.label), weight: i.weight })}`, width, '        ')),
        ...ind.requires.map((r) => wrap(`  ${t('show.requires', { level: r.level, items: r.items.join(', ') })}`, width, '    ')),
      ];
    case 'number':
    case 'percent': {
      const unit = ind.type === 'percent' ? '%' : ind.unit === undefined ? '' : ` ${ind.unit}`;
      return ['', `  ${t('show.thresholds')}`, ...ind.thresholds.map((th) => `    ${t('show.threshold', { min: `${th.min}${unit}`, level: th.level })}`)];
    }
    case 'parity':
      return [
        '',
        `  ${t('show.counts')}`,
        ...parityCounts.map((c) => wrap(`    ${c}: ${sanitize(ind.counts[c])}`, width, '      ')),
        `  ${t('show.parity_thresholds')}`,
        ...ind.thresholds.map((th) => `    ${t('show.threshold', { min: String(th.min), level: th.level })}`),
      ];
  }
}
