import { renderPlanCsv } from './csv/render-plan-csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import type { ReportInput } from './report-input.js';

interface Reporter {
  /** File name ending, without the dot, for the file this format writes. */
  readonly extension: string;
  render(input: ReportInput): Promise<string | Uint8Array>;
}

export const reporters = {
  // pdfkit takes a tenth of a second to load: only a PDF run pays for it.
  pdf: { extension: 'pdf', render: async (input) => (await import('./pdf/render-pdf.js')).renderPdf(input) },
  md: { extension: 'md', render: async (input) => renderMarkdown(input) },
  json: { extension: 'json', render: async (input) => renderJson(input.assessment) },
  csv: { extension: 'plan.csv', render: async (input) => renderPlanCsv(input) },
} as const satisfies Readonly<Record<string, Reporter>>;

export type ReportFormat = keyof typeof reporters;

export const reportFormats: readonly ReportFormat[] = ['pdf', 'md', 'json', 'csv'];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(reporters, name);
}

export type { ReportInput, FontLoader, ReportTemplate } from './report-input.js';
