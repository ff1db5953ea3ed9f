/** The writing systems the report has a shipped font for; Han text uses SC, JP or KR. */
export type FontScript = 'latin' | 'thai' | 'devanagari' | 'bengali' | 'khmer' | 'sc' | 'jp' | 'kr';
export type FontWeight = 'regular' | 'bold';

// The package, the prefix of its file names, and the family name the font gives itself, by which
// SVG text and Word runs ask for it.
const PACKAGES: Readonly<Record<FontScript, readonly [pkg: string, family: string, name: string]>> = {
  latin: ['noto-sans', 'NotoSans', 'Noto Sans'],
  thai: ['noto-sans-thai', 'NotoSansThai', 'Noto Sans Thai'],
  devanagari: ['noto-sans-devanagari', 'NotoSansDevanagari', 'Noto Sans Devanagari'],
  bengali: ['noto-sans-bengali', 'NotoSansBengali', 'Noto Sans Bengali'],
  khmer: ['noto-sans-khmer', 'NotoSansKhmer', 'Noto Sans Khmer'],
  sc: ['noto-sans-sc', 'NotoSansSC', 'Noto Sans SC'],
  jp: ['noto-sans-jp', 'NotoSansJP', 'Noto Sans JP'],
  kr: ['noto-sans-kr', 'NotoSansKR', 'Noto Sans KR'],
};

export const FONT_SCRIPTS = Object.keys(PACKAGES) as readonly FontScript[];

/** The family name a shipped font gives itself ("Noto Sans Thai"). */
export function fontFamily(script: FontScript): string {
  return PACKAGES[script][2];
}

const WEIGHTS: Readonly<Record<FontWeight, string>> = { regular: '400Regular', bold: '700Bold' };

/** The name of a TrueType font file in the fonts folder that ships with gret. */
export function fontFile(script: FontScript, weight: FontWeight): string {
  const [, family] = PACKAGES[script];
  return `${family}_${WEIGHTS[weight]}.ttf`;
}

/** A file the build copies from a font package into the shipped fonts folder. */
interface ShippedFontFile {
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
