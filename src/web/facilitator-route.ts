import { recordOf } from '../core/aggregate/assessment-record.js';
import { workshopViews } from '../core/aggregate/workshop-views.js';
import type { Messages } from '../core/messages/messages.js';
import { answerInWords } from './answer-words.js';
import type { Room } from './interview-server.js';
import { facilitatorPage } from './pages/facilitator-page.js';
import { layout } from './pages/layout.js';
import { page, type Reply } from './reply.js';

/** The facilitator's one page, built afresh from every group's answers as they stand. */
export function facilitatorReply(rooms: readonly Room[], messages: Messages): Reply {
  const scored = rooms.map((room) => {
    const answers = room.state.answers();
    return { room, answers, assessment: room.state.score(answers) };
  });
  const records = scored.map(({ room, assessment }) => recordOf(assessment, room.shownFile, room.group ?? room.shownFile));
  const first = scored[0];
  const rubric = first?.room.state.rubric;
  const view = rubric === undefined ? undefined : workshopViews(rubric, records)[0];
  const groups = scored.map(({ room, assessment }) => ({ group: room.group ?? room.shownFile, coverage: assessment.coverage }));
  const answerOf = (id: string, file: string): string => {
    const found = scored.find(({ room }) => room.shownFile === file);
    const answer = found?.answers.answers.get(id);
    const indicator = found?.room.state.places.find((p) => p.indicator.id === id)?.indicator;
    return answer === undefined || indicator === undefined ? messages.t('go_to.no_answer') : answerInWords(indicator, answer, messages);
  };
  const meta = first?.assessment.meta;
  return page(
    layout({
      title: messages.t('web.workshop.title'),
      messages,
      heading: meta === undefined ? messages.t('web.workshop.title') : messages.t('web.workshop.heading', { ministry: meta.ministry, country: meta.country }),
      notices: [],
      nav: false,
      body: facilitatorPage(groups, view, answerOf, messages),
    }),
  );
}
