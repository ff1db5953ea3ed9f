import { parityCounts } from '../../core/vocabulary.js';
import type { Indicator, Rubric } from '../../core/types.js';

const BLANK = '________________________________________';

/**
 * The questionnaire on paper, for workshops without a computer at the table: Markdown with a
 * tick box for every level, to print and transcribe later with `gret assess` or an answer sheet.
 */
export function renderPaperQuestionnaire(rubric: Rubric): string {
  const out: string[] = [
    `# ${rubric.title}`,
    '',
    `Questionnaire for ${rubric.id} ${rubric.version}.`,
    '',
    `| | |`,
    `|---|---|`,
    `| Ministry or agency | ${BLANK} |`,
    `| Country | ${BLANK} |`,
    `| Assessors | ${BLANK} |`,
    `| Date | ${BLANK} |`,
    '',
    'Tick the one statement that describes the ministry best (for a checklist, every item that applies). ' +
      'If the question does not apply, tick *Not applicable* and the reason; if nobody present knows, tick *Don\'t know*.',
  ];
  rubric.dimensions.forEach((d, n) => {
    out.push('', `## ${n + 1}. ${d.title}`, '', d.description);
    d.indicators.forEach((ind, k) => out.push('', ...indicatorSection(rubric, ind, `${n + 1}.${k + 1}`)));
  });
  return `${out.join('\n')}\n`;
}

function indicatorSection(rubric: Rubric, ind: Indicator, number: string): string[] {
  const out = [`### ${number} ${ind.title}${ind.critical ? ' (critical)' : ''}`, '', `**${ind.question}**`, '', `*Guidance:* ${ind.guidance}`];
  if (ind.scope === 'national') out.push('', '*Scope:* national; answer for the country as a whole.');
  if (ind.appliesIf !== undefined) {
    const cond = ind.appliesIf;
    const ref = rubric.dimensions.flatMap((d) => d.indicators).find((i) => i.id === cond.indicator);
    const when = 'minLevel' in cond ? `is at level ${cond.minLevel} or above` : `is answered ${cond.answerIn.join(' or ')}`;
    out.push('', `*Answer only if* “${ref?.title ?? cond.indicator}” ${when}${cond.otherwise === 'not-applicable' ? '' : `; otherwise it scores level ${cond.otherwise}`}.`);
  }
  out.push('', ...choices(rubric, ind));
  // A critical indicator can only be left to a national body, which must be named.
  const notApplicable = ind.critical
    ? [`- [ ] Not applicable: it is handled nationally by ${BLANK}`]
    : [
        '- [ ] Not applicable, because:',
        "  - [ ] it is outside the ministry's mandate",
        '  - [ ] it is handled nationally by another body',
        '  - [ ] the service does not exist',
        `  - [ ] another reason: ${BLANK}`,
      ];
  out.push(
    ...notApplicable,
    "- [ ] Don't know",
    '',
    `*Evidence to look for:* ${ind.evidencePrompt}`,
    ...ind.evidence.flatMap((needed, level) => (needed === null ? [] : ['', `*Needed for level ${level}:* ${needed}`])),
    '',
    `Evidence (title; link or file; claimed / document seen / independently verified): ${BLANK}`,
    '',
    `Note: ${BLANK}`,
    '',
    `Answering agency: ${BLANK}`,
    '',
    `Indicator id: \`${ind.id}\``,
  );
  return out;
}

function choices(rubric: Rubric, ind: Indicator): string[] {
  switch (ind.type) {
    case 'level':
      return ind.levels.map((text, level) => `- [ ] **${level} ${rubric.scale[level]?.label ?? ''}**: ${text}`);
    case 'yes-no':
      return [`- [ ] **Yes**: ${ind.levels[ind.yesLevel] ?? ''}`, `- [ ] **No**: ${ind.levels[ind.noLevel] ?? ''}`];
    case 'choice':
      return ind.options.map((o) => `- [ ] ${o.label}`);
    case 'checklist':
      return ['Tick every item that applies:', '', ...ind.items.map((i) => `- [ ] ${i.label}`), '- [ ] None of these'];
    case 'number':
      return [`- Number${ind.unit === undefined ? '' : ` of ${ind.unit}`}: ${BLANK}`];
    case 'percent':
      return [`- Percentage: ${BLANK} %`];
    case 'parity':
      return parityCounts.map((c) => `- ${ind.counts[c]}: ${BLANK}`);
  }
}
