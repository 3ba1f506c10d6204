/**
 * The built extension on realistic news pages (tests/fixtures): the marks it makes must be exactly
 * the hand-written expected lists, which follow the matching rules of issue #3 (see
 * tests/fixtures/news/README.md). Each run is also saved for scripts/precision-recall.mjs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatSummary, RUNS_DIR, type Run, summarize } from '../../scripts/precision-recall.mjs';
import { collectMarks, compareMarks, type MarkTuple, NEWS_PAGES, readExpected } from './expected';
import { ROOT, withExtension } from './harness';

const FIXTURES = join(ROOT, 'tests/fixtures');

/** The page's readable text (what a highlighter may mark), to check the fixtures themselves. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title']);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest([...skip].join(','))
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    let text = '';
    while (walker.nextNode()) text += walker.currentNode.nodeValue ?? '';
    return text;
  });
}

/** Expected texts that cannot be found, in order, in the page text: a typo in the fixture. */
function notInText({ text, expected }: { text: string; expected: MarkTuple[] }): MarkTuple[] {
  let from = 0;
  const lost: MarkTuple[] = [];
  for (const mark of expected) {
    const at = text.indexOf(mark[1], from);
    if (at < 0) lost.push(mark);
    else from = at + mark[1].length;
  }
  return lost;
}

const { session, server } = withExtension({ fixtures: FIXTURES });

describe('fixture news pages in the built extension', () => {
  const runs: Run[] = [];

  beforeAll(() => {
    mkdirSync(RUNS_DIR, { recursive: true });
  });
  afterAll(() => {
    if (runs.length > 0) console.log(`\nprecision / recall\n${formatSummary(summarize({ runs }))}`);
  });

  test.each(NEWS_PAGES)('$name: marks are exactly the expected list', async (fixture) => {
    const expected = readExpected({ file: join(FIXTURES, fixture.expected) });
    const { page, errors } = await session.newPage();
    try {
      await page.goto(`${server.url}/${fixture.path}`);
      const actual = await collectMarks({ page, atLeast: 1 });
      const run = { page: fixture.name, actual, expected };
      runs.push(run);
      writeFileSync(join(RUNS_DIR, `${fixture.name}.json`), `${JSON.stringify(run, null, 1)}\n`);

      const text = await readableText(page);
      expect
        .soft(notInText({ text, expected }), 'expected texts missing from the page')
        .toEqual([]);
      const { equal, diff } = compareMarks({ actual, expected });
      expect.soft(equal, `${fixture.name}: ${diff}`).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('collectMarks and compareMarks', () => {
  test('reads highlights in document order through open shadow roots and same-origin iframes', async () => {
    const { page } = await session.newPage();
    try {
      // Words that match no entity, so the extension adds nothing; the page registers the
      // highlights itself, as the extension would. A <mark> and a highlight of another name
      // are not ours, and a range the page collapsed is no highlight.
      await page.setContent(`
        <p id="a">one <mark data-treaty-lens="putin">marked</mark> not ours</p>
        <div id="host"><span id="four">four</span></div>
        <iframe srcdoc="<p id='f'>five</p>"></iframe>
        <p id="six">six</p>
        <script>
          const ranges = new Map();
          const add = (win, name, node, start, end) => {
            const range = win.document.createRange();
            range.setStart(node, start);
            range.setEnd(node, end);
            const key = win === window ? name : 'frame:' + name;
            if (!ranges.has(key)) ranges.set(key, { win, name, list: [] });
            ranges.get(key).list.push(range);
          };
          const root = document.getElementById('host').attachShadow({ mode: 'open' });
          root.innerHTML = '<b>two</b><span><i>three</i></span><slot></slot>';
          add(window, 'treaty-lens-kim-jong-un', document.getElementById('six').firstChild, 0, 3);
          add(window, 'treaty-lens-putin', document.getElementById('a').firstChild, 0, 3);
          add(window, 'treaty-lens-treaty-2024', root.querySelector('b').firstChild, 0, 3);
          add(window, 'treaty-lens-belousov', root.querySelector('i').firstChild, 0, 5);
          add(window, 'treaty-lens-lavrov', document.getElementById('four').firstChild, 0, 4);
          add(window, 'somebody-else', document.getElementById('a').lastChild, 1, 4);
          const collapsed = document.createRange();
          collapsed.setStart(document.getElementById('six').firstChild, 1);
          ranges.get('treaty-lens-putin').list.push(collapsed);
          const frame = document.querySelector('iframe');
          const inFrame = () => {
            const win = frame.contentWindow;
            add(win, 'treaty-lens-novak', win.document.getElementById('f').firstChild, 0, 4);
            for (const { win, name, list } of ranges.values()) {
              win.CSS.highlights.set(name, new win.Highlight(...list));
            }
            document.body.dataset.ready = '1';
          };
          if (frame.contentDocument?.getElementById('f')) inFrame();
          else frame.addEventListener('load', inFrame);
        </script>`);
      await page.waitForFunction(() => document.body.dataset.ready === '1');
      expect(await collectMarks({ page })).toEqual([
        ['putin', 'one'],
        ['treaty-2024', 'two'],
        ['belousov', 'three'],
        ['lavrov', 'four'],
        ['novak', 'five'],
        ['kim-jong-un', 'six'],
      ]);
    } finally {
      await page.close();
    }
  });

  test('waits until the highlights stop changing', async () => {
    const { page } = await session.newPage();
    try {
      await page.setContent(`<p id="p">start early late</p><script>
        const text = document.getElementById('p').firstChild;
        const add = (id, start, end) => {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, end);
          CSS.highlights.set('treaty-lens-' + id, new Highlight(range));
        };
        setTimeout(() => add('putin', 6, 11), 150);
        setTimeout(() => add('novak', 12, 16), 400);
      </script>`);
      expect(await collectMarks({ page, quietMs: 300, atLeast: 1 })).toEqual([
        ['putin', 'early'],
        ['novak', 'late'],
      ]);
    } finally {
      await page.close();
    }
  });

  test('compareMarks reports missing and unexpected marks in order', () => {
    const expected: MarkTuple[] = [
      ['putin', 'Putin'],
      ['kim-jong-un', 'Kim'],
      ['lavrov', 'Lavrov'],
    ];
    expect(compareMarks({ actual: expected, expected })).toMatchObject({ equal: true, diff: '' });
    const result = compareMarks({
      actual: [
        ['putin', 'Putin'],
        ['putin', 'Putinism'],
        ['lavrov', 'Lavrov'],
      ],
      expected,
    });
    expect(result).toMatchObject({
      equal: false,
      matched: 2,
      missing: [['kim-jong-un', 'Kim']],
      unexpected: [['putin', 'Putinism']],
    });
    expect(result.diff).toContain('- #1 kim-jong-un');
    expect(result.diff).toContain('+ #1 putin');
    expect(result.diff).toContain('"Putinism"   (found, not expected)');
  });
});
