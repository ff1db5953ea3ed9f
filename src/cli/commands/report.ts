import { reporters } from '../../report/index.js';
import { checkFolders } from '../../store/check-folders.js';
import { basename, extname } from 'node:path';
import { evaluate } from '../evaluate.js';
import type { Io } from '../io.js';
import { loadFont } from '../load-font.js';
import { loadRasteriser } from '../load-rasteriser.js';
import { loadMessages } from '../load-messages.js';
import { loadTemplate } from '../load-template.js';
import { templateNotice } from '../template-notice.js';
import { outputFiles } from '../output-files.js';
import { writeReports } from '../write-reports.js';

export interface ReportFlags {
  readonly output?: string;
  readonly format?: string;
  readonly rubric?: string;
  readonly target?: number;
  readonly targets?: string;
  readonly nationalProfile?: string;
  readonly template?: string;
  readonly lang?: string;
}

export async function report(io: Io, file: string, flags: ReportFlags): Promise<number> {
  const paths = outputFiles(reporters, flags.format, flags.output, basename(file, extname(file)), 'pdf');
  checkFolders(paths.values());
  const { assessment, rubric, language } = await evaluate({
    assessment: file,
    ...(flags.rubric === undefined ? {} : { rubric: flags.rubric }),
    ...(flags.target === undefined ? {} : { target: flags.target }),
    ...(flags.targets === undefined ? {} : { targets: flags.targets }),
    ...(flags.nationalProfile === undefined ? {} : { nationalProfile: flags.nationalProfile }),
    ...(flags.lang === undefined ? {} : { lang: flags.lang }),
  });
  const messages = loadMessages(language);
  const template = await loadTemplate(flags.template, templateNotice(io, messages), language);
  const translation = rubric.translation === undefined ? {} : { rubricTranslation: rubric.translation };
  await writeReports(io, reporters, paths, { assessment, template, loadFont, loadRasteriser, ...translation }, messages);
  return 0;
}
