import { BuilderElement, ExternalHyperlink, OnOffElement, TextRun, type IRunOptions, type ParagraphChild, type XmlComponent } from 'docx';
import { fontFamily, type FontScript } from '../text/font-catalog.js';
import { scriptRuns } from '../text/script-runs.js';
import { webLinks } from '../text/web-links.js';

/** How a stretch of text looks, in Word's units: size in half-points, colour as rrggbb. */
export interface RunLook {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly colour?: string;
}

type Slot = { readonly slot: 'latin' } | { readonly slot: 'complex' | 'eastAsian'; readonly lang: string };

/**
 * Word sorts characters into three font slots (Latin, East Asian, complex script) and draws each
 * in the font its run names for that slot: a Thai word in a run that names only a Latin font
 * comes out in whatever complex-script font the style has. So each run names its script's font
 * in its slot, with the language (the PDF's choices: Devanagari read as Hindi).
 */
const SLOTS: Readonly<Record<FontScript, Slot>> = {
  latin: { slot: 'latin' },
  thai: { slot: 'complex', lang: 'th-TH' },
  devanagari: { slot: 'complex', lang: 'hi-IN' },
  bengali: { slot: 'complex', lang: 'bn-BD' },
  khmer: { slot: 'complex', lang: 'km-KH' },
  sc: { slot: 'eastAsian', lang: 'zh-CN' },
  jp: { slot: 'eastAsian', lang: 'ja-JP' },
  kr: { slot: 'eastAsian', lang: 'ko-KR' },
};

/**
 * A run with the properties the docx library has no option for: `<w:cs/>` marks the run as
 * complex script, and `<w:lang>` follows it, in the schema's order (after every property the
 * library writes).
 */
class ScriptRun extends TextRun {
  constructor(options: IRunOptions, extra: readonly XmlComponent[]) {
    super(options);
    for (const element of extra) this.properties.push(element);
  }
}

function language(attribute: 'bidi' | 'eastAsia', value: string): XmlComponent {
  return new BuilderElement({ name: 'w:lang', attributes: { [attribute]: { key: `w:${attribute}`, value } } });
}

function runOf(text: string, script: FontScript, look: RunLook, lineBreak: boolean, style?: string): TextRun {
  const options: IRunOptions = {
    text,
    ...(lineBreak ? { break: 1 } : {}),
    ...(look.size === undefined ? {} : { size: look.size }),
    ...(look.bold === undefined ? {} : { bold: look.bold }),
    ...(look.italics === undefined ? {} : { italics: look.italics }),
    ...(look.colour === undefined ? {} : { color: look.colour }),
    ...(style === undefined ? {} : { style }),
  };
  const family = fontFamily(script);
  const slot = SLOTS[script];
  if (slot.slot === 'latin') return new TextRun(options);
  if (slot.slot === 'complex') return new ScriptRun({ ...options, font: { ascii: family, hAnsi: family, cs: family } }, [new OnOffElement('w:cs'), language('bidi', slot.lang)]);
  return new ScriptRun({ ...options, font: { ascii: family, hAnsi: family, eastAsia: family, hint: 'eastAsia' } }, [language('eastAsia', slot.lang)]);
}

/** Runs for a text, one per script and line; a line feed in the text becomes a line break. */
function plainRuns(text: string, look: RunLook, language: string, style?: string): TextRun[] {
  return text.split('\n').flatMap((line, k) => {
    const runs = scriptRuns(line, language);
    if (runs.length === 0) return k === 0 ? [] : [runOf('', 'latin', look, true, style)];
    return runs.map((r, j) => runOf(r.text, r.script, look, k > 0 && j === 0, style));
  });
}

/**
 * A text as Word runs: each script in its own font slot, and every web or mail address a link
 * (only http, https and mailto, as in the PDF). `language` is the answers' language, which
 * decides whether Han characters are Chinese or Japanese.
 */
export function textRuns(text: string, look: RunLook, language: string): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let at = 0;
  for (const link of webLinks(text)) {
    children.push(...plainRuns(text.slice(at, link.start), look, language));
    children.push(new ExternalHyperlink({ link: link.href, children: plainRuns(text.slice(link.start, link.end), look, language, 'Hyperlink') }));
    at = link.end;
  }
  children.push(...plainRuns(text.slice(at), look, language));
  return children;
}
