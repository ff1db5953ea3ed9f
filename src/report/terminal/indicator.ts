import { parityCounts } from '../../core/vocabulary.js';
import { sanitize } from '../../core/sanitize.js';
import type { Indicator, Rubric } from '../../core/types.js';
import { plainStyle, type Style } from './style.js';
import { wrap } from './wrap.js';

/** One indicator in full, as `gret rubric show` prints it. */
export function renderIndicator(rubric: Rubric, ind: Indicator, options: { style?: Style; columns?: number } = {}): string {
  const s = options.style ?? plainStyle;
  const g = s.glyphs;
  const width = options.columns ?? 80;
  const dimension = rubric.dimensions.find((d) => d.id === ind.dimensionId);
  const out: string[] = [];
  const para = (label: string, text: string): void => {
    out.push('', s.bold(label), wrap(sanitize(text), width - 2, '  ').replace(/^/, '  '));
  };

  out.push(s.bold(sanitize(ind.title)));
  out.push(s.dim([ind.id, dimension?.title ?? ind.dimensionId, ind.type, `weight ${ind.weight}`, `${ind.scope} scope`, ...(ind.critical ? ['critical'] : [])].join(` ${g.dot} `)));
  para('Question', ind.question);
  para('Guidance', ind.guidance);
  para('Why it matters for women', ind.why);
  if (ind.appliesIf !== undefined) {
    const c = ind.appliesIf;
    const when = 'minLevel' in c ? `${c.indicator} is at level ${c.minLevel} or above` : `${c.indicator} is answered ${c.answerIn.join(' or ')}`;
    para('Applies only if', `${when}; otherwise ${c.otherwise === 'not-applicable' ? 'it is not applicable' : `it scores level ${c.otherwise}`}`);
  }
  out.push('', s.bold('Levels'));
  ind.levels.forEach((text, level) => {
    if (text === null) return;
    const label = rubric.scale[level]?.label ?? '';
    out.push(wrap(`  ${level} ${label}: ${sanitize(text)}`, width, '      '));
  });
  out.push(...answerForm(ind, width));
  para('Evidence to look for', ind.evidencePrompt);
  ind.evidence.forEach((needed, level) => {
    if (needed !== null) para(`Needed for level ${level}`, needed);
  });
  out.push('', s.bold('Recommendations'));
  for (const r of ind.recommendations) {
    out.push(wrap(`  ${g.bullet} ${sanitize(r.text)}`, width, '    '));
    out.push(s.dim(`    ${[r.id, `below level ${r.below}`, r.horizon, `${r.effort} effort`, sanitize(r.owner)].join(` ${g.dot} `)}`));
  }
  out.push('', s.bold('Sources'));
  for (const key of ind.sources) {
    const src = rubric.sources.find((x) => x.key === key);
    out.push(wrap(src === undefined ? `  [${key}]` : `  [${key}] ${sanitize(src.organisation)} (${src.year}). ${sanitize(src.title)}. ${src.url}`, width, '    '));
  }
  return `${out.join('\n')}\n`;
}

function answerForm(ind: Indicator, width: number): string[] {
  switch (ind.type) {
    case 'level':
      return [];
    case 'yes-no':
      return ['', `  Answer yes (level ${ind.yesLevel}) or no (level ${ind.noLevel}).`];
    case 'choice':
      return ['', '  Options:', ...ind.options.map((o) => wrap(`    ${o.id}: ${sanitize(o.label)} (level ${o.level})`, width, '      '))];
    case 'checklist':
      return [
        '',
        '  Checklist (the level is the weighted share of items checked):',
        ...ind.items.map((i) => wrap(`    [ ] ${i.id}: ${sanitize(i.label)}${i.weight === 1 ? '' : ` (weight ${i.weight})`}`, width, '        ')),
        ...ind.requires.map((r) => wrap(`  Level ${r.level} also needs: ${r.items.join(', ')}`, width, '    ')),
      ];
    case 'number':
    case 'percent': {
      const unit = ind.type === 'percent' ? '%' : ind.unit === undefined ? '' : ` ${ind.unit}`;
      return ['', '  Thresholds:', ...ind.thresholds.map((t) => `    from ${t.min}${unit}: level ${t.level}`)];
    }
    case 'parity':
      return [
        '',
        "  Counts (the parity score is women's rate, users ÷ eligible, divided by men's rate):",
        ...parityCounts.map((c) => wrap(`    ${c}: ${sanitize(ind.counts[c])}`, width, '      ')),
        '  Thresholds on the parity score:',
        ...ind.thresholds.map((t) => `    from ${t.min}: level ${t.level}`),
      ];
  }
}
