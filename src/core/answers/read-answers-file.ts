import { issue, type Issue, type IssueWords } from '../issues.js';
import type { Words } from '../messages/messages.js';
import { hasControlChars, quoted } from '../sanitize.js';
import type { AnswerStatus, AssessmentMeta, NaReason, Verification } from '../types.js';
import { ISO_DATE, isCalendarDate, KEBAB_ID, LANGUAGE_TAG, VERSION } from '../patterns.js';
import { answerStatuses, naReasons, verificationLevels } from '../vocabulary.js';
import { ANSWERS_FORMAT } from './format.js';
import { unknownKey } from '../unknown-key.js';

/**
 * The shape check of an answers file, written out by hand rather than with zod: every `score`,
 * `report` and `compare` reads answers files, and loading zod alone would nearly double their
 * start-up. Rubrics, which are compiled once at build time, keep their zod schema. The rules
 * mirror the rubric schema's: unknown keys are errors, text is trimmed and may hold no control
 * characters, and a key left blank (`note:`) counts as left out, so a blank answer sheet is
 * valid as it stands. Checks against the rubric live in parse-answers.ts.
 *
 * Whatever can be read is returned with the problems, so that the checks against the rubric
 * run on it in the same pass: a person mending a file by hand sees every problem at once, not a
 * second list after fixing the first.
 */

interface EvidenceInput {
  readonly title: string;
  readonly link?: string;
  readonly date?: string;
  readonly provided_by?: string;
  readonly verification: Verification;
}

/** The fields the checks against the rubric depend on. */
export type CheckedField = 'status' | 'answer' | 'na_reason' | 'na_note';

export interface AnswerInput {
  readonly status?: AnswerStatus;
  readonly answer?: number | string | readonly string[] | Readonly<Record<string, number>>;
  readonly na_reason?: NaReason;
  readonly na_note?: string;
  readonly note?: string;
  readonly evidence: readonly (string | EvidenceInput)[];
  readonly agency?: string;
  /** Fields that are given but could not be read (their problem is reported): present, value unknown. */
  readonly unreadable: readonly CheckedField[];
}

interface AnswersFileReading {
  /** Every problem of the file's shape. */
  readonly issues: readonly Issue[];
  /** Undefined when a required part of meta cannot be read. */
  readonly meta: AssessmentMeta | undefined;
  /** The pack meta names, as far as it can be read: checked against the rubric even when the rest of meta is not. */
  readonly pack: { readonly id?: string; readonly version?: string };
  /** Every answers entry by indicator id: null for a blank one, undefined for one that is not a mapping. */
  readonly answers: ReadonlyMap<string, AnswerInput | null | undefined>;
}

type Path = readonly (string | number)[];
type Fields = Readonly<Record<string, unknown>>;

const EVIDENCE_KEYS = ['title', 'link', 'date', 'provided_by', 'verification'] as const;

