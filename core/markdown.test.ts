import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  test('headings, paragraphs, lists and quotes', () => {
    expect(parseMarkdown('# How it is\n\nOne\ntwo.\n\n- a\n- b\n  c\n\n1. x\n\n> q')).toEqual([
      {
        type: 'heading',
        level: 1,
        id: 'how-it-is',
        content: [{ type: 'text', text: 'How it is' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'One two.' }] },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', text: 'a' }], [{ type: 'text', text: 'b c' }]],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'x' }]] },
      { type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }] },
    ]);
  });

  test('inline marks; markup and outside links stay text', () => {
    expect(parseInline('a *b* **c** `<d>` [e](#kinds) [f](https://x.org) <img>')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'em', text: 'b' },
      { type: 'text', text: ' ' },
      { type: 'strong', text: 'c' },
      { type: 'text', text: ' ' },
      { type: 'code', text: '<d>' },
      { type: 'text', text: ' ' },
      { type: 'link', text: 'e', href: '#kinds' },
      { type: 'text', text: ' [f](https://x.org) <img>' },
    ]);
  });

  test('docs/editorial.md has a section for each term the card uses', () => {
    const blocks = parseMarkdown(
      readFileSync(join(import.meta.dirname, '../docs/editorial.md'), 'utf8'),
    );
    const ids = blocks.flatMap((b) => (b.type === 'heading' ? [b.id] : []));
    expect(ids).toEqual(
      expect.arrayContaining([
        'corroborated',
        'origin',
        'single-source',
        'differing-accounts',
        'naming',
        'how-items-are-chosen',
        'how-items-are-worded',
      ]),
    );
  });
});
