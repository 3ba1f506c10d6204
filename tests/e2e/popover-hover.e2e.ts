/**
 * The popover in real Chromium, driven by a real pointer: hover intent, brush past, the bridge
 * into the popover, dismissal, and the content of the card for a leader, the treaty and a
 * delegate (checked against data/ read independently of core/views).
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { setSettings, withExtension } from './harness';
import {
  DATA,
  dialog,
  expected,
  FIXTURES,
  isOpen,
  markBox,
  openEntity,
  uiHosts,
  waitClosed,
  waitMention,
  waitOpen,
} from './popover-helpers';
import { uiLocator } from './ui';

const { session, server } = withExtension({ fixtures: FIXTURES });
let page: Page;
let errors: string[];

beforeEach(async () => {
  await page?.close();
  ({ page, errors } = await session.newPage());
  await page.goto(`${server.url}/article.html`);
  await waitMention(page, 'putin');
});

/** A point on the page well away from any highlight and from where the popover opens. */
async function parkPointer() {
  const box = await page.locator('#plain').boundingBox();
  if (!box) throw new Error('no #plain');
  await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2);
}

const texts = (selector: string) =>
  dialog(page, selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''));

describe('what the card shows', () => {
  test.each([['putin'], ['treaty-2024'], ['lavrov'], ['choe-son-hui'], ['borisov']])(
    '%s: header and sections',
    async (id) => {
      await parkPointer();
      const { x, y } = await markBox(page, id);
      await page.mouse.move(x, y);
      await waitOpen(page, id);
      const want = expected(id);

      const card = dialog(page);
      expect(await card.getAttribute('aria-modal')).toBe('false');
      const labelledBy = await card.getAttribute('aria-labelledby');
      expect(await uiLocator(page, `#${labelledBy}`).textContent()).toBe(want.entity.name);
      expect(await dialog(page, `.tl-role`).textContent()).toBe(want.entity.role);
      expect(await dialog(page, `.tl-mentioned .tl-count`).textContent()).toMatch(
        new RegExp(`^Mentioned by \\d of ${DATA.sources.length} sources$`),
      );

      // A preview: long lists show their first few and a "Show all N" button.
      for (const [section, all, limit] of [
        ['.tl-corroborated', want.corroborated.length, 3],
        ['.tl-disputes', want.disputes.length, 2],
      ] as const) {
        const more = dialog(page, `${section} .tl-more`);
        const shown = section === '.tl-corroborated' ? '.tl-claim' : '.tl-dispute';
        if (all > limit) {
          expect(await dialog(page, `${section} ${shown}`).count()).toBeLessThan(all);
          expect(await more.textContent()).toBe(`Show all ${all}`);
          await more.click();
        } else {
          expect(await more.count()).toBe(0);
        }
        expect(await dialog(page, `${section} ${shown}`).count()).toBe(all);
      }

      const corroborated = await texts('.tl-corroborated .tl-statement');
      expect([...corroborated].sort()).toEqual(want.corroborated.map((c) => c.statement).sort());
      // Most independent first: "N outlets · M origins: …" never increases down the list in
      // origins, then outlets; N is the claim's distinct outlets.
      const lines = (await texts('.tl-corroborated .tl-independence')).map((t) => {
        const match = /^(\d+) outlets · (\d+) origins?: ./.exec(t);
        return [Number(match?.[1]), Number(match?.[2])] as const;
      });
      expect(lines).toEqual([...lines].sort(([oa, ga], [ob, gb]) => gb - ga || ob - oa));
      const byStatement = new Map(want.corroborated.map((c) => [c.statement, c.count]));
      expect(lines.map(([outlets]) => outlets)).toEqual(
        corroborated.map((s) => byStatement.get(s)),
      );

      expect(await texts('.tl-disputes .tl-question')).toEqual(
        want.disputes.map((d) => d.question),
      );
      expect(await texts('.tl-naming')).toEqual(
        want.namings.map((d) => `Also written: ${d.accounts.map((a) => a.statement).join(' · ')}`),
      );
      const single = await texts('.tl-single .tl-statement');
      expect(single.sort()).toEqual(want.single.map((c) => c.statement).sort());

      // Collapsed by default unless it is all there is (most delegates).
      if (want.single.length > 0) {
        const open = await dialog(page, `.tl-single details`).getAttribute('open');
        const onlySingle = want.corroborated.length === 0 && want.disputes.length === 0;
        expect(open !== null).toBe(onlySingle);
      }
      expect(errors).toEqual([]);
    },
  );
});

