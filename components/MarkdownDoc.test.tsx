// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { parseMarkdown } from '@/core/markdown';
import { MarkdownDoc } from './MarkdownDoc';

afterEach(cleanup);

test('renders headings with ids, lists, inline marks and in-page links; markup stays text', () => {
  const { container } = render(
    <MarkdownDoc
      blocks={parseMarkdown(
        '# How\n\nA **b** *c* `<d>` [e](#how).\n\n- one\n- <img src=x onerror=alert(1)>',
      )}
    />,
  );
  expect(container.querySelector('h1#how')?.textContent).toBe('How');
  expect(container.querySelector('p')?.innerHTML).toBe(
    'A <strong>b</strong> <em>c</em> <code>&lt;d&gt;</code> <a href="#how">e</a>.',
  );
  expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'one',
    '<img src=x onerror=alert(1)>',
  ]);
  expect(container.querySelector('img')).toBeNull();
});
