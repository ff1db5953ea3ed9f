import { BorderStyle, HeadingLevel, Paragraph } from 'docx';
import type { IndicatorEntries, IndicatorEntry } from '../model/report-document.js';
import type { DocxContext } from './docx-context.js';
import { SIZES, wordColour } from './docx-layout.js';
import { textRuns } from './script-text-runs.js';

type EntryHeading = typeof HeadingLevel.HEADING_2 | typeof HeadingLevel.HEADING_3;

// Ballot-box characters, which every Word and LibreOffice font fallback draws.
const TICKED = '☑';
const UNTICKED = '☐';

/**
 * One indicator as Word paragraphs kept together: its title (and critical mark) as a heading one
 * level below the one it follows, the level and target, the descriptor, each checklist item ticked or not, the note
 * and the evidence. A rule above sets each entry apart, as the PDF's table rows do.
 */
function entryParagraphs(ctx: DocxContext, e: IndicatorEntry, labels: IndicatorEntries['labels'], heading: EntryHeading): Paragraph[] {
  const lang = ctx.language;
  const muted = wordColour(ctx.colours.muted);
  const small = { size: SIZES.muted };
  const level = [e.level, ...(e.target === null ? [] : [e.target])].join(' · ');
  const paragraphs = [
    new Paragraph({
      heading,
      keepNext: true,
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: wordColour(ctx.colours.rule), space: 4 } },
      children: [...textRuns(e.title, {}, lang), ...(e.critical === null ? [] : textRuns(` · ${e.critical}`, { size: SIZES.muted, colour: wordColour(ctx.colours.accent) }, lang))],
    }),
    new Paragraph({ keepNext: true, spacing: { after: 40 }, children: textRuns(level, { bold: true }, lang) }),
  ];
  if (e.levelDetail !== null && e.levelDetail !== '') paragraphs.push(new Paragraph({ keepNext: true, spacing: { after: 40 }, children: textRuns(e.levelDetail, small, lang) }));
  for (const item of e.checklist) {
    const state = item.ticked ? labels.ticked : labels.unticked;
    paragraphs.push(
      new Paragraph({
        keepNext: true,
        spacing: { after: 0 },
        indent: { left: 360, hanging: 280 },
        children: [
          // The box shows the state at a glance; the word after the item says it to a reader that skips symbols.
          ...textRuns(`${item.ticked ? TICKED : UNTICKED} `, { ...small, ...(item.ticked ? {} : { colour: muted }) }, lang),
          ...textRuns(item.label, { ...small, ...(item.ticked ? {} : { colour: muted }) }, lang),
          ...textRuns(` (${state})`, { size: SIZES.detail, colour: muted }, lang),
        ],
      }),
    );
  }
  if (e.note !== null) paragraphs.push(new Paragraph({ keepNext: true, spacing: { before: 60, after: 40 }, children: [...textRuns(`${labels.note}: `, { ...small, bold: true }, lang), ...textRuns(e.note, small, lang)] }));
  const evidence = e.evidence.length === 0 ? [labels.noEvidence] : e.evidence;
  paragraphs.push(
    new Paragraph({
      spacing: { before: 40, after: 160 },
      children: [...textRuns(`${labels.evidence}: `, { ...small, bold: true, colour: muted }, lang), ...textRuns(evidence.join('\n'), { ...small, colour: muted }, lang)],
    }),
  );
  return paragraphs;
}

/** A dimension's indicators, one after the other, each with everything that explains its level. */
export function indicatorParagraphs(ctx: DocxContext, block: IndicatorEntries, heading: EntryHeading): Paragraph[] {
  return block.entries.flatMap((e) => entryParagraphs(ctx, e, block.labels, heading));
}
