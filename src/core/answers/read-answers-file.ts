import { issue, type Issue, type Parsed } from '../issues.js';
import { hasControlChars } from '../sanitize.js';
import type { AnswerStatus, AssessmentMeta, NaReason, Verification } from '../types.js';
import { ISO_DATE, KEBAB_ID, LANGUAGE_TAG, VERSION } from '../patterns.js';
import { answerStatuses, naReasons, verificationLevels } from '../vocabulary.js';
import { ANSWERS_FORMAT } from './format.js';

/**
 * The shape check of an answers file, written out by hand rather than with zod: every `score`,
 * `report` and `compare` reads answers files, and loading zod alone would nearly double their
 * start-up. Rubrics, which are compiled once at build time, keep their zod schema. The rules
 * mirror the rubric schema's: unknown keys are errors, text is trimmed and may hold no control
 * characters, and a key left blank (`note:`) counts as left out, so a blank answer sheet is
 * valid as it stands. Checks against the rubric live in parse-answers.ts.
 */

interface EvidenceInput {
  readonly title: string;
  readonly link?: string;
  readonly date?: string;
  readonly provided_by?: string;
  readonly verification: Verification;
}

export interface AnswerInput {
  readonly status?: AnswerStatus;
  readonly answer?: number | string | readonly string[];
  readonly na_reason?: NaReason;
  readonly na_note?: string;
  readonly note?: string;
  readonly evidence: readonly (string | EvidenceInput)[];
  readonly agency?: string;
}

interface AnswersFile {
  readonly meta: AssessmentMeta;
  /** null for an entry with nothing in it. */
  readonly answers: Readonly<Record<string, AnswerInput | null>>;
}

type Path = readonly (string | number)[];
type Fields = Readonly<Record<string, unknown>>;

