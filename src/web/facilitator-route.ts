import { recordOf } from '../core/aggregate/assessment-record.js';
import { workshopViews } from '../core/aggregate/workshop-views.js';
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
export function workshopState(rooms: readonly Room[]): WorkshopState {
  const scored = rooms.map((room) => ({ room, assessment: room.state.score(room.state.answers()) }));
  const records = scored.map(({ room, assessment }) => recordOf(assessment, room.shownFile, room.group ?? room.shownFile));
  const rubric = rooms[0]?.state.rubric;
  return {
    groups: scored.map(({ room, assessment }) => ({ group: room.group ?? room.shownFile, coverage: assessment.coverage })),
    view: rubric === undefined ? undefined : workshopViews(rubric, records)[0],
  };
}

/** The facilitator's one page. */
export function facilitatorReply(rooms: readonly Room[], reports: readonly Download[]): Reply {
  const first = rooms[0];
  const meta = first?.state.answers().meta;
  const messages = first?.state.messages;
  if (first === undefined || meta === undefined || messages === undefined) throw new Error('a workshop has groups');
  return page(
    layout({
      title: 'Workshop',
      lang: first.state.rubric.language,
      heading: `${meta.ministry}, ${meta.country}: workshop`,
      notices: [],
      nav: false,
      body: facilitatorPage(workshopState(rooms), messages, reports),
    }),
  );
}

/** What the facilitator's event stream sends: the page's two changing parts, rendered by the page's own code, as one line of JSON. */
export function workshopEvent(rooms: readonly Room[]): string {
  const state = workshopState(rooms);
  const messages = rooms[0]?.state.messages;
  if (messages === undefined) throw new Error('a workshop has groups');
  return JSON.stringify({ progress: progressPart(state.groups).text, ranking: rankingPart(state.view, messages).text });
}
