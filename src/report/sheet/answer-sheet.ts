import { ANSWERS_FORMAT } from '../../core/answers/format.js';
import { naReasons, parityCounts, verificationLevels } from '../../core/vocabulary.js';
import type { Indicator, Rubric } from '../../core/types.js';
import { wrap } from '../terminal/wrap.js';

const WIDTH = 88;

/**
 * A blank answers file for answering in a text editor: every question with its guidance, its
 * levels and the answers it accepts, as comments above a blank entry. Blank entries count as
 * unanswered, so the sheet is a valid answers file as soon as meta is filled in, and stays valid
 * while it is filled in a question at a time.
 */
export function renderAnswerSheet(rubric: Rubric): string {
  const out: string[] = [
    ...comment('', `Answer sheet for ${rubric.id} ${rubric.version}: ${rubric.title}.`),
    '#',
    ...comment(
      '',
      'Fill in meta, then each answer below its question, in any text editor. Leave an answer blank ' +
        'until you know it; `gret score <this file>` checks the sheet and scores what is answered.',
      '',
    ),
    '#',
    '# Instead of an answer, an indicator can be marked with one of:',
    '#   status: dont-know',
    '#   status: not-applicable, with a reason:',
    `#     na_reason: ${naReasons.join(' | ')}`,
    '#     (na_reason: other also needs na_note: why)',
    '#     (a critical one only handled-nationally, with agency: the national body)',
    '# Optional with any answer:',
    '#   note: free text',
    '#   evidence: a list of titles, or of entries such as',
    '#     - {title: Digital strategy 2024, link: strategy.pdf, verification: document-seen}',
    `#     where verification is ${verificationLevels.join(' | ')}`,
    '#   agency: who gave the answer',
    `format: ${ANSWERS_FORMAT}`,
    'meta:',
    '  ministry:      # the ministry or agency assessed',
    '  country:',
    '  assessors: []  # names, e.g. [Ana Lima, Ben Ortiz]',
    '  date:          # YYYY-MM-DD',
    `  language: ${rubric.language}`,
    '  pack:',
    `    id: ${rubric.id}`,
    `    version: ${rubric.version}`,
    '',
    'answers:',
  ];
  rubric.dimensions.forEach((d, n) => {
    out.push('', `  # ${'='.repeat(WIDTH - 4)}`, ...comment('  ', `Dimension ${n + 1} of ${rubric.dimensions.length}: ${d.title}`), ...comment('  ', d.description), `  # ${'='.repeat(WIDTH - 4)}`);
    for (const ind of d.indicators) out.push('', ...indicatorBlock(rubric, ind));
  });
  return `${out.join('\n')}\n`;
}

function indicatorBlock(rubric: Rubric, ind: Indicator): string[] {
  const c = (text: string): string[] => comment('  ', text);
  const out = [
    ...c(`${ind.title}${ind.critical ? ' (critical)' : ''}`),
    ...c(`Q: ${ind.question}`),
    ...c(`Guidance: ${ind.guidance}`),
  ];
  if (ind.scope === 'national') out.push(...c('Scope: national; answer for the country as a whole.'));
  if (ind.appliesIf !== undefined) {
    const cond = ind.appliesIf;
    const when = 'minLevel' in cond ? `is at level ${cond.minLevel} or above` : `is answered ${cond.answerIn.join(' or ')}`;
    out.push(...c(`Applies only if ${cond.indicator} ${when}; otherwise leave it blank${cond.otherwise === 'not-applicable' ? '' : ` (it then scores level ${cond.otherwise})`}.`));
  }
  out.push(...c(`Evidence to look for: ${ind.evidencePrompt}`));
  ind.evidence.forEach((needed, level) => {
    if (needed !== null) out.push(...c(`  Needed for level ${level}: ${needed}`));
  });
  out.push(...answerForm(rubric, ind).flatMap(c));
  out.push(`  ${ind.id}:`, '    answer:', '    note:', '    evidence: []', '    agency:');
  return out;
}

function answerForm(rubric: Rubric, ind: Indicator): string[] {
  const levels = (prefix: (level: number) => string): string[] => ind.levels.map((text, level) => `  ${prefix(level)}${text}`);
  switch (ind.type) {
    case 'level':
      return ['answer: the level that describes the ministry best, 0 to ' + rubric.maxLevel, ...levels((l) => `${l} ${rubric.scale[l]?.label ?? ''}: `)];
    case 'yes-no':
      return [
        'answer: yes or no',
        `  yes: ${ind.levels[ind.yesLevel] ?? ''}`,
        `  no: ${ind.levels[ind.noLevel] ?? ''}`,
      ];
    case 'choice':
      return ['answer: one option id', ...ind.options.map((o) => `  ${o.id}: ${o.label}`)];
    case 'checklist':
      return ['answer: a list of the items that apply, e.g. [' + ind.items.slice(0, 2).map((i) => i.id).join(', ') + '], or [] for none', ...ind.items.map((i) => `  ${i.id}: ${i.label}`)];
    case 'number': {
      const range = [ind.min === undefined ? '' : `from ${ind.min}`, ind.max === undefined ? '' : `up to ${ind.max}`].filter((r) => r !== '').join(' ');
      return [`answer: a number${ind.unit === undefined ? '' : ` of ${ind.unit}`}${range === '' ? '' : `, ${range}`}`];
    }
    case 'percent':
      return ['answer: a percentage from 0 to 100 (the number only, without %)'];
    case 'parity':
      return [
        `answer: the four counts, whole numbers, e.g. { ${parityCounts.map((c) => `${c}: …`).join(', ')} }`,
        ...parityCounts.map((c) => `  ${c}: ${ind.counts[c]}`),
        "  gret computes the parity score: (women_users ÷ women_eligible) ÷ (men_users ÷ men_eligible).",
      ];
  }
}

/**
 * Folds text into comment lines of at most WIDTH characters. Continuation lines keep the text's
 * own leading spaces plus `hang`, so that list items and "Label: text" lines read as one block.
 */
function comment(indent: string, text: string, hang = '  '): string[] {
  const lead0 = /^ */.exec(text)?.[0] ?? '';
  const lead = `${indent}# ${lead0}`;
  return wrap(text.trim(), WIDTH - lead.length, hang)
    .split('\n')
    .map((l) => `${lead}${l}`.trimEnd());
}
