import type { AggregateHead } from '../../core/aggregate/aggregate-summary.js';
import type { Rubric } from '../../core/types.js';
import { markdownFromDocument } from '../markdown/render-markdown.js';
import { rendered, type Rendered } from '../rendered.js';
import type { AggregateReportInput } from './aggregate-report-input.js';
import { aggregateJsonWriter } from './aggregate-json-writer.js';
import { buildAggregateReport } from './build-aggregate-report.js';
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

export const aggregateReporters = {
  // pdfkit takes a tenth of a second to load: only a PDF run pays for it.
  pdf: {
    extension: 'pdf',
    streamed: false,
    render: async (input) =>
      (await import('../pdf/render-pdf.js')).renderPdfDocument(buildAggregateReport(input), {
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
      (await import('../html/render-html-page.js')).renderHtmlPage(buildAggregateReport(input), {
        template: input.template,
        loadFont: input.loadFont,
        contentLanguage: input.template.wording.language,
        data: `${JSON.stringify(input.overview, null, 2)}\n`,
      }),
  },
  md: { extension: 'md', streamed: false, render: async (input) => rendered(markdownFromDocument(buildAggregateReport(input))) },
  json: { extension: 'json', streamed: true, writer: (_rubric, head) => aggregateJsonWriter(head) },
  csv: { extension: 'csv', streamed: true, writer: (rubric) => aggregateCsvWriter(rubric) },
} as const satisfies Readonly<Record<string, SummaryReporter | StreamedReporter>>;

export type AggregateFormat = keyof typeof aggregateReporters;
export type { AggregateReportInput } from './aggregate-report-input.js';
export type { RecordWriter } from './record-writer.js';
