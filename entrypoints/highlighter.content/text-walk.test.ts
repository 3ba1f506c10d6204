// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { hasAncestorIn, isInSkippedRegion, isSkippedElement } from './off-limits';
import { compareComposed } from './order';
import { RootQueue } from './root-queue';
import { TextWalk } from './text-walk';

function walkAll(root: Node, { texts: withTexts = true }: { texts?: boolean } = {}) {
  const texts: string[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const walk = new TextWalk({ root, texts: withTexts });
  const done = walk.run({
    deadline: Number.POSITIVE_INFINITY,
    onText: (text) => texts.push(text.data),
    onShadowRoot: (shadowRoot) => shadowRoots.push(shadowRoot),
  });
  return { done, texts, shadowRoots };
}

describe('off-limits regions', () => {
  test("form controls, script-like content and editors; a page's own <mark> is page text", () => {
    document.body.innerHTML = `
      <p id="prose">prose</p><pre id="pre">pre</pre><code id="code">code</code>
      <textarea id="textarea">x</textarea><select id="select"><option id="option">x</option></select>
      <script id="script"></script><style id="style"></style><noscript id="noscript"></noscript>
      <div id="editable" contenteditable="true">x</div><div id="plain" contenteditable="plaintext-only"></div>
      <div id="not-editable" contenteditable="false">x</div>
      <div id="cm" class="cm-editor"></div><div id="pm" class="ProseMirror"></div>
      <div id="textbox" role="textbox"></div>
      <mark id="faked" data-treaty-lens="putin">Putin</mark><mark id="theirs">x</mark>`;
    const skipped = (id: string) => isSkippedElement(document.getElementById(id) as Element);
    for (const id of ['prose', 'pre', 'code', 'not-editable', 'theirs', 'faked'])
      expect(skipped(id), id).toBe(false);
    for (const id of [
      'textarea',
      'select',
      'option',
      'script',
      'style',
      'noscript',
      'editable',
      'plain',
      'cm',
      'pm',
      'textbox',
    ]) {
      expect(skipped(id), id).toBe(true);
    }
  });

  test('a node inside an editor, also across a shadow boundary, is in a skipped region', () => {
    document.body.innerHTML =
      '<div contenteditable><p><b id="deep">x</b></p></div><div id="host"></div>';
    expect(isInSkippedRegion(document.getElementById('deep') as Element)).toBe(true);
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    expect(isInSkippedRegion(shadow.firstChild as Node)).toBe(false);
    host.setAttribute('contenteditable', '');
    expect(isInSkippedRegion(shadow.firstChild as Node)).toBe(true);
  });
});

describe('TextWalk', () => {
  test('yields text with content outside off-limits regions, and reports open shadow roots', () => {
    document.body.innerHTML = `<main>
      <p>one <b>two</b></p>
      <div contenteditable><p>no</p></div>
      <script>no</script>
      <div id="host"></div>
      <p>three</p>
    </main>`;
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>in shadow</p>';
    const { done, texts, shadowRoots } = walkAll(document.body);
    expect(done).toBe(true);
    expect(texts).toEqual(['one ', 'two', 'three']);
    expect(shadowRoots).toEqual([shadow]);
    expect(walkAll(shadow).texts).toEqual(['in shadow']);
  });

  test("without texts, reports only the open shadow roots, the root's own too", () => {
    document.body.innerHTML = '<p>one</p><div id="outer"><p>two</p></div>';
    const outer = document.getElementById('outer') as HTMLElement;
    const outerShadow = outer.attachShadow({ mode: 'open' });
    outerShadow.innerHTML = '<p>in shadow</p><span id="inner"></span>';
    const withText = walkAll(document.body);
    expect(withText.texts).toEqual(['one', 'two']);
    const elementsOnly = walkAll(document.body, { texts: false });
    expect(elementsOnly).toEqual({ done: true, texts: [], shadowRoots: [outerShadow] });
    expect(walkAll(outer, { texts: false }).shadowRoots).toEqual([outerShadow]);
  });

  test('position is the text node reached last', () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>t${i}</p>`).join('');
    const walk = new TextWalk({ root: document.body });
    expect(walk.position).toBe(document.body);
    const seen: Text[] = [];
    walk.run({ deadline: 0, onText: (text) => seen.push(text), onShadowRoot: () => {} });
    expect(walk.position).toBe(seen.at(-1));
  });

  test('stops at the deadline and resumes where it stopped', () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>t${i}</p>`).join('');
    const walk = new TextWalk({ root: document.body });
    const texts: string[] = [];
    const args = {
      onText: (text: Text) => texts.push(text.data),
      onShadowRoot: () => {},
    };
    expect(walk.run({ ...args, deadline: 0 })).toBe(false);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(300);
    expect(walk.run({ ...args, deadline: Number.POSITIVE_INFINITY })).toBe(true);
    expect(texts).toEqual(Array.from({ length: 300 }, (_, i) => `t${i}`));
  });

  test('a text node root is its own walk', () => {
    const text = document.createTextNode('alone');
    document.body.replaceChildren(text);
    expect(walkAll(text).texts).toEqual(['alone']);
  });
});

describe('RootQueue and hasAncestorIn', () => {
  test('first in, first out, each node once; ancestors found through the queue', () => {
    document.body.innerHTML = '<div id="a"><p id="b">x</p></div><p id="c"></p>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id) as Element);
    const queue = new RootQueue();
    for (const node of [a, b, a, c] as Node[]) queue.add(node);
    expect(queue.size).toBe(3);
    expect(hasAncestorIn(b as Node, queue)).toBe(true);
    expect(hasAncestorIn(c as Node, queue)).toBe(false);
    expect([queue.shift(), queue.shift(), queue.shift(), queue.shift()]).toEqual([
      a,
      b,
      c,
      undefined,
    ]);
    expect(queue.size).toBe(0);
  });
});

describe('compareComposed', () => {
  test('orders light DOM and shadow content by where the host is', () => {
    document.body.innerHTML =
      '<p id="first">a</p><div id="host"><span id="slotted">s</span></div><p id="last">z</p>';
    const host = document.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<em id="inner">i</em>';
    const inner = shadow.getElementById('inner') as Element;
    const byId = (id: string) => document.getElementById(id) as Element;
    const [first, slotted, last] = [byId('first'), byId('slotted'), byId('last')];
    const sorted = [last, inner, slotted, first, host].sort(compareComposed);
    expect(sorted).toEqual([first, host, inner, slotted, last]);
    expect(compareComposed(inner, inner)).toBe(0);
  });
});
