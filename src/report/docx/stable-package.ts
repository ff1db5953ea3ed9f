import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// The docx library names hyperlink relationships with random ids ("rIdq3x…"), unlike the
// numbered ones it gives every other part.
const RANDOM_ID = /Id="(rId(?!\d+")[A-Za-z0-9_-]+)"/g;
// Bookmark ids come from one counter the library keeps for the whole process.
const BOOKMARK_ID = /(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g;

/** Numbers the bookmarks from 1 in the order they open; a bookmark's end keeps its start's number. */
function renumberBookmarks(xml: string): string {
  const numbers = new Map<string, number>();
  return xml.replace(BOOKMARK_ID, (_, head: string, id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return `${head}${numbers.get(id) ?? 0}"`;
  });
}

/**
 * Makes a Word package the same bytes for the same report: the docx library stamps the
 * document's creation and change dates and every zip entry with the clock, and names links
 * at random, and numbers bookmarks on from the last document. The dates become the assessment
 * date (the report's only date), the links and bookmarks are numbered in the order they occur,
 * and the entries keep the library's order.
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
      if (path === 'word/document.xml') xml = renumberBookmarks(xml);
      if (renamed.size > 0) xml = xml.replace(/"(rId[A-Za-z0-9_-]+)"/g, (whole, id: string) => `"${renamed.get(id) ?? id}"`);
      bytes = strToU8(xml);
    }
    out[path] = [bytes, { mtime }];
  }
  return zipSync(out, { level: 6 });
}
