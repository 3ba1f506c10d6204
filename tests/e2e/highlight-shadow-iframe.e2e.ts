/**
 * Open shadow roots (nested, and text added to one later) and same-origin frames (served,
 * srcdoc, about:blank filled by script) are searched too, and marks in a shadow root get the
 * highlight style there.
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
    const mark = card.shadowRoot?.querySelector('mark[data-treaty-lens]') as HTMLElement;
    const page = document.createElement('mark');
    document.body.append(page);
    const style = {
      shadowMark: getComputedStyle(mark).backgroundColor,
      plainMark: getComputedStyle(page).backgroundColor,
    };
    page.remove();
    const closed = (window as unknown as { __closedRoot: ShadowRoot }).__closedRoot;
    return { ...style, closedMarks: closed.querySelectorAll('mark').length };
  });
  // The highlight style reached into the shadow root (not the browser's yellow <mark>).
  expect(shadow.shadowMark).not.toBe(shadow.plainMark);
  expect(shadow.shadowMark).toMatch(/^rgba\(/);
  expect(shadow.closedMarks).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
