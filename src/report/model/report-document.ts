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

/**
 * How an indicator stands against its target, for the heat map: met, one level short, two or
 * more short, not known (don't know or unanswered, scored as 0) or not applicable.
 */
export type StandingKind = 'met' | 'near' | 'far' | 'unknown' | 'not-applicable';

export interface HeatCell {
  readonly label: string;
  readonly level: number | null;
  readonly target: number;
  readonly standing: StandingKind;
  /** The cell's figures as printed, e.g. "2 / 3" or "N/A". */
  readonly value: string;
}

export interface HeatRow {
  readonly label: string;
  readonly cells: readonly HeatCell[];
}

/** What each standing means, in the order the legend shows them. */
export interface StandingLegend {
  readonly standing: StandingKind;
  readonly label: string;
}

type Chart =
  | { readonly kind: 'bars'; readonly items: readonly ChartItem[] }
  | { readonly kind: 'levels'; readonly maxLevel: number; readonly items: readonly LevelItem[] }
  | { readonly kind: 'heatmap'; readonly rows: readonly HeatRow[]; readonly standings: readonly StandingLegend[] };

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

/** What a key message tells: the weakest part, a critical gate, the biggest lever or a strength. */
export type MessageKind = 'weakness' | 'critical' | 'lever' | 'strength';

export interface KeyMessage {
  readonly kind: MessageKind;
  readonly text: string;
}

/** Three to five plain sentences drawn from the result, read before anything else. */
export interface KeyMessages {
  readonly kind: 'key-messages';
  readonly items: readonly KeyMessage[];
}

/** One action of the plan, as every place that lists it shows it. */
export interface PlanAction {
  /** Unique in the report, in reading order; the CSV carries the same number. */
  readonly number: number;
  /** The recommendation's id: machine outputs key the action by it; the printed report does not show it. */
  readonly id: string;
  readonly text: string;
  /** The indicator it moves, with its level and target, e.g. "Gender focal point (level 2 to 3)". */
  readonly indicator: string;
  readonly critical: boolean;
  /** The pack's owner role. */
  readonly owner: string;
  readonly timeframe: string;
  /** A measurable sign that the action is done; a dash when the pack gives none. */
  readonly successMeasure: string;
  /** Follow-up status; a new report's actions are all still open. */
  readonly status: string;
}

export interface PlanColumns {
  readonly number: string;
  readonly action: string;
  readonly indicator: string;
  readonly owner: string;
  /** The room left beside the owner role for the unit the ministry names. */
  readonly namedUnit: string;
  readonly timeframe: string;
  readonly successMeasure: string;
  readonly status: string;
}

/** A run of plan actions as a table. */
export interface ActionTable {
  readonly kind: 'actions';
  readonly columns: PlanColumns;
  readonly actions: readonly PlanAction[];
}

/** The first actions of the plan, framed as what to approve now: the same numbers as the plan. */
export interface DecisionBox {
  readonly kind: 'decision-box';
  readonly title: string;
  readonly intro: string;
  readonly columns: PlanColumns;
  readonly actions: readonly PlanAction[];
}

export interface ScaleBand {
  readonly label: string;
  /** Where the band starts and ends on the 0–100 scale. */
  readonly from: number;
  readonly to: number;
  /** The band the ministry is in. */
  readonly reached: boolean;
  /** The band the score alone would reach, when a gate holds the ministry below it. */
  readonly heldBack: boolean;
}

/** The pack's bands drawn as a scale, with where the ministry sits and the marks that qualify it. */
export interface BandScale {
  readonly kind: 'band-scale';
  readonly bands: readonly ScaleBand[];
  /** 0–100, or null when nothing was scored. */
  readonly score: number | null;
  /** The marker's words, e.g. "38.4 · Gender-sensitive". */
  readonly marker: string;
  /** The short marks (capped, limited scope, provisional), each in words. */
  readonly marks: readonly string[];
  /** The scale in a sentence, for screen readers and text formats. */
  readonly alt: string;
}

/** One item of a checklist answer. */
export interface CheckItem {
  readonly label: string;
  readonly ticked: boolean;
}

/** One indicator's answer with everything that explains it, kept together. */
export interface IndicatorEntry {
  readonly title: string;
  /** The critical mark's words, or null. */
  readonly critical: string | null;
  readonly standing: StandingKind;
  /** "2 · Emerging", "Don't know", "Not applicable". */
  readonly level: string;
  /** The level's descriptor, or why there is none (scored as level 0, set by a condition, the reason it is excluded). */
  readonly levelDetail: string | null;
  /** "Target 3", or null when not applicable. */
  readonly target: string | null;
  /** Ticked and unticked items of a checklist answer; empty for other types. */
  readonly checklist: readonly CheckItem[];
  readonly note: string | null;
  /** One line per piece of evidence; empty when there is none. */
  readonly evidence: readonly string[];
}

export interface IndicatorLabels {
  readonly note: string;
  readonly evidence: string;
  readonly noEvidence: string;
  readonly ticked: string;
  readonly unticked: string;
}

/** A dimension's indicators, each with its level, descriptor, note and evidence side by side. */
export interface IndicatorEntries {
  readonly kind: 'indicators';
  readonly labels: IndicatorLabels;
  readonly entries: readonly IndicatorEntry[];
}

/** A table of contents entry: the section's title and the id its link goes to. */
export interface ContentsEntry {
  readonly id: string;
  readonly title: string;
  /** An annex, listed after the body. */
  readonly annex: boolean;
}

/** The table of contents; page numbers are the renderer's to find. */
export interface Contents {
  readonly kind: 'contents';
  readonly title: string;
  /** The heading above the annexes. */
  readonly annexesTitle: string;
  readonly entries: readonly ContentsEntry[];
}

export type Block =
  | Paragraph
  | Subheading
  | List
  | Figures
  | Table
  | ChartBlock
  | KeyMessages
  | ActionTable
  | DecisionBox
  | BandScale
  | IndicatorEntries
  | Contents;

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
  /**
   * False for a section that may follow the previous one on the same page where it fits (the
   * dimensions); a section opens a new page otherwise.
   */
  readonly newPage?: boolean;
  /** Annexes come after the main body; a section is part of the body otherwise. */
  readonly annex?: boolean;
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
  /** The table of contents, where the document has one. */
  readonly contents?: Contents;
}

/** What a printed document's properties say of it. */
export interface DocumentInfo {
  readonly language: string;
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  /** ISO YYYY-MM-DD: the document's only date (a report's is its assessment's). */
  readonly date: string;
}

export interface ReportDocument extends DocumentInfo {
  readonly runningHeader: string;
  /** "Page {page} of {pages}", still to be filled. */
  readonly pageNumber: string;
  readonly cover: Cover;
  readonly sections: readonly Section[];
}
