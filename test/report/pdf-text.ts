import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  readonly text: string;
  readonly width: number;
  readonly height: number;
  /** Every text item with its box in PDF units, origin bottom left. */
  readonly items: readonly { str: string; x: number; y: number; width: number; height: number }[];
}

export interface ExtractedPdf {
  readonly pages: readonly PdfPage[];
  readonly outline: readonly string[];
  /** Each top-level bookmark's nested bookmarks. */
  readonly outlineChildren: ReadonlyMap<string, readonly string[]>;
  readonly info: Record<string, unknown>;
  readonly structure: readonly StructEntry[];
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

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  const structure: StructEntry[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item ? [{ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height }] : [],
    );
    pages.push({ text: items.map((i) => i.str).join(' '), width: width ?? 0, height: height ?? 0, items });
    flatten((await page.getStructTree()) as StructNode | null, structure);
  }
  const items = (await doc.getOutline()) ?? [];
  const outline = items.map((o) => o.title);
  const outlineChildren = new Map(items.map((o) => [o.title, o.items.map((c) => c.title)]));
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, outline, outlineChildren, info: info as Record<string, unknown>, structure };
}

/** Text with all white space removed, to compare wrapped text with its source. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}
