import { naReasons, parityCounts } from '../../core/vocabulary.js';
import type { Indicator, Rubric } from '../../core/types.js';
import type { Wording } from '../../core/template/template-schema.js';
import { shownAnswer } from '../../core/answers/describe-answer.js';
import { answerInWords } from '../model/answer-words.js';
import { fill } from '../model/fill.js';

/** A statement to tick; `detail` is what the statement means for this indicator. */
export interface Tick {
  readonly label: string;
  readonly detail?: string;
  /** Boxes ticked under this one, such as the reasons for "not applicable". */
  readonly under?: readonly Tick[];
  /** A line to write on after the label, such as the body that handles it nationally. */
  readonly writeIn?: boolean;
}

/**
 * One question as printed. Every text is final, its punctuation included, since the wording
 * says how a label and its text are joined in each language.
 */
export interface Question {
  readonly id: string;
  /** The number in reading order, such as 2.4. */
  readonly number: string;
  /** The title, marked "critical" where the indicator gates the band. */
  readonly heading: string;
  readonly question: string;
  readonly guidance: string;
  /** When the question applies, and its scope: sentences printed before the choices. */
  readonly conditions: readonly string[];
  readonly choicesIntro?: string;
  readonly choices: readonly Tick[];
  /** Labels of blanks to fill with a figure (numbers, percentages, the four counts of a parity question). */
  readonly figures: readonly string[];
  readonly notApplicable: Tick;
  readonly dontKnow: Tick;
  readonly evidence: { readonly prompt: string; readonly needed: readonly string[] };
  /** What to write by hand (evidence, note, answering agency), with how many lines each needs on paper. */
  readonly lines: readonly { readonly label: string; readonly rows: number }[];
  /** The indicator id, labelled: the key to type the answers in by later. */
  readonly idLine: string;
}

export interface QuestionnaireSection {
  readonly number: number;
  readonly title: string;
  readonly description: string;
  readonly questions: readonly Question[];
}

/** The blank questionnaire, laid out once for every format that prints it. */
export interface Questionnaire {
  readonly language: string;
  readonly title: string;
  readonly subtitle: string;
  readonly identity: string;
  readonly fields: readonly string[];
  readonly instructions: string;
  readonly sections: readonly QuestionnaireSection[];
}

type Phrases = Wording['questionnaire'];

export function buildQuestionnaire(rubric: Rubric, wording: Wording): Questionnaire {
  const w = wording.questionnaire;
  const f = w.fields;
  return {
    language: wording.language,
    title: fill(w.title, { pack: rubric.title }),
    subtitle: w.subtitle,
    identity: fill(w.identity, { id: rubric.id, version: rubric.version }),
    fields: [f.ministry, f.country, f.assessors, f.date],
    instructions: w.instructions,
    sections: rubric.dimensions.map((d, n) => ({
      number: n + 1,
      title: d.title,
      description: d.description,
      questions: d.indicators.map((ind, k) => question(rubric, ind, `${n + 1}.${k + 1}`, wording)),
    })),
  };
}

function question(rubric: Rubric, ind: Indicator, number: string, wording: Wording): Question {
  const w = wording.questionnaire;
  const { choicesIntro, choices, figures } = answerForms(rubric, ind, w);
  const labelled = (label: string, text: string) => fill(w.labelled, { label, text });
  const writeHere = (label: string) => fill(w.write_here, { label });
  return {
    id: ind.id,
    number,
    heading: ind.critical ? fill(w.flagged, { title: ind.title, flag: w.critical }) : ind.title,
    question: ind.question,
    guidance: labelled(w.guidance, ind.guidance),
    conditions: [...(ind.scope === 'national' ? [w.scope_national] : []), ...condition(rubric, ind, wording)],
    ...(choicesIntro === undefined ? {} : { choicesIntro }),
    choices,
    figures: figures.map(writeHere),
    // A critical indicator can only be left to a national body, which must be named.
    notApplicable: ind.critical
      ? { label: w.not_applicable_critical, writeIn: true }
      : { label: w.not_applicable, under: naReasons.map((r) => (r === 'other' ? { label: w.reasons[r], writeIn: true } : { label: w.reasons[r] })) },
    dontKnow: { label: w.dont_know },
    evidence: {
      prompt: labelled(w.evidence_prompt, ind.evidencePrompt),
      needed: ind.evidence.flatMap((needed, level) => (needed === null ? [] : [labelled(fill(w.evidence_needed, { level }), needed)])),
    },
    lines: [
      { label: writeHere(w.evidence_line), rows: 3 },
      { label: writeHere(w.note_line), rows: 4 },
      { label: writeHere(w.agency_line), rows: 1 },
    ],
    idLine: labelled(w.id, ind.id),
  };
}

/** An answer a condition asks for, as the reader would give it: "Yes" or a choice's label, not its id. */
function answered(ref: Indicator | undefined, value: string | number, wording: Wording): string {
  const shown = ref === undefined ? null : shownAnswer(ref, value);
  return shown === null ? String(value) : answerInWords(wording, shown);
}

function condition(rubric: Rubric, ind: Indicator, wording: Wording): string[] {
  const w = wording.questionnaire;
  const cond = ind.appliesIf;
  if (cond === undefined) return [];
  const ref = rubric.dimensions.flatMap((d) => d.indicators).find((i) => i.id === cond.indicator);
  const indicator = ref?.title ?? cond.indicator;
  const when =
    'minLevel' in cond
      ? fill(w.condition_level, { indicator, level: cond.minLevel })
      : fill(w.condition_answer, { indicator, answers: cond.answerIn.map((v) => answered(ref, v, wording)).join(` ${w.condition_or} `) });
  return [
    cond.otherwise === 'not-applicable'
      ? fill(w.condition_alone, { condition: when })
      : fill(w.condition_with_otherwise, { condition: when, otherwise: fill(w.condition_otherwise, { level: cond.otherwise }) }),
  ];
}

function answerForms(rubric: Rubric, ind: Indicator, w: Phrases): Pick<Question, 'choicesIntro' | 'choices' | 'figures'> {
  switch (ind.type) {
    case 'level':
      // A level no answer can reach has no statement and no box.
      return {
        choices: ind.levels.flatMap((detail, level) => (detail === null ? [] : [{ label: `${level} ${rubric.scale[level]?.label ?? ''}`.trim(), detail }])),
        figures: [],
      };
    case 'yes-no':
      return {
        choices: [
          { label: w.yes, detail: ind.levels[ind.yesLevel] ?? '' },
          { label: w.no, detail: ind.levels[ind.noLevel] ?? '' },
        ],
        figures: [],
      };
    case 'choice':
      return { choices: ind.options.map((o) => ({ label: o.label })), figures: [] };
    case 'checklist':
      return { choicesIntro: w.checklist_intro, choices: [...ind.items.map((i) => ({ label: i.label })), { label: w.checklist_none }], figures: [] };
    case 'number':
      return { choices: [], figures: [ind.unit === undefined ? w.number : fill(w.number_of, { unit: ind.unit })] };
    case 'percent':
      return { choices: [], figures: [w.percent] };
    case 'parity':
      return { choices: [], figures: parityCounts.map((c) => ind.counts[c]) };
  }
}
