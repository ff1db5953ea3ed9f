import { renderPlanCsv } from './csv/render-plan-csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { rendered, type Rendered } from './rendered.js';
import type { ReportInput } from './report-input.js';

interface Reporter {
  /** File name ending, without the dot, for the file this format writes. */
  readonly extension: string;
  render(input: ReportInput): Promise<Rendered>;
}

export const reporters = {
  // pdfkit takes a tenth of a second to load: only a PDF run pays for it.
  pdf: { extension: 'pdf', render: async (input) => (await import('./pdf/render-pdf.js')).renderPdf(input) },
  // The Word document draws its charts with resvg's WebAssembly, loaded on the first docx run.
  docx: { extension: 'docx', render: async (input) => (await import('./docx/render-docx.js')).renderDocx(input) },
  // Subsetting the embedded fonts loads HarfBuzz's WebAssembly: only an HTML run pays for it.
  html: { extension: 'html', render: async (input) => (await import('./html/render-html.js')).renderHtml(input) },
  md: { extension: 'md', render: async (input) => rendered(renderMarkdown(input)) },
  json: { extension: 'json', render: async (input) => rendered(renderJson(input.assessment)) },
  csv: { extension: 'plan.csv', render: async (input) => rendered(renderPlanCsv(input)) },
} as const satisfies Readonly<Record<string, Reporter>>;

export type { ReportInput, FontLoader, RasteriserLoader, ReportTemplate } from './report-input.js';
export type { Rendered, UnshapedText } from './rendered.js';
