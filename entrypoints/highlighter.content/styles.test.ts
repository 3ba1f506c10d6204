// @vitest-environment happy-dom
/**
 * The highlight sheet the loader adopts at document_start (styles.ts, adoptEarly): the
 * highlighter takes it over instead of adopting a second one, rewrites it only when the style
 * differs, and adopts it again only if the page dropped it.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { adoptEarly, HighlightStyles, restyleEarly } from './styles';

/** The document's adopted sheets (happy-dom drops ::highlight rules from cssRules). */
const ours = () => [...document.adoptedStyleSheets];

afterEach(() => {
  document.adoptedStyleSheets = [];
});

describe('the early highlight sheet', () => {
  test('adopted once, taken over by the highlighter without a second sheet', () => {
    const early = adoptEarly(document);
    expect(early).not.toBeNull();
    expect(ours()).toEqual([early?.sheet]);
    const styles = new HighlightStyles({ style: 'default', early });
    styles.adopt(document);
    expect(ours()).toEqual([early?.sheet]);
  });

  test('rewritten only when the style differs', () => {
    const early = adoptEarly(document);
    if (!early) throw new Error('no early sheet');
    const replace = vi.spyOn(early.sheet, 'replaceSync');
    restyleEarly(early, 'default');
    new HighlightStyles({ style: 'default', early });
    expect(replace).not.toHaveBeenCalled();
    restyleEarly(early, 'underline');
    expect(replace).toHaveBeenCalledTimes(1);
    const styles = new HighlightStyles({ style: 'underline', early });
    expect(replace).toHaveBeenCalledTimes(1);
    styles.setStyle('high-contrast');
    expect(replace).toHaveBeenCalledTimes(2);
  });

  test('adopted again when the page dropped it', () => {
    const early = adoptEarly(document);
    const styles = new HighlightStyles({ style: 'default', early });
    styles.adopt(document);
    document.adoptedStyleSheets = [];
    styles.adopt(document);
    expect(ours()).toEqual([early?.sheet]);
  });
});
