import type { ChartBlock } from '../model/report-document.js';
import { barChartHeight, drawBarChart } from './bar-chart.js';
import { drawHeatMap, heatMapHeight } from './heat-map.js';
import { drawLevelStrip, levelStripHeight } from './level-strip.js';
import type { PageFlow } from './page-flow.js';

const TITLE_GAP = 6;

function bodyHeight(flow: PageFlow, block: ChartBlock): number {
  const chart = block.chart;
  switch (chart.kind) {
    case 'bars':
      return barChartHeight(flow, chart.items);
    case 'heatmap':
      return heatMapHeight(flow, chart.rows);
    case 'levels':
      return levelStripHeight(flow, chart.items);
  }
}

export function chartHeight(flow: PageFlow, block: ChartBlock): number {
  return flow.wrap(block.title, flow.theme.h3, flow.width).height + TITLE_GAP + bodyHeight(flow, block);
}

/** A chart drawn in vectors, tagged as a figure whose alternative text states its figures. */
export function drawChart(flow: PageFlow, block: ChartBlock, heading: 'H2' | 'H3'): void {
  const { tags, theme } = flow;
  flow.ensure(chartHeight(flow, block));
  const title = flow.wrap(block.title, theme.h3, flow.width);
  const titleY = flow.y;
  tags.leaf(heading, () => flow.drawLines(title, flow.left, titleY));
  const top = titleY + title.height + TITLE_GAP;
  const height = bodyHeight(flow, block);
  tags.leaf(
    'Figure',
    () => {
      const chart = block.chart;
      switch (chart.kind) {
        case 'bars':
          return drawBarChart(flow, chart.items, block.legend, top);
        case 'heatmap':
          return drawHeatMap(flow, chart.rows, chart.standings, top);
        case 'levels':
          return drawLevelStrip(flow, chart.items, chart.maxLevel, block.legend, top);
      }
    },
    { alt: block.alt },
  );
  flow.y = top + height;
}
