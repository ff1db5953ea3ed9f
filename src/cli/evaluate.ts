import type { Assessment } from '../core/assessment.js';
import { UserError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { scoreAssessment } from '../core/scoring/score.js';
import { flagTargets, packTargets } from '../core/scoring/targets.js';
import type { Answers, Rubric, Targets } from '../core/types.js';
import { issue } from '../core/issues.js';
import { nationalContext, type NationalContext } from '../core/national/national-context.js';
import { quoted } from '../core/sanitize.js';
import { nationalProfilePath } from '../store/national-profile-path.js';
import { bundledNationalRubric } from './package-root.js';
import { placeIssue, readYaml } from '../store/yaml-file.js';
import { formatIssue } from './format-issue.js';
import { loadMessages } from './load-messages.js';
import { ANSWERS_WHAT, checkAnswers, loadAnswers } from '../store/load-answers.js';
import { packFolder } from './pack-folder.js';
import { loadRubric } from './load-rubric.js';
import { gretVersion } from './version.js';
import { translatedRubric } from './translated-rubric.js';
import { runLanguage } from './run-language.js';

interface EvaluateOptions {
  readonly assessment: string;
  readonly rubric?: string;
  readonly target?: number;
  readonly targets?: string;
  /** A national profile named on the command line, in place of the one the answers name. */
  readonly nationalProfile?: string;
  /** --lang: the language to show the rubric in, in place of the answers' own. */
  readonly lang?: string;
}

/** Loads the rubric, the answers and the targets, and scores them: the pipeline behind score and report. */
export async function evaluate(options: EvaluateOptions): Promise<{ assessment: Assessment; rubric: Rubric; warnings: readonly Issue[]; language: string }> {
  const yaml = readYaml(options.assessment, ANSWERS_WHAT);
  const loaded = await loadRubric(packFolder(options.rubric, yaml.data));
  const { answers, warnings } = checkAnswers(yaml, loaded.rubric);
  const targets = await resolveTargets(loaded.rubric, options);
  // Answers are checked against the pack itself; only what is shown follows the language.
  const language = runLanguage(options.lang, answers.meta.language);
  const { rubric } = await translatedRubric(loaded.rubric, loaded.dir, language);
  const national = await loadNationalContext(options.assessment, answers, options.nationalProfile, language);
  const allWarnings = [...warnings, ...national.warnings];
  // Said in the run's language, as everything else the assessment shows a reader is; the catalog is read only when there is something to say.
  const messages = allWarnings.length > 0 ? loadMessages(language) : undefined;
  const assessment = scoreAssessment(rubric, answers, targets, {
    version: gretVersion(),
    warnings: messages === undefined ? [] : allWarnings.map((w) => formatIssue(w, messages)),
    ...(national.context === undefined ? {} : { nationalContext: national.context }),
  });
  return { assessment, rubric, warnings: allWarnings, language };
}

/**
 * The national profile the answers stand in, scored with the national pack and reduced to the
 * context the ministry's report shows. A profile for another country loads with a warning: the
 * names may differ in spelling, but the reader must be told.
 */
async function loadNationalContext(file: string, answers: Answers, flag: string | undefined, language: string): Promise<{ context?: NationalContext; warnings: readonly Issue[] }> {
  const path = nationalProfilePath(file, answers.meta.nationalProfile, flag);
  if (path === undefined) return { warnings: [] };
  const pack = await loadRubric(bundledNationalRubric);
  const loaded = loadAnswers(path, pack.rubric);
  const { rubric } = await translatedRubric(pack.rubric, pack.dir, language);
  const profile = scoreAssessment(rubric, loaded.answers, packTargets(rubric), { version: gretVersion() });
  const label = flag ?? answers.meta.nationalProfile ?? path;
  const warnings: Issue[] = [...loaded.warnings];
  if (profile.meta.country !== answers.meta.country) {
    warnings.push(
      issue(path, ['meta', 'country'], 'NATIONAL_PROFILE_COUNTRY', { key: 'issues.NATIONAL_PROFILE_COUNTRY', values: { profile: quoted(profile.meta.country), assessment: quoted(answers.meta.country) } }, 'warning'),
    );
  }
  return { context: nationalContext(label, profile), warnings };
}

export async function resolveTargets(rubric: Rubric, options: Pick<EvaluateOptions, 'target' | 'targets'>): Promise<Targets> {
  if (options.target !== undefined && options.targets !== undefined) {
    throw new UserError('USAGE', { key: 'errors.usage.target_and_targets' });
  }
  if (options.target !== undefined) {
    if (!Number.isInteger(options.target) || options.target < 0 || options.target > rubric.maxLevel) {
      throw new UserError('USAGE', { key: 'errors.usage.target_level', values: { max: rubric.maxLevel } });
    }
    return flagTargets(options.target);
  }
  if (options.targets === undefined) return packTargets(rubric);
  const yaml = readYaml(options.targets, { key: 'files.targets' });
  // Only a targets file needs zod: loaded here so that ordinary runs never pay for it.
  const { parseTargets } = await import('../core/scoring/parse-targets.js');
  const parsed = parseTargets(options.targets, yaml.data, rubric);
  if (!parsed.ok) {
    throw new UserError('TARGETS_INVALID', { key: 'errors.targets.invalid', values: { file: options.targets } }, {
      issues: parsed.issues.map((i) => placeIssue(yaml, i)),
      hint: { key: 'errors.targets.invalid_hint' },
    });
  }
  return parsed.value;
}
