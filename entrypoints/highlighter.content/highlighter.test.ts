// @vitest-environment happy-dom
/**
 * The highlighter on happy-dom, through the CSS highlight registry: it highlights without
 * touching the page's nodes, follows the page's changes, hurries only until the first pass is
 * done, and bounds the work a page that keeps undoing it can cause.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadMatcher } from '@/core/matcher';
import { COMPILED_MATCHER } from './entities';
import type { Highlighter } from './highlighter';
import {
  highlighted,
  highlightedTexts,
  recordingScheduler,
  testHighlighter,
} from './highlighter.fixture';
import { MAX_READDS } from './repaint-guard';
import { DISPUTE_PREFIX } from './styles';

const matcher = loadMatcher(COMPILED_MATCHER);

const filler = (chars: number) =>
  Array.from(
    { length: Math.ceil(chars / 60) },
    () => '<p>The weather in Seoul was mild all week.</p>',
  ).join('');

/** Every highlighter a test started, stopped after it (their observers would see the next test's page). */
const started: Highlighter[] = [];

function setUp() {
  const { scheduler, runAll, ran } = recordingScheduler();
  const highlighter = testHighlighter({ scheduler, matcher });
  started.push(highlighter);
  return { highlighter, runAll, ran };
}

/** Lets the MutationObserver's callback (a microtask) run. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  for (const highlighter of started.splice(0)) highlighter.stop();
  document.body.innerHTML = '';
});

describe('highlights without DOM writes', () => {
  test("the page's nodes are untouched, and stop() leaves the registry empty", () => {
    document.body.innerHTML = '<p>Vladimir Putin met <b>Kim Jong Un</b> in Pyongyang.</p>';
    const html = document.body.innerHTML;
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    expect(highlightedTexts()).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    expect(document.body.innerHTML).toBe(html);
    highlighter.stop();
    expect(highlightedTexts()).toEqual([]);
    expect(document.body.innerHTML).toBe(html);
  });

  test('text the page adds is highlighted; text it removes is dropped', async () => {
    document.body.innerHTML = '<p id="a">Vladimir Putin arrived.</p>';
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    const added = document.createElement('p');
    added.textContent = 'Kim Jong Un replied.';
    document.body.append(added);
    await observed();
    runAll();
    expect(highlightedTexts()).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    document.getElementById('a')?.remove();
    await observed();
    runAll();
    expect(highlighter.tally().total).toBe(1);
    highlighter.stop();
  });

  test('a text the page rewrites is scanned again', async () => {
    document.body.innerHTML = '<p id="a">Vladimir Putin arrived.</p>';
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    const text = document.getElementById('a')?.firstChild as Text;
    text.data = 'The foreign minister, Sergey Lavrov, arrived.';
    await observed();
    runAll();
    expect(highlightedTexts()).toEqual(['Sergey Lavrov']);
    highlighter.stop();
  });
});

describe('urgent tasks', () => {
  test('only until the first pass is over; later changes wait for timers', async () => {
    document.body.innerHTML = `<p>Vladimir Putin arrived.</p>${filler(3_000)}`;
    const { highlighter, runAll, ran } = setUp();
    highlighter.start();
    runAll();
    expect(highlightedTexts()).toEqual(['Vladimir Putin']);
    expect(ran).toContain('urgent');
    ran.length = 0;
    const added = document.createElement('p');
    added.textContent = 'Kim Jong Un replied.';
    document.body.append(added);
    await observed();
    runAll();
    expect(highlightedTexts()).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    expect(ran).not.toContain('urgent');
    highlighter.stop();
  });
});

describe('a page that keeps undoing', () => {
  test('the same text re-added under the same parent is highlighted at most MAX_READDS more times', async () => {
    document.body.innerHTML = '<p id="p">Vladimir Putin arrived.</p>';
    const p = document.getElementById('p') as HTMLElement;
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    let highlightedAgain = 0;
    for (let i = 0; i < MAX_READDS + 5; i++) {
      // A framework re-rendering the same paragraph: a new text node with the same text.
      p.replaceChildren(document.createTextNode('Vladimir Putin arrived.'));
      await observed();
      runAll();
      if (highlightedTexts().length > 0) highlightedAgain++;
    }
    expect(highlightedAgain).toBe(MAX_READDS);
    highlighter.stop();
  });

  test('two nodes with the same text side by side are not an undo', () => {
    document.body.innerHTML = `<p>${'<span>Putin.</span>'.repeat(1)}${'Vladimir Putin. '.repeat(1)}</p>`;
    const p = document.querySelector('p') as HTMLElement;
    for (let i = 0; i < MAX_READDS + 3; i++) p.append(document.createTextNode('Vladimir Putin.'));
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    expect(highlighter.tally().counts.putin).toBe(MAX_READDS + 5);
    highlighter.stop();
  });
});

describe('disputed statements', () => {
  const SUMMIT =
    '<p>Russian President Vladimir Putin arrived in Pyongyang, North Korea, for talks with Kim Jong Un.</p>';

  test('on a page about the summit, a stated value is highlighted across inline elements', () => {
    document.body.innerHTML = `${SUMMIT}<p>Putin’s plane touched down at <b>2:22</b> a.m., according to flight-tracking data cited by Russian media.</p>`;
    const html = document.body.innerHTML;
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    expect(highlighted(DISPUTE_PREFIX)).toEqual([['putin-arrival-time', '2:22 a.m.']]);
    expect(document.body.innerHTML).toBe(html);
    highlighter.setStatements(false);
    expect(highlighted(DISPUTE_PREFIX)).toEqual([]);
    expect(highlightedTexts()).toEqual([
      'Russian President Vladimir Putin',
      'Kim Jong Un',
      'Putin',
    ]);
    highlighter.setStatements(true);
    runAll();
    expect(highlighted(DISPUTE_PREFIX)).toEqual([['putin-arrival-time', '2:22 a.m.']]);
  });

  test('a value no piece of which passes the prefilter alone is found in its block’s joined text', () => {
    document.body.innerHTML = `${SUMMIT}<p>Putin and Kim held talks at the <i>Kumsusan</i> <i>State Guest House</i>, where Putin stayed.</p><p>Kim showed him <i>Kumsusan</i> <b>gardens</b>.</p>`;
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    expect(highlighted(DISPUTE_PREFIX)).toEqual([['talks-venue', 'Kumsusan State Guest House']]);
  });

  test('the same sentence on a page not about Russia and Korea is left alone', () => {
    document.body.innerHTML =
      '<p>Putin’s plane touched down at 2:22 a.m., according to flight-tracking data.</p>';
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    expect(highlightedTexts()).toEqual(['Putin']);
    expect(highlighted(DISPUTE_PREFIX)).toEqual([]);
  });

  test('text the page changes is read again; removed text drops its statement', async () => {
    document.body.innerHTML = `${SUMMIT}<p id="s">Their talks lasted two days.</p>`;
    const { highlighter, runAll } = setUp();
    highlighter.start();
    runAll();
    expect(highlighted(DISPUTE_PREFIX)).toEqual([]);
    const paragraph = document.getElementById('s') as HTMLElement;
    paragraph.textContent =
      'Putin’s plane touched down at 2:22 a.m., according to flight-tracking data cited by Russian media.';
    await observed();
    runAll();
    expect(highlighted(DISPUTE_PREFIX)).toEqual([['putin-arrival-time', '2:22 a.m.']]);
    paragraph.remove();
    await observed();
    runAll();
    highlighter.tally(); // drops what the page removed
    expect(highlighted(DISPUTE_PREFIX)).toEqual([]);
  });
});

describe('the first pass on a page about Russia and North Korea', () => {
  const summit =
    '<p>Moscow and Pyongyang: Russia, the Kremlin, Soviet ties, North Korea, the DPRK and KCNA.</p>';

  test('decides gated names once the topic has settled, and again when a later name blocks them', () => {
    document.body.innerHTML = `${summit}<p>Alexander Kozlov arrived.</p>${filler(40_000)}<p>The actor Alexander Kozlov was there too.</p>`;
    const { scheduler, runOne, runAll } = recordingScheduler();
    const highlighter = testHighlighter({ scheduler, matcher });
    // A clock that moves 1 ms per look: every slice ends after a few nodes.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    highlighter.start();
    let early: string[] = [];
    for (let i = 0; i < 5_000 && early.length === 0; i++) {
      runOne();
      early = highlightedTexts();
    }
    // Before the walk reached the actor, the delegate's name is highlighted...
    expect(early).toEqual(['Alexander Kozlov']);
    clock.mockRestore();
    runAll();
    // ...and once the page names an actor of that name, no mention of it counts.
    expect(highlightedTexts()).toEqual([]);
    highlighter.stop();
  });
});
