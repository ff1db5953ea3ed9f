import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { FONT_SCRIPTS, fontFamily, fontFile, type FontScript } from '../text/font-catalog.js';
import type { FontLoader, RasteriserLoader } from '../report-input.js';
import { familyList } from '../svg/svg-text.js';

// The WebAssembly module can be started once per process; every later render reuses it.
let started: Promise<void> | undefined;

/** The scripts whose font an SVG's text asks for: only their fonts are loaded, not 10 MB of Chinese for every chart. */
function scriptsNamed(svg: string): FontScript[] {
  return FONT_SCRIPTS.filter((s) => svg.includes(`font-family="${familyList(s)}"`));
}

/** PNG pixels per SVG unit: about 240 dpi at the size the Word report places a chart. */
const ZOOM = 2.5;

/**
 * Turns SVG drawings into PNG images with resvg, given only the shipped fonts (never the
 * system's), so the same drawing gives the same pixels on every machine.
 */
export class SvgRasteriser {
  private readonly fonts = new Map<string, Uint8Array>();

  constructor(
    private readonly loadRasteriser: RasteriserLoader,
    private readonly loadFont: FontLoader,
  ) {}

  private font(file: string): Uint8Array {
    const known = this.fonts.get(file);
    if (known !== undefined) return known;
    const bytes = this.loadFont(file);
    this.fonts.set(file, bytes);
    return bytes;
  }

  async png(svg: string): Promise<Uint8Array> {
    started ??= initWasm(this.loadRasteriser());
    await started;
    const fontBuffers = scriptsNamed(svg).flatMap((s) => [this.font(fontFile(s, 'regular')), this.font(fontFile(s, 'bold'))]);
    const resvg = new Resvg(svg, {
      font: { fontBuffers, defaultFontFamily: fontFamily('latin'), sansSerifFamily: fontFamily('latin') },
      fitTo: { mode: 'zoom', value: ZOOM },
      background: '#ffffff',
    });
    const image = resvg.render();
    const png = image.asPng();
    image.free();
    resvg.free();
    return png;
  }
}
