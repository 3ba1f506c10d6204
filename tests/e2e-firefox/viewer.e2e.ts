/**
 * From a citation to its passage in Firefox: an outlet chip in the card opens the source viewer
 * (through the background, in a window of its own) at that source, with the quoted passage
 * marked and on screen.
 */
import { expect, test } from 'vitest';
import { FIXTURES, highlightPoint, NAMES } from './card';
import { EXTENSION_ORIGIN, extensionPageOpenedBy, waitDialog, withFirefox } from './firefox';

const { session, server } = withFirefox({ fixtures: FIXTURES });

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

test.each([
  ['putin', 'koreaherald'],
  ['lavrov', 'epochtimes'],
])('%s: the %s chip opens sources.html at its passage', async (entity, source) => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/article.html`);
  const { x, y } = await highlightPoint({ page, entity });
  await page.mouse.click(x, y);
  const dialog = await waitDialog({ page, name: NAMES[entity] ?? entity });
  const chip = await dialog.$(`.tl-corroborated .tl-chip[data-source="${source}"]`);
  if (!chip) throw new Error(`no ${source} chip among ${entity}'s corroborated claims`);

  const viewer = await extensionPageOpenedBy({ session, action: () => chip.click() });
  const [address, hash = ''] = viewer.url.split('#');
  expect(address).toBe(`${EXTENSION_ORIGIN}/sources.html`);
  const params = new URLSearchParams(hash);
  expect(params.get('source')).toBe(source);
  const quote = params.get('quote') ?? '';
  expect(quote.length).toBeGreaterThan(5);

  const passage = await viewer.page.waitForSelector('mark.tv-passage');
  const marked = await viewer.page.$$eval('mark.tv-passage', (els) =>
    els.map((e) => e.textContent ?? '').join(''),
  );
  // The marked text is the quote (whitespace aside), unless the quote elides with "…".
  if (!/…|\.\.\./.test(quote)) expect(collapse(marked)).toBe(collapse(quote));
  const inView = () =>
    passage?.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
  await expect.poll(inView).toBe(true);
  expect(errors).toEqual([]);
  await viewer.page.close();
  await page.close();
});
