/**
 * Form controls, editable regions, editors, script-like and hidden content get no marks, and the
 * extension never changes a form value or moves the caret of a reader who is typing.
 */
import { expect, test } from 'vitest';
import { withExtension } from './harness';
import { BEHAVIOUR_DIR, expectedMarks } from './highlight-support';
import { highlightsInside, settledMarks } from './marks';

const { session, server } = withExtension({ fixtures: BEHAVIOUR_DIR });

test('forms page: marks only in prose; values, caret and focus untouched', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/forms.html`);
  const before = await page.evaluate(() => {
    const form = document.getElementById('letter') as HTMLFormElement;
    return {
      values: [...form.elements].map((e) => (e as HTMLInputElement).value),
      html: document.getElementById('letter')?.innerHTML,
    };
  });

  expect(await settledMarks({ page, atLeast: 1 })).toEqual(expectedMarks('forms'));

  const after = await page.evaluate(() => {
    const form = document.getElementById('letter') as HTMLFormElement;
    const input = document.getElementById('name') as HTMLInputElement;
    return {
      values: [...form.elements].map((e) => (e as HTMLInputElement).value),
      html: document.getElementById('letter')?.innerHTML,
      active: document.activeElement?.id,
      caret: [input.selectionStart, input.selectionEnd],
    };
  });
  const offLimits = await highlightsInside({
    page,
    selector:
      'form, [contenteditable], [role=textbox], .CodeMirror, .cm-editor, .monaco-editor, .ProseMirror, noscript, svg, math, [hidden], [style*="display: none"], .invisible, template',
  });
  expect(after.values).toEqual(before.values);
  expect(after.html).toBe(before.html);
  expect(after.active).toBe('name');
  expect(after.caret).toEqual([4, 4]);
  // None in off-limits regions, none in a <template>'s content (another document).
  expect(offLimits).toEqual({ inside: 0, elsewhere: 0 });

  // Typing goes on where the reader left off.
  await page.keyboard.type('i');
  expect(await page.inputValue('#name')).toBe('Vladiimir Putin');
  expect(errors).toEqual([]);
  await page.close();
});

test('text that appears later inside an editable area is not marked', async () => {
  const { page, errors } = await session.newPage();
  await page.goto(`${server.url}/forms.html`);
  await settledMarks({ page, atLeast: 1 });
  await page.evaluate(() => {
    const editable = document.getElementById('editable') as HTMLElement;
    editable.append(' Later: Kim Jong Un and Sergei Lavrov.');
    const p = document.createElement('p');
    p.textContent = 'A new paragraph about Sergei Lavrov inside the editor.';
    editable.append(p);
    // The same text outside the editable area, as a control that the extension is watching.
    document.getElementById('outro')?.append(' Later: Kim Jong Un and Sergei Lavrov.');
  });
  const expected = expectedMarks('forms');
  // #outro holds expected[2..4]; the two new marks follow them, before the <pre>'s mark.
  expect(await settledMarks({ page, atLeast: expected.length + 2 })).toEqual([
    ...expected.slice(0, 5),
    { entity: 'kim-jong-un', text: 'Kim Jong Un' },
    { entity: 'lavrov', text: 'Sergei Lavrov' },
    ...expected.slice(5),
  ]);
  const inEditable = await highlightsInside({ page, selector: '#editable, #plaintext' });
  expect(inEditable.inside).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
