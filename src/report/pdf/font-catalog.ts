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

/** The module path of a TrueType font file inside the npm font packages the report depends on. */
export function fontFile(script: FontScript, weight: FontWeight): string {
  const [pkg, family] = PACKAGES[script];
  const style = WEIGHTS[weight];
  return `@expo-google-fonts/${pkg}/${style}/${family}_${style}.ttf`;
}

