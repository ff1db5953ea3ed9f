import { it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { renderPdf } from '../../src/report/pdf/render-pdf.js';
import { buildAssessment } from './fixture.js';
import { reportInput } from './report-input.js';

it('renders', async () => {
  const t = Date.now();
  const pdf = await renderPdf(reportInput());
  console.log('ms', Date.now() - t, pdf.length);
  writeFileSync('/tmp/fixture.pdf', pdf);
  const stress = await renderPdf(reportInput(buildAssessment({ ministry: 'Ministry of Digital Economy, Society, Telecommunications, Innovation and the Advancement of Women in Rural and Remote Communities', longNotes: true, dimensionTitle: { id: 'participation', title: 'การมีส่วนร่วมทางอิเล็กทรอนิกส์และการใช้บริการของประชาชนหญิงชาย' } })));
  writeFileSync('/tmp/stress.pdf', stress);
});
