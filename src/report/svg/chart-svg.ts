import type { BandScale, ChartBlock } from '../model/report-document.js';
import { bandScaleSvg } from './band-scale-svg.js';
import { barChartSvg } from './bar-chart-svg.js';
import { CHART_WIDTH, type ChartBody, type ChartContext } from './chart-frame.js';
import { levelStripSvg } from './level-strip-svg.js';
import { heatMapSvg } from './heat-map-svg.js';
import { escapeXml, n } from './svg-text.js';

interface ChartSvgOptions extends ChartContext {
  /** Prefix of the ids the text alternative is referred to by, unique within the page that holds the drawing. */
  readonly id: string;
}

/** A drawn chart: the standalone SVG and its size in SVG units. */
export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const MARGIN = 8;

function body(ctx: ChartContext, block: ChartBlock): ChartBody {
  const chart = block.chart;
  switch (chart.kind) {
    case 'bars':
      return barChartSvg(ctx, chart.items, block.legend);
    case 'levels':
      return levelStripSvg(ctx, chart.items, chart.maxLevel, block.legend);
    case 'heatmap':
      return heatMapSvg(ctx, chart.rows, chart.standings);
    default:
      return chart satisfies never;
  }
}

/** A drawing as a standalone SVG, its title and text alternative as <title> and <desc>. */
function standalone(drawn: ChartBody, title: string, alt: string, options: ChartSvgOptions): ChartSvg {
  const width = CHART_WIDTH + 2 * MARGIN;
  const height = Math.ceil(drawn.height + 2 * MARGIN);
  const id = escapeXml(options.id);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(alt)}</desc>` +
    `<g transform="translate(${n(MARGIN)} ${n(MARGIN)})">${drawn.markup}</g></svg>`;
  return { svg, width, height };
}

/**
 * A chart of the report as a standalone SVG: its title and its text alternative (which states
 * every figure) as <title> and <desc>, every text escaped and set in the shipped Noto fonts by
 * family name. Same block, same string.
 */
export function chartSvg(block: ChartBlock, options: ChartSvgOptions): ChartSvg {
  return standalone(body(options, block), block.title, block.alt, options);
}

/** The band scale as a standalone SVG, titled by its marker and described by its sentence. */
export function scaleSvg(block: BandScale, options: ChartSvgOptions): ChartSvg {
  return standalone(bandScaleSvg(options, block), block.marker, block.alt, options);
}