export function readAnswersFile(file: string, data: unknown): Parsed<AnswersFile> {
  const issues: Issue[] = [];
  const fail = (path: Path, code: string, message: string): undefined => {
    issues.push(issue(file, path, code, message));
    return undefined;
  };
  const name = (path: Path): string => (path.length === 0 ? 'the file' : `"${String(path[path.length - 1])}"`);

  const mapping = (value: unknown, path: Path, keys: readonly string[]): Fields | undefined => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(path, 'WRONG_TYPE', `${name(path)} must be a mapping of keys to values, not ${describe(value)}`);
    }
    const record = value as Fields;
    for (const key of Object.keys(record)) if (!keys.includes(key)) fail([...path, key], 'UNKNOWN_KEY', `unknown key "${key}" (a typo?)`);
    return record;
  };
  const text = (value: unknown, path: Path, required: boolean): string | undefined => {
    if (value === undefined || value === null) return required ? fail(path, 'MISSING', `${name(path)} ${value === null ? 'is empty; fill it in' : 'is required'}`) : undefined;
    if (typeof value !== 'string') return fail(path, 'WRONG_TYPE', `${name(path)} must be text, not ${describe(value)}`);
    const trimmed = value.trim();
    if (trimmed === '') return required ? fail(path, 'MISSING', `${name(path)} is empty; fill it in`) : undefined;
    if (hasControlChars(trimmed)) return fail(path, 'CONTROL_CHARACTER', `${name(path)} contains a control character or terminal escape sequence`);
    return trimmed;
  };
  const matching = (value: unknown, path: Path, pattern: RegExp, what: string, required = true): string | undefined => {
    const s = text(value, path, required);
    if (s === undefined || pattern.test(s)) return s;
    return fail(path, 'WRONG_FORMAT', `${name(path)} must be ${what}, not "${s}"`);
  };
  const oneOf = <T extends string>(value: unknown, path: Path, allowed: readonly T[]): T | undefined => {
    if (value === undefined || value === null) return undefined;
    const found = allowed.find((a) => a === value);
    return found ?? fail(path, 'NOT_ALLOWED', `${name(path)} must be one of: ${allowed.join(', ')}`);
  };

  const evidenceEntry = (value: unknown, path: Path): string | EvidenceInput | undefined => {
    if (typeof value === 'string') return text(value, path, true);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail(path, 'WRONG_TYPE', 'evidence is a title, or {title, link, date, provided_by, verification}');
    }
    const e = mapping(value, path, ['title', 'link', 'date', 'provided_by', 'verification']);
    if (e === undefined) return undefined;
    const title = text(e['title'], [...path, 'title'], true);
    const link = text(e['link'], [...path, 'link'], false);
    const date = matching(e['date'], [...path, 'date'], ISO_DATE, 'a date written YYYY-MM-DD', false);
    const providedBy = text(e['provided_by'], [...path, 'provided_by'], false);
    const verification = oneOf(e['verification'], [...path, 'verification'], verificationLevels) ?? 'claimed';
    if (title === undefined) return undefined;
    return {
      title,
      verification,
      ...(link === undefined ? {} : { link }),
      ...(date === undefined ? {} : { date }),
      ...(providedBy === undefined ? {} : { provided_by: providedBy }),
    };
  };

  const answerValue = (value: unknown, path: Path): AnswerInput['answer'] => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string') return text(value, path, false);
    if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return value;
    return fail(path, 'WRONG_TYPE', `"answer" must be a number, a word, or a list of item ids, not ${describe(value)}`);
  };

  const answerEntry = (value: unknown, path: Path): AnswerInput | null | undefined => {
    if (value === null) return null;
    if (typeof value !== 'object') {
      return fail(path, 'WRONG_TYPE', `${name(path)} must be a mapping such as { answer: ${JSON.stringify(value)} }, not a bare value`);
    }
    const a = mapping(value, path, ['status', 'answer', 'na_reason', 'na_note', 'note', 'evidence', 'agency']);
    if (a === undefined) return undefined;
    const rawEvidence = a['evidence'];
    let evidence: (string | EvidenceInput)[] = [];
    if (Array.isArray(rawEvidence)) {
      evidence = rawEvidence.flatMap((e, i) => evidenceEntry(e, [...path, 'evidence', i]) ?? []);
    } else if (rawEvidence !== undefined && rawEvidence !== null) {
      fail([...path, 'evidence'], 'WRONG_TYPE', `"evidence" must be a list, not ${describe(rawEvidence)}`);
    }
    const entry: AnswerInput = {
      evidence,
      ...defined('status', oneOf(a['status'], [...path, 'status'], answerStatuses)),
      ...defined('answer', answerValue(a['answer'], [...path, 'answer'])),
      ...defined('na_reason', oneOf(a['na_reason'], [...path, 'na_reason'], naReasons)),
      ...defined('na_note', text(a['na_note'], [...path, 'na_note'], false)),
      ...defined('note', text(a['note'], [...path, 'note'], false)),
      ...defined('agency', text(a['agency'], [...path, 'agency'], false)),
    };
    return entry;
  };

  const top = mapping(data, [], ['format', 'meta', 'answers']);
  if (top === undefined) return { ok: false, issues };
  if (top['format'] !== ANSWERS_FORMAT) fail(['format'], 'WRONG_FORMAT', `"format" must be ${ANSWERS_FORMAT}`);

  const rawMeta = top['meta'];
  const m = rawMeta === undefined ? fail(['meta'], 'MISSING', '"meta" is required') : mapping(rawMeta, ['meta'], ['ministry', 'country', 'assessors', 'date', 'language', 'group', 'pack']);
  let meta: AssessmentMeta | undefined;
  if (m !== undefined) {
    const ministry = text(m['ministry'], ['meta', 'ministry'], true);
    const country = text(m['country'], ['meta', 'country'], true);
    const date = matching(m['date'], ['meta', 'date'], ISO_DATE, 'a date written YYYY-MM-DD');
    const language = matching(m['language'], ['meta', 'language'], LANGUAGE_TAG, 'a language tag such as en or th');
    const group = text(m['group'], ['meta', 'group'], false);
    let assessors: string[] = [];
    const rawAssessors = m['assessors'];
    if (Array.isArray(rawAssessors)) assessors = rawAssessors.flatMap((a, i) => text(a, ['meta', 'assessors', i], true) ?? []);
    else if (rawAssessors !== undefined && rawAssessors !== null) fail(['meta', 'assessors'], 'WRONG_TYPE', `"assessors" must be a list of names, not ${describe(rawAssessors)}`);
    const rawPack = m['pack'];
    const p = rawPack === undefined ? fail(['meta', 'pack'], 'MISSING', '"pack" is required') : mapping(rawPack, ['meta', 'pack'], ['id', 'version']);
    const packId = p === undefined ? undefined : matching(p['id'], ['meta', 'pack', 'id'], KEBAB_ID, 'a kebab-case pack id');
    const version = p === undefined ? undefined : matching(p['version'], ['meta', 'pack', 'version'], VERSION, 'a version such as 1.0.0');
    if (ministry !== undefined && country !== undefined && date !== undefined && language !== undefined && packId !== undefined && version !== undefined) {
      meta = { ministry, country, assessors, date, language, pack: { id: packId, version }, ...(group === undefined ? {} : { group }) };
    }
  }

  const answers: Record<string, AnswerInput | null> = {};
  const rawAnswers = top['answers'];
  if (rawAnswers !== undefined && rawAnswers !== null) {
    const all = mapping(rawAnswers, ['answers'], typeof rawAnswers === 'object' ? Object.keys(rawAnswers) : []);
    for (const [id, value] of Object.entries(all ?? {})) {
      const entry = answerEntry(value, ['answers', id]);
      if (entry !== undefined) answers[id] = entry;
    }
  }
  if (issues.length > 0 || meta === undefined) return { ok: false, issues };
  return { ok: true, value: { meta, answers }, warnings: [] };
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}
