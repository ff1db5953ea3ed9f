import type { Question, Questionnaire, Tick } from './questionnaire.js';

const BLANK = '________________________________________';

/**
 * The questionnaire on paper as Markdown, for workshops without a computer at the table: a tick
 * box for every level, to transcribe later with `gret assess` or an answer sheet.
 */
export function renderQuestionnaireMarkdown(q: Questionnaire): string {
  const out: string[] = [`# ${q.title}`, '', q.subtitle, '', q.identity, '', '| | |', '|---|---|', ...q.fields.map((f) => `| ${f} | ${BLANK} |`), '', q.instructions];
  for (const s of q.sections) {
    out.push('', `## ${s.number}. ${s.title}`, '', s.description);
    for (const question of s.questions) out.push('', ...questionLines(question));
  }
  return `${out.join('\n')}\n`;
}

function tickLines(tick: Tick, indent = ''): string[] {
  const detail = tick.detail === undefined ? tick.label : `**${tick.label}**: ${tick.detail}`;
  return [`${indent}- [ ] ${detail}${tick.writeIn === true ? ` ${BLANK}` : ''}`, ...(tick.under ?? []).flatMap((t) => tickLines(t, `${indent}  `))];
}

function questionLines(q: Question): string[] {
  return [
    `### ${q.number} ${q.heading}`,
    '',
    `**${q.question}**`,
    '',
    q.guidance,
    ...q.conditions.flatMap((c) => ['', `*${c}*`]),
    '',
    ...(q.choicesIntro === undefined ? [] : [q.choicesIntro, '']),
    ...q.choices.flatMap((c) => tickLines(c)),
    ...q.figures.map((f) => `- ${f} ${BLANK}`),
    ...tickLines(q.notApplicable),
    ...tickLines(q.dontKnow),
    '',
    q.evidence.prompt,
    ...q.evidence.needed.flatMap((n) => ['', n]),
    ...q.lines.flatMap((l) => ['', `${l.label} ${BLANK}`]),
    '',
    q.idLine,
  ];
}
