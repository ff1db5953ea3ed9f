import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadFont } from '../../src/cli/load-font.js';
import { loadRasteriser } from '../../src/cli/load-rasteriser.js';
import type { Assessment } from '../../src/core/assessment.js';
import type { ReportInput } from '../../src/report/index.js';
import { parseLook, parseWording } from '../../src/core/template/parse-template.js';
import type { ReportTemplate } from '../../src/report/report-input.js';
import { buildAssessment } from './fixture.js';

export const templateDir = fileURLToPath(new URL('../../templates/report/', import.meta.url));

export function defaultTemplate(): ReportTemplate {
  const wording = parseWording('wording.yaml', parse(readFileSync(`${templateDir}wording.yaml`, 'utf8')));
  const look = parseLook('look.yaml', parse(readFileSync(`${templateDir}look.yaml`, 'utf8')));
  if (!wording.ok || !look.ok) throw new Error('the bundled report template is invalid');
  return { wording: wording.value, look: look.value, logo: null };
}

export function reportInput(assessment: Assessment = buildAssessment()): ReportInput {
  return { assessment, template: defaultTemplate(), loadFont, loadRasteriser };
}
