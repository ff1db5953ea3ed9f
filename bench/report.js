// `gret report` on the sample against a floor: pdfkit alone writing the same text on as many
// pages with the same embedded font. Run alone (`node bench/report.js`) or from bench/run.js.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, row } from './measure.js';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const gret = join(root, 'bin', 'gret.js');
const sample = process.env.GRET_BENCH_SAMPLE ?? join(root, 'templates', 'sample-assessment.yaml');
const node = process.execPath;
const GOAL = 1.3;
const SIZE_LIMIT_KB = 600;

/** The floor: import pdfkit, embed the report's Latin fonts, write the text over the same page count. */
async function floor(textFile, pages, out) {
  const { default: PDFDocument } = await import('pdfkit');
  const { createWriteStream } = await import('node:fs');
  const font = (weight) => readFileSync(join(root, 'dist', 'fonts', `NotoSans_${weight}.ttf`));
  const lines = readFileSync(textFile, 'utf8').split('\n');
  const doc = new PDFDocument({ size: 'A4', margin: 56, autoFirstPage: false });
  doc.registerFont('regular', font('400Regular'));
  doc.registerFont('bold', font('700Bold'));
  doc.pipe(createWriteStream(out));
  const perPage = Math.ceil(lines.length / pages);
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    doc.font('bold').fontSize(16).text(`Page ${page + 1}`);
    doc.font('regular').fontSize(7.5).text(lines.slice(page * perPage, (page + 1) * perPage).join('\n'), { width: 480 });
  }
  doc.end();
}

function pageCount(pdf) {
  return (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

export async function benchReport() {
  const work = mkdtempSync(join(tmpdir(), 'gret-bench-'));
  try {
    const pdf = join(work, 'report.pdf');
    const md = join(work, 'report.md');
    const report = measure(node, [gret, 'report', sample, '-o', pdf], { runs: 5 });
    measure(node, [gret, 'report', sample, '-o', md], { runs: 1 });
    const pages = pageCount(pdf);
    const floorMs = measure(node, [self, '--floor', md, String(pages), join(work, 'floor.pdf')], { runs: 5 });
    const kb = statSync(pdf).size / 1024;
    return [
      row(`gret report <sample> (${pages} pages)`, report, floorMs, GOAL),
      `report PDF size ${kb.toFixed(0).padStart(30)} KB  (goal < ${SIZE_LIMIT_KB} KB) ${kb < SIZE_LIMIT_KB ? 'ok' : 'OVER GOAL'}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === self) {
  if (process.argv[2] === '--floor') {
    await floor(process.argv[3], Number(process.argv[4]), process.argv[5]);
  } else {
    for (const line of await benchReport()) console.log(line);
  }
}
