/**
 * The card as a fact-checker reads it (issue 11), on the demo article: naming variants apart
 * from the differing accounts, facts before characterisations, how independent each
 * corroboration is, and the "How this is judged" page. Also the card screenshots of the two
 * leaders, the treaty and two delegates: as the card opens (docs/card-<id>.png with
 * UPDATE_SCREENSHOTS=1, else .tmp/screenshots/), and with every list open, for review
 * (.tmp/screenshots/expanded/, never tracked).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT, withExtension } from './harness';
import { dialog, expected, markBox, waitOpen } from './popover-helpers';

const SHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs' : '.tmp/screenshots');
const EXPANDED = join(ROOT, '.tmp/screenshots/expanded');
mkdirSync(SHOTS, { recursive: true });
mkdirSync(EXPANDED, { recursive: true });

const { session, server } = withExtension({ fixtures: join(ROOT, 'tests/fixtures/demo') });

async function openCard(id: string, height = 1000) {
  const { page, errors } = await session.newPage();
  // A tall window for the screenshots: the card is placed below its highlight at its full height.
  await page.setViewportSize({ width: 1000, height });
  await page.goto(`${server.url}/index.html`);
  const { mark } = await markBox(page, id);
  await mark.click();
  await waitOpen(page, id);
  return { page, errors };
}

test('a naming note shows apart from the differing accounts, in one line', async () => {
  const { page, errors } = await openCard('kim-jong-un');
  const want = expected('kim-jong-un');
  expect(want.namings.map((d) => d.id)).toEqual(['kim-spelling']);
  const note = dialog(page, '.tl-naming');
  expect(await note.textContent()).toBe('Also written: Kim Jong-Un · Kim Jong-un · Kim Jong Un');
  // Apart: not inside "Differing accounts", which does not list the spelling question.
  expect(await dialog(page, '.tl-disputes .tl-naming').count()).toBe(0);
  expect(await dialog(page, '.tl-disputes').textContent()).not.toContain(
    want.namings[0]?.question ?? '?',
  );
  // Each form opens the passage that writes it (the button named for the form and its outlet).
  const form = dialog(page, '.tl-naming button[aria-label^="Kim Jong-Un, as written by EIR News"]');
  expect(await form.evaluate((el) => el.getAttribute('type'))).toBe('button');
  const [viewer] = await Promise.all([session.context.waitForEvent('page'), form.click()]);
  await viewer.waitForLoadState('domcontentloaded');
  expect(new URL(viewer.url()).hash).toContain('source=eir');
  await viewer.close();
  expect(errors).toEqual([]);
  await page.close();
});

test('differing accounts: facts first, then characterisations; corroboration with its origins', async () => {
  const { page, errors } = await openCard('kim-jong-un');
  await dialog(page, '.tl-disputes .tl-more').click();
  const kinds = await dialog(page, '.tl-dispute').evaluateAll((els) =>
    els.map((e) => (e as HTMLElement).dataset.kind),
  );
  expect(kinds).toEqual(expected('kim-jong-un').disputes.map((d) => d.kind));
  expect(kinds.indexOf('characterisation')).toBeGreaterThan(kinds.lastIndexOf('fact'));
  const first = await dialog(page, '.tl-independence').first().textContent();
  expect(first).toMatch(/^\d+ outlets · \d+ origins?: \S/);
  expect(errors).toEqual([]);
  await page.close();
});

test('"How this is judged" opens the editorial notes inside the extension', async () => {
  const { page, errors } = await openCard('putin');
  const judged = dialog(page, '.tl-footnote button');
  expect(await judged.textContent()).toBe('How this is judged');
  const [notes] = await Promise.all([session.context.waitForEvent('page'), judged.click()]);
  await notes.waitForLoadState('domcontentloaded');
  expect(notes.url()).toBe(`chrome-extension://${session.extensionId}/editorial.html`);
  await notes.locator('h1').waitFor();
  expect(await notes.locator('h1').textContent()).toBe('How this is judged');
  expect(await notes.locator('h2').allTextContents()).toEqual(
    expect.arrayContaining([
      'Corroborated',
      'Origin',
      'Single-source',
      'Differing accounts',
      'Naming',
    ]),
  );
  await notes.setViewportSize({ width: 900, height: 900 });
  await notes.screenshot({ path: join(ROOT, '.tmp/screenshots/editorial.png'), fullPage: true });
  await notes.close();
  expect(errors).toEqual([]);
  await page.close();
});

test.each([['putin'], ['kim-jong-un'], ['treaty-2024'], ['ushakov'], ['belousov']])(
  'card screenshots: %s, as it opens and with every list open',
  async (id) => {
    const { page, errors } = await openCard(id, 12_000);
    await page.mouse.move(1, 1);
    await page.waitForTimeout(200);
    await dialog(page).screenshot({ path: join(SHOTS, `card-${id}.png`) });
    const more = dialog(page, '.tl-more');
    const lists = await more.count(); // each stays, as "Show fewer", once clicked
    for (let i = 0; i < lists; i++) await more.nth(i).click();
    await dialog(page).evaluate((card) => {
      for (const d of card.querySelectorAll('details')) d.open = true;
    });
    await page.waitForTimeout(300);
    // The whole card in one picture: nothing of it scrolled out of its box.
    expect(await dialog(page).evaluate((card) => card.scrollHeight <= card.clientHeight)).toBe(
      true,
    );
    await dialog(page).screenshot({ path: join(EXPANDED, `card-${id}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  },
);
