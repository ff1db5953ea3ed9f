import { hasControlChars } from '../sanitize.js';
import type { Answer, AnswerValue, AssessmentMeta, Evidence, Indicator, Rubric } from '../types.js';
import { ISO_DATE, isCalendarDate, KEBAB_ID, LANGUAGE_TAG, VERSION } from '../patterns.js';
import { answerStatuses, naReasons, parityCounts, verificationLevels } from '../vocabulary.js';
import { ANSWERS_FORMAT } from './format.js';
import type { Answers } from '../types.js';

/*
 * The answers file as parse-answers.ts reads it, for a file with nothing to say about it: no
 * problem and no warning. It answers `undefined` ("not sure") at the first thing that is not
 * plainly right, and parse-answers.ts then reads the file again with every check worded. An
 * aggregate reads thousands of clean files, and the full reader spends most of its time
 * building the paths and messages of problems a clean file does not have. Both readers must
 * give the same answers, key for key, and accept the same files:
 * test/core/clean-answers.test.ts holds them to that over thousands of mutated files.
 */

type Fields = Readonly<Record<string, unknown>>;
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What the checks need of an indicator, worked out once per rubric. */
interface Expected {
  readonly critical: boolean;
  /** The answer value is one this indicator accepts (parse-answers.ts, valueProblem). */
  readonly accepts: (value: AnswerValue) => boolean;
}

const TOP_KEYS: ReadonlySet<string> = new Set(['format', 'meta', 'answers']);
const META_KEYS: ReadonlySet<string> = new Set(['ministry', 'country', 'assessors', 'date', 'language', 'group', 'national_profile', 'pack']);
const PACK_KEYS: ReadonlySet<string> = new Set(['id', 'version']);
const EVIDENCE_KEYS: ReadonlySet<string> = new Set(['title', 'link', 'date', 'provided_by', 'verification']);
const STATUSES: ReadonlySet<unknown> = new Set(answerStatuses);
const NA_REASONS: ReadonlySet<unknown> = new Set(naReasons);
const VERIFICATIONS: ReadonlySet<unknown> = new Set(verificationLevels);
const PARITY_COUNTS: ReadonlySet<string> = new Set(parityCounts);

const checkers = new WeakMap<Rubric, ReadonlyMap<string, Expected>>();

/**
 * The answers of a file that has no problem and no warning against this rubric; undefined for any
 * other file. `controlFree`: the reader of the file vouches that no text in it holds a control character.
 */
export function cleanAnswers(data: unknown, rubric: Rubric, controlFree = false): Answers | undefined {
  let expected = checkers.get(rubric);
  if (expected === undefined) {
    expected = expectations(rubric);
    checkers.set(rubric, expected);
  }
  if (!hasOnlyKeys(data, TOP_KEYS) || data['format'] !== ANSWERS_FORMAT) return undefined;
  const texts = new TextReader(!controlFree);
  const meta = cleanMeta(data['meta'], rubric, texts);
  if (meta === undefined) return undefined;
  const answers = new Map<string, Answer>();
  const rawAnswers = data['answers'];
  if (rawAnswers !== undefined && rawAnswers !== null) {
    if (!isMapping(rawAnswers)) return undefined;
    for (const id in rawAnswers) {
      if (!Object.hasOwn(rawAnswers, id)) continue;
      const entry = rawAnswers[id];
      if (entry === null) continue;
      const answer = cleanAnswer(entry, texts);
      if (answer === undefined) return undefined;
      if (answer === null) continue;
      const wanted = expected.get(id);
      if (wanted === undefined || !fits(answer, wanted)) return undefined;
      answers.set(id, answer);
    }
  }
  return texts.hasControlChars() ? undefined : { meta, answers };
}

/**
 * Text as the full reader takes it: trimmed, blank as left out. Whether any text holds a
 * control character is asked once for the whole file, which costs a small part of asking it of
 * each of the hundred and more texts of an answers file one by one, and not at all when the
 * reader of the file has vouched there is none.
 */
class TextReader {
  private all = '';

  constructor(private readonly gathers: boolean) {}

  /** Text that may be left out or blank (undefined); null when the value is not text. */
  optional(value: unknown): string | undefined | null {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') return null;
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    if (this.gathers) this.all += trimmed;
    return trimmed;
  }

