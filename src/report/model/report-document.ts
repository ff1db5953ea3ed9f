/**
 * The report as structured content, independent of the output format: the PDF and Markdown
 * renderers draw the same document, so both always say the same thing.
 */

type Tone = 'body' | 'lead' | 'muted';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly tone: Tone;
}

interface Subheading {
  readonly kind: 'subheading';
  readonly text: string;
}

export interface List {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly string[];
}

/** A headline figure: a value with its label and a short explanation. */
interface Figure {
  readonly label: string;
  readonly value: string;
  readonly note: string;
}

export interface Figures {
  readonly kind: 'figures';
  readonly items: readonly Figure[];
}

export interface Column {
  readonly header: string;
  /** Relative share of the table width. */
  readonly width: number;
  readonly align: 'left' | 'right';
}

/** A table cell: main text, optionally followed by a quieter detail line. */
export interface Cell {
  readonly text: string;
  readonly detail?: string;
}

export interface Table {
  readonly kind: 'table';
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** The last row sums the others. */
  readonly totalRow: boolean;
}

export interface ChartItem {
  readonly label: string;
  /** 0–100, or null when not scored. */
  readonly value: number | null;
  readonly target: number | null;
}

export interface LevelItem {
  readonly label: string;
  readonly level: number | null;
  readonly target: number;
  readonly critical: boolean;
}

type Chart =
  | { readonly kind: 'bars'; readonly items: readonly ChartItem[] }
  | { readonly kind: 'radar'; readonly items: readonly ChartItem[] }
  | { readonly kind: 'levels'; readonly maxLevel: number; readonly items: readonly LevelItem[] };

export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  /** The text alternative: says in words what the chart shows. */
  readonly alt: string;
  readonly chart: Chart;
  /** The chart's data as a table, for formats without graphics. */
  readonly table: Table;
  readonly legend: ChartLegend;
}

export interface ChartLegend {
  readonly score: string;
  readonly target: string;
  readonly level: string;
  readonly notApplicable: string;
  readonly notScored: string;
}

export type Block = Paragraph | Subheading | List | Figures | Table | ChartBlock;

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

interface CoverLine {
  readonly label: string;
  readonly value: string;
}

export interface Cover {
  readonly title: string;
  readonly subtitle: string;
  readonly preparedFor: string;
  readonly ministry: string;
  readonly lines: readonly CoverLine[];
  readonly disclaimer: string;
  readonly organisation: string;
}

export interface ReportDocument {
  readonly language: string;
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  /** The assessment date, ISO YYYY-MM-DD: the document's only date. */
  readonly date: string;
  readonly runningHeader: string;
  /** "Page {page} of {pages}", still to be filled. */
  readonly pageNumber: string;
  readonly cover: Cover;
  readonly sections: readonly Section[];
}
