import { afterEach, describe, expect, test, vi } from 'vitest';
import { isViewerUrl, parseMessage, parseSummary } from './messages';

afterEach(() => vi.restoreAllMocks());

describe('parseMessage', () => {
  test.each([
    {
      type: 'mentions',
      counts: { putin: 3, 'treaty-2024': 1 },
      total: 4,
      disputes: { 'putin-arrival-time': 2 },
    },
    { type: 'summary' },
    { type: 'jump', entity: 'kim-jong-un' },
    { type: 'jump-statement', dispute: 'talks-venue' },
    { type: 'next-mention' },
    { type: 'open-source', citation: 'putin-arrival-time/1#0' },
  ])('accepts $type', (message) => {
    expect(parseMessage(message)).toEqual(message);
  });

  test.each([
    ['no type', { counts: {} }],
    ['an unknown type', { type: 'self-destruct' }],
    ['an unknown entity', { type: 'jump', entity: 'stalin' }],
    ['a negative count', { type: 'mentions', counts: { putin: -1 }, total: 0 }],
    ['a fractional total', { type: 'mentions', counts: {}, total: 1.5 }],
    [
      'an unknown entity in counts',
      { type: 'mentions', counts: { stalin: 1 }, total: 1, disputes: {} },
    ],
    ['no disputes in a mentions report', { type: 'mentions', counts: {}, total: 0 }],
    [
      'a dispute id that is no id',
      { type: 'mentions', counts: {}, total: 0, disputes: { 'A B': 1 } },
    ],
    ['a dispute id with a selector in it', { type: 'jump-statement', dispute: '"] *' }],
    ['an extra field', { type: 'summary', eval: 'alert(1)' }],
    ['a viewer address instead of a citation', { type: 'open-source', url: 'https://e.org/' }],
    ['an empty citation', { type: 'open-source', citation: '' }],
    ['a citation too long to be one', { type: 'open-source', citation: 'x'.repeat(201) }],
    ['a string', 'summary'],
    ['null', null],
  ])('ignores a message with %s, with a warning', (_label, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseMessage(message)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('parseSummary', () => {
  test('accepts a content script answer', () => {
    const summary = {
      active: true,
      host: 'example.com',
      counts: { putin: 2 },
      total: 2,
      disputes: { 'talks-venue': 1 },
    };
    expect(parseSummary(summary)).toEqual(summary);
  });

  test.each([undefined, null, { active: true }, { active: 'yes', host: '', counts: {}, total: 0 }])(
    'returns null for %j (no content script, or a broken answer)',
    (answer) => {
      expect(parseSummary(answer)).toBeNull();
    },
  );
});

describe('isViewerUrl', () => {
  const viewerUrl = 'chrome-extension://abcdefghijklmnop/sources.html';

  test.each([
    viewerUrl,
    `${viewerUrl}#source=eir&quote=Putin%20said`,
    `${viewerUrl}?x=1#source=asiae`,
  ])('accepts %s', (url) => {
    expect(isViewerUrl({ url, viewerUrl })).toBe(true);
  });

  test.each([
    'chrome-extension://abcdefghijklmnop/sources.html.evil',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'chrome-extension://otherextensionid/sources.html',
    'https://abcdefghijklmnop/sources.html',
    'https://evil.example/chrome-extension://abcdefghijklmnop/sources.html',
    'chrome-extension://user@abcdefghijklmnop/sources.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isViewerUrl({ url, viewerUrl })).toBe(false);
  });
});
