// @vitest-environment happy-dom
/**
 * The loader's probe (what was the first pass's prefilter and `preload`): it tells a page that
 * may name an entity from one that does not, text node by text node and in slices, never builds
 * the page's text, and a later mention — put where it had been, or added after a no — still
 * says yes.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadMatcher } from '@/core/matcher';
import { COMPILED_MATCHER, PREFILTER_ANCHORS } from './entities';
import { highlightedTexts, recordingScheduler, testHighlighter } from './highlighter.fixture';
import { PageProbe } from './probe';

const matcher = loadMatcher(COMPILED_MATCHER);

/** Counts reads of the body's textContent (what a prefilter over the whole page would build). */
function countTextContentReads(): () => number {
  let reads = 0;
  let proto: object | null = Object.getPrototypeOf(document.body);
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'textContent')) {
    proto = Object.getPrototypeOf(proto);
  }
  const descriptor = proto ? Object.getOwnPropertyDescriptor(proto, 'textContent') : undefined;
  if (!descriptor?.get) throw new Error('test: no textContent getter to wrap');
  Object.defineProperty(document.body, 'textContent', {
    configurable: true,
    get() {
      reads++;
      return descriptor.get?.call(this);
    },
  });
  return () => reads;
}

const filler = (chars: number) =>
  Array.from(
    { length: Math.ceil(chars / 60) },
    () => '<p>The weather in Seoul was mild all week.</p>',
  ).join('');

/** A probe on the document whose tasks run by hand; `found()` is how often it said yes. */
function probeFor() {
  const { scheduler, runOne, runAll, ran } = recordingScheduler();
  let found = 0;
  const probe = new PageProbe({
    doc: document,
    prefilter: () =>
      new RegExp(COMPILED_MATCHER.prefilter.source, COMPILED_MATCHER.prefilter.flags),
    onAnchor: () => {},
    anchors: PREFILTER_ANCHORS && new RegExp(PREFILTER_ANCHORS.source, PREFILTER_ANCHORS.flags),
    setTimeout: scheduler.setTimeout,
    onCandidate: () => found++,
  });
  return { probe, runOne, runAll, ran, found: () => found };
}

afterEach(() => {
  Reflect.deleteProperty(document.body, 'textContent');
  document.body.innerHTML = '';
});

describe('the probe, node by node, then the highlighter', () => {
  test.each([
    [
      'a mention near the top',
      `<p>Vladimir Putin arrived.</p>${filler(40_000)}`,
      ['Vladimir Putin'],
    ],
    ['a mention far down', `${filler(40_000)}<p>Kim Jong Un spoke.</p>`, ['Kim Jong Un']],
    ['a short page without a mention', filler(2_000), []],
    ['a long page without a mention', filler(40_000), []],
  ])('%s: highlighted as it should be, the page text never built', (_, html, expected) => {
    document.body.innerHTML = html;
    const reads = countTextContentReads();
    const { probe, runAll, found } = probeFor();
    probe.start();
    runAll();
    expect(found()).toBe(expected.length > 0 ? 1 : 0);
    if (found() > 0) {
      const { scheduler, runAll: runHighlighter } = recordingScheduler();
      const highlighter = testHighlighter({ scheduler, matcher });
      highlighter.start();
      runHighlighter();
      expect(highlightedTexts()).toEqual(expected);
      highlighter.stop();
      expect(highlightedTexts()).toEqual([]);
    }
    expect(reads()).toBe(0);
    probe.stop();
  });

  test('a mention put where the probe has been, between its slices, says yes', async () => {
    document.body.innerHTML = filler(40_000);
    const { probe, runOne, runAll, found } = probeFor();
    // A clock that moves 1 ms per look: every slice ends after a few checks.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    probe.start();
    runOne();
    const first = document.createElement('p');
    first.textContent = 'Vladimir Putin arrived.';
    document.body.prepend(first);
    await Promise.resolve();
    clock.mockRestore();
    runAll();
    expect(found()).toBe(1);
    probe.stop();
  });

  test('text added after a no says yes; the probe looks only at what was added', async () => {
    document.body.innerHTML = filler(5_000);
    const { probe, runAll, found } = probeFor();
    probe.start();
    runAll();
    expect(found()).toBe(0);
    const added = document.createElement('p');
    added.textContent = 'Kim Jong Un met Vladimir Putin.';
    document.body.append(added);
    await Promise.resolve();
    runAll();
    expect(found()).toBe(1);
    probe.stop();
  });

  test('an open shadow root is probed too', () => {
    document.body.innerHTML = `${filler(2_000)}<div id="host"></div>`;
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>президент Путин</p>';
    const { probe, runAll, found } = probeFor();
    probe.start();
    runAll();
    expect(found()).toBe(1);
    probe.stop();
  });
});

describe('PageProbe', () => {
  test('stops at the deadline and goes on in later tasks to the verdict', () => {
    document.body.innerHTML = `${filler(20_000)}<p>Kim Jong Un spoke.</p>`;
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    const { probe, runAll, ran, found } = probeFor();
    probe.start();
    runAll();
    clock.mockRestore();
    expect(ran.length).toBeGreaterThan(0); // the first slice runs in start() itself
    expect(found()).toBe(1);
  });

  test('waits at the first anchor word for the prefilter, then goes on from that text', () => {
    document.body.innerHTML = `${filler(2_000)}<p>a treaty of trade</p>${filler(2_000)}<p>Kim Jong Un spoke.</p>`;
    const { scheduler, runAll } = recordingScheduler();
    let prefilter: RegExp | null = null;
    let anchorsSeen = 0;
    let found = 0;
    const probe = new PageProbe({
      doc: document,
      prefilter: () => prefilter,
      anchors: PREFILTER_ANCHORS && new RegExp(PREFILTER_ANCHORS.source, PREFILTER_ANCHORS.flags),
      setTimeout: scheduler.setTimeout,
      onAnchor: () => anchorsSeen++,
      onCandidate: () => found++,
    });
    probe.start();
    runAll();
    expect([anchorsSeen, found]).toEqual([1, 0]);
    prefilter = new RegExp(COMPILED_MATCHER.prefilter.source, COMPILED_MATCHER.prefilter.flags);
    probe.resume();
    runAll();
    expect([anchorsSeen, found]).toEqual([1, 1]);
    probe.stop();
  });

  test('says no only when no node may hold a candidate', () => {
    document.body.innerHTML = `${filler(5_000)}<p>Pu</p><p>tin</p>`;
    const no = probeFor();
    no.probe.start();
    no.runAll();
    expect(no.found()).toBe(0);
    no.probe.stop();
    document.body.innerHTML = `${filler(5_000)}<p>президент Путин</p>`;
    const yes = probeFor();
    yes.probe.start();
    yes.runAll();
    expect(yes.found()).toBe(1);
  });
});
