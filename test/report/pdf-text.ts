import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** Every text item with its box in PDF units, origin bottom left. */
  readonly items: readonly { str: string; x: number; y: number; width: number; height: number }[];
}

export interface PdfFont {
  /** The font's name in the file: a subset carries a six-letter tag, as in ABCDEF+NotoSans-Regular. */
  readonly name: string;
  readonly embedded: boolean;
}

export interface ExtractedPdf {
  readonly pages: readonly PdfPage[];
  readonly outline: readonly string[];
  /** Each top-level bookmark's nested bookmarks. */
  readonly outlineChildren: ReadonlyMap<string, readonly string[]>;
  readonly info: Record<string, unknown>;
  /** Whether the document says it is tagged (its MarkInfo), as a screen reader reads it. */
  readonly tagged: boolean;
  readonly structure: readonly StructEntry[];
  /** Every font any page uses, once. */
  readonly fonts: readonly PdfFont[];
}

export interface StructEntry {
  readonly role: string;
  readonly alt?: string;
  readonly lang?: string;
}

interface StructNode {
  role?: string;
  alt?: string;
  lang?: string;
  children?: StructNode[];
}

function flatten(node: StructNode | null, out: StructEntry[]): void {
  if (node === null) return;
  if (node.role !== undefined) out.push({ role: node.role, ...(node.alt === undefined ? {} : { alt: node.alt }), ...(node.lang === undefined ? {} : { lang: node.lang }) });
  for (const child of node.children ?? []) flatten(child, out);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.subarray(from, to)).toString('latin1');
}

/**
 * pdfjs repairs a file that lost its last bytes, so the file's own bookkeeping is checked as a
 * strict reader would: it ends with startxref and %%EOF, the cross-reference table sits where
 * the trailer says, and every object the table lists starts at the offset it gives.
 */
function checkCrossReferences(bytes: Uint8Array): void {
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(latin1(bytes, Math.max(0, bytes.length - 64), bytes.length));
  if (end === null) throw new Error('the PDF does not end with startxref and %%EOF: it is cut short');
  const start = Number(end[1]);
  const table = /^xref\s+(\d+) (\d+)\s+/.exec(latin1(bytes, start, start + 32));
  if (table === null) throw new Error(`the trailer puts the cross-reference table at byte ${start}, but it is not there`);
  const first = Number(table[1]);
  const count = Number(table[2]);
  const entries = latin1(bytes, start + table[0].length, start + table[0].length + count * 20).match(/(\d{10}) (\d{5}) ([nf])/g) ?? [];
  if (entries.length !== count) throw new Error(`the cross-reference table lists ${entries.length} of its ${count} entries`);
  entries.forEach((entry, k) => {
    const [offset = '', generation = '', kind] = entry.split(' ');
    if (kind !== 'n') return;
    const expected = `${first + k} ${Number(generation)} obj`;
    const at = Number(offset);
    if (latin1(bytes, at, at + expected.length) !== expected) throw new Error(`object ${first + k} is not at byte ${at}, where the cross-reference table puts it`);
  });
}

function fontOf(value: unknown): PdfFont | null {
  if (typeof value !== 'object' || value === null) return null;
  const name: unknown = Reflect.get(value, 'name');
  return typeof name === 'string' ? { name, embedded: Reflect.get(value, 'missingFile') !== true } : null;
}

/**
 * Reads a PDF the way the tests inspect it. A file that pdfjs cannot open, or whose
 * cross-references are broken, throws: such a file is not a usable PDF.
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  checkCrossReferences(bytes);
  // fontExtraProperties keeps each font's name and whether its file is embedded.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, fontExtraProperties: true }).promise;
  const pages: PdfPage[] = [];
  const structure: StructEntry[] = [];
  const fonts = new Map<string, PdfFont>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item ? [{ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height }] : [],
    );
    const operators = await page.getOperatorList();
    operators.fnArray.forEach((fn, k) => {
      const font = fn === OPS.setFont ? fontOf(page.commonObjs.get(String(operators.argsArray[k]?.[0]))) : null;
      if (font !== null) fonts.set(font.name, font);
    });
    pages.push({ text: items.map((i) => i.str).join(' '), width: width ?? 0, height: height ?? 0, items });
    flatten((await page.getStructTree()) as StructNode | null, structure);
  }
  const items = (await doc.getOutline()) ?? [];
  const outline = items.map((o) => o.title);
  const outlineChildren = new Map(items.map((o) => [o.title, o.items.map((c) => c.title)]));
  const { info } = await doc.getMetadata();
  const tagged = (await doc.getMarkInfo())?.Marked === true;
  await doc.destroy();
  return { pages, outline, outlineChildren, info: info as Record<string, unknown>, tagged, structure, fonts: [...fonts.values()] };
}

/** Text with all white space removed, to compare wrapped text with its source. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}
