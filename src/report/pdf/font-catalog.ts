/** The writing systems the report has a shipped font for; Han text uses SC, JP or KR. */
export type FontScript = 'latin' | 'thai' | 'devanagari' | 'bengali' | 'khmer' | 'sc' | 'jp' | 'kr';
export type FontWeight = 'regular' | 'bold';

const PACKAGES: Readonly<Record<FontScript, readonly [pkg: string, family: string]>> = {
  latin: ['noto-sans', 'NotoSans'],
  thai: ['noto-sans-thai', 'NotoSansThai'],
  devanagari: ['noto-sans-devanagari', 'NotoSansDevanagari'],
  bengali: ['noto-sans-bengali', 'NotoSansBengali'],
  khmer: ['noto-sans-khmer', 'NotoSansKhmer'],
  sc: ['noto-sans-sc', 'NotoSansSC'],
  jp: ['noto-sans-jp', 'NotoSansJP'],
  kr: ['noto-sans-kr', 'NotoSansKR'],
};

const WEIGHTS: Readonly<Record<FontWeight, string>> = { regular: '400Regular', bold: '700Bold' };

/** The name of a TrueType font file in the fonts folder that ships with gret. */
export function fontFile(script: FontScript, weight: FontWeight): string {
  const [, family] = PACKAGES[script];
  return `${family}_${WEIGHTS[weight]}.ttf`;
}

/** A file the build copies from a font package into the shipped fonts folder. */
export interface ShippedFontFile {
  /** Its module path inside the npm font packages, which are build-time dependencies only. */
  readonly source: string;
  readonly file: string;
}

/**
 * Only the weights the report draws, and each family's SIL Open Font License text, which the
 * licence requires to travel with the fonts. A whole family package holds nine weights: the
 * Chinese one alone is 92 MB installed, most of it weights gret never uses.
 */
export function shippedFontFiles(): ShippedFontFile[] {
  return Object.values(PACKAGES).flatMap(([pkg, family]) => [
    ...Object.values(WEIGHTS).map((style) => ({ source: `@expo-google-fonts/${pkg}/${style}/${family}_${style}.ttf`, file: `${family}_${style}.ttf` })),
    { source: `@expo-google-fonts/${pkg}/LICENSE_FONT`, file: `${family}-OFL.txt` },
  ]);
}