describe('hover', () => {
  test('opens after the intent delay, not before', async () => {
    await parkPointer();
    const { x, y } = await markBox(page, 'putin');
    await page.mouse.move(x, y);
    await page.waitForTimeout(120);
    expect(await isOpen(page)).toBe(false);
    await waitOpen(page, 'putin');
  });

  test('a quick brush past does nothing', async () => {
    await parkPointer();
    const { x, y, box } = await markBox(page, 'putin');
    await page.mouse.move(x, y);
    await page.waitForTimeout(80);
    await page.mouse.move(x, box.y - 40);
    await page.waitForTimeout(700);
    expect(await isOpen(page)).toBe(false);
  });

  test('the pointer can travel into the popover, and leaving both closes it', async () => {
    await parkPointer();
    const { x, y } = await markBox(page, 'putin');
    await page.mouse.move(x, y);
    await waitOpen(page, 'putin');
    const pop = await dialog(page).boundingBox();
    if (!pop) throw new Error('no popover box');
    // Across the gap and into the card, in a few steps like a real hand.
    await page.mouse.move(pop.x + 30, pop.y + 20, { steps: 6 });
    await page.waitForTimeout(800);
    expect(await openEntity(page)).toBe('putin');
    // Leave for somewhere neutral: it closes after the grace period.
    await page.mouse.move(5, 5, { steps: 3 });
    await waitClosed(page);
  });

  test('one popover at a time: hovering another highlight replaces the card', async () => {
    await parkPointer();
    const putin = await markBox(page, 'putin');
    await page.mouse.move(putin.x, putin.y);
    await waitOpen(page, 'putin');
    await page.keyboard.press('Escape');
    await waitClosed(page);
    const lavrov = await markBox(page, 'lavrov');
    await page.mouse.move(lavrov.x, lavrov.y);
    await waitOpen(page, 'lavrov');
    expect(await uiHosts(page)).toBe(1);
    expect(await dialog(page).count()).toBe(1);
  });
});

