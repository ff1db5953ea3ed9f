import { describe, expect, it } from '@jest/globals';
import { loadFont } from '../../src/cli/load-font.js';
import { loadRasteriser } from '../../src/cli/load-rasteriser.js';
import { SvgRasteriser } from '../../src/report/docx/rasterise-svg.js';
import { buildReport } from '../../src/report/model/build-report.js';
import type { ChartBlock } from '../../src/report/model/report-document.js';
import { chartSvg } from '../../src/report/svg/chart-svg.js';
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

describe('a chart as SVG', () => {
  const charts = chartsOf();

  it.each(['bars', 'radar', 'levels'])('draws the %s chart standalone, with its title and text alternative', (kind) => {
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
});
