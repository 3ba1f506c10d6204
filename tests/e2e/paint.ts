/**
 * Whether a highlight is painted, by pixels: the fixture (tests/fixtures/behaviour/paint.html)
 * writes white text on white, so within the highlighted word's box, pixels that are not white
 * were drawn by the highlight's style. Shared by the Chromium and Firefox suites.
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** In the page: the box of `#word`. */
function wordBox(): Box {
  const rect = (document.getElementById('word') as HTMLElement).getBoundingClientRect();
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

/** In the page (the project has no image library): share of `box`'s pixels that are not white. */
async function colouredShare({ data, box }: { data: string; box: Box }): Promise<number> {
  const image = new Image();
  image.src = `data:image/png;base64,${data}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.drawImage(image, 0, 0);
  const scale = image.width / window.innerWidth;
  const pixels = context.getImageData(
    Math.round(box.x * scale),
    Math.round(box.y * scale),
    Math.max(1, Math.round(box.width * scale)),
    Math.max(1, Math.round(box.height * scale)),
  ).data;
  let coloured = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (Math.min(pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0) < 235) coloured++;
  }
  return coloured / (pixels.length / 4);
}

/** A page of either driver: Playwright's (Chromium suite) or Puppeteer's (Firefox suite). */
export interface ScreenshotPage {
  evaluate(fn: typeof wordBox): Promise<Box>;
  evaluate(fn: typeof colouredShare, arg: { data: string; box: Box }): Promise<number>;
  screenshot(options: { type: 'png' }): Promise<Uint8Array>;
}

/** Share (0–1) of the pixels in the box of `#word` that are not white, on a screenshot. */
export async function paintedShare(page: ScreenshotPage): Promise<number> {
  const box = await page.evaluate(wordBox);
  const png = await page.screenshot({ type: 'png' });
  return page.evaluate(colouredShare, { data: Buffer.from(png).toString('base64'), box });
}
