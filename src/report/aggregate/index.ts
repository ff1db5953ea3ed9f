import type { AggregateHead } from '../../core/aggregate/aggregate-summary.js';
import type { Rubric } from '../../core/types.js';
import { rendered, type Rendered } from '../rendered.js';
import type { ReportDocument } from '../model/report-document.js';
import type { AggregateReportInput } from './aggregate-report-input.js';
import { aggregateJsonWriter } from './aggregate-json-writer.js';
import { aggregateCsvWriter } from './render-aggregate-csv.js';
import type { RecordWriter } from './record-writer.js';

/** A report read as a whole: rendered from the overview, whose size does not grow with the files. */
interface SummaryReporter {
  readonly extension: string;
  readonly streamed: false;
  render(input: AggregateReportInput): Promise<Rendered>;
}

/** A format with a row or an entry per assessment: written as the assessments are read. */
interface StreamedReporter {
  readonly extension: string;
  readonly streamed: true;
  writer(rubric: Rubric, head: AggregateHead): RecordWriter;
}

/**
 * The report's document. Each summary format loads what it renders with when it renders: pdfkit
 * takes a tenth of a second to load, and the report model and Markdown writer a run that prints
 * the summary or writes CSV does not use.
 */
async function reportDocument(input: AggregateReportInput): Promise<ReportDocument> {
  return (await import('./build-aggregate-report.js')).buildAggregateReport(input);
}

export const aggregateReporters = {
  pdf: {
    extension: 'pdf',
    streamed: false,
    render: async (input) =>
      (await import('../pdf/render-pdf.js')).renderPdfDocument(await reportDocument(input), {
        template: input.template,
        loadFont: input.loadFont,
        contentLanguage: input.template.wording.language,
      }),
  },
  // The page carries the summary it is drawn from; the entry of every assessment is --format json's.
  html: {
    extension: 'html',
    streamed: false,
    render: async (input) =>
      (await import('../html/render-html-page.js')).renderHtmlPage(await reportDocument(input), {
        template: input.template,
        loadFont: input.loadFont,
        contentLanguage: input.template.wording.language,
        data: `${JSON.stringify(input.overview, null, 2)}\n`,
      }),
  },
  md: { extension: 'md', streamed: false, render: async (input) => rendered((await import('../markdown/render-markdown.js')).markdownFromDocument(await reportDocument(input))) },
  json: { extension: 'json', streamed: true, writer: (_rubric, head) => aggregateJsonWriter(head) },
  csv: { extension: 'csv', streamed: true, writer: (rubric) => aggregateCsvWriter(rubric) },
} as const satisfies Readonly<Record<string, SummaryReporter | StreamedReporter>>;

export type AggregateFormat = keyof typeof aggregateReporters;
export type { AggregateReportInput } from './aggregate-report-input.js';
export type { RecordWriter } from './record-writer.js';
