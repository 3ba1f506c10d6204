// Rasterizes the toolbar mark into public/icon/<size>.png (WXT picks those up as the manifest
// icons) with the system Chromium, transparent background: assets/icon-small.svg (heavier
// strokes) for 16 and 32 px, assets/icon.svg above. Run: node scripts/icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 96, 128];
const svgFor = (size) =>
  readFileSync(join(ROOT, size <= 32 ? 'assets/icon-small.svg' : 'assets/icon.svg'), 'utf8');

const executablePath = findChromium();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svgFor(size).replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(join(ROOT, `public/icon/${size}.png`), png);
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
