import { UserError } from '../../core/errors.js';
import { sanitize } from '../../core/sanitize.js';
import { formatIssue } from '../format-issue.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { loadMessages } from '../load-messages.js';
import { errorLanguage, runLanguage } from '../run-language.js';
import { loadOverlay, overlayLanguages } from '../load-translation.js';

/** Exit 0 when the pack is valid (warnings allowed), 1 with every problem listed otherwise. */
export async function rubricValidate(io: Io, dir: string | undefined): Promise<number> {
  try {
    const loaded = await loadRubric(dir, { compiled: false });
    const { rubric } = loaded;
    // A pack's translations are checked with it: a broken one would fail the first run in its language.
    const warnings = [...loaded.warnings, ...overlayLanguages(loaded.dir).flatMap((language) => loadOverlay(rubric, loaded.dir, language)?.warnings ?? [])];
    const messages = loadMessages(runLanguage(undefined));
    for (const w of warnings) io.err(`${formatIssue(w, messages)}\n`);
    const count = rubric.dimensions.reduce((n, d) => n + d.indicators.length, 0);
    const { t } = messages;
    const values = { pack: rubric.id, version: rubric.version, dimensions: rubric.dimensions.length, indicators: count, sources: rubric.sources.length, warnings: warnings.length };
    io.out(`${t(warnings.length > 0 ? 'validate.valid_warnings' : 'validate.valid', values)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UserError) || (error.code !== 'RUBRIC_INVALID' && error.code !== 'TRANSLATION_INVALID')) throw error;
    const messages = loadMessages(errorLanguage());
    for (const issue of error.issues) io.out(`${formatIssue(issue, messages)}\n`);
    io.err(`${sanitize(messages.say(error.words))}\n`);
    return 1;
  }
}
