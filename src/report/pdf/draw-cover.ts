import type { Cover } from '../model/report-document.js';
import { contentsHeight, drawContents, type PendingContents } from './draw-contents.js';
import type { PageFlow } from './page-flow.js';

const BAND = 150;
const LOGO_BOX: [number, number] = [120, 60];
// The least room between the facts or the contents and the disclaimer beneath them.
const DISCLAIMER_GAP = 10;

/** The title page: a coloured band with the organisation, the title, the ministry and the facts. */
export function drawCover(flow: PageFlow, cover: Cover, logo: Uint8Array | null, pending: PendingContents[]): void {
  const { doc, tags, theme } = flow;
  const c = theme.colours;
  const pageWidth = doc.page.width;
  tags.artifact(() => {
    doc.rect(0, 0, pageWidth, BAND).fill(c.primary);
    doc.rect(0, BAND, pageWidth, 4).fill(c.accent);
  });
  const org = flow.wrap(cover.organisation, { ...theme.h3, color: '#ffffff' }, flow.width - LOGO_BOX[0] - 20);
  tags.leaf('P', () => flow.drawLines(org, flow.left, 48));
  if (logo !== null) {
    const [w, h] = LOGO_BOX;
    tags.leaf('Figure', () => {
      doc.image(Buffer.from(logo.buffer, logo.byteOffset, logo.byteLength), flow.left + flow.width - w, 44, { fit: [w, h], align: 'right', valign: 'center' });
    }, { alt: cover.organisation });
  }

  flow.y = BAND + 60;
  const title = flow.wrap(cover.title, { ...theme.h1, size: 28 }, flow.width);
  const titleY = flow.y;
  tags.leaf('H1', () => flow.drawLines(title, flow.left, titleY));
  flow.y += title.height + 4;
  const subtitle = flow.wrap(cover.subtitle, { ...theme.lead, size: 14, color: c.muted }, flow.width);
  const subtitleY = flow.y;
  tags.leaf('P', () => flow.drawLines(subtitle, flow.left, subtitleY));
  flow.y += subtitle.height + 24;

  const preparedFor = flow.wrap(cover.preparedFor.toUpperCase(), { ...theme.caption, weight: 'bold' }, flow.width);
  const preparedY = flow.y;
  tags.leaf('P', () => flow.drawLines(preparedFor, flow.left + 12, preparedY));
  flow.y += preparedFor.height + 2;
  const ministry = flow.wrap(cover.ministry, { ...theme.h2, size: 18, color: c.text }, flow.width - 12);
  const ministryY = flow.y;
  tags.artifact(() => doc.rect(flow.left, preparedY, 3, ministryY - preparedY + ministry.height).fill(c.accent));
  tags.leaf('P', () => flow.drawLines(ministry, flow.left + 12, ministryY));
  flow.y += ministry.height + 20;

  const labelWidth = 130;
  tags.open('Table');
  for (const line of cover.lines) {
    const label = flow.wrap(line.label, { ...theme.body, color: c.muted }, labelWidth - 10);
    const value = flow.wrap(line.value, theme.body, flow.width - labelWidth);
    const y = flow.y;
    tags.open('TR');
    tags.leaf('TH', () => flow.drawLines(label, flow.left, y), { scope: 'Row' });
    tags.leaf('TD', () => flow.drawLines(value, flow.left + labelWidth, y), flow.languageOf(line.value));
    tags.close();
    flow.y += Math.max(label.height, value.height) + 6;
  }
  tags.close();
  const disclaimer = flow.wrap(cover.disclaimer, theme.muted, flow.width - 24);
  const boxHeight = disclaimer.height + 20;
  if (cover.contents !== undefined) {
    flow.y += 10;
    // The contents moves on to the next page with the disclaimer when the two don't fit beneath the facts.
    flow.ensure(contentsHeight(flow, cover.contents) + DISCLAIMER_GAP + boxHeight);
    pending.push(drawContents(flow, cover.contents));
  }

  const boxY = Math.max(flow.y + DISCLAIMER_GAP, flow.bottom - boxHeight);
  tags.artifact(() => doc.rect(flow.left, boxY, flow.width, boxHeight).fill(c.shade));
  tags.leaf('P', () => flow.drawLines(disclaimer, flow.left + 12, boxY + 10));
  flow.y = boxY + boxHeight;
}
