import type { Words } from '../core/messages/messages.js';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { parseAnswers } from '../core/answers/parse-answers.js';
import type { Answers, Rubric } from '../core/types.js';
import type { Host } from './host.js';
import { parseYaml, placeIssue, readYaml, type YamlFile } from './yaml-file.js';

export interface LoadedAnswers {
  readonly answers: Answers;
  readonly warnings: readonly Issue[];
  /** The file as read, for commands that edit it in place. */
  readonly yaml: YamlFile;
}

export const ANSWERS_WHAT: Words = { key: 'files.assessment' };

export function loadAnswers(file: string, rubric: Rubric, host?: Host): LoadedAnswers {
  return checkAnswers(readYaml(file, ANSWERS_WHAT, host === undefined ? {} : { host }), rubric);
}

export function loadAnswersText(file: string, text: string, rubric: Rubric): LoadedAnswers {
  return checkAnswers(parseYaml(file, text, ANSWERS_WHAT), rubric);
}

/*
 * The hint names no other command: `gret assess` opens a file only when it loads here without a
 * problem, so a file with problems can only be mended in an editor.
 */
export function checkAnswers(yaml: YamlFile, rubric: Rubric): LoadedAnswers {
  const parsed = parseAnswers(yaml.file, yaml.data, rubric, yaml.controlFree);
  const place = (i: Issue): Issue => placeIssue(yaml, i);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    const otherPack = parsed.issues.some((i) => i.code === 'PACK_MISMATCH');
    throw new UserError('ANSWERS_INVALID', { key: 'errors.answers.invalid', values: { file: yaml.file, count: n } }, {
      // In the order of the file, which is the order a person mends them in.
      issues: [...parsed.issues.map(place), ...yaml.warnings].sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.col ?? 0) - (b.position?.col ?? 0)),
      hint: { key: otherPack ? 'errors.answers.other_pack_hint' : 'errors.answers.invalid_hint' },
    });
  }
  return { answers: parsed.value, warnings: [...yaml.warnings, ...parsed.warnings.map(place)], yaml };
}
