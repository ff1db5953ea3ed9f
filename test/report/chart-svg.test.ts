import { describe, expect, it } from '@jest/globals';
import { loadFont } from '../../src/cli/load-font.js';
import { loadRasteriser } from '../../src/cli/load-rasteriser.js';
import { SvgRasteriser } from '../../src/report/docx/rasterise-svg.js';
import { buildReport } from '../../src/report/model/build-report.js';
import { STANDING_FILL } from '../../src/report/look/standing-look.js';
import type { BandScale, ChartBlock } from '../../src/report/model/report-document.js';
import { chartSvg, scaleSvg } from '../../src/report/svg/chart-svg.js';
import { escapeXml } from '../../src/report/svg/svg-text.js';
import { buildAssessment } from './fixture.js';
import { defaultTemplate, reportInput } from './report-input.js';

const colours = defaultTemplate().look.colours;

function chartsOf(assessment = buildAssessment()): ChartBlock[] {
  return buildReport(reportInput(assessment)).sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
}

const hostileTitle = 'Data </text><script>alert(1)</script> & more';
const thaiTitle = 'ข้อมูลผู้หญิงและบริการ';
const chineseTitle = '性别数据与服务';

function titled(title: string) {
  return buildAssessment({ dimensionTitle: { id: buildAssessment().dimensions[0]?.id ?? '', title } });
}

/** The report no longer draws a level strip of its own, but the model still has the kind: one made from the heat map's cells. */
function levelStrip(blocks: readonly ChartBlock[]): ChartBlock | undefined {
  const heat = blocks.find((c) => c.chart.kind === 'heatmap');
  if (heat === undefined || heat.chart.kind !== 'heatmap') return undefined;
  const items = heat.chart.rows.flatMap((r) => r.cells).map((c) => ({ label: c.label, level: c.level, target: c.target, critical: false }));
  return { ...heat, chart: { kind: 'levels', maxLevel: 4, items } };
}

