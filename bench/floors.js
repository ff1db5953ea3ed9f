// The floors that gret's reports and aggregates are measured against (report.js, aggregate.js), each
// run as a process of its own that loads nothing but what it does, as gret's own runs load only gret:
//   node bench/floors.js read-and-parse <folder>
//   node bench/floors.js pdfkit <text file> <pages> <out.pdf>
//   node bench/floors.js read-and-parse+pdfkit <folder> <text file> <pages> <out.pdf>
// Needs a build (dist/), whose fast YAML reader the read-and-parse floor uses.
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const THAI = /[\u0e00-\u0e7f]/u;

/**
 * Reads and YAML-parses every file, nothing else, with the parser a careful reader would choose:
 * gret's fast reader, and the `yaml` package for a file it is not sure of (as gret does). With
 * the `yaml` package alone this floor would be several times slower than gret itself.
 */
async function readAndParse(dir) {
  const { parseYamlSubset } = await import(pathToFileURL(join(root, 'dist', 'store', 'yaml-subset.js')).href);
  let parse;
  let keys = 0;
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const data = parseYamlSubset(text) ?? (parse ??= (await import('yaml')).parse)(text);
    keys += Object.keys(data.answers).length;
  }
  if (keys === 0) throw new Error('nothing parsed');
}

/** Imports pdfkit, embeds the report's fonts and writes the text as tagged paragraphs over at least the same page count. */
async function pdfkit(textFile, pages, out) {
  const { default: PDFDocument } = await import('pdfkit');
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

const [which, ...args] = process.argv.slice(2);
if (which === 'read-and-parse') await readAndParse(args[0]);
else if (which === 'pdfkit') await pdfkit(args[0], Number(args[1]), args[2]);
else if (which === 'read-and-parse+pdfkit') {
  await readAndParse(args[0]);
  await pdfkit(args[1], Number(args[2]), args[3]);
} else throw new Error(`no floor called ${which}`);
