import { fill } from '../model/fill.js';
import type { PageFlow } from './page-flow.js';

/** Where the running header starts; the top margin grows when the header text wraps. */
export const HEADER_TOP = 30;
export const HEADER_GAP = 20;

/** Running header and page numbers on every page but the cover, drawn once the page count is known. */
export function drawPageFrames(flow: PageFlow, header: string, pageNumber: string, organisation: string): void {
  const { doc, tags, theme } = flow;
  const c = theme.colours;
  const range = doc.bufferedPageRange();
  const pages = range.count;
  const half = flow.width / 2 - 10;
  for (let index = 1; index < pages; index++) {
    doc.switchToPage(range.start + index);
    const left = flow.wrap(header, theme.caption, half);
    const right = flow.wrap(flow.pageSections[index] ?? '', theme.caption, half);
    const number = flow.wrap(fill(pageNumber, { page: index + 1, pages }), theme.caption, half);
    const org = flow.wrap(organisation, theme.caption, half);
    const headerY = HEADER_TOP;
    const ruleY = headerY + Math.max(left.height, right.height) + 3;
    const footerY = doc.page.height - theme.margins.bottom + 22;
    tags.artifact(() => {
      flow.drawLines(left, flow.left, headerY, { width: half });
      flow.drawLines(right, flow.left + flow.width - half, headerY, { width: half, align: 'right' });
      doc.moveTo(flow.left, ruleY).lineTo(flow.left + flow.width, ruleY).lineWidth(0.5).strokeColor(c.rule).stroke();
      flow.drawLines(org, flow.left, footerY, { width: half });
      flow.drawLines(number, flow.left + flow.width - half, footerY, { width: half, align: 'right' });
    }, 'Pagination');
  }
}
