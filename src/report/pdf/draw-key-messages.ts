import type { KeyMessages } from '../model/report-document.js';
import type { PageFlow } from './page-flow.js';
import { MESSAGE_STANDING, STANDING_MARK } from '../look/standing-look.js';
import { drawStandingShape } from './standing-marks.js';

const INDENT = 18;
const SHAPE = 8;
const GAP = 3;


function texts(flow: PageFlow, block: KeyMessages) {
  const style = { ...flow.theme.body, size: 9, weight: 'bold' as const };
  return block.items.map((m) => ({ kind: m.kind, text: flow.wrap(m.text, style, flow.width - INDENT) }));
}

export function keyMessagesStartHeight(flow: PageFlow, block: KeyMessages): number {
  return texts(flow, block)[0]?.text.height ?? 0;
}

/** The key messages as a list, each marked by its kind in shape and colour. */
export function drawKeyMessages(flow: PageFlow, block: KeyMessages): void {
  const { tags } = flow;
  tags.open('L');
  texts(flow, block).forEach((m, k) => {
    if (k > 0) flow.y += GAP;
    flow.ensure(m.text.height);
    tags.open('LI');
    const body = tags.child('LBody');
    flow.flowText(body, 'LBody', m.text, flow.left + INDENT, flow.width - INDENT, (y) =>
      tags.artifact(() => {
        const mark = MESSAGE_STANDING[m.kind];
        drawStandingShape(flow, mark, flow.left + 2, y + (m.text.lineHeight - SHAPE) / 2, SHAPE, STANDING_MARK[mark]);
      }),
    );
    body.end();
    tags.close();
  });
  tags.close();
}
