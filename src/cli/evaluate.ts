import type { Assessment } from '../core/assessment.js';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { scoreAssessment } from '../core/scoring/score.js';
import { flagTargets, packTargets, parseTargets } from '../core/scoring/targets.js';
import type { Rubric, Targets } from '../core/types.js';
import { locate, readYaml } from './files.js';
import { formatIssue } from './format-issue.js';
import { loadAnswers } from './load-answers.js';
import { loadRubric } from './load-rubric.js';
import { gretVersion } from './version.js';

export interface EvaluateOptions {
  readonly assessment: string;
  readonly rubric?: string;
  readonly target?: number;
  readonly targets?: string;
}

/** Loads the rubric, the answers and the targets, and scores them: the pipeline behind score and report. */
export function evaluate(options: EvaluateOptions): { assessment: Assessment; rubric: Rubric; warnings: readonly Issue[] } {
  const { rubric } = loadRubric(options.rubric);
  const { answers, warnings } = loadAnswers(options.assessment, rubric);
  const targets = resolveTargets(rubric, options);
  const assessment = scoreAssessment(rubric, answers, targets, {
    version: gretVersion(),
    warnings: warnings.map((w) => formatIssue(w, { colour: false })),
  });
  return { assessment, rubric, warnings };
}

export function resolveTargets(rubric: Rubric, options: Pick<EvaluateOptions, 'target' | 'targets'>): Targets {
  if (options.target !== undefined && options.targets !== undefined) {
    throw new UserError('USAGE', 'Give either --target or --targets, not both.');
  }
  if (options.target !== undefined) {
    if (!Number.isInteger(options.target) || options.target < 0 || options.target > rubric.maxLevel) {
      throw new UserError('USAGE', `--target must be a whole level from 0 to ${rubric.maxLevel}.`);
    }
    return flagTargets(options.target);
  }
  if (options.targets === undefined) return packTargets(rubric);
  const yaml = readYaml(options.targets, 'a targets file');
  const parsed = parseTargets(options.targets, yaml.data, rubric);
  if (!parsed.ok) {
    throw new UserError('TARGETS_INVALID', `The targets file ${options.targets} has problems.`, {
      issues: parsed.issues.map((i) => ({ ...i, position: locate(yaml, i.path) })),
      hint: 'A targets file holds `default: 3`, and optionally `dimensions: {id: level}` and `indicators: {id: level}`.',
    });
  }
  return parsed.value;
}
