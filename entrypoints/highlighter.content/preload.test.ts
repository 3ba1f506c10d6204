// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createMatcher } from '@/core/matcher';
import { ENTITIES } from './entities';
import type { Scheduler } from './highlighter';
import { testHighlighter } from './highlighter.fixture';

/** Timers, frames and idle callbacks of the test, run when the test says so. */
function manualScheduler() {
  const queue: (() => void)[] = [];
  const scheduler: Scheduler = {
    setTimeout: (handler) => queue.push(handler),
    requestAnimationFrame: (callback) => queue.push(() => callback(performance.now())),
    requestIdleCallback: (callback) =>
      queue.push(() => callback({ didTimeout: false, timeRemaining: () => 50 })),
  };
  const runAll = () => {
    for (let i = 0; i < 10_000 && queue.length > 0; i++) queue.shift()?.();
  };
  return { scheduler, runAll };
}

function highlighterFor() {
  const { scheduler, runAll } = manualScheduler();
  let made = 0;
  const highlighter = testHighlighter({
    scheduler,
    createMatcher: () => {
      made++;
      return createMatcher({ entities: ENTITIES });
    },
  });
  return { highlighter, runAll, made: () => made };
}

const marks = (document: Document) =>
  [...document.querySelectorAll('mark[data-treaty-lens]')].map((mark) => mark.textContent);

describe('Highlighter.preload (while settings load)', () => {
  test('a page that may name an entity: preload writes nothing; start marks it', async () => {
    document.body.innerHTML = '<p>Vladimir Putin arrived in Pyongyang.</p>';
    const { highlighter, runAll, made } = highlighterFor();
    highlighter.preload();
    runAll();
    expect(marks(document)).toEqual([]);
    highlighter.start();
    runAll();
    expect(marks(document)).toEqual(['Vladimir Putin']);
    expect(made()).toBe(1);
    highlighter.stop();
  });

  test('text added between preload (no mention then) and start is still marked', () => {
    document.body.innerHTML = '<p>The weather in Seoul was mild.</p>';
    const { highlighter, runAll } = highlighterFor();
    highlighter.preload();
    runAll();
    const added = document.createElement('p');
    added.textContent = 'Kim Jong Un met Vladimir Putin.';
    document.body.append(added);
    highlighter.start();
    runAll();
    expect(marks(document)).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    highlighter.stop();
  });

  test('a page with no mention, unchanged: start writes nothing', () => {
    document.body.innerHTML = '<p>The weather in Seoul was mild.</p>';
    const { highlighter, runAll } = highlighterFor();
    highlighter.preload();
    runAll();
    highlighter.start();
    runAll();
    expect(marks(document)).toEqual([]);
    highlighter.stop();
  });
});
