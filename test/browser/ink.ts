import type { BrowserSession } from './launch-browser.js';

// Runs in the page: decodes the PNG, draws it on a canvas and counts the pixels darker than mid grey.
const COUNT_INK = `async (source) => {
  const image = new Image();
  image.src = source;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let dark = 0;
  for (let k = 0; k < data.length; k += 4) if (data[k] + data[k + 1] + data[k + 2] < 384) dark += 1;
  return dark / (data.length / 4);
}`;

/**
 * The share of a screenshot's pixels that are ink: text drawn in a font leaves some, a blank
 * box none. The browser decodes the PNG itself, in a blank page.
 */
export async function inkShare(browser: BrowserSession, png: Uint8Array): Promise<number> {
  const opened = await browser.open('about:blank', { width: 200 });
  try {
    const count = await opened.page.evaluateHandle(COUNT_INK);
    return (await count.evaluate((run: unknown, source: string) => (run as (s: string) => Promise<number>)(source), `data:image/png;base64,${Buffer.from(png).toString('base64')}`)) as number;
  } finally {
    await opened.close();
  }
}
