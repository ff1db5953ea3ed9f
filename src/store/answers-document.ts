import { Document, isCollection, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, type Node } from 'yaml';
import { ANSWERS_FORMAT } from '../core/answers/format.js';
import type { Answer, AssessmentMeta, Evidence, Rubric } from '../core/types.js';

/*
 * Answers files are edited in place as YAML documents rather than re-serialised from plain
 * objects, so that comments and formatting a person added survive every save, and the diff of a
 * save shows only the answer that changed. Keys always come in the same order: meta before
 * answers, answers in rubric order, and the keys of an answer in ANSWER_KEYS order.
 */

const ANSWER_KEYS = ['status', 'answer', 'na_reason', 'na_note', 'note', 'evidence', 'agency'] as const;
type AnswerKey = (typeof ANSWER_KEYS)[number];
const EVIDENCE_KEYS = ['title', 'link', 'date', 'provided_by', 'verification'] as const;

export function newAnswersDocument(meta: AssessmentMeta, rubric: Rubric): Document {
  const doc = new Document({
    format: ANSWERS_FORMAT,
    meta: {
      ministry: meta.ministry,
      country: meta.country,
      assessors: meta.assessors,
      date: meta.date,
      language: meta.language,
      ...(meta.group === undefined ? {} : { group: meta.group }),
      pack: { id: meta.pack.id, version: meta.pack.version },
    },
    answers: {},
  });
  doc.commentBefore =
    ` Assessment against ${rubric.id} ${rubric.version}: ${rubric.title}.\n` +
    ' Answer with `gret assess <this file>` (it saves after every answer), or edit by hand:\n' +
    ' `gret template` prints a blank sheet that explains every question and answer.';
  const assessors = doc.getIn(['meta', 'assessors'], true);
  if (isSeq(assessors)) assessors.flow = true;
  return doc;
}

/** Writes one indicator's answer into the document, keeping everything else as it was. */
export function setAnswer(doc: Document, rubric: Rubric, indicatorId: string, answer: Answer): void {
  const answers = answersMap(doc);
  const existing = answers.items.find((p) => keyOf(p) === indicatorId);
  if (existing !== undefined && isMap(existing.value)) {
    updateAnswerMap(doc, existing.value, answer);
    return;
  }
  const entry = new YAMLMap(doc.schema);
  updateAnswerMap(doc, entry, answer);
  if (existing !== undefined) {
    // A blank entry (`id:` with nothing after it): fill it, keeping the comments around its key.
    existing.value = entry;
    return;
  }
  const order = rubricOrder(rubric);
  const rank = order.get(indicatorId) ?? Number.MAX_SAFE_INTEGER;
  const before = answers.items.findIndex((p) => (order.get(keyOf(p) ?? '') ?? Number.MAX_SAFE_INTEGER) > rank);
  const pair = new Pair(new Scalar(indicatorId), entry);
  if (before === -1) answers.items.push(pair);
  else answers.items.splice(before, 0, pair);
}

/** The text to save: the same options on every save, so that unchanged parts stay byte for byte the same. */
export function answersText(doc: Document): string {
  return doc.toString({ flowCollectionPadding: false });
}

function answersMap(doc: Document): YAMLMap {
  const node = doc.get('answers', true);
  if (isMap(node)) {
    // `answers: {}` from a new file would otherwise stay in flow style once it has entries.
    node.flow = false;
    return node;
  }
  const map = new YAMLMap(doc.schema);
  doc.set('answers', map);
  return map;
}

function updateAnswerMap(doc: Document, map: YAMLMap, answer: Answer): void {
  const wanted = answerFields(answer);
  for (const key of ANSWER_KEYS) {
    const value = wanted[key];
    if (value === undefined) {
      map.delete(key);
      continue;
    }
    const old = map.get(key, true);
    if (key === 'evidence') {
      map.set(key, evidenceNode(doc, old, answer.evidence));
    } else if (!(isScalar(old) && old.value === value) && !sameList(old, value)) {
      const node = doc.createNode(value);
      if (isSeq(node)) node.flow = true;
      if (isScalar(old) || isCollection(old)) node.comment = old.comment;
      map.set(key, node);
    }
  }
  const rankOf = (p: Pair): number => {
    const i = ANSWER_KEYS.findIndex((k) => k === keyOf(p));
    return i === -1 ? ANSWER_KEYS.length : i;
  };
  map.items.sort((a, b) => rankOf(a) - rankOf(b));
}

function answerFields(answer: Answer): Partial<Record<AnswerKey, unknown>> {
  return {
    status: answer.status,
    answer: answer.value,
    na_reason: answer.naReason,
    na_note: answer.naNote,
    note: answer.note,
    evidence: answer.evidence.length === 0 ? undefined : answer.evidence,
    agency: answer.agency,
  };
}

/** Keeps the evidence already in the file (and its comments) when entries are only added after it. */
function evidenceNode(doc: Document, old: unknown, evidence: readonly Evidence[]): Node {
  const rows = evidence.map(evidenceRow);
  if (isSeq(old)) {
    const kept = old.toJSON();
    const prefix = Array.isArray(kept) && kept.length <= rows.length && kept.every((k, i) => sameEvidence(k, rows[i]));
    if (prefix) {
      for (const row of rows.slice(kept.length)) old.items.push(doc.createNode(row));
      return old;
    }
  }
  return doc.createNode(rows);
}

function evidenceRow(e: Evidence): Record<string, string> {
  const row: Record<string, string | undefined> = { title: e.title, link: e.link, date: e.date, provided_by: e.providedBy, verification: e.verification };
  const out: Record<string, string> = {};
  for (const key of EVIDENCE_KEYS) {
    const value = row[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A bare title in the file means a claimed piece of evidence with only a title. */
function sameEvidence(inFile: unknown, row: Record<string, string> | undefined): boolean {
  if (row === undefined) return false;
  if (typeof inFile !== 'string' && (typeof inFile !== 'object' || inFile === null)) return false;
  const normalised = typeof inFile === 'string' ? { title: inFile, verification: 'claimed' } : { verification: 'claimed', ...inFile };
  return JSON.stringify(Object.entries(normalised).sort()) === JSON.stringify(Object.entries(row).sort());
}

function sameList(old: unknown, value: unknown): boolean {
  return isSeq(old) && Array.isArray(value) && JSON.stringify(old.toJSON()) === JSON.stringify(value);
}

function keyOf(pair: Pair): string | undefined {
  if (isScalar(pair.key)) return String(pair.key.value);
  return typeof pair.key === 'string' ? pair.key : undefined;
}

function rubricOrder(rubric: Rubric): Map<string, number> {
  return new Map(rubric.dimensions.flatMap((d) => d.indicators).map((i, n) => [i.id, n]));
}