describe('a chart as SVG', () => {
  const built = chartsOf();
  const strip = levelStrip(built);
  const charts = strip === undefined ? built : [...built, strip];

  it.each(['bars', 'levels', 'heatmap'])('draws the %s chart standalone, with its title and text alternative', (kind) => {
    const block = charts.find((c) => c.chart.kind === kind);
    expect(block).toBeDefined();
    if (block === undefined) return;
    const { svg, width, height } = chartSvg(block, { colours, language: 'en', id: 'c1' });
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="c1-title c1-desc">`)).toBe(true);
    expect(svg).toContain(`<title id="c1-title">${block.title}</title>`);
    expect(svg).toContain(`<desc id="c1-desc">${block.alt.replace(/'/g, '&apos;')}</desc>`);
    expect(height).toBeGreaterThan(100);
    expect(chartSvg(block, { colours, language: 'en', id: 'c1' }).svg).toBe(svg);
  });

  it('escapes every text it draws', () => {
    for (const block of chartsOf(titled(hostileTitle))) {
      const { svg } = chartSvg(block, { colours, language: 'en', id: 'x' });
      expect(svg).not.toMatch(/<script|<\/text><script/);
    }
    const bars = chartsOf(titled(hostileTitle)).find((c) => c.chart.kind === 'bars');
    expect(bars === undefined ? '' : chartSvg(bars, { colours, language: 'en', id: 'x' }).svg).toContain('Data &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });

  it('sets each script in its shipped font by family name, Han by the answers’ language', () => {
    const thai = chartsOf(titled(thaiTitle)).find((c) => c.chart.kind === 'bars');
    const han = chartsOf(titled(chineseTitle)).find((c) => c.chart.kind === 'bars');
    if (thai === undefined || han === undefined) throw new Error('no bar chart');
    expect(chartSvg(thai, { colours, language: 'en', id: 't' }).svg).toContain(`<tspan font-family="Noto Sans Thai, sans-serif">${thaiTitle}</tspan>`);
    expect(chartSvg(han, { colours, language: 'zh', id: 'h' }).svg).toContain(`<tspan font-family="Noto Sans SC, sans-serif">${chineseTitle}</tspan>`);
    expect(chartSvg(han, { colours, language: 'ja', id: 'h' }).svg).toContain(`<tspan font-family="Noto Sans JP, sans-serif">${chineseTitle}</tspan>`);
    expect(chartSvg(thai, { colours, language: 'en', id: 't' }).svg).toContain('<text xml:space="preserve" xml:lang="th"');
  });

  it('writes a bar’s value at its end, inside the bar when the target mark is in the way', () => {
    const near = { label: 'Near', value: 72, target: 75 };
    const short = { label: 'Short', value: 30, target: 75 };
    const block: ChartBlock = { ...charts[0]!, chart: { kind: 'bars', items: [near, short] } };
    const { svg } = chartSvg(block, { colours, language: 'en', id: 'b' });
    expect(svg).toMatch(/fill="#ffffff" text-anchor="end"><tspan [^>]*><tspan [^>]*>72\.0<\/tspan>/);
    expect(svg).toMatch(new RegExp(`fill="${colours.primary}" text-anchor="start"><tspan [^>]*><tspan [^>]*>30\\.0</tspan>`));
  });

  it('is read by the rasteriser into a PNG at 2.5 pixels per unit, with the fonts it names', async () => {
    const block = chartsOf(titled(thaiTitle)).find((c) => c.chart.kind === 'bars');
    if (block === undefined) throw new Error('no bar chart');
    const drawn = chartSvg(block, { colours, language: 'en', id: 'r' });
    const loaded: string[] = [];
    const rasteriser = new SvgRasteriser(loadRasteriser, (file) => {
      loaded.push(file);
      return loadFont(file);
    });
    const png = await rasteriser.png(drawn.svg);
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(Math.round(drawn.width * 2.5));
    expect(loaded.sort()).toEqual(['NotoSansThai_400Regular.ttf', 'NotoSansThai_700Bold.ttf', 'NotoSans_400Regular.ttf', 'NotoSans_700Bold.ttf']);
  });

  it('draws the heat map with every cell in its text alternative, each standing told by fill, shape and figures', () => {
    const block = charts.find((c) => c.chart.kind === 'heatmap');
    if (block === undefined || block.chart.kind !== 'heatmap') throw new Error('no heat map');
    const { svg } = chartSvg(block, { colours, language: 'en', id: 'h' });
    const desc = /<desc id="h-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    const cells = block.chart.rows.flatMap((r) => r.cells);
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) {
      expect(desc).toContain(escapeXml(cell.label));
      expect(desc).toContain(escapeXml(cell.value));
      // The figures are drawn on the tile, not only told.
      expect(svg).toContain(`>${escapeXml(cell.value)}</tspan>`);
    }
    const standings = new Set(cells.map((c) => c.standing));
    expect(standings.size).toBeGreaterThan(1);
    for (const standing of standings) expect(svg).toContain(`fill="${STANDING_FILL[standing]}"`);
    // The key names every standing, whichever the ministry has.
    for (const s of block.chart.standings) expect(svg).toContain(`>${escapeXml(s.label)}</tspan>`);
  });
});

describe('the band scale as SVG', () => {
  const scale = buildReport(reportInput())
    .sections.flatMap((s) => s.blocks)
    .find((b): b is BandScale => b.kind === 'band-scale');

  it('draws each band with its name, the reached one outlined and full strength, and the marker above', () => {
    if (scale === undefined) throw new Error('no band scale');
    const { svg } = scaleSvg(scale, { colours, language: 'en', id: 's' });
    expect(svg).toContain(`<desc id="s-desc">${escapeXml(scale.alt)}</desc>`);
    for (const band of scale.bands) expect(svg).toContain(`>${escapeXml(band.label)}</tspan>`);
    expect(svg).toContain(`>${escapeXml(scale.marker)}</tspan>`);
    const pale = (svg.match(/fill-opacity="0\.35"/g) ?? []).length;
    expect(pale).toBe(scale.bands.filter((b) => !b.reached).length);
    expect(scale.bands.filter((b) => b.reached)).toHaveLength(1);
  });

  it('hatches the band a failing gate holds the ministry below, and writes out its marks', () => {
    if (scale === undefined) throw new Error('no band scale');
    const bands = scale.bands.map((b, k) => ({ ...b, heldBack: k === scale.bands.length - 1 }));
    const held = scaleSvg({ ...scale, bands, marks: ['Capped by a critical gate'] }, { colours, language: 'en', id: 's' });
    const free = scaleSvg({ ...scale, bands: scale.bands.map((b) => ({ ...b, heldBack: false })), marks: [] }, { colours, language: 'en', id: 's' });
    expect(held.svg).toMatch(/<path d="M[^"]+" stroke="[^"]+" stroke-width="0\.9" fill="none"\/>/);
    expect(free.svg).not.toContain('<path');
    expect(held.svg).toContain('>Capped by a critical gate</tspan>');
    expect(held.height).toBeGreaterThan(free.height);
  });
});
