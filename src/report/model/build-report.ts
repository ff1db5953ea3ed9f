import type { ReportInput } from '../report-input.js';
import { actionPlanSection, furtherActionsSection } from './action-plan-section.js';
import { answersSection } from './answers-section.js';
import { bibliographySection } from './bibliography-section.js';
import { breakdownSection } from './breakdown-section.js';
import { chartsSection } from './charts-section.js';
import { dimensionSection } from './dimension-section.js';
import { fill } from './fill.js';
import { formatDate } from '../../core/translation/locale-format.js';
import { isEnglish } from '../../core/translation/language-chain.js';
import { glossarySection } from './glossary-section.js';
import { nationalContextSection } from './national-context-section.js';
import { sdgLinksSection } from './sdg-links-section.js';
import { methodologySection } from './methodology-section.js';
import { notApplicableSection } from './not-applicable-section.js';
import { createContext, type ReportContext } from './report-context.js';
import type { Contents, Cover, ReportDocument, Section } from './report-document.js';
import { summarySection } from './summary-section.js';

/** The report's title: the pack's own, in the template's frame, so a report is never named after another pack. */
function reportTitle(ctx: ReportContext): string {
  return fill(ctx.wording.document.title, { pack: ctx.assessment.rubric.title });
}

/** The table of contents, on the cover: every section, the annexes after the body. */
function contents(ctx: ReportContext, sections: readonly Section[]): Contents {
  return {
    kind: 'contents',
    title: ctx.wording.contents.title,
    annexesTitle: ctx.wording.contents.annexes,
    entries: sections.map((s) => ({ id: s.id, title: s.title, annex: s.annex === true })),
  };
}

function cover(ctx: ReportContext, organisation: string, calendar: string, sections: readonly Section[]): Cover {
  const w = ctx.wording.cover;
  const { meta, rubric } = ctx.assessment;
  return {
    title: reportTitle(ctx),
    subtitle: ctx.wording.document.subtitle,
    preparedFor: w.prepared_for,
    ministry: meta.ministry,
    lines: [
      { label: w.country, value: meta.country },
      { label: w.date, value: isEnglish(ctx.wording.language) ? meta.date : formatDate(meta.date, ctx.wording.language, calendar) },
      { label: w.assessors, value: meta.assessors.join(', ') },
      { label: w.pack, value: fill(w.pack_value, { id: rubric.id, version: rubric.version }) },
      { label: w.fingerprint, value: rubric.hash },
    ].filter((line) => line.value !== ''),
    disclaimer: w.disclaimer,
    organisation,
    contents: contents(ctx, sections),
  };
}

/** Lays out the report's content, section by section, from the assessment and the template. */
export function buildReport(input: ReportInput): ReportDocument {
  const ctx = createContext(input);
  const { wording, look } = input.template;
  const { meta } = input.assessment;
  const sections: Section[] = [
    summarySection(ctx),
    chartsSection(ctx),
    ...input.assessment.dimensions.map((d) => dimensionSection(ctx, d)),
    { ...actionPlanSection(ctx), newPage: false },
    { ...notApplicableSection(ctx), newPage: false },
    furtherActionsSection(ctx),
    { ...methodologySection(ctx), annex: true },
    { ...breakdownSection(ctx), annex: true },
    { ...answersSection(ctx), annex: true },
    { ...bibliographySection(ctx), annex: true },
    { ...glossarySection(ctx), annex: true },
    { ...sdgLinksSection(ctx), annex: true },
    { ...nationalContextSection(ctx), annex: true },
  ];
  return {
    language: wording.language,
    title: `${reportTitle(ctx)}: ${meta.ministry}`,
    subject: wording.document.subject,
    author: meta.assessors.length === 0 ? look.organisation : meta.assessors.join(', '),
    keywords: [input.assessment.rubric.id, meta.country, meta.ministry].join(', '),
    date: meta.date,
    runningHeader: fill(wording.document.running_header, { ministry: meta.ministry, country: meta.country }),
    pageNumber: wording.document.page_number,
    cover: cover(ctx, look.organisation, look.calendar, sections),
    sections,
  };
}
