/**
 * Nothing of the card is reachable from the page (issue #14, item 1). The extension's host is a
 * built-in `<div>` under `<html>` with a closed shadow root: `host.shadowRoot` is null, a div
 * cannot be given ElementInternals, a page that defines the old custom-element name first gets
 * nothing, and a page that wraps `attachShadow` never sees ours (content scripts call their own
 * world's). The dialog is still found the way outside checks find it: in the accessibility tree.
 */
import { expect, test } from 'vitest';
import { ROOT, withExtension } from '../harness';
import { markBox, waitOpen } from '../popover-helpers';

const { session, server } = withExtension({ fixtures: `${ROOT}/tests/fixtures/popover` });

/** Run by the page before its first byte: every trap a page can set for a shadow root. */
const TRAPS = `(() => {
  window.__roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.__roots.push(this.localName);
    return root;
  };
  window.__internals = [];
  customElements.define('treaty-lens-popover', class extends HTMLElement {
    constructor() {
      super();
      window.__internals.push(this.attachInternals());
    }
  });
})();`;

test('the host is a div with a closed root the page cannot reach', async () => {
  const { page, errors } = await session.newPage();
  await page.addInitScript({ content: TRAPS });
  await page.goto(`${server.url}/article.html`);
  await (await markBox(page, 'putin')).mark.click();
  await waitOpen(page, 'putin');

  const seen = await page.evaluate(() => {
    const extra = [...document.documentElement.children].filter(
      (el) => el !== document.head && el !== document.body,
    );
    const host = extra[0] as HTMLElement | undefined;
    let internals = 'none';
    try {
      (host as unknown as { attachInternals(): unknown }).attachInternals();
      internals = 'given';
    } catch (error) {
      internals = (error as Error).name;
    }
    const w = window as unknown as { __roots: string[]; __internals: unknown[] };
    return {
      hosts: extra.map((el) => el.localName),
      shadowRoot: host?.shadowRoot ?? null,
      text: host?.textContent ?? null,
      internals,
      rootsSeenByPage: w.__roots,
      internalsSeenByPage: w.__internals.length,
      oldName: document.querySelectorAll('treaty-lens-popover').length,
      dialogs: document.querySelectorAll('[role="dialog"]').length,
    };
  });
  expect(seen).toEqual({
    hosts: ['div'],
    shadowRoot: null,
    text: '',
    internals: 'NotSupportedError',
    rootsSeenByPage: [],
    internalsSeenByPage: 0,
    oldName: 0,
    dialogs: 0,
  });

  // Outside checks find the dialog in the accessibility tree, labelled with the entity's name.
  const client = await page.context().newCDPSession(page);
  const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
  };
  const dialogs = nodes
    .filter((node) => !node.ignored && node.role?.value === 'dialog')
    .map((node) => node.name?.value);
  expect(dialogs).toEqual(['Vladimir Putin']);
  // The interaction target is a button with the accessible name the issue asks for.
  const buttons = nodes
    .filter((node) => !node.ignored && node.role?.value === 'button')
    .map((node) => node.name?.value ?? '');
  expect(buttons).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Vladimir Putin: context from \d+ sources?$/)]),
  );
  // Playwright's role locator does not enter closed roots (its engine uses element.shadowRoot).
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
