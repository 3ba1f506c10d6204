/**
 * Disputed statements in the built extension (issue 16), on the hand-labelled pages of
 * tests/fixtures/sentences/: every `treaty-lens-dispute-<id>` highlight is a labelled statement
 * (precision), the extension finds in the page exactly what the detectors find in the page's
 * blocks read without a browser (the DOM side loses nothing), its card says which account the
 * page matches, the keyboard reaches it, and the reader's switch takes it away and back.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ROOT, sendToPages, setSettings, withExtension } from './harness';
import { type MarkInfo, readMarks, settledMarks } from './marks';
import { DATA, dialog, focused, markBox, targetOn, waitOpen } from './popover-helpers';
import { detectedInHtml, labelled, SENTENCE_PAGES, SENTENCES_DIR } from './statements-support';
import { openPopup, tabIdOf, until } from './toolbar-helpers';
import { inUi } from './ui';

const { session, server } = withExtension({ fixtures: SENTENCES_DIR });

/** Screenshots of statements and their cards: docs/ with UPDATE_SCREENSHOTS=1, else .tmp/. */
const SHOTS = join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs' : '.tmp/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** The page region from the statement's paragraph to the open card, with a margin. */
async function shotOfStatement(page: Page, box: { y: number }, path: string) {
  await page.mouse.move(1, 1);
  const card = await dialog(page).boundingBox();
  if (!card) throw new Error('no card to frame');
  const top = Math.max(0, Math.min(card.y, box.y) - 40);
  const bottom = Math.max(card.y + card.height, box.y) + 24;
  await page.screenshot({ path, clip: { x: 0, y: top, width: 1000, height: bottom - top } });
}

/** The page's statements once they stop changing (they come after the mentions, when idle). */
function statementsOn(page: Page, atLeast: number): Promise<MarkInfo[]> {
  return settledMarks({
    page,
    highlights: 'statements',
    shadowRoots: false,
    atLeast,
    quietMs: 500,
  });
}

