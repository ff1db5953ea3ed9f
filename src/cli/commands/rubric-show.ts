import { UserError } from '../../core/errors.js';
import { closest } from '../../core/answers/closest.js';
import { renderIndicator } from '../../report/terminal/indicator.js';
import type { Io } from '../io.js';
import { loadRubric } from '../load-rubric.js';
import { terminalStyle } from '../terminal-style.js';

export async function rubricShow(io: Io, id: string, opts: { rubric?: string }): Promise<number> {
  const { rubric } = await loadRubric(opts.rubric);
  const all = rubric.dimensions.flatMap((d) => d.indicators);
  const indicator = all.find((i) => i.id === id);
  if (indicator === undefined) {
    const guess = closest(id, all.map((i) => i.id));
    throw new UserError('UNKNOWN_INDICATOR', `${rubric.id} has no indicator "${id}".`, {
      hint: guess === undefined ? 'Run `gret rubric list` to see the ids.' : `Did you mean ${guess}? Run \`gret rubric list\` to see all ids.`,
    });
  }
  io.out(renderIndicator(rubric, indicator, { style: await terminalStyle(io), columns: io.columns }));
  return 0;
}
