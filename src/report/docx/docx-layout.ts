import { BorderStyle } from 'docx';
import type { Look } from '../../core/template/template-schema.js';

/** Page measures in twips (1/1440 inch), the unit Word's page and table sizes use. */
export interface PageLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  /** The width between the margins. */
  readonly content: number;
}

const PAGE_SIZES: Readonly<Record<Look['page_size'], readonly [number, number]>> = {
  A4: [11906, 16838],
  LETTER: [12240, 15840],
};

// 2 cm, the PDF's margins.
const MARGIN = 1134;

export function pageLayout(size: Look['page_size']): PageLayout {
  const [width, height] = PAGE_SIZES[size];
  return { width, height, margin: MARGIN, content: width - 2 * MARGIN };
}

/** Twips to the pixels (at 96 per inch) the docx library sizes images in. */
export function twipsToPixels(twips: number): number {
  return twips / 15;
}

/** A template colour (#rrggbb) as Word writes it. */
export function wordColour(colour: string): string {
  return colour.slice(1).toUpperCase();
}

/** Font sizes in half-points, as Word stores them. */
export const SIZES = {
  body: 20,
  lead: 22,
  muted: 18,
  cell: 16,
  detail: 14,
  caption: 16,
  figure: 36,
  title: 56,
  subtitle: 28,
  ministry: 36,
} as const;

/** No rule at all, for a table that only places things side by side. */
export const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER } as const;
