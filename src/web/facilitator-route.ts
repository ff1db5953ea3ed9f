import { recordOf } from '../core/aggregate/assessment-record.js';
import { workshopViews } from '../core/aggregate/workshop-views.js';
import type { Room } from './interview-server.js';
import { facilitatorPage } from './pages/facilitator-page.js';
import { layout } from './pages/layout.js';
import { page, type Reply } from './reply.js';

/** The facilitator's one page, built afresh from every group's answers as they stand. */
export function facilitatorReply(rooms: readonly Room[]): Reply {
  const scored = rooms.map((room) => ({ room, assessment: room.state.score(room.state.answers()) }));
  const records = scored.map(({ room, assessment }) => recordOf(assessment, room.shownFile, room.group ?? room.shownFile));
  const first = scored[0];
  const rubric = first?.room.state.rubric;
  const view = rubric === undefined ? undefined : workshopViews(rubric, records)[0];
  const groups = scored.map(({ room, assessment }) => ({ group: room.group ?? room.shownFile, coverage: assessment.coverage }));
  const meta = first?.assessment.meta;
  return page(
    layout({
      title: 'Workshop',
      lang: rubric?.language ?? 'en',
      heading: meta === undefined ? 'Workshop' : `${meta.ministry}, ${meta.country}: workshop`,
      notices: [],
      nav: false,
      body: facilitatorPage(groups, view),
    }),
  );
}
