import type { Rubric } from '../../core/types.js';
import { rendered, type Rendered } from '../rendered.js';
import type { FontLoader, ReportTemplate } from '../report-input.js';
import { renderAnswerSheet } from './answer-sheet.js';
import { buildQuestionnaire } from './questionnaire.js';
import { renderQuestionnaireMarkdown } from './questionnaire-markdown.js';

/** What the blank forms are drawn from; the shell reads the pack, the template and the fonts. */
export interface SheetInput {
  readonly rubric: Rubric;
  readonly template: ReportTemplate;
  readonly loadFont: FontLoader;
  /** Today (YYYY-MM-DD), for the printed file's properties. */
  readonly date: string;
}

interface SheetFormat {
  readonly extension: string;
  /** Text that can go to standard output when no file is named. */
  readonly text: boolean;
  render(input: SheetInput): Promise<Rendered>;
}

/** The blank forms `gret template` writes: an answers file to fill in an editor, or a questionnaire to print. */
export const sheetFormats = {
  yaml: { extension: 'yaml', text: true, render: async (input) => rendered(renderAnswerSheet(input.rubric)) },
  md: { extension: 'md', text: true, render: async (input) => rendered(renderQuestionnaireMarkdown(buildQuestionnaire(input.rubric, input.template.wording))) },
  pdf: {
    extension: 'pdf',
    text: false,
    render: async (input) =>
      (await import('../pdf/render-questionnaire-pdf.js')).renderQuestionnairePdf({
        questionnaire: buildQuestionnaire(input.rubric, input.template.wording),
        template: input.template,
        loadFont: input.loadFont,
        date: input.date,
      }),
  },
} as const satisfies Readonly<Record<string, SheetFormat>>;

export type SheetFormatName = keyof typeof sheetFormats;
