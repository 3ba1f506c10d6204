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
import { collectMarks, compareMarks, type MarkTuple, readExpected } from './expected';
import { ROOT, withExtension } from './harness';

const FIXTURES = join(ROOT, 'tests/fixtures');

const PAGES = [
  { name: 'en', path: 'news/en.html', expected: 'news/en.expected.json' },
  { name: 'en-brief', path: 'news/en-brief.html', expected: 'news/en-brief.expected.json' },
  { name: 'ko', path: 'news/ko.html', expected: 'news/ko.expected.json' },
  { name: 'ru', path: 'news/ru.html', expected: 'news/ru.expected.json' },
  {
    name: 'confusables',
    path: 'news/confusables.html',
    expected: 'news/confusables.expected.json',
  },
  {
    name: 'confusables-summit',
    path: 'news/confusables-summit.html',
    expected: 'news/confusables-summit.expected.json',
  },
  ...[
    'namesake-actor-en',
    'namesake-actor-ru',
    'namesake-actress-ko',
    'namesake-colonel-ko',
    'namesake-sport-ru',
    'namesake-sport-en',
    'namesake-lawmaker-ko',
    'wire-en',
    'wire-ko',
    'wire-ru',
  ].map((name) => ({ name, path: `news/${name}.html`, expected: `news/${name}.expected.json` })),
  { name: 'demo', path: 'demo/index.html', expected: 'demo/expected.json' },
];

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

  test.each(PAGES)('$name: marks are exactly the expected list', async (fixture) => {
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
  test('reads marks in document order through open shadow roots and same-origin iframes', async () => {
    const { page } = await session.newPage();
    try {
      // Words that match no entity, so the extension (if it ran on about:blank) adds nothing.
      await page.setContent(`
        <p><mark data-treaty-lens="putin">one</mark> <mark>not ours</mark></p>
        <div id="host"><mark data-treaty-lens="lavrov">four</mark></div>
        <iframe srcdoc="<p><mark data-treaty-lens='novak'>five</mark></p>"></iframe>
        <treaty-lens-popover><mark data-treaty-lens="putin">popover</mark></treaty-lens-popover>
        <p><mark data-treaty-lens="kim-jong-un">six</mark></p>
        <script>
          const root = document.getElementById('host').attachShadow({ mode: 'open' });
          root.innerHTML = '<mark data-treaty-lens="treaty-2024">two</mark>' +
            '<span><mark data-treaty-lens="belousov">three</mark></span><slot></slot>';
        </script>`);
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

  test('waits until the marks stop changing', async () => {
    const { page } = await session.newPage();
    try {
      await page.setContent(`<p id="p">start</p><script>
        const add = (id, text) => {
          const m = document.createElement('mark');
          m.dataset.treatyLens = id;
          m.textContent = text;
          document.getElementById('p').append(m);
        };
        setTimeout(() => add('putin', 'early'), 150);
        setTimeout(() => add('novak', 'late'), 400);
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
