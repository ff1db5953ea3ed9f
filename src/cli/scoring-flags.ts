import { resolve } from 'node:path';
import { bundledRubric } from './package-root.js';

/**
 * The flags a suggested next command needs to score as the command that suggests it did: the
 * pack, unless it is the bundled one (an answers file names its pack by id, not by folder, so
 * nothing else tells a later command where it is), the targets, and a national profile named
 * on the command line.
 */
export function scoringFlags(flags: {
  readonly rubric?: string | undefined;
  readonly target?: number | undefined;
  readonly targets?: string | undefined;
  readonly nationalProfile?: string | undefined;
}): string[] {
  return [
    ...(flags.rubric === undefined || resolve(flags.rubric) === resolve(bundledRubric) ? [] : ['--rubric', flags.rubric]),
    ...(flags.target === undefined ? [] : ['--target', String(flags.target)]),
    ...(flags.targets === undefined ? [] : ['--targets', flags.targets]),
    ...(flags.nationalProfile === undefined ? [] : ['--national-profile', flags.nationalProfile]),
  ];
}
