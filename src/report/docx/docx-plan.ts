import { BorderStyle, Paragraph, ShadingType, type Table } from 'docx';
import { actionTable, decisionTable } from '../model/plan-table.js';
import type { ActionTable, DecisionBox } from '../model/report-document.js';
import type { DocxContext } from './docx-context.js';
import { SIZES, wordColour } from './docx-layout.js';
import { docxTable } from './docx-table.js';
import { textRuns } from './script-text-runs.js';

function look(ctx: DocxContext) {
  return { layout: ctx.layout, language: ctx.language, colours: ctx.colours };
}

/** A run of the plan as a Word table with the PDF's columns; its header row repeats on each page. */
export function actionsTable(ctx: DocxContext, block: ActionTable): Table {
  return docxTable(actionTable(block.columns, block.actions), look(ctx));
}

/**
 * The decision box: its title and intro in a shaded box ruled in the accent colour, kept with
 * the table of the first actions beneath it (the plan's numbers, owner and timeframe).
 */
export function decisionBox(ctx: DocxContext, box: DecisionBox): (Paragraph | Table)[] {
  const c = ctx.colours;
  const edge = { style: BorderStyle.SINGLE, size: 12, color: wordColour(c.accent), space: 6 };
  const frame = { left: edge, right: edge, top: edge, bottom: edge };
  const shading = { type: ShadingType.CLEAR, fill: wordColour(c.shade), color: 'auto' };
  return [
    new Paragraph({
      heading: 'Heading2',
      keepNext: true,
      border: frame,
      shading,
      spacing: { before: 240, after: 0 },
      children: textRuns(box.title, {}, ctx.language),
    }),
    new Paragraph({ keepNext: true, border: frame, shading, spacing: { after: 120 }, children: textRuns(box.intro, { size: SIZES.body }, ctx.language) }),
    docxTable(decisionTable(box), { ...look(ctx), whole: true }),
  ];
}
