import { fontFamily, type FontScript } from '../text/font-catalog.js';
import { breakLines, type Line } from '../text/line-break.js';
import { scriptRuns } from '../text/script-runs.js';
import { textLanguage } from '../text/text-language.js';

export interface SvgTextStyle {
  readonly size: number;
  readonly bold: boolean;
  readonly colour: string;
}

/** Text laid out in lines, each piece in the font of its script. */
export interface SvgLines {
  readonly lines: readonly Line[];
  readonly lineHeight: number;
  readonly height: number;
  /** The language of the text when it is not the document's, for the reader's voice. */
  readonly lang: string | null;
}

const LEADING = 1.35;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Advance widths in em, a little above the Noto fonts' own, so that text laid out here also
// fits when a browser draws it with its own rounding: the layout has no font to measure with.
const GRAPHEME_EM: Readonly<Record<Exclude<FontScript, 'latin'>, number>> = {
  thai: 0.64,
  devanagari: 0.78,
  bengali: 0.78,
  khmer: 0.82,
  sc: 1.02,
  jp: 1.02,
  kr: 1.02,
};

function latinEm(char: string): number {
  if (char === ' ') return 0.27;
  if (/[iljtfr.,:;'!|()[\]Iı’]/u.test(char)) return 0.33;
  if (/[mwMW@%]/u.test(char)) return 0.92;
  if (/[A-Z]/u.test(char)) return 0.7;
  if (/[0-9]/u.test(char)) return 0.58;
  return 0.58;
}

/** The estimated width of a text in one script at a size; bold is drawn some 6 % wider. */
export function textWidth(text: string, script: FontScript, style: SvgTextStyle): number {
  let em = 0;
  if (script === 'latin') for (const char of text) em += latinEm(char);
  else for (const { segment } of graphemes.segment(text)) em += segment === ' ' ? 0.27 : /^[\x21-\x7e]$/u.test(segment) ? latinEm(segment) : GRAPHEME_EM[script];
  return em * style.size * (style.bold ? 1.06 : 1);
}

/** Wraps a text (line feeds kept) to a width, breaking between words as the PDF does. */
export function wrapText(text: string, maxWidth: number, style: SvgTextStyle, language: string): SvgLines {
  const lines = text
    .split('\n')
    .flatMap((paragraph) => breakLines(scriptRuns(paragraph, language), maxWidth, (t, s) => textWidth(t, s, style)));
  const lineHeight = style.size * LEADING;
  return { lines, lineHeight, height: lines.length * lineHeight, lang: textLanguage(text, language) };
}

/** Escapes text and attribute values for XML: nothing typed in an answers file becomes markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** A number as SVG writes it: at most two decimals, so output is short and stable. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The font-family value for a script's text: its shipped font, then the reader's sans-serif. */
export function familyList(script: FontScript): string {
  return `${fontFamily(script)}, sans-serif`;
}

export type Anchor = 'start' | 'middle' | 'end';

/**
 * Draws laid-out lines from `top` down. Each piece names
 * its font by family, the way a browser with the embedded fonts and the rasteriser both find it.
 */
export function drawText(text: SvgLines, x: number, top: number, style: SvgTextStyle, anchor: Anchor = 'start'): string {
  // The baseline sits a third of the size below the middle of its line, as the PDF's does.
  const baseline = (k: number) => top + k * text.lineHeight + text.lineHeight / 2 + style.size * 0.35;
  const lines = text.lines.map((line, k) => {
    const pieces = line.pieces.map((p, j) => {
      const content = j === line.pieces.length - 1 ? p.text.replace(/\s+$/u, '') : p.text;
      return `<tspan font-family="${escapeXml(familyList(p.run.script))}">${escapeXml(content)}</tspan>`;
    });
    return `<tspan x="${n(x)}" y="${n(baseline(k))}">${pieces.join('')}</tspan>`;
  });
  const lang = text.lang === null ? '' : ` xml:lang="${escapeXml(text.lang)}"`;
  const weight = style.bold ? ' font-weight="700"' : '';
  return `<text xml:space="preserve"${lang} font-size="${n(style.size)}"${weight} fill="${escapeXml(style.colour)}" text-anchor="${anchor}">${lines.join('')}</text>`;
}
