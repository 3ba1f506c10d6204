// @vitest-environment happy-dom
/**
 * A block's text for the statement detectors: inline elements joined, nested blocks, line
 * breaks and off-limits elements kept apart, and offsets in the joined text mapped back to the
 * page's own text nodes.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { blockAround, rangeIn, readBlock } from './block-text';
import { installHighlightApi } from './highlighter.fixture';

installHighlightApi(); // StaticRange, which happy-dom lacks

afterEach(() => {
  document.body.innerHTML = '';
});

const textOf = (range: StaticRange) => {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
};

describe('readBlock', () => {
  test('joins inline elements; nested blocks, <br> and scripts stay out', () => {
    document.body.innerHTML =
      '<div id="d">Putin landed at <b>2:22</b> a.m.<br>Next line<p>A paragraph.</p><script>x=1</script> End.</div>';
    const block = document.getElementById('d') as Element;
    expect(readBlock(block).text).toBe('Putin landed at 2:22 a.m.\nNext line\n End.');
  });

  test('the block of a text node is its nearest block element', () => {
    document.body.innerHTML = '<p id="p">Talks at <a href="#"><i>Kumsusan</i></a>.</p>';
    const italic = document.querySelector('i') as Element;
    expect(blockAround(italic).id).toBe('p');
  });
});

describe('rangeIn', () => {
  test('a phrase across three text nodes becomes one range over exactly its text', () => {
    document.body.innerHTML = '<p>Putin landed at <b>2:22</b> a.m. on Wednesday.</p>';
    const block = readBlock(document.querySelector('p') as Element);
    const start = block.text.indexOf('2:22');
    const placed = rangeIn(block, start, start + '2:22 a.m.'.length);
    expect(placed && textOf(placed.range)).toBe('2:22 a.m.');
    expect(placed?.nodes.map((node) => node.data)).toEqual(['2:22', ' a.m. on Wednesday.']);
  });

  test('a phrase that ends where a node ends does not reach into the next node', () => {
    document.body.innerHTML = '<p>about <em>two hours</em>, Russian agencies said</p>';
    const block = readBlock(document.querySelector('p') as Element);
    const start = block.text.indexOf('about');
    const placed = rangeIn(block, start, block.text.indexOf(','));
    expect(placed && textOf(placed.range)).toBe('about two hours');
    expect(placed?.nodes.length).toBe(2);
  });

  test('an empty span gives no range', () => {
    document.body.innerHTML = '<p>text</p>';
    const block = readBlock(document.querySelector('p') as Element);
    expect(rangeIn(block, 2, 2)).toBeNull();
  });
});
