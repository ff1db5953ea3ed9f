import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// The docx library names hyperlink relationships with random ids ("rIdq3x…"), unlike the
// numbered ones it gives every other part.
const RANDOM_ID = /Id="(rId(?!\d+")[A-Za-z0-9_-]+)"/g;

/**
 * Makes a Word package the same bytes for the same report: the docx library stamps the
 * document's creation and change dates and every zip entry with the clock, and names links
 * at random. The dates become the assessment date (the report's only date), the links are
 * numbered in the order they occur, and the entries keep the library's order.
 */
export function stablePackage(packed: Uint8Array, date: string): Uint8Array {
  const files = unzipSync(packed);
  const rels = files['word/_rels/document.xml.rels'];
  const ids = rels === undefined ? [] : [...new Set([...strFromU8(rels).matchAll(RANDOM_ID)].map((m) => m[1] ?? ''))];
  const renamed = new Map(ids.map((id, k) => [id, `rIdLink${k + 1}`]));
  const stamp = `${date}T00:00:00Z`;
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // A zip entry's time is written in local time fields: a date built from local fields reads the same everywhere.
  const [year = 1980, month = 1, day = 1] = date.split('-').map(Number);
  const mtime = new Date(year, month - 1, day, 12);
  for (const [path, data] of Object.entries(files)) {
    let bytes = data;
    if (path.endsWith('.xml') || path.endsWith('.rels')) {
      let xml = strFromU8(data);
      if (path === 'docProps/core.xml') xml = xml.replace(/(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*/g, `$1${stamp}`);
      if (renamed.size > 0) xml = xml.replace(/"(rId[A-Za-z0-9_-]+)"/g, (whole, id: string) => `"${renamed.get(id) ?? id}"`);
      bytes = strToU8(xml);
    }
    out[path] = [bytes, { mtime }];
  }
  return zipSync(out, { level: 6 });
}
