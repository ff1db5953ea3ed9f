import { UserError } from '../core/errors.js';
import type { Rubric } from '../core/types.js';
import { openAnswersFile, type AnswersFile } from '../store/answers-file.js';
import { ANSWERS_WHAT } from '../store/load-answers.js';
import { readYaml } from '../store/yaml-file.js';
import { commandLine } from './command-line.js';

/** The file's parsed YAML, to see which pack it names; a file that cannot be read is left for the session to report. */
export function peekAnswers(file: string): unknown {
  try {
    return readYaml(file, ANSWERS_WHAT).data;
  } catch (error) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** The language the file says its answers are kept in, where it says one. */
export function metaLanguage(data: unknown): string | undefined {
  const meta = typeof data === 'object' && data !== null ? (data as { meta?: unknown }).meta : undefined;
  const language = typeof meta === 'object' && meta !== null ? (meta as { language?: unknown }).language : undefined;
  return typeof language === 'string' && language !== '' ? language : undefined;
}

/** Opens an answers file for answering in it (`gret assess`, `gret serve`); a file not made yet gets the command that makes it. */
export function openAssessment(file: string, rubric: Rubric, command: string): AnswersFile {
  try {
    return openAnswersFile(file, rubric, command);
  } catch (error) {
    if (error instanceof UserError && error.code === 'FILE_NOT_FOUND') {
      throw new UserError('FILE_NOT_FOUND', { key: 'errors.answers.none_yet', values: { file } }, { hint: { key: 'errors.answers.none_yet_hint', values: { command: commandLine('gret', 'init', file) } } });
    }
    throw error;
  }
}
