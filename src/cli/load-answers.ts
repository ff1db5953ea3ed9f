import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { parseAnswers } from '../core/answers/parse-answers.js';
import type { Answers, Rubric } from '../core/types.js';
import { locate, readYaml, type YamlFile } from './files.js';

export interface LoadedAnswers {
  readonly answers: Answers;
  readonly warnings: readonly Issue[];
  /** The file as read, for commands that edit it in place. */
  readonly yaml: YamlFile;
}

export function loadAnswers(file: string, rubric: Rubric): LoadedAnswers {
  const yaml = readYaml(file, 'an assessment');
  const parsed = parseAnswers(file, yaml.data, rubric);
  const place = (i: Issue): Issue => ({ ...i, position: locate(yaml, i.path) });
  if (!parsed.ok) {
    const n = parsed.issues.length;
    throw new UserError('ANSWERS_INVALID', `The assessment ${file} has ${n} problem${n === 1 ? '' : 's'}.`, {
      issues: parsed.issues.map(place),
      hint: 'Fix each problem at the position shown, or answer again with `gret assess`.',
    });
  }
  return { answers: parsed.value, warnings: parsed.warnings.map(place), yaml };
}
