import { strFromU8, unzipSync } from 'fflate';

/** A Word document read back from its package, as far as the tests look at it. */
export interface DocxPackage {
  readonly files: Readonly<Record<string, Uint8Array>>;
  readonly document: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly tables: readonly DocxTable[];
  readonly runs: readonly DocxRun[];
  readonly images: readonly DocxImage[];
  /** Each relationship of the document part: its id and its target. */
  readonly relationships: ReadonlyMap<string, string>;
}

export interface DocxParagraph {
  readonly style: string | null;
  readonly text: string;
}

export interface DocxTable {
  /** The rows marked to repeat as a header, each a list of cell texts. */
  readonly headerRows: readonly (readonly string[])[];
  readonly rows: readonly (readonly string[])[];
}

export interface DocxRun {
  /** The run's property XML (`<w:rPr>…</w:rPr>`), or '' when it has none. */
  readonly properties: string;
  readonly text: string;
}

export interface DocxImage {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');
}

function attribute(tag: string, name: string): string {
  return decode(new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? ''))).join('');
}

const all = (xml: string, element: string) => [...xml.matchAll(new RegExp(`<${element}>([\\s\\S]*?)</${element}>`, 'g'))].map((m) => m[1] ?? '');

/** Reads word/document.xml and its relationships out of a .docx file. */
export function readDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(bytes);
  const part = files['word/document.xml'];
  if (part === undefined) throw new Error('the package has no word/document.xml');
  const document = strFromU8(part);
  const paragraphs = all(document, 'w:p').map((p) => ({ style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null, text: textOf(p) }));
  const tables = all(document, 'w:tbl').map((t) => {
    const rows = all(t, 'w:tr');
    const cells = (row: string) => all(row, 'w:tc').map(textOf);
    return { headerRows: rows.filter((r) => r.includes('<w:tblHeader/>')).map(cells), rows: rows.map(cells) };
  });
  const runs = all(document, 'w:r').map((r) => ({ properties: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(r)?.[0] ?? '', text: textOf(r) }));
  const images = [...document.matchAll(/<wp:docPr [^>]*\/>/g)].map((m) => ({ id: attribute(m[0], 'id'), title: attribute(m[0], 'title'), description: attribute(m[0], 'descr') }));
  const rels = files['word/_rels/document.xml.rels'];
  const relationships = new Map(
    [...(rels === undefined ? '' : strFromU8(rels)).matchAll(/<Relationship [^>]*\/>/g)].map((m) => [attribute(m[0], 'Id'), attribute(m[0], 'Target')] as const),
  );
  return { files, document, paragraphs, tables, runs, images, relationships };
}
