/**
 * Issue 14, item 7: no runtime code generation. The shipped code holds no `Function`
 * constructor or `eval` (zod's were removed by scripts/zod-no-eval.ts; zod runs jitless), and
 * nothing the extension runs — popup, options, viewer, and the card on a page — trips the
 * 'unsafe-eval' part of a CSP, where a page or the console would see it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { EXTENSION_PATH, withExtension } from '../harness';
import { markBox, waitOpen } from '../popover-helpers';
import { HOSTILE_FIXTURES } from './hostile-helpers';

const { session, server } = withExtension({ fixtures: HOSTILE_FIXTURES });

const CODE_GENERATION = /\bnew Function\b|=\s*Function\s*[;,)]|\bFunction\s*\(\s*["'`]|\beval\s*\(/;

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return scripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

test('the built extension holds no Function constructor and no eval', () => {
  const files = scripts(EXTENSION_PATH);
  expect(files.length).toBeGreaterThan(3);
  const found = files.flatMap((file) => {
    const match = CODE_GENERATION.exec(readFileSync(file, 'utf8'));
    return match ? [`${relative(EXTENSION_PATH, file)}: ${match[0]}`] : [];
  });
  console.info(
    `[hostile/eval] code generation in the bundles: ${found.length} (${found.join('; ')})`,
  );
  expect(found).toEqual([]);
});

/** CSP reports about eval on a page: its own listener's and the console's. */
function watchEval(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/unsafe-eval|EvalError|evaluate a string as JavaScript/i.test(message.text()))
      seen.push(message.text());
  });
  return seen;
}

test('extension pages run without tripping the CSP’s eval rule', async () => {
  const urls = ['popup.html', 'options.html', 'sources.html#source=eir&quote=Putin'].map(
    (path) => `chrome-extension://${session.extensionId}/${path}`,
  );
  const reports: string[] = [];
  for (const url of urls) {
    const { page } = await session.newPage();
    const seen = watchEval(page);
    await page.addInitScript(() => {
      const store: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = store;
      document.addEventListener('securitypolicyviolation', (event) => {
        store.push(`${event.violatedDirective} ${event.sourceFile}`);
      });
    });
    await page.goto(url);
    await page.locator('main').first().waitFor();
    await page.waitForTimeout(300);
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    reports.push(...seen.map((s) => `${url}: ${s}`), ...violations.map((v) => `${url}: ${v}`));
    await page.close();
  }
  console.info(`[hostile/eval] eval reports from extension pages: ${reports.length}`);
  expect(reports).toEqual([]);
});

test('the card on a page: nothing for the page or the console to see', async () => {
  const { page, errors } = await session.newPage();
  const seen = watchEval(page);
  await page.goto(`${server.url}/eval.html`);
  const { mark } = await markBox(page, 'putin');
  await mark.click();
  await waitOpen(page, 'putin');
  await page.waitForTimeout(300);
  const violations = await page.evaluate(
    () => (window as unknown as { __hostile: { violations: string[] } }).__hostile.violations,
  );
  console.info(
    `[hostile/eval] with the card open: page saw ${violations.length} violation(s), console ${seen.length}`,
  );
  expect(violations).toEqual([]);
  expect(seen).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
