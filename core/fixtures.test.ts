/**
 * The matcher on the fixture pages, without a browser: each page's body is split into text nodes
 * the way the content script sees them, every node is fed to one page context, and the accepted
 * mentions must be exactly the hand-written expected list (tests/fixtures/news/README.md). The
 * browser test (tests/e2e/fixtures-news.e2e.ts) checks the same lists through the extension; this
 * one runs in milliseconds, so matcher changes are measured on whole pages as they are made.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
// The same off-limits tags the content script skips, so this browser-free check cannot drift.
import { SKIP_TAGS } from '../entrypoints/highlighter.content/off-limits';
import { alignMarks, formatSummary, type Run, summarize } from '../scripts/precision-recall.mjs';
import { createMatcher, createPageContext } from './matcher';
import { Entity, EntityId } from './schema';

const entities = z
  .array(Entity)
  .parse(JSON.parse(readFileSync(new URL('../data/entities.json', import.meta.url), 'utf8')));
const matcher = createMatcher({ entities });

const FIXTURES = new URL('../tests/fixtures/', import.meta.url);
const ExpectedMarks = z.array(z.tuple([EntityId, z.string().min(1)]));
type Mark = [string, string];

const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'hr', 'wbr', 'source', 'col']);
const ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"' };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text nodes of a page's body in document order: the text between tags, outside skipped
 * elements. Enough for these hand-written pages (no shadow roots, iframes or comments with tags);
 * whitespace-only nodes are kept, as the browser keeps them.
 */
function textNodes(html: string): string[] {
  const body = html.slice(html.search(/<body[\s>]/iu));
  const nodes: string[] = [];
  const open: string[] = [];
  const tag = /<(\/?)([a-z][a-z0-9-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/giu;
  let last = 0;
  for (let found = tag.exec(body); found; found = tag.exec(body)) {
    const text = body.slice(last, found.index);
    if (text !== '' && !open.some((name) => SKIP_TAGS.has(name))) nodes.push(decode(text));
    last = tag.lastIndex;
    const [, closing, rawName, selfClosing] = found;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (!selfClosing && !VOID.has(name)) {
      open.push(name);
    }
  }
  return nodes;
}

/** The marks the extension would make: one page context fed with every node, then accepts(). */
function marksOf(nodes: readonly string[]): Mark[] {
  const context = createPageContext({ matcher });
  const scanned = nodes.map((text) => {
    const candidates = matcher.scan(text);
    context.add({ text, candidates });
    return { text, candidates };
  });
  return scanned.flatMap(({ text, candidates }) =>
    candidates
      .filter((candidate) => context.accepts(candidate))
      .map((candidate): Mark => [candidate.entity, text.slice(candidate.start, candidate.end)]),
  );
}

const PAGES = [
  ...readdirSync(new URL('news/', FIXTURES))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      name: file.replace(/\.html$/u, ''),
      html: `news/${file}`,
      expected: `news/${file.replace(/\.html$/u, '.expected.json')}`,
    })),
  { name: 'demo', html: 'demo/index.html', expected: 'demo/expected.json' },
];

const runs: Run[] = [];
afterAll(() => {
  // Per page, then per language: each mark counts for the language of its script (Hangul: ko,
  // Cyrillic: ru, else en), so the trilingual demo page and the glossaries count where they belong.
  runs.sort((a, b) => a.page.localeCompare(b.page));
  console.log(`\nfixture pages, matcher only\n${formatSummary(summarize({ runs }))}`);
});

describe('fixture pages', () => {
  it('the splitter finds text nodes as a browser would', () => {
    expect(
      textNodes(
        '<head><title>T</title></head><body><p>A <b>Kim</b>&nbsp;x</p><script>no</script><br>z</body>',
      ),
    ).toEqual(['A ', 'Kim', '\u00a0x', 'z']);
  });

  it.each(PAGES)('$name: the marks are exactly the expected list', ({ name, html, expected }) => {
    const page = readFileSync(new URL(html, FIXTURES), 'utf8');
    const want = ExpectedMarks.parse(
      JSON.parse(readFileSync(new URL(expected, FIXTURES), 'utf8')),
    ) as Mark[];
    const got = marksOf(textNodes(page));
    runs.push({ page: name, actual: got, expected: want });
    const ops = alignMarks({ actual: got, expected: want });
    const differences = ops
      .filter((op) => op.op !== 'match')
      .map((op) => `${op.op === 'extra' ? '+' : '-'} ${op.mark[0]} ${JSON.stringify(op.mark[1])}`);
    expect(differences).toEqual([]);
    expect(got).toEqual(want);
  });
});