  /** Text that must be given: undefined when it is not, or is not text. */
  required(value: unknown): string | undefined {
    return this.optional(value) ?? undefined;
  }

  hasControlChars(): boolean {
    return hasControlChars(this.all);
  }
}

function expectations(rubric: Rubric): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const d of rubric.dimensions) for (const i of d.indicators) out.set(i.id, { critical: i.critical, accepts: acceptor(i, rubric.maxLevel) });
  return out;
}

function acceptor(ind: Indicator, maxLevel: number): (value: AnswerValue) => boolean {
  switch (ind.type) {
    case 'level':
      return (v) => Number.isInteger(v) && Number(v) >= 0 && Number(v) <= maxLevel;
    case 'yes-no':
      return (v) => v === 'yes' || v === 'no';
    case 'choice': {
      const ids = new Set<unknown>(ind.options.map((o) => o.id));
      return (v) => ids.has(v);
    }
    case 'checklist': {
      const known = new Set<unknown>(ind.items.map((i) => i.id));
      return (v) => Array.isArray(v) && v.every((item) => known.has(item)) && new Set(v).size === v.length;
    }
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v) && !(ind.min !== undefined && v < ind.min) && !(ind.max !== undefined && v > ind.max);
    case 'percent':
      return (v) => typeof v === 'number' && v >= 0 && v <= 100;
    case 'parity':
      return isParityCounts;
  }
}

/** Counts a rate ratio can be computed from (parse-answers.ts, parityProblem). */
function isParityCounts(value: AnswerValue): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const counts = value as Readonly<Record<string, number>>;
  let n = 0;
  for (const key in counts) {
    if (!Object.hasOwn(counts, key)) continue;
    if (!PARITY_COUNTS.has(key)) return false;
    const c = counts[key];
    if (!Number.isInteger(c) || (c ?? -1) < 0) return false;
    n += 1;
  }
  const { women_eligible: we, women_users: wu, men_eligible: me, men_users: mu } = counts;
  if (n !== PARITY_COUNTS.size || we === undefined || wu === undefined || me === undefined || mu === undefined) return false;
  return we > 0 && me > 0 && mu > 0 && wu <= we && mu <= me;
}

/** The rules of parse-answers.ts (checkAnswer, criticalNotApplicable) for an answer whose fields all read well. */
function fits(answer: Answer, wanted: Expected): boolean {
  if (answer.status !== 'not-applicable') {
    if (answer.naReason !== undefined) return false;
  } else if (answer.naReason === undefined || (answer.naReason === 'other' && answer.naNote === undefined)) {
    return false;
  }
  if (answer.status !== 'answered') {
    if (answer.value !== undefined) return false;
  } else if (answer.value === undefined || !wanted.accepts(answer.value)) {
    return false;
  }
  return !(wanted.critical && answer.status === 'not-applicable' && (answer.naReason !== 'handled-nationally' || answer.agency === undefined));
}

function cleanMeta(value: unknown, rubric: Rubric, texts: TextReader): AssessmentMeta | undefined {
  if (!hasOnlyKeys(value, META_KEYS)) return undefined;
  const ministry = texts.required(value['ministry']);
  const country = texts.required(value['country']);
  const date = texts.required(value['date']);
  const language = texts.required(value['language']);
  const group = texts.optional(value['group']);
  const nationalProfile = texts.optional(value['national_profile']);
  const assessors = textList(value['assessors'], texts);
  const pack = value['pack'];
  if (ministry === undefined || country === undefined || date === undefined || language === undefined || group === null || nationalProfile === null || assessors === undefined) return undefined;
  if (!isCalendarDate(date) || !ISO_DATE.test(date) || !LANGUAGE_TAG.test(language) || !hasOnlyKeys(pack, PACK_KEYS)) return undefined;
  const id = texts.required(pack['id']);
  const version = texts.required(pack['version']);
  // Another pack is a problem, another version of this one a warning: neither is clean.
  if (id === undefined || version === undefined || !KEBAB_ID.test(id) || !VERSION.test(version) || id !== rubric.id || version !== rubric.version) return undefined;
  return { ministry, country, assessors, date, language, pack: { id, version }, ...(group === undefined ? {} : { group }), ...(nationalProfile === undefined ? {} : { nationalProfile }) };
}

