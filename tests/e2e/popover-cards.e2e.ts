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
import { DIALOG, expected, markBox, waitOpen } from './popover-helpers';

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
  const note = page.locator(`${DIALOG} .tl-naming`);
  expect(await note.textContent()).toBe('Also written: Kim Jong-Un · Kim Jong-un · Kim Jong Un');
  // Apart: not inside "Differing accounts", which does not list the spelling question.
  expect(await page.locator(`${DIALOG} .tl-disputes .tl-naming`).count()).toBe(0);
  expect(await page.locator(`${DIALOG} .tl-disputes`).textContent()).not.toContain(
    want.namings[0]?.question ?? '?',
  );
  // Each form opens the passage that writes it.
  const [viewer] = await Promise.all([
    session.context.waitForEvent('page'),
    note.getByRole('button', { name: /^Kim Jong-Un, as written by EIR News/ }).click(),
  ]);
  await viewer.waitForLoadState('domcontentloaded');
  expect(new URL(viewer.url()).hash).toContain('source=eir');
  await viewer.close();
  expect(errors).toEqual([]);
  await page.close();
});

test('differing accounts: facts first, then characterisations; corroboration with its origins', async () => {
  const { page, errors } = await openCard('kim-jong-un');
  await page.locator(`${DIALOG} .tl-disputes .tl-more`).click();
  const kinds = await page
    .locator(`${DIALOG} .tl-dispute`)
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
  expect(kinds).toEqual(expected('kim-jong-un').disputes.map((d) => d.kind));
  expect(kinds.indexOf('characterisation')).toBeGreaterThan(kinds.lastIndexOf('fact'));
  const first = await page.locator(`${DIALOG} .tl-independence`).first().textContent();
  expect(first).toMatch(/^\d+ outlets · \d+ origins?: \S/);
  expect(errors).toEqual([]);
  await page.close();
});

test('"How this is judged" opens the editorial notes inside the extension', async () => {
  const { page, errors } = await openCard('putin');
  const [notes] = await Promise.all([
    session.context.waitForEvent('page'),
    page.locator(DIALOG).getByRole('button', { name: 'How this is judged' }).click(),
  ]);
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
    await page.locator(DIALOG).screenshot({ path: join(SHOTS, `card-${id}.png`) });
    for (const more of await page.locator(`${DIALOG} .tl-more`).all()) await more.click();
    await page.locator(DIALOG).evaluate((dialog) => {
      for (const d of dialog.querySelectorAll('details')) d.open = true;
    });
    await page.waitForTimeout(300);
    // The whole card in one picture: nothing of it scrolled out of its box.
    expect(
      await page.locator(DIALOG).evaluate((dialog) => dialog.scrollHeight <= dialog.clientHeight),
    ).toBe(true);
    await page.locator(DIALOG).screenshot({ path: join(EXPANDED, `card-${id}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  },
);
