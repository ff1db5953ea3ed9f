import { recordOf } from '../core/aggregate/assessment-record.js';
import { workshopViews } from '../core/aggregate/workshop-views.js';
import type { Messages } from '../core/messages/messages.js';
import { answerOnFileInWords } from '../core/answers/answer-in-words.js';
import type { Room } from './interview-server.js';
import { facilitatorPage, progressPart, rankingPart, type WorkshopState } from './pages/facilitator-page.js';
import type { Download } from './pages/scores-page.js';
import { layout } from './pages/layout.js';
import { page, type Reply } from './reply.js';

/**
 * The workshop as the groups' answers now stand in the server, built afresh on each call: every
 * group scored, and the disagreements ranked by the same workshopViews as `gret aggregate
 * --workshop`. An outside edit of a group's file is in it once that group's next save has merged
 * it, as the store merges every edit it finds.
 */
function workshopState(rooms: readonly Room[], messages: Messages): WorkshopState {
  const scored = rooms.map((room) => {
    const answers = room.state.answers();
    return { room, answers, assessment: room.state.score(answers) };
  });
  const records = scored.map(({ room, answers, assessment }) => recordOf(assessment, answers, room.shownFile, room.group ?? room.shownFile));
  const rubric = rooms[0]?.state.rubric;
  const answer = (id: string, file: string): string => {
    const found = scored.find(({ room }) => room.shownFile === file);
    const given = found?.answers.answers.get(id);
    const indicator = found?.room.state.places.find((p) => p.indicator.id === id)?.indicator;
    return given === undefined || indicator === undefined ? messages.t('go_to.no_answer') : answerOnFileInWords(indicator, given, messages);
  };
  return {
    groups: scored.map(({ room, assessment }) => ({ group: room.group ?? room.shownFile, coverage: assessment.coverage })),
    view: rubric === undefined ? undefined : workshopViews(rubric, records)[0],
    answer,
  };
}

/** The facilitator's one page. */
export function facilitatorReply(rooms: readonly Room[], messages: Messages, reports: readonly Download[]): Reply {
  const meta = rooms[0]?.state.answers().meta;
  return page(
    layout({
      title: messages.t('web.workshop.title'),
      messages,
      heading: meta === undefined ? messages.t('web.workshop.title') : messages.t('web.workshop.heading', { ministry: meta.ministry, country: meta.country }),
      notices: [],
      nav: false,
      body: facilitatorPage(workshopState(rooms, messages), messages, reports),
    }),
  );
}

/** What the facilitator's event stream sends: the page's two changing parts, rendered by the page's own code, as one line of JSON. */
export function workshopEvent(rooms: readonly Room[], messages: Messages): string {
  const state = workshopState(rooms, messages);
  return JSON.stringify({ progress: progressPart(state.groups, messages).text, ranking: rankingPart(state, messages).text });
}
