// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { App } from './App';
import { viewerHash } from './address';

beforeEach(() => {
  // happy-dom has no layout; scrolling is a no-op here (the e2e tests check it in Chromium).
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  location.hash = '';
});

const marked = (root: Element) =>
  [...root.querySelectorAll('mark.tv-passage')].map((m) => m.textContent).join('');

test('marks the quoted passage of the addressed source, whitespace aside', async () => {
  // The quote's whitespace differs from the article's (a line break, a double space).
  location.hash = viewerHash({
    source: 'koreaherald',
    quote: 'signed a new\npartnership deal that  resurrected a mutual defense commitment',
  });
  const { container } = render(h(App, null));
  await waitFor(() => expect(container.querySelector('mark.tv-passage')).not.toBeNull());
  expect(marked(container)).toBe(
    'signed a new partnership deal that resurrected a mutual defense commitment',
  );
  expect(container.querySelector('article')?.getAttribute('data-source')).toBe('koreaherald');
});

test('re-renders on hashchange with fresh marks, and shows the list for a bad id', async () => {
  location.hash = viewerHash({ source: 'eir', quote: 'mutual assistance' });
  const { container } = render(h(App, null));
  await waitFor(() => expect(marked(container)).toBe('mutual assistance'));

  location.hash = viewerHash({ source: 'epochtimes', quote: 'Pyongyang' });
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await waitFor(() =>
    expect(container.querySelector('article')?.getAttribute('data-source')).toBe('epochtimes'),
  );
  await waitFor(() => expect(marked(container)).toBe('Pyongyang'));
  expect(container.querySelectorAll('mark.tv-passage')).toHaveLength(1);

  location.hash = '#source=bogus';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await waitFor(() => expect(container.querySelector('.tv-missing')).not.toBeNull());
  expect(container.querySelector('article')).toBeNull();
  expect(container.querySelectorAll('.tv-source-list a')).toHaveLength(5);
});
