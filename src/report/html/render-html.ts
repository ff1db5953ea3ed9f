import { renderPlanCsv } from '../csv/render-plan-csv.js';
import { renderJson } from '../json.js';
import { buildReport } from '../model/build-report.js';
import type { Rendered } from '../rendered.js';
import type { ReportInput } from '../report-input.js';
import { answerTexts } from '../text/declared-languages.js';
import { renderHtmlPage } from './render-html-page.js';

/**
 * The report as one self-contained web page: the PDF's content, the result JSON inside it and
 * the action plan as a CSV download, the same bytes as `--format json` and `--format csv` give.
 */
export async function renderHtml(input: ReportInput): Promise<Rendered<string>> {
  const { wording } = input.template;
  return renderHtmlPage(buildReport(input), {
    template: input.template,
    loadFont: input.loadFont,
    contentLanguage: input.assessment.meta.language,
    declared: answerTexts(input.assessment),
    data: renderJson(input.assessment),
    download: { label: wording.web_page.plan_download, fileName: wording.web_page.plan_file, mediaType: 'text/csv', content: renderPlanCsv(input) },
  });
}
