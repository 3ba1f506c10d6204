/**
 * A React app re-renders, edits and removes highlighted text. React must keep working (no page
 * error), the page must show exactly what React rendered (nothing duplicated or left behind),
 * and the new text must be highlighted again.
 *
 * The app is bundled with Vite at test time (vite is installed as vitest's peer dependency).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, test } from 'vitest';
import { withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { type MarkInfo, settledMarks } from './marks';

let outDir = '';
const { session, server } = withExtension({
  fixtures: async () => {
    outDir = mkdtempSync(join(tmpdir(), 'treaty-lens-react-'));
    await build({
      root: join(BEHAVIOUR_DIR, 'react'),
      configFile: false,
      logLevel: 'warn',
      base: './',
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  },
});
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface Comparison {
  live: string;
  rendered: string;
  liveText: string;
  renderedText: string;
}

test('React re-renders, edits and removes highlighted text without errors or leftovers', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/index.html`);
  const expected = expectedMarks<Record<string, MarkInfo[]>>('react');
  const compare = () =>
    page.evaluate(() => (window as unknown as { __compare: () => Comparison }).__compare());
  const setStep = (step: number) =>
    page.evaluate(
      (n) => (window as unknown as { __setStep: (n: number) => void }).__setStep(n),
      step,
    );

  const check = async (name: string) => {
    expect(await settledMarks({ page, atLeast: 1 }), name).toEqual(expected[name]);
    const { live, rendered, liveText, renderedText } = await compare();
    expect(liveText, name).toBe(renderedText);
    expect(live, name).toBe(rendered);
    expect(errors, name).toEqual([]);
  };

  await check('initial');
  await setStep(1);
  await check('rerendered');
  await page.click('#more');
  await page.click('#more');
  await setStep(2);
  await check('edited');
  expect(await page.locator('#counter').textContent()).toBe('Putin was named 2 times.');
  await setStep(3);
  await check('removed');
  // And back: React re-creates removed text, which is highlighted again.
  await setStep(0);
  await check('initial');
  await page.close();
});