export function readAnswersFile(file: string, data: unknown): AnswersFileReading {
  const issues: Issue[] = [];
  const fail = <C extends string>(path: Path, code: C, words: IssueWords<C>): undefined => {
    issues.push(issue(file, path, code, words));
    return undefined;
  };
  const name = (path: Path): string | Words => {
    const last = path[path.length - 1];
    if (last === undefined) return { key: 'issues.named.file' };
    return typeof last === 'number' ? { key: 'issues.named.item', values: { number: last + 1, list: quoted(String(path[path.length - 2])) } } : quoted(last);
  };

  const isMapping = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
  const mapping = (value: unknown, path: Path, keys: readonly string[]): Fields | undefined => {
    if (!isMapping(value)) return fail(path, 'WRONG_TYPE', { key: 'issues.WRONG_TYPE.mapping', values: { name: name(path), found: describe(value) } });
    for (const key of Object.keys(value)) if (!keys.includes(key)) fail([...path, key], 'UNKNOWN_KEY', unknownKey(key));
    return value;
  };
  const text = (value: unknown, path: Path, required: boolean): string | undefined => {
    if (value === undefined || value === null) return required ? fail(path, 'MISSING', { key: value === null ? 'issues.MISSING.empty' : 'issues.MISSING.required', values: { name: name(path) } }) : undefined;
    const split = colonSplit(value);
    if (split !== undefined) return fail(path, 'COLON_IN_TEXT', { key: 'issues.COLON_IN_TEXT', values: { name: name(path), text: quoted(split) } });
    if (typeof value !== 'string') return fail(path, 'WRONG_TYPE', { key: 'issues.WRONG_TYPE.text', values: { name: name(path), found: describe(value) } });
    const trimmed = value.trim();
    if (trimmed === '') return required ? fail(path, 'MISSING', { key: 'issues.MISSING.empty', values: { name: name(path) } }) : undefined;
    if (hasControlChars(trimmed)) return fail(path, 'CONTROL_CHARACTER', { key: 'issues.CONTROL_CHARACTER', values: { name: name(path) } });
    return trimmed;
  };
  const matching = (value: unknown, path: Path, pattern: RegExp, key: IssueWords<'WRONG_FORMAT'>['key'], required = true): string | undefined => {
    const s = text(value, path, required);
    if (s === undefined || pattern.test(s)) return s;
    return fail(path, 'WRONG_FORMAT', { key, values: { name: name(path), value: quoted(s) } });
  };
  const dated = (value: unknown, path: Path, required = true): string | undefined => {
    const s = matching(value, path, ISO_DATE, 'issues.WRONG_FORMAT.date', required);
    if (s === undefined || isCalendarDate(s)) return s;
    return fail(path, 'WRONG_FORMAT', { key: 'issues.WRONG_FORMAT.calendar_day', values: { name: name(path), value: quoted(s) } });
  };
  const oneOf = <T extends string>(value: unknown, path: Path, allowed: readonly T[]): T | undefined => {
    if (value === undefined || value === null) return undefined;
    const found = allowed.find((a) => a === value);
    return found ?? fail(path, 'NOT_ALLOWED', { key: 'issues.NOT_ALLOWED', values: { name: name(path), allowed: allowed.join(', '), found: describe(value) } });
  };
  const list = (value: unknown, path: Path, key: 'issues.WRONG_TYPE.list_of_evidence' | 'issues.WRONG_TYPE.list_of_names'): readonly unknown[] => {
    if (Array.isArray(value)) return value;
    if (value !== undefined && value !== null) {
      const dash = typeof value === 'string' && /^-\S/.test(value.trim()) ? 'yes' : 'no';
      fail(path, 'WRONG_TYPE', { key, values: { name: name(path), found: describe(value), dash } });
    }
    return [];
  };

  const evidenceEntry = (value: unknown, path: Path): string | EvidenceInput | undefined => {
    const split = colonSplit(value);
    if (typeof value === 'string' || (split !== undefined && !EVIDENCE_KEYS.some((k) => split.startsWith(`${k}:`)))) return text(value, path, true);
    const e = isMapping(value) ? mapping(value, path, EVIDENCE_KEYS) : undefined;
    if (e === undefined) return fail(path, 'WRONG_TYPE', { key: 'issues.WRONG_TYPE.evidence', values: { fields: `{${EVIDENCE_KEYS.join(', ')}}`, found: describe(value) } });
    const title = text(e['title'], [...path, 'title'], true);
    const link = text(e['link'], [...path, 'link'], false);
    const date = dated(e['date'], [...path, 'date'], false);
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
    // The four counts of a parity answer; which keys and values it needs is checked against the rubric.
    if (isMapping(value) && Object.values(value).every((v) => typeof v === 'number' && Number.isFinite(v))) return value as Readonly<Record<string, number>>;
    return fail(path, 'WRONG_TYPE', { key: 'issues.WRONG_TYPE.answer', values: { found: describe(value) } });
  };

  const answerEntry = (value: unknown, path: Path): AnswerInput | null | undefined => {
    if (value === null) return null;
    if (typeof value !== 'object') {
      return fail(path, 'WRONG_TYPE', { key: 'issues.WRONG_TYPE.bare_value', values: { name: name(path), example: `{ answer: ${quoted(value)} }` } });
    }
    const a = mapping(value, path, ['status', 'answer', 'na_reason', 'na_note', 'note', 'evidence', 'agency']);
    if (a === undefined) return undefined;
    const unreadable: CheckedField[] = [];
    const checked = <V>(field: CheckedField, read: (value: unknown, path: Path) => V | undefined): V | undefined => {
      const found = issues.length;
      const v = read(a[field], [...path, field]);
      if (issues.length > found) unreadable.push(field);
      return v;
    };
    const evidence = list(a['evidence'], [...path, 'evidence'], 'issues.WRONG_TYPE.list_of_evidence').flatMap((e, i) => evidenceEntry(e, [...path, 'evidence', i]) ?? []);
    return {
      evidence,
      ...defined('status', checked('status', (v, p) => oneOf(v, p, answerStatuses))),
      ...defined('answer', checked('answer', answerValue)),
      ...defined('na_reason', checked('na_reason', (v, p) => oneOf(v, p, naReasons))),
      ...defined('na_note', checked('na_note', (v, p) => text(v, p, false))),
      ...defined('note', text(a['note'], [...path, 'note'], false)),
      ...defined('agency', text(a['agency'], [...path, 'agency'], false)),
      unreadable,
    };
  };

  const answers = new Map<string, AnswerInput | null | undefined>();
  const top = mapping(data, [], ['format', 'meta', 'answers']);
  if (top === undefined) return { issues, meta: undefined, pack: {}, answers };
  if (top['format'] !== ANSWERS_FORMAT) fail(['format'], 'WRONG_FORMAT', { key: 'issues.WRONG_FORMAT.format', values: { name: quoted('format'), format: ANSWERS_FORMAT } });

  const rawMeta = top['meta'];
  const m = rawMeta === undefined ? fail(['meta'], 'MISSING', { key: 'issues.MISSING.required', values: { name: quoted('meta') } }) : mapping(rawMeta, ['meta'], ['ministry', 'country', 'assessors', 'date', 'language', 'group', 'national_profile', 'pack']);
  let meta: AssessmentMeta | undefined;
  let pack: AnswersFileReading['pack'] = {};
  if (m !== undefined) {
    const ministry = text(m['ministry'], ['meta', 'ministry'], true);
    const country = text(m['country'], ['meta', 'country'], true);
    const date = dated(m['date'], ['meta', 'date']);
    const language = matching(m['language'], ['meta', 'language'], LANGUAGE_TAG, 'issues.WRONG_FORMAT.language');
    const group = text(m['group'], ['meta', 'group'], false);
    const nationalProfile = text(m['national_profile'], ['meta', 'national_profile'], false);
    const assessors = list(m['assessors'], ['meta', 'assessors'], 'issues.WRONG_TYPE.list_of_names').flatMap((a, i) => text(a, ['meta', 'assessors', i], true) ?? []);
    const rawPack = m['pack'];
    const p = rawPack === undefined ? fail(['meta', 'pack'], 'MISSING', { key: 'issues.MISSING.required', values: { name: quoted('pack') } }) : mapping(rawPack, ['meta', 'pack'], ['id', 'version']);
    const id = p === undefined ? undefined : matching(p['id'], ['meta', 'pack', 'id'], KEBAB_ID, 'issues.WRONG_FORMAT.pack_id');
    const version = p === undefined ? undefined : matching(p['version'], ['meta', 'pack', 'version'], VERSION, 'issues.WRONG_FORMAT.version');
    pack = { ...defined('id', id), ...defined('version', version) };
    if (ministry !== undefined && country !== undefined && date !== undefined && language !== undefined && id !== undefined && version !== undefined) {
      meta = { ministry, country, assessors, date, language, pack: { id, version }, ...(group === undefined ? {} : { group }), ...(nationalProfile === undefined ? {} : { nationalProfile }) };
    }
  }

  const rawAnswers = top['answers'];
  if (rawAnswers !== undefined && rawAnswers !== null) {
    const all = mapping(rawAnswers, ['answers'], isMapping(rawAnswers) ? Object.keys(rawAnswers) : []);
    for (const [id, value] of Object.entries(all ?? {})) answers.set(id, answerEntry(value, ['answers', id]));
  }
  return { issues, meta, pack, answers };
}

/**
 * `Circular 12: gender data` in a list reads as a mapping of one key to one value: the text
 * as written (with its ": "), when a value has that shape.
 */
function colonSplit(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const [only] = entries;
  if (entries.length !== 1 || only === undefined) return undefined;
  const [key, v] = only;
  return ['string', 'number', 'boolean'].includes(typeof v) ? `${key}: ${String(v)}` : undefined;
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}

/** What a value was found to be, for "must be …, not {found}". */
function describe(value: unknown): Words {
  if (value === null) return { key: 'issues.found.nothing' };
  if (Array.isArray(value)) return { key: 'issues.found.list' };
  if (typeof value === 'object') return { key: 'issues.found.mapping' };
  if (typeof value === 'string') return { key: 'issues.found.text', values: { value: quoted(value) } };
  if (typeof value === 'number') return { key: 'issues.found.number', values: { value: quoted(value) } };
  if (typeof value === 'boolean') return { key: 'issues.found.boolean', values: { value: quoted(value) } };
  return { key: 'issues.found.other', values: { type: typeof value, value: quoted(value) } };
}
