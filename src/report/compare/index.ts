import { markdownFromDocument } from '../markdown/render-markdown.js';
import { rendered, type Rendered } from '../rendered.js';
import { buildCompareReport } from './build-compare-report.js';
import type { CompareReportInput } from './compare-report-input.js';

/** The comparison as its JSON format writes it, and as the web page carries it. */
function compareJson(input: CompareReportInput): string {
  return `${JSON.stringify(input.comparison, null, 2)}\n`;
}

interface CompareReporter {
  readonly extension: string;
  render(input: CompareReportInput): Promise<Rendered>;
}

export const compareReporters = {
  // pdfkit takes a tenth of a second to load: only a PDF run pays for it.
  pdf: {
    extension: 'pdf',
    render: async (input) =>
      (await import('../pdf/render-pdf.js')).renderPdfDocument(buildCompareReport(input), {
        template: input.template,
        loadFont: input.loadFont,
        contentLanguage: input.comparison.followUp.meta.language,
      }),
  },
  // Subsetting the embedded fonts loads HarfBuzz's WebAssembly: only an HTML run pays for it.
  html: {
    extension: 'html',
    render: async (input) =>
      (await import('../html/render-html-page.js')).renderHtmlPage(buildCompareReport(input), {
        template: input.template,
        loadFont: input.loadFont,
        contentLanguage: input.comparison.followUp.meta.language,
        data: compareJson(input),
      }),
  },
  md: { extension: 'md', render: async (input) => rendered(markdownFromDocument(buildCompareReport(input))) },
  json: { extension: 'json', render: async (input) => rendered(compareJson(input)) },
} as const satisfies Readonly<Record<string, CompareReporter>>;

export type { CompareReportInput } from './compare-report-input.js';
