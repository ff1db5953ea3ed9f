import type { Assessment } from '../core/assessment.js';

/** The result contract as indented JSON, kind and schemaVersion first: what `score --json` and `report --format json` print. */
export function renderJson(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}
