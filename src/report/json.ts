import type { ReportInput } from './report-input.js';

/** The assessment itself, the result contract, as indented JSON with its schemaVersion first. */
export function renderJson(input: ReportInput): string {
  return `${JSON.stringify(input.assessment, null, 2)}\n`;
}
