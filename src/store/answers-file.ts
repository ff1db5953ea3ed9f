import type { Words } from '../core/messages/messages.js';
import type { Document } from 'yaml';
import { parseAnswers } from '../core/answers/parse-answers.js';
import { canonical } from '../core/canonical.js';
import { UserError } from '../core/errors.js';
import type { Answer, Answers, Rubric } from '../core/types.js';
import { answersText, setAnswer } from './answers-document.js';
import { acquireLock, type FileLock } from './file-lock.js';
import { nodeHost, type Host } from './host.js';
import { ANSWERS_WHAT, loadAnswersText, type LoadedAnswers } from './load-answers.js';
import { readText } from './read-text.js';
import { freeName } from './side-files.js';
import { tidyLeftovers } from './tidy-leftovers.js';
import { isReadOnly, writeFile } from './write-files.js';
import { parseYaml } from './yaml-file.js';

/** Both sides changed the same answer: the user says which to keep; the other is kept beside the file. */
export interface Conflict {
  readonly indicatorId: string;
  readonly mine: Answer;
  /** The entry as the file now holds it (plain data), or undefined if it was removed there. */
  readonly theirs: unknown;
}

export type ConflictChoice = 'mine' | 'theirs';

export interface SaveReport {
  /** What changed in the file outside gret since it was last read, all kept: indicator ids, and "meta". */
  readonly merged: readonly string[];
  /** Set when both sides changed the answer being saved. */
  readonly conflict?: { readonly kept: ConflictChoice; readonly otherFile: string };
  /** The file had gone (deleted or moved) and was written again in full. */
  readonly recreated?: boolean;
}

export interface AnswersFile {
  readonly file: string;
  /** The answers as first read. */
  readonly loaded: LoadedAnswers;
  /** What opening the file had to do and should be said: a lock taken over, leftovers tidied. */
  readonly notices: readonly Words[];
  save(indicatorId: string, answer: Answer, choose: (conflict: Conflict) => Promise<ConflictChoice>): Promise<SaveReport>;
  /** The answers the file holds as last read or written; undefined while they do not pass the checks. */
  answers(): Answers | undefined;
  /** Lets other writers in again. */
  close(): void;
}

/**
 * Opens an answers file for one writer: refuses a read-only file, takes the lock, tidies what a
 * stopped run left, and reads the answers. Each save first checks that the file is still the one
 * last read; if someone changed it meanwhile (an editor, a copy from a colleague), their changes
 * are kept and only the answer being saved is applied on top.
 */
export function openAnswersFile(file: string, rubric: Rubric, command: string, host: Host = nodeHost): AnswersFile {
  refuseReadOnly(file, host);
  const lock = acquireLock(file, command, host);
  try {
    const notices = [...(lock.notice === undefined ? [] : [lock.notice]), ...tidyLeftovers(file, host)];
    const text = readText(file, ANSWERS_WHAT, { host });
    const loaded = loadAnswersText(file, text, rubric);
    return new Session(file, rubric, host, lock, loaded, notices);
  } catch (error) {
    lock.release();
    throw error;
  }
}

function refuseReadOnly(file: string, host: Host): void {
  let readOnly = false;
  try {
    readOnly = isReadOnly(host.fs.statSync(file));
  } catch {
    return; // Reading it says what is wrong.
  }
  if (readOnly) {
    throw new UserError('READ_ONLY', { key: 'errors.answers.read_only', values: { file } }, { hint: { key: 'errors.answers.read_only_hint' } });
  }
}

class Session implements AnswersFile {
  private doc: Document.Parsed;
  private text: string;
  private data: unknown;

  constructor(
    readonly file: string,
    private readonly rubric: Rubric,
    private readonly host: Host,
    private readonly lock: FileLock,
    readonly loaded: LoadedAnswers,
    readonly notices: readonly Words[],
  ) {
    this.doc = loaded.yaml.doc;
    this.text = loaded.yaml.text;
    this.data = loaded.yaml.data;
  }