describe('click and dismissal', () => {
  test('a click opens at once; Esc closes; a click outside closes', async () => {
    const { mark } = await markBox(page, 'treaty-2024');
    // At once, with no hover delay: how fast is the benchmark's (scripts/bench/popover.mjs).
    await mark.click();
    await waitOpen(page, 'treaty-2024');
    await page.keyboard.press('Escape');
    await waitClosed(page);

    await mark.click();
    await waitOpen(page, 'treaty-2024');
    // A clicked popover stays when the pointer wanders off...
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect(await isOpen(page)).toBe(true);
    // ...and goes on a click elsewhere.
    await page.locator('#plain').click();
    await waitClosed(page);
  });

  test("the first opening loads one file, the extension's card module; later ones load nothing", async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const { mark } = await markBox(page, 'putin');
    await mark.click();
    await waitOpen(page, 'putin');
    await page.waitForTimeout(300);
    // The card (its CSS inlined) comes from the extension itself; Chrome asks for it at the
    // extension's URL and serves it at the session's dynamic URL (use_dynamic_url).
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) {
      expect(url).toMatch(/^chrome-extension:\/\/[a-z0-9-]+\/popover-card\.js$/);
    }
    requests.length = 0;
    await page.keyboard.press('Escape');
    await waitClosed(page);
    const other = await markBox(page, 'treaty-2024');
    await other.mark.click();
    await waitOpen(page, 'treaty-2024');
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
  });

  test("a page cannot load the card module by the extension's static URL", async () => {
    const url = `chrome-extension://${session.extensionId}/popover-card.js`;
    // A string, so the test runner does not rewrite the page's import().
    const loaded = await page.evaluate(
      `import(${JSON.stringify(url)}).then(() => 'loaded', () => 'refused')`,
    );
    expect(loaded).toBe('refused');
    const fetched = await page.evaluate(
      (src) =>
        fetch(src).then(
          () => 'fetched',
          () => 'refused',
        ),
      url,
    );
    expect(fetched).toBe('refused');
  });

  test('the card loads on a page whose CSP allows no script, and inside its frame', async () => {
    await page.goto(`${server.url}/strict-csp.html`);
    await (await markBox(page, 'putin')).mark.click();
    await waitOpen(page, 'putin');
    await page.keyboard.press('Escape'); // the card would cover the frame
    await waitClosed(page);
    // A srcdoc frame inherits the page's CSP. Its highlight, in the page's coordinates:
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('no frame');
    await waitMention(frame, 'putin');
    const offset = await page.locator('iframe').boundingBox();
    const inner = await frame.evaluate(() => {
      const range = [...(CSS.highlights.get('treaty-lens-putin') ?? [])][0];
      const live = document.createRange();
      if (range) {
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
      }
      const r = live.getClientRects()[0];
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    });
    if (!offset || !inner) throw new Error('no highlight in the frame');
    await page.mouse.click(offset.x + inner.x, offset.y + inner.y);
    await waitOpen(frame, 'putin');
  });

  test('a click inside the popover does not close it', async () => {
    const { mark } = await markBox(page, 'putin');
    await mark.click();
    await waitOpen(page, 'putin');
    await dialog(page, `.tl-name`).click();
    await page.waitForTimeout(300);
    expect(await isOpen(page)).toBe(true);
  });

  test('the popover follows its highlight when the page scrolls', async () => {
    const { mark } = await markBox(page, 'putin');
    await mark.click();
    await waitOpen(page, 'putin');
    // The card sits just below the highlight or just above it (it may flip as room changes).
    const adjacent = async () => {
      const [m, p] = await Promise.all([mark.boundingBox(), dialog(page).boundingBox()]);
      if (!m || !p) return false;
      const below = Math.abs(p.y - (m.y + m.height) - 6) <= 2;
      const above = Math.abs(m.y - (p.y + p.height) - 6) <= 2;
      return below || above;
    };
    expect(await adjacent()).toBe(true);
    const before = await mark.boundingBox();
    await page.mouse.wheel(0, 80);
    await page.waitForTimeout(300);
    expect((await mark.boundingBox())?.y).not.toBe(before?.y); // the page did scroll
    expect(await adjacent()).toBe(true);
  });

  test('openOn "click" turns hover-open off; clicks still open', async () => {
    await setSettings({ session, patch: { openOn: 'click' } });
    try {
      await page.reload();
      await parkPointer();
      const { mark, x, y, box } = await markBox(page, 'putin');
      await page.mouse.move(x, y);
      await page.waitForTimeout(900);
      expect(await isOpen(page)).toBe(false);
      // Selecting words of the highlight by dragging is not a request for the card.
      await page.mouse.move(box.x + 2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width - 2, y, { steps: 5 });
      await page.mouse.up();
      expect(await page.evaluate(() => getSelection()?.toString().length)).toBeGreaterThan(3);
      await page.waitForTimeout(300);
      expect(await isOpen(page)).toBe(false);
      await page.evaluate(() => getSelection()?.removeAllRanges());
      await mark.click();
      await waitOpen(page, 'putin');
    } finally {
      await setSettings({ session, patch: { openOn: 'hover' } });
    }
  });
});
