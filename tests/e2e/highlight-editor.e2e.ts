/**
 * A contenteditable editor: its text gets no marks, before or while the reader types, and typing
 * lands where the caret is (the extension neither edits the editor's DOM nor moves the caret).
 */
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { settledMarks } from './marks';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

test('editor: no marks inside, typing still works, marks outside', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/editor.html`);
  const editorHtml = await page.locator('#editor').innerHTML();
  expect(await settledMarks({ page, atLeast: 1 })).toEqual(expectedMarks('editor'));
  expect(await page.locator('#editor').innerHTML()).toBe(editorHtml);

  // Put the caret at the end of the first line and type names the extension would highlight.
  await page.evaluate(() => {
    const first = document.querySelector('#editor p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(first, first.data.length);
    range.collapse(true);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
    (document.getElementById('editor') as HTMLElement).focus();
  });
  await page.keyboard.type(' Kim Jong Un and Sergei Lavrov were there.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Vladimir Putin spoke first.');
  await page.waitForTimeout(400);

  const state = await page.evaluate(() => ({
    lines: [...document.querySelectorAll('#editor p')].map((p) => p.textContent),
    marks: document.querySelectorAll('#editor mark').length,
    inputs: (window as unknown as { __editorInputs: number }).__editorInputs,
  }));
  expect(state.lines).toEqual([
    'Vladimir Putin landed in Pyongyang. Kim Jong Un and Sergei Lavrov were there.',
    'Vladimir Putin spoke first.',
    'Kim Jong Un met him at the airport with Sergei Lavrov close by.',
  ]);
  expect(state.marks).toBe(0);
  expect(state.inputs).toBeGreaterThan(40);
  // Outside the editor nothing changed either.
  expect(await settledMarks({ page })).toEqual(expectedMarks('editor'));
  expect(errors).toEqual([]);
  await page.close();
});
