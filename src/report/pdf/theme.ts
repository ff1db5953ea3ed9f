import type { Look } from '../../core/template/template-schema.js';
import type { FontWeight } from '../text/font-catalog.js';

export interface TextStyle {
  readonly size: number;
  readonly weight: FontWeight;
  /** Line height as a multiple of the size; roomy enough for Thai and Devanagari stacked marks. */
  readonly leading: number;
  readonly color: string;
}

export interface Theme {
  readonly colours: Look['colours'];
  readonly pageSize: Look['page_size'];
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly body: TextStyle;
  readonly lead: TextStyle;
  readonly muted: TextStyle;
  readonly h1: TextStyle;
  readonly h2: TextStyle;
  readonly h3: TextStyle;
  readonly cell: TextStyle;
  readonly cellBold: TextStyle;
  readonly cellDetail: TextStyle;
  readonly caption: TextStyle;
  readonly figureValue: TextStyle;
}

export function createTheme(look: Look): Theme {
  const c = look.colours;
  return {
    colours: c,
    pageSize: look.page_size,
    margins: { top: 68, bottom: 64, left: 58, right: 58 },
    body: { size: 9.5, weight: 'regular', leading: 1.45, color: c.text },
    lead: { size: 10.5, weight: 'regular', leading: 1.45, color: c.text },
    muted: { size: 9, weight: 'regular', leading: 1.45, color: c.muted },
    h1: { size: 20, weight: 'bold', leading: 1.3, color: c.primary },
    h2: { size: 12, weight: 'bold', leading: 1.4, color: c.primary },
    h3: { size: 10, weight: 'bold', leading: 1.4, color: c.text },
    cell: { size: 8, weight: 'regular', leading: 1.45, color: c.text },
    cellBold: { size: 8, weight: 'bold', leading: 1.45, color: c.text },
    cellDetail: { size: 7, weight: 'regular', leading: 1.45, color: c.muted },
    caption: { size: 7.5, weight: 'regular', leading: 1.4, color: c.muted },
    figureValue: { size: 22, weight: 'bold', leading: 1.2, color: c.primary },
  };
}
