// `gret report` on the sample against a floor: pdfkit alone writing the report's text (its Markdown
// form, which holds somewhat more words than the PDF) as a tagged PDF, one structure element per
// paragraph, with the same embedded fonts. CPU times of paired runs, as for start-up. Run alone
// (`node bench/report.js`) or from bench/run.js.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paired, row, usageOf } from './measure.js';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const gret = join(root, 'bin', 'gret.js');
const floors = join(root, 'bench', 'floors.js');
const sample = process.env.GRET_BENCH_SAMPLE ?? join(root, 'templates', 'sample-assessment.yaml');
const GOAL = 1.3;
const SIZE_LIMIT_KB = 600;

export function pageCount(pdf) {
  return (readFileSync(pdf, 'latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

export async function benchReport() {
  const work = mkdtempSync(join(tmpdir(), 'gret-bench-'));
  try {
    const pdf = join(work, 'report.pdf');
    const md = join(work, 'report.md');
    for (const out of [pdf, md]) usageOf([gret, 'report', sample, '-o', out]);
    const pages = pageCount(pdf);
    const time = paired([floors, 'pdfkit', md, String(pages), join(work, 'floor.pdf')], [gret, 'report', sample, '-o', pdf], { runs: 7 });
    const kb = statSync(pdf).size / 1024;
    return [
      row(`gret report <sample> (${pages} pages)`, time.ms, time.floorMs, GOAL, { floor: 'pdfkit, same text+fonts', ratio: time.ratio }),
      `report PDF size ${kb.toFixed(0).padStart(30)} KB  (goal < ${SIZE_LIMIT_KB} KB) ${kb < SIZE_LIMIT_KB ? 'ok' : 'OVER GOAL'}`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === self) for (const line of await benchReport()) console.log(line);