describe('statements on the sentence fixture pages', () => {
  test.each(SENTENCE_PAGES)(
    '%s: exactly what the detectors find, each one labelled',
    async (name) => {
      const want = detectedInHtml(name);
      const labels = labelled(name);
      const { page, errors } = await session.newPage();
      await page.goto(`${server.url}/${name}.html`);
      const got = await statementsOn(page, want.length);
      expect(got.map(({ entity, text }) => [entity, text])).toEqual(
        want.map(([dispute, phrase]) => [dispute, phrase]),
      );
      // Precision against the hand-written labels (the detectors' misses are allowed, not extras).
      for (const { entity, text } of got) {
        expect(labels.some(([dispute, phrase]) => dispute === entity && phrase === text)).toBe(
          true,
        );
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

/** The account's statement in data/disputes.json. */
function accountStatement(dispute: string, account: number | string): string {
  const found = DATA.disputes.find((d) => d.id === dispute);
  const statement = typeof account === 'number' ? found?.accounts[account]?.statement : undefined;
  if (!found || !statement) throw new Error(`no account ${account} of ${dispute}`);
  return statement;
}

describe('the card of a statement', () => {
  test.each([
    ['en', 'putin-arrival-time'],
    ['ko', 'talks-venue'],
    ['ru', 'treaty-replaces'],
  ])('%s: %s says which account the page matches, and the others', async (name, id) => {
    const [, phrase, account] = detectedInHtml(name).find(([dispute]) => dispute === id) ?? [];
    if (phrase === undefined || account === undefined) throw new Error(`no ${id} on ${name}`);
    const { page, errors } = await session.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${server.url}/${name}.html`);
    await statementsOn(page, 1);
    const { mark, box } = await markBox(page, `dispute-${id}`);
    await mark.click();
    await waitOpen(page);
    await shotOfStatement(page, box, join(SHOTS, `statement-${name}.png`));
    const card = dialog(page, '.tl-statement-card');
    expect(await card.evaluate((el) => (el as HTMLElement).dataset.dispute)).toBe(id);
    const question = DATA.disputes.find((d) => d.id === id)?.question;
    expect(await dialog(page, '.tl-question-title').textContent()).toBe(question);
    const line = (await dialog(page, '.tl-page-line').textContent()) ?? '';
    expect(line.startsWith(`This page: ${phrase} — like `)).toBe(true);
    expect(await dialog(page, '.tl-account-matched .tl-statement').textContent()).toBe(
      accountStatement(id, account),
    );
    const others = await dialog(page, '.tl-other-accounts .tl-statement').evaluateAll((els) =>
      els.map((el) => el.textContent),
    );
    const all = DATA.disputes.find((d) => d.id === id)?.accounts ?? [];
    expect(others).toEqual(all.filter((_, i) => i !== account).map((a) => a.statement));
    // Each outlet chip opens the source viewer at its passage.
    const chip = dialog(page, '.tl-other-accounts .tl-chip');
    const [viewer] = await Promise.all([session.context.waitForEvent('page'), chip.click()]);
    await viewer.waitForLoadState('domcontentloaded');
    expect(new URL(viewer.url()).hash).toMatch(/^#source=[a-z-]+&quote=/);
    await viewer.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the reader reaches statements and can switch them off', () => {
  test('the next-mention command visits statements too, with the card focused', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.url}/en.html`);
    await statementsOn(page, 1);
    const seen = new Set<string>();
    for (let i = 0; i < 12 && ![...seen].some((s) => s.startsWith('mention:dispute-')); i++) {
      await sendToPages({ session, message: { type: 'next-mention' } });
      await waitOpen(page);
      seen.add(await targetName(page));
    }
    const statement = [...seen].find((s) => s.startsWith('mention:dispute-'));
    expect(statement).toBeDefined();
    expect(await focused(page)).toBe('dialog');
    expect(await dialog(page, '.tl-statement-card').count()).toBe(1);
    await page.close();
  });

  test('the popup lists the statements per question, and each line jumps to the next one', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.url}/en.html`);
    const statements = await statementsOn(page, 1);
    const perDispute: Record<string, number> = {};
    for (const { entity } of statements) perDispute[entity] = (perDispute[entity] ?? 0) + 1;
    const tabId = await tabIdOf({ session, page });
    const { page: popup, errors } = await openPopup({ session, tabId });
    const lines = popup.locator('.statement-group button[data-dispute]');
    await lines.first().waitFor();
    const listed = await lines.evaluateAll((buttons) =>
      buttons.map((button) => [
        button.getAttribute('data-dispute'),
        button.querySelector('.mention-name')?.textContent,
        Number.parseInt(button.querySelector('.mention-count')?.textContent ?? '', 10),
      ]),
    );
    expect(Object.fromEntries(listed.map(([id, , count]) => [id, count]))).toEqual(perDispute);
    for (const [id, question] of listed) {
      expect(question).toBe(DATA.disputes.find((d) => d.id === id)?.question);
    }
    await popup.setViewportSize({ width: 340, height: 600 });
    await popup.locator('.popup-page').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    // Only the list scrolls: header, switches and footer stay in the 600 px a popup may have.
    expect(
      await popup.evaluate(() => {
        const { scrollHeight, clientHeight, scrollWidth, clientWidth } = document.documentElement;
        return { scrollHeight, scrollWidth, fits: [clientHeight, clientWidth] };
      }),
    ).toEqual({ scrollHeight: 600, scrollWidth: 340, fits: [600, 340] });
    await popup.screenshot({ path: join(SHOTS, 'popup-statements.png') });
    // A dispute stated twice: its line flashes the first statement, then the second.
    const [twice] = Object.entries(perDispute).find(([, count]) => count >= 2) ?? [];
    if (!twice) throw new Error('en.html states no dispute twice');
    const order = (await readMarks({ page, highlights: 'all' })).map((mark) => mark.entity);
    const at = order.flatMap((entity, i) => (entity === `dispute-${twice}` ? [i] : []));
    const flashing = (index: number) => async () => {
      const on = await targetOn(page);
      return on.flashing && on.index === at[index];
    };
    const line = popup.locator(`.statement-group button[data-dispute="${twice}"]`);
    await line.click();
    expect(await until(flashing(0), true)).toBe(true);
    await line.click();
    expect(await until(flashing(1), true)).toBe(true);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  test('switched off, no statement is highlighted; on again, they come back', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.url}/en.html`);
    const before = await statementsOn(page, 1);
    await setSettings({ session, patch: { statements: false } });
    await page.waitForFunction(() =>
      [...CSS.highlights.keys()].every((n) => !n.startsWith('treaty-lens-dispute-')),
    );
    // Entity highlights stay.
    expect(await page.evaluate(() => CSS.highlights.has('treaty-lens-putin'))).toBe(true);
    await setSettings({ session, patch: { statements: true } });
    expect(await statementsOn(page, before.length)).toEqual(before);
    await page.close();
  });
});

/** What the interaction target stands for now, as `focused` names it when it has focus. */
function targetName(page: Page): Promise<string> {
  return inUi(
    page,
    (root) => {
      const target = root?.querySelector<HTMLElement>('.tl-target');
      const { entity, dispute } = target?.dataset ?? {};
      return entity ? `mention:${entity}` : `mention:dispute-${dispute}`;
    },
    null,
  );
}
