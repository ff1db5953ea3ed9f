import { markdownFromDocument } from '../markdown/render-markdown.js';
import { rendered, type Rendered } from '../rendered.js';
import type { AggregateReportInput } from './aggregate-report-input.js';
import { buildAggregateReport } from './build-aggregate-report.js';
import { renderAggregateCsv } from './render-aggregate-csv.js';

interface AggregateReporter {
  readonly extension: string;
  render(input: AggregateReportInput): Promise<Rendered>;
}

export const aggregateReporters = {
  // pdfkit takes a tenth of a second to load: only a PDF run pays for it.
  pdf: {
    extension: 'pdf',
    render: async (input) =>
      (await import('../pdf/render-pdf.js')).renderPdfDocument(buildAggregateReport(input), {
        template: input.template,
        loadFont: input.loadFont,
        contentLanguage: input.template.wording.language,
      }),
  },
  md: { extension: 'md', render: async (input) => rendered(markdownFromDocument(buildAggregateReport(input))) },
  json: { extension: 'json', render: async (input) => rendered(`${JSON.stringify(input.summary, null, 2)}\n`) },
  csv: { extension: 'csv', render: async (input) => rendered(renderAggregateCsv(input)) },
} as const satisfies Readonly<Record<string, AggregateReporter>>;

export type { AggregateReportInput } from './aggregate-report-input.js';
