import { loadMessages } from '../load-messages.js';
import { runLanguage } from '../run-language.js';
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
    throw new UserError('UNKNOWN_INDICATOR', { key: 'errors.assess.unknown_indicator', values: { pack: rubric.id, indicator: id } }, {
      hint: guess === undefined ? { key: 'errors.show.list_hint' } : { key: 'errors.show.guess_hint', values: { guess } },
    });
  }
  io.out(renderIndicator(rubric, indicator, { messages: loadMessages(runLanguage(undefined)), style: await terminalStyle(io), columns: io.columns }));
  return 0;
}
