/**
 * Open shadow roots (nested, and text added to one later) and same-origin frames (served,
 * srcdoc, about:blank filled by script) are searched too, and highlights in a shadow root get
 * the highlight style there (the stylesheet is adopted by that root).
 */
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { type MarkInfo, settledMarks } from './marks';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

test('shadow roots and same-origin frames are highlighted', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/shadow-iframe.html`);
  const expected = expectedMarks<Record<string, MarkInfo[]>>('shadow-iframe');

  // All three marks, including the one added to the shadow root after 600 ms.
  expect(await settledMarks({ page, atLeast: 3 })).toEqual(expected.document);
  for (const id of ['served', 'srcdoc', 'blank']) {
    const frame = await (await page.$(`iframe#${id}`))?.contentFrame();
    if (!frame) throw new Error(`no frame #${id}`);
    expect(await settledMarks({ page: frame, atLeast: 1 }), id).toEqual(expected[`frame#${id}`]);
  }

  const shadow = await page.evaluate(() => {
    const card = document.getElementById('card') as HTMLElement;
    const closed = (window as unknown as { __closedRoot: ShadowRoot }).__closedRoot;
    let inCard: { element: Element; name: string } | null = null;
    let inClosed = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('treaty-lens-')) continue;
      for (const range of highlight) {
        const root = range.startContainer.getRootNode();
        if (root === card.shadowRoot && range.startContainer.parentElement)
          inCard ??= { element: range.startContainer.parentElement, name };
        if (root === closed) inClosed++;
      }
    }
    if (!inCard) return null;
    const sheets = card.shadowRoot?.adoptedStyleSheets ?? [];
    return {
      shadowMention: getComputedStyle(inCard.element, `::highlight(${inCard.name})`)
        .backgroundColor,
      adopted: sheets.some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(treaty-lens-')),
      ),
      closedMentions: inClosed,
    };
  });
  // The highlight style reached into the shadow root: our sheet was adopted there, and the
  // mention is painted (not the transparent default of a ::highlight()).
  expect(shadow).not.toBeNull();
  expect(shadow?.adopted).toBe(true);
  expect(shadow?.shadowMention).toMatch(/^rgba\(/);
  expect(shadow?.shadowMention).not.toBe('rgba(0, 0, 0, 0)');
  expect(shadow?.closedMentions).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
