// Does a `:root::highlight(x)` rule (highlight inheritance) paint a custom highlight on text deep
// in the document, as `::highlight(x)` does? In headless Chromium and in firefox-esr, no
// extension: a page with one highlighted word four elements deep, a constructed sheet with the
// rule adopted, and the colour of a pixel inside the word on a screenshot.
// Usage: node scripts/bench/highlight-inheritance.mjs (prints one line per browser and selector).
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../chromium.mjs';
import { findFirefox } from '../test-browsers.mjs';

const PAGE = `<!doctype html><html><body style="margin:0;background:#fff">
<div><section><article><p style="font:64px/80px monospace;margin:0;color:#fff">
<span id="word">WWWWWWWW</span></p></article></section></div></body></html>`;

/** In the page: registers the highlight over the word and adopts a sheet with `selector`. */
const setUp = (selector) => {
  const text = document.getElementById('word').firstChild;
  const range = new StaticRange({
    startContainer: text,
    startOffset: 0,
    endContainer: text,
    endOffset: text.data.length,
  });
  CSS.highlights.set('x', new Highlight(range));
  const sheet = new CSSStyleSheet();
  if (selector) sheet.replaceSync(`${selector} { background-color: rgb(0, 0, 255); }`);
  document.adoptedStyleSheets = [sheet];
  const box = document.getElementById('word').getBoundingClientRect();
  return { x: Math.round(box.left + 10), y: Math.round(box.top + box.height / 2) };
};

const SELECTORS = ['::highlight(x)', ':root::highlight(x)', null];

/** Blue at the point means the highlight painted (the text itself is white on white). */
async function pixelIsBlue(png, point, decode) {
  const { data, width } = await decode(png);
  const at = (point.y * width + point.x) * 4;
  return data[at] < 60 && data[at + 1] < 60 && data[at + 2] > 200;
}

/** A PNG decoded in a browser page (no image library in the project). */
const decoder = (page) => async (png) =>
  page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    return { data: [...data], width: image.width };
  }, Buffer.from(png).toString('base64'));

async function check({ name, newPage, close }) {
  for (const selector of SELECTORS) {
    const page = await newPage();
    await page.setContent(PAGE);
    const point = await page.evaluate(setUp, selector);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const png = await page.screenshot({ type: 'png' });
    const blue = await pixelIsBlue(png, point, decoder(page));
    console.log(`${name}: ${selector ?? '(no rule)'} → ${blue ? 'painted' : 'not painted'}`);
    await page.close();
  }
  await close();
}

const chrome = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const chromeVersion = chrome.version();
await check({
  name: `Chromium ${chromeVersion}`,
  newPage: () => chrome.newPage({ viewport: { width: 800, height: 300 } }),
  close: () => chrome.close(),
});
const firefox = await puppeteer.launch({
  browser: 'firefox',
  executablePath: findFirefox(),
  headless: true,
});
const firefoxVersion = await firefox.version();
await check({
  name: firefoxVersion,
  newPage: async () => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 800, height: 300 });
    return page;
  },
  close: () => firefox.close(),
});
