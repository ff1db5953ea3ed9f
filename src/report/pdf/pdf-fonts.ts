import type { FontLoader } from '../report-input.js';
import type { UnshapedText } from '../rendered.js';
import type { PdfDocument } from './pdf-document.js';
import { fontFile, type FontScript, type FontWeight } from '../text/font-catalog.js';
import { breakLines, widestUnit, type Line } from '../text/line-break.js';
import { scriptRuns, type ScriptRun } from '../text/script-runs.js';
import { currentEngine, currentFont } from './embedded-font.js';
import { primeCharacters } from './prime-characters.js';
import { skipNullAnchors } from './skip-null-anchors.js';
import { fallBackToUnshaped } from './unshaped-fallback.js';

// Widths are measured once at this size and scaled, so one cache entry serves every size.
const MEASURE_SIZE = 100;

/**
 * The document's fonts: each is read and embedded only when some text first needs it, so a
 * report without Chinese never reads the 10 MB Chinese font.
 */
export class PdfFonts {
  private readonly registered = new Set<string>();
  /** Widths at MEASURE_SIZE, by script, weight and then text: a report asks some 50,000 times for 4,000 texts. */
  private readonly widths = new Map<FontScript, Record<FontWeight, Map<string, number>>>();
  /** Each paragraph's runs, as a table asks for them again at every column width it tries. */
  private readonly runs = new Map<string, ScriptRun[]>();
  /** Whether each font has a glyph, by script and then code point. */
  private readonly coverage = new Map<FontScript, Map<number, boolean>>();
  /** Text drawn unshaped, by font family, in the order it was met. */
  private readonly failures = new Map<string, Set<string>>();

  constructor(
    private readonly doc: PdfDocument,
    private readonly load: FontLoader,
    private readonly language: string,
  ) {}

  /** Makes the font current in the document and returns its name. */
  use(script: FontScript, weight: FontWeight): string {
    const name = `${script}-${weight}`;
    if (!this.registered.has(name)) {
      const bytes = this.load(fontFile(script, weight));
      this.doc.registerFont(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      this.registered.add(name);
      this.doc.font(name);
      const engine = currentEngine(this.doc);
      fallBackToUnshaped(engine, ({ font: family, text }) => this.noteUnshaped(family, text));
      skipNullAnchors(engine);
      const font = currentFont(this.doc);
      if (script === 'latin' && font !== undefined) primeCharacters(font);
      return name;
    }
    this.doc.font(name);
    return name;
  }

  private noteUnshaped(family: string, text: string): void {
    const trimmed = text.trim();
    if (trimmed === '') return;
    const texts = this.failures.get(family) ?? new Set<string>();
    texts.add(trimmed);
    this.failures.set(family, texts);
  }

  /** The text each font could not shape and drew letter by letter instead. */
  get unshaped(): UnshapedText[] {
    return [...this.failures].map(([font, texts]) => ({ font, texts: [...texts] }));
  }

  covers(script: FontScript, codePoint: number): boolean {
    // Every shipped font has the ASCII digits, spaces and punctuation.
    if (codePoint < 0x80) return true;
    let known = this.coverage.get(script);
    if (known === undefined) {
      known = new Map();
      this.coverage.set(script, known);
    }
    let has = known.get(codePoint);
    if (has === undefined) {
      this.use(script, 'regular');
      has = currentFont(this.doc)?.font.hasGlyphForCodePoint(codePoint) ?? true;
      known.set(codePoint, has);
    }
    return has;
  }

  width(text: string, script: FontScript, weight: FontWeight, size: number): number {
    let byWeight = this.widths.get(script);
    if (byWeight === undefined) {
      byWeight = { regular: new Map(), bold: new Map() };
      this.widths.set(script, byWeight);
    }
    const widths = byWeight[weight];
    let width = widths.get(text);
    if (width === undefined) {
      this.use(script, weight);
      width = this.doc.fontSize(MEASURE_SIZE).widthOfString(text);
      widths.set(text, width);
    }
    return (width * size) / MEASURE_SIZE;
  }

  /** Splits a paragraph into runs that each have a font with all their glyphs. */
  scriptRuns(paragraph: string): ScriptRun[] {
    let runs = this.runs.get(paragraph);
    if (runs === undefined) {
      runs = scriptRuns(paragraph, this.language, (script, codePoint) => this.covers(script, codePoint));
      this.runs.set(paragraph, runs);
    }
    return runs;
  }

  /** The width of the longest word in the text, which a column must give it not to split it. */
  widestWord(text: string, weight: FontWeight, size: number): number {
    return Math.max(0, ...text.split('\n').map((paragraph) => widestUnit(this.scriptRuns(paragraph), (t, script) => this.width(t, script, weight, size))));
  }

  /** Wraps a paragraph's runs to a width. */
  breakLines<R extends ScriptRun>(runs: readonly R[], weight: FontWeight, size: number, maxWidth: number): Line<R>[] {
    return breakLines(runs, maxWidth, (t, script) => this.width(t, script, weight, size));
  }
}
