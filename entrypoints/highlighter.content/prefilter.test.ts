// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMatcher } from '@/core/matcher';
import { ENTITIES } from './entities';
import type { Scheduler } from './highlighter';
import { testHighlighter } from './highlighter.fixture';
import { PrefilterProbe } from './prefilter';

const matcher = createMatcher({ entities: ENTITIES });

/** Every task the highlighter asks for, by kind, run when the test says so. */
function recordingScheduler() {
  const queue: { kind: string; run: () => void }[] = [];
  const ran: string[] = [];
  const push = (kind: string, run: () => void) => queue.push({ kind, run });
  const scheduler: Scheduler = {
    setTimeout: (handler) => push('timer', handler),
    requestAnimationFrame: (callback) => push('frame', () => callback(performance.now())),
    requestIdleCallback: (callback) =>
      push('idle', () => callback({ didTimeout: false, timeRemaining: () => 50 })),
    urgent: (handler) => push('urgent', handler),
  };
  const runOne = () => {
    const task = queue.shift();
    if (task) {
      ran.push(task.kind);
      task.run();
    }
  };
  const runAll = () => {
    for (let i = 0; i < 100_000 && queue.length > 0; i++) {
      const task = queue.shift();
      if (!task) break;
      ran.push(task.kind);
      task.run();
    }
  };
  return { scheduler, runOne, runAll, ran };
}

function setUp() {
  const { scheduler, runOne, runAll, ran } = recordingScheduler();
  const highlighter = testHighlighter({ scheduler, createMatcher: () => matcher });
  return { highlighter, runOne, runAll, ran };
}

/** Counts reads of the body's textContent (what the prefilter builds for the whole page). */
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

const marks = () =>
  [...document.querySelectorAll('mark[data-treaty-lens]')].map((mark) => mark.textContent);

afterEach(() => {
  Reflect.deleteProperty(document.body, 'textContent');
  document.body.innerHTML = '';
});

describe('the prefilter on the first pass, node by node', () => {
  test.each([
    [
      'a mention near the top',
      `<p>Vladimir Putin arrived.</p>${filler(40_000)}`,
      ['Vladimir Putin'],
    ],
    ['a mention far down', `${filler(40_000)}<p>Kim Jong Un spoke.</p>`, ['Kim Jong Un']],
    ['a short page without a mention', filler(2_000), []],
    ['a long page without a mention', filler(40_000), []],
  ])('%s: marked as it should be, the page text never built', (_, html, expected) => {
    document.body.innerHTML = html;
    const reads = countTextContentReads();
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    expect(marks()).toEqual(expected);
    expect(reads()).toBe(0);
    highlighter.stop();
  });

  test('a mention put where the probe has been, between its slices, is marked', async () => {
    document.body.innerHTML = filler(40_000);
    const { highlighter, runOne, runAll } = setUp();
    // A clock that moves 1 ms per look: every slice ends after a few checks.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    highlighter.start();
    runOne();
    const first = document.createElement('p');
    first.textContent = 'Vladimir Putin arrived.';
    document.body.prepend(first);
    await Promise.resolve();
    clock.mockRestore();
    runAll();
    expect(marks()).toEqual(['Vladimir Putin']);
    highlighter.stop();
  });
});

describe('PrefilterProbe', () => {
  test('stops at the deadline and goes on from there to the verdict', () => {
    document.body.innerHTML = `${filler(20_000)}<p>Kim Jong Un spoke.</p>`;
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    const probe = new PrefilterProbe(matcher, document.body);
    const verdicts: (boolean | null)[] = [];
    for (let i = 0; i < 100 && verdicts.at(-1) !== true; i++) verdicts.push(probe.run(now + 2));
    clock.mockRestore();
    // 335 text nodes; a look at the clock every 64 nodes, the second look of a run is past its
    // deadline: 128 nodes a run, the mention in the third.
    expect(verdicts).toEqual([null, null, true]);
  });

  test('says no only when no node may hold a candidate', () => {
    document.body.innerHTML = `${filler(5_000)}<p>Pu</p><p>tin</p>`;
    expect(new PrefilterProbe(matcher, document.body).run(Number.POSITIVE_INFINITY)).toBe(false);
    document.body.innerHTML = `${filler(5_000)}<p>президент Путин</p>`;
    expect(new PrefilterProbe(matcher, document.body).run(Number.POSITIVE_INFINITY)).toBe(true);
  });
});

describe('urgent tasks', () => {
  test('only until the first pass is over; later changes wait for timers and frames', () => {
    document.body.innerHTML = `<p>Vladimir Putin arrived.</p>${filler(3_000)}`;
    const { highlighter, runAll, ran } = setUp();
    highlighter.start();
    runAll();
    expect(marks()).toEqual(['Vladimir Putin']);
    expect(ran).toContain('urgent');
    ran.length = 0;
    const added = document.createElement('p');
    added.textContent = 'Kim Jong Un replied.';
    document.body.append(added);
    // The observer's callback is a microtask: let it run, then the tasks it asked for.
    return Promise.resolve().then(() => {
      runAll();
      expect(marks()).toEqual(['Vladimir Putin', 'Kim Jong Un']);
      expect(ran.length).toBeGreaterThan(0);
      expect(ran).not.toContain('urgent');
      highlighter.stop();
    });
  });
});
