import { sanitize } from '../core/sanitize.js';
import { reporters } from '../report/index.js';
import { evaluate } from './evaluate.js';
import type { Io } from './io.js';
import { loadFont } from './load-font.js';
import { loadRasteriser } from './load-rasteriser.js';
import { loadTemplate } from './load-template.js';

/** The PDF report of an answers file as it now stands, as `gret report --lang` writes it: what the browser pages offer for download. */
export async function pdfReport(io: Io, file: string, rubric: string | undefined, lang: string): Promise<Uint8Array | string> {
  const { assessment, language } = await evaluate({ assessment: file, lang, ...(rubric === undefined ? {} : { rubric }) });
  const template = loadTemplate(undefined, (text) => io.err(`${sanitize(`gret: note: ${text}`)}\n`), language);
  return (await reporters.pdf.render({ assessment, template, loadFont, loadRasteriser })).content;
}
