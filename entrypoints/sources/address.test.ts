import { describe, expect, test } from 'vitest';
import { parseViewerHash, viewerHash } from './address';

describe('viewer address', () => {
  test('round-trips quotes with the characters real quotes contain', () => {
    for (const quote of [
      'strongest treaty in the history of bilateral ties,” elevating',
      'a & b = c; 100% sure? #1 … ‘yes’',
      'line\nbreak  and   spaces',
    ]) {
      const hash = viewerHash({ source: 'koreaherald', quote });
      expect(hash.startsWith('#source=koreaherald&quote=')).toBe(true);
      expect(hash.slice(1).split('&')).toHaveLength(2); // the "&" inside the quote is escaped
      expect(parseViewerHash({ hash })).toEqual({
        source: 'koreaherald',
        requested: 'koreaherald',
        quote: quote.trim(),
      });
    }
  });

  test('a source without a quote has no quote part', () => {
    expect(viewerHash({ source: 'eir' })).toBe('#source=eir');
    expect(parseViewerHash({ hash: '#source=eir' })).toEqual({
      source: 'eir',
      requested: 'eir',
      quote: null,
    });
  });

  test('unknown ids, empty and malformed hashes read as missing without throwing', () => {
    expect(parseViewerHash({ hash: '#source=nytimes&quote=x' })).toEqual({
      source: null,
      requested: 'nytimes',
      quote: 'x',
    });
    expect(parseViewerHash({ hash: '' })).toEqual({ source: null, requested: null, quote: null });
    expect(parseViewerHash({ hash: '#source=eir&quote=%E0%A4%A' })).toEqual({
      source: 'eir',
      requested: 'eir',
      quote: null,
    });
    expect(parseViewerHash({ hash: '#=x&source&quote=' }).source).toBeNull();
  });

  test('"+" in a quote stays a plus (not a space, as URLSearchParams would read it)', () => {
    expect(parseViewerHash({ hash: '#source=eir&quote=a+b' }).quote).toBe('a+b');
  });
});
