import type { DecisionBox, PlanAction, PlanColumns, Table } from './report-document.js';

/** The plan's columns as a table: the owner role with room beneath it for the unit the ministry names. */
export function actionTable(columns: PlanColumns, actions: readonly PlanAction[]): Table {
  return {
    kind: 'table',
    totalRow: false,
    columns: [
      { header: columns.number, width: 5, align: 'right' },
      { header: columns.action, width: 35, align: 'left' },
      { header: columns.owner, width: 16, align: 'left' },
      { header: columns.timeframe, width: 10, align: 'left' },
      { header: columns.successMeasure, width: 26, align: 'left' },
      { header: columns.status, width: 8, align: 'left' },
    ],
    // The indicator stands under the action it serves, in the quieter type.
    rows: actions.map((a) => [
      { text: String(a.number) },
      { text: a.text, detail: a.indicator },
      { text: a.owner, detail: columns.namedUnit },
      { text: a.timeframe },
      { text: a.successMeasure },
      { text: a.status },
    ]),
  };
}

/** The decision box's actions as a table: the plan's numbers, what to do, who and by when. */
export function decisionTable(box: DecisionBox): Table {
  const c = box.columns;
  return {
    kind: 'table',
    totalRow: false,
    columns: [
      { header: c.number, width: 6, align: 'right' },
      { header: c.action, width: 54, align: 'left' },
      { header: c.owner, width: 24, align: 'left' },
      { header: c.timeframe, width: 16, align: 'left' },
    ],
    // The plan's table leaves the room for the named unit; the box stays short enough to read at a glance.
    rows: box.actions.map((a) => [{ text: String(a.number) }, { text: a.text }, { text: a.owner }, { text: a.timeframe }]),
  };
}