  async save(indicatorId: string, answer: Answer, choose: (conflict: Conflict) => Promise<ConflictChoice>): Promise<SaveReport> {
    const onDisk = this.readCurrent();
    if (onDisk === undefined) {
      this.write(indicatorId, answer, this.doc);
      return { merged: [], recreated: true };
    }
    if (onDisk === this.text) {
      this.write(indicatorId, answer, this.doc);
      return { merged: [] };
    }
    const theirs = this.parseOutsideEdit(onDisk, indicatorId, answer);
    const merged = changedParts(this.data, theirs.data);
    const theirEntry = entryOf(theirs.data, indicatorId);
    const withMine = theirs.doc.clone();
    setAnswer(withMine, this.rubric, indicatorId, answer);
    const theirAnswer = this.answerIn(theirs.data, indicatorId);
    const bothChanged = theirAnswer !== this.answerIn(this.data, indicatorId) && theirAnswer !== this.answerIn(withMine.toJS(), indicatorId);
    if (!bothChanged) {
      this.write(indicatorId, answer, theirs.doc);
      return { merged };
    }
    const kept = await choose({ indicatorId, mine: answer, theirs: theirEntry });
    const otherFile = freeName(this.file, 'conflict', this.host);
    if (kept === 'mine') {
      writeFile(otherFile, onDisk, this.host);
      this.write(indicatorId, answer, theirs.doc);
    } else {
      writeFile(otherFile, answersText(withMine), this.host);
      this.adopt(theirs.doc, onDisk);
    }
    return { merged: merged.filter((m) => m !== indicatorId), conflict: { kept, otherFile } };
  }

  /** An indicator's answer as read by the answers parser (so `answer: 3` equals `status: answered, answer: 3`), else as raw data. */
  private answerIn(data: unknown, indicatorId: string): string {
    const parsed = parseAnswers(this.file, data, this.rubric);
    return parsed.ok ? canonical(parsed.value.answers.get(indicatorId)) : canonical(entryOf(data, indicatorId));
  }

  answers(): Answers | undefined {
    const parsed = parseAnswers(this.file, this.data, this.rubric);
    return parsed.ok ? parsed.value : undefined;
  }

  close(): void {
    this.lock.release();
  }

  /** The file's text now, or undefined when it is no longer there. */
  private readCurrent(): string | undefined {
    try {
      return readText(this.file, ANSWERS_WHAT, { host: this.host });
    } catch (error) {
      if (error instanceof UserError && error.code === 'FILE_NOT_FOUND') return undefined;
      throw error;
    }
  }

  /** An outside edit that broke the YAML cannot be merged into; the answers are kept in a file beside it instead. */
  private parseOutsideEdit(onDisk: string, indicatorId: string, answer: Answer): { doc: Document.Parsed; data: unknown } {
    try {
      return parseYaml(this.file, onDisk, ANSWERS_WHAT);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      setAnswer(this.doc, this.rubric, indicatorId, answer);
      const kept = freeName(this.file, 'conflict', this.host);
      writeFile(kept, answersText(this.doc), this.host);
      const where = error.issues[0]?.position;
      throw new UserError(
        'CHANGED_OUTSIDE',
        where === undefined
          ? { key: 'errors.answers.changed_outside', values: { file: this.file } }
          : { key: 'errors.answers.changed_outside_at', values: { file: this.file, line: where.line, col: where.col } },
        { hint: { key: 'errors.answers.changed_outside_hint', values: { file: this.file, kept } } },
      );
    }
  }

  private write(indicatorId: string, answer: Answer, doc: Document.Parsed): void {
    setAnswer(doc, this.rubric, indicatorId, answer);
    const text = answersText(doc);
    writeFile(this.file, text, this.host);
    this.adopt(doc, text);
  }

  private adopt(doc: Document.Parsed, text: string): void {
    this.doc = doc;
    this.text = text;
    this.data = doc.toJS();
  }
}

function entryOf(data: unknown, indicatorId: string): unknown {
  const answers = field(data, 'answers');
  return field(answers, indicatorId);
}

/** The indicator ids whose entries differ between two readings of the file, and "meta" if it does. */
function changedParts(before: unknown, after: unknown): string[] {
  const parts: string[] = [];
  if (!sameData(field(before, 'meta'), field(after, 'meta'))) parts.push('meta');
  const a = asRecord(field(before, 'answers'));
  const b = asRecord(field(after, 'answers'));
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) if (!sameData(a[id], b[id])) parts.push(id);
  return parts;
}

function field(data: unknown, key: string): unknown {
  return asRecord(data)[key];
}

function asRecord(data: unknown): Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

function sameData(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