/**
 * One entry of `answers`, as parse-answers.ts makes it (toAnswer); null for a blank one (every
 * field left out or blank), which counts as not answered yet. The entry's keys are gone through
 * once, and the answer's keys added one by one in toAnswer's order: thousands of entries of all
 * shapes are read, and looking up each field by name, or spreading a small object for each
 * optional one, would cost more than checking the entry.
 */
function cleanAnswer(value: unknown, texts: TextReader): Answer | null | undefined {
  if (!isMapping(value)) return undefined;
  let status: unknown;
  let rawAnswer: unknown;
  let naReason: unknown;
  let rawNaNote: unknown;
  let rawNote: unknown;
  let rawEvidence: unknown;
  let rawAgency: unknown;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field = value[key];
    switch (key) {
      case 'status':
        status = field ?? undefined;
        break;
      case 'answer':
        rawAnswer = field;
        break;
      case 'na_reason':
        naReason = field ?? undefined;
        break;
      case 'na_note':
        rawNaNote = field;
        break;
      case 'note':
        rawNote = field;
        break;
      case 'evidence':
        rawEvidence = field;
        break;
      case 'agency':
        rawAgency = field;
        break;
      default:
        return undefined;
    }
  }
  if ((status !== undefined && !STATUSES.has(status)) || (naReason !== undefined && !NA_REASONS.has(naReason))) return undefined;
  const answer = answerValue(rawAnswer, texts);
  const naNote = texts.optional(rawNaNote);
  const note = texts.optional(rawNote);
  const agency = texts.optional(rawAgency);
  const evidence = evidenceList(rawEvidence, texts);
  if (answer === null || naNote === null || note === null || agency === null || evidence === undefined) return undefined;
  if (evidence.length === 0 && status === undefined && answer === undefined && naReason === undefined && naNote === undefined && note === undefined && agency === undefined) return null;
  const out: Writable<Answer> = { status: (status as Answer['status'] | undefined) ?? 'answered', evidence };
  if (answer !== undefined) out.value = answer;
  if (naReason !== undefined) out.naReason = naReason as NonNullable<Answer['naReason']>;
  if (naNote !== undefined) out.naNote = naNote;
  if (note !== undefined) out.note = note;
  if (agency !== undefined) out.agency = agency;
  return out;
}

/** The answer value as read (read-answers-file.ts, answerValue); null when it cannot be one. */
function answerValue(value: unknown, texts: TextReader): AnswerValue | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return texts.optional(value);
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  if (!isMapping(value)) return null;
  for (const key in value) if (Object.hasOwn(value, key) && !(typeof value[key] === 'number' && Number.isFinite(value[key]))) return null;
  return value as Readonly<Record<string, number>>;
}

function evidenceList(value: unknown, texts: TextReader): Evidence[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const out: Evidence[] = [];
  for (const item of value as unknown[]) {
    const e = evidenceOf(item, texts);
    if (e === undefined) return undefined;
    out.push(e);
  }
  return out;
}

/** A bare title is a claimed piece of evidence with only a title. */
function evidenceOf(value: unknown, texts: TextReader): Evidence | undefined {
  if (typeof value === 'string') {
    const title = texts.required(value);
    return title === undefined ? undefined : { title, verification: 'claimed' };
  }
  if (!hasOnlyKeys(value, EVIDENCE_KEYS)) return undefined;
  const title = texts.required(value['title']);
  const link = texts.optional(value['link']);
  const date = texts.optional(value['date']);
  const providedBy = texts.optional(value['provided_by']);
  const verification = value['verification'] ?? undefined;
  if (title === undefined || link === null || date === null || providedBy === null) return undefined;
  if (date !== undefined && !(ISO_DATE.test(date) && isCalendarDate(date))) return undefined;
  if (verification !== undefined && !VERIFICATIONS.has(verification)) return undefined;
  const out: Writable<Evidence> = { title, verification: (verification as Evidence['verification'] | undefined) ?? 'claimed' };
  if (link !== undefined) out.link = link;
  if (date !== undefined) out.date = date;
  if (providedBy !== undefined) out.providedBy = providedBy;
  return out;
}

function textList(value: unknown, texts: TextReader): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (const item of value as unknown[]) {
    const text = texts.required(item);
    if (text === undefined) return undefined;
    out.push(text);
  }
  return out;
}

function isMapping(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: unknown, keys: ReadonlySet<string>): value is Fields {
  if (!isMapping(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key) && !keys.has(key)) return false;
  return true;
}
