import { actionTable, decisionTable } from '../model/plan-table.js';
import type { ActionTable, DecisionBox, Table } from '../model/report-document.js';
import { drawTable, tableHeight, tableStartHeight } from './draw-table.js';
import type { PageFlow } from './page-flow.js';

// Both are measured and drawn through the same table, made once per block.
const tables = new WeakMap<ActionTable | DecisionBox, Table>();

function tableOf(block: ActionTable | DecisionBox): Table {
  let table = tables.get(block);
  if (table === undefined) {
    table = block.kind === 'actions' ? actionTable(block.columns, block.actions) : decisionTable(block);
    tables.set(block, table);
  }
  return table;
}

export function actionsStartHeight(flow: PageFlow, block: ActionTable): number {
  return tableStartHeight(flow, tableOf(block));
}

export function drawActions(flow: PageFlow, block: ActionTable): void {
  drawTable(flow, tableOf(block));
}

const BOX_PAD = 7;

function boxTexts(flow: PageFlow, box: DecisionBox) {
  const t = flow.theme;
  return { title: flow.wrap(box.title, t.h2, flow.width - 2 * BOX_PAD), intro: flow.wrap(box.intro, t.body, flow.width - 2 * BOX_PAD) };
}

/** The decision box moves on whole: it is what the page is for. */
export function decisionBoxHeight(flow: PageFlow, box: DecisionBox): number {
  const { title, intro } = boxTexts(flow, box);
  return BOX_PAD + title.height + intro.height + 6 + tableHeight(flow, tableOf(box));
}

/** The first actions of the plan under a heading, on a tinted band with the accent rule. */
export function drawDecisionBox(flow: PageFlow, box: DecisionBox): void {
  const { doc, tags, theme } = flow;
  const { title, intro } = boxTexts(flow, box);
  flow.ensure(decisionBoxHeight(flow, box));
  const top = flow.y;
  tags.artifact(() => doc.rect(flow.left, top, flow.width, 3).fill(theme.colours.accent));
  flow.y += BOX_PAD;
  const titleY = flow.y;
  tags.leaf('H2', () => flow.drawLines(title, flow.left, titleY));
  flow.y += title.height;
  const introY = flow.y;
  tags.leaf('P', () => flow.drawLines(intro, flow.left, introY), flow.languageOf(box.intro));
  flow.y += intro.height + 6;
  drawTable(flow, tableOf(box));
}
