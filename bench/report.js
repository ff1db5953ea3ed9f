// `gret report` on the sample against a floor: pdfkit alone writing the report's text (its Markdown
// form, which holds somewhat more words than the PDF) as a tagged PDF, one structure element per
// paragraph, with the same embedded fonts. CPU times of paired runs, as for start-up. Run alone
// (`node bench/report.js`) or from bench/run.js.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuTime, paired, row } from './measure.js';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const gret = join(root, 'bin', 'gret.js');
const sample = process.env.GRET_BENCH_SAMPLE ?? join(root, 'templates', 'sample-assessment.yaml');
const GOAL = 1.3;
const SIZE_LIMIT_KB = 600;
const THAI = /[\u0e00-\u0e7f]/u;

/** The floor: import pdfkit, embed the report's fonts, write the text as tagged paragraphs over at least the same page count. */
export async function pdfkitFloor(textFile, pages, out) {
  const { default: PDFDocument } = await import('pdfkit');
  const { createWriteStream } = await import('node:fs');
  const font = (name) => readFileSync(join(root, 'dist', 'fonts', `${name}.ttf`));
  const lines = readFileSync(textFile, 'utf8').split('\n');
  const doc = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false, pdfVersion: '1.7', tagged: true, subset: 'PDF/UA', lang: 'en', displayTitle: true, info: { Title: 'floor', CreationDate: new Date(0) } });
  doc.registerFont('regular', font('NotoSans_400Regular'));
  doc.registerFont('bold', font('NotoSans_700Bold'));
  doc.registerFont('thai', font('NotoSansThai_400Regular'));
  doc.pipe(createWriteStream(out));
  const document = doc.struct('Document');
  doc.addStructure(document);
  const perPage = Math.ceil(lines.length / pages);
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    const heading = doc.struct('H1', () => doc.font('bold').fontSize(16).text(`Page ${page + 1}`));
    document.add(heading);
    for (const line of lines.slice(page * perPage, (page + 1) * perPage)) {
      const paragraph = doc.struct('P', () => doc.font(THAI.test(line) ? 'thai' : 'regular').fontSize(7.5).text(line, { width: 480 }));
      document.add(paragraph);
    }
  }
  document.end();
  doc.end();
}

export function pageCount(pdf) {
  return (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

export async function benchReport() {
  const work = mkdtempSync(join(tmpdir(), 'gret-bench-'));
  try {
    const pdf = join(work, 'report.pdf');
    const md = join(work, 'report.md');
    for (const out of [pdf, md]) cpuTime([gret, 'report', sample, '-o', out]);
    const pages = pageCount(pdf);
    const time = paired([self, '--floor', md, String(pages), join(work, 'floor.pdf')], [gret, 'report', sample, '-o', pdf], { runs: 7 });
    const kb = statSync(pdf).size / 1024;
    return [
      row(`gret report <sample> (${pages} pages)`, time.ms, time.floorMs, GOAL, { floor: 'pdfkit, same text+fonts', ratio: time.ratio }),
      `report PDF size ${kb.toFixed(0).padStart(30)} KB  (goal < ${SIZE_LIMIT_KB} KB) ${kb < SIZE_LIMIT_KB ? 'ok' : 'OVER GOAL'}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === self) {
  if (process.argv[2] === '--floor') {
    await pdfkitFloor(process.argv[3], Number(process.argv[4]), process.argv[5]);
  } else {
    for (const line of await benchReport()) console.log(line);
  }
}
