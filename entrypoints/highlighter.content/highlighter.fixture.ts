/**
 * What the happy-dom tests of the highlighter share: CSS Custom Highlights (happy-dom has none:
 * a Set and a Map stand in), the highlighted texts in document order as the registry holds them,
 * a scheduler run by hand, and a Highlighter on the test's document with every kind on.
 */
import { loadDetectors } from '@/core/detectors';
import type { Matcher } from '@/core/matcher';
import { ENTITIES } from './entities';
import { Highlighter } from './highlighter';
import { MentionIndex } from './mention-index';
import { HighlightPainter } from './painter';
import type { Scheduler } from './pump';
import { StatementFinder } from './statements';
import { COMPILED_DETECTORS } from './statements-data';
import { DISPUTE_PREFIX, HIGHLIGHT_PREFIX, HighlightStyles } from './styles';

/**
 * Installs stand-ins for `Highlight`, `CSS.highlights`, `StaticRange` and `requestIdleCallback`
 * (which every browser the extension supports has) where the DOM has none.
 */
export function installHighlightApi(): void {
  const global = globalThis as Record<string, unknown>;
  if (typeof global.requestIdleCallback !== 'function') {
    global.requestIdleCallback = (callback: IdleRequestCallback) =>
      setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 }), 0);
    global.cancelIdleCallback = (id: number) => clearTimeout(id);
  }
  if (typeof global.StaticRange !== 'function') {
    global.StaticRange = class {
      readonly startContainer: Node;
      readonly startOffset: number;
      readonly endContainer: Node;
      readonly endOffset: number;
      constructor(init: StaticRangeInit) {
        this.startContainer = init.startContainer;
        this.startOffset = init.startOffset;
        this.endContainer = init.endContainer;
        this.endOffset = init.endOffset;
      }
      get collapsed(): boolean {
        return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
      }
    };
  }
  if (!global.Highlight) {
    global.Highlight = class extends Set<AbstractRange> {
      priority = 0;
      type = 'highlight';
      constructor(...ranges: AbstractRange[]) {
        super(ranges);
      }
    };
  }
  const css = (global.CSS ?? {}) as Record<string, unknown>;
  if (!css.highlights) css.highlights = new Map<string, unknown>();
  global.CSS = css;
}

/**
 * Every `treaty-lens-<entity>` highlight's ranges as [entity, text], in document order; with
 * `prefix` DISPUTE_PREFIX, every statement's as [dispute, text].
 */
export function highlighted(prefix = HIGHLIGHT_PREFIX): [string, string][] {
  const registry = (
    globalThis as unknown as { CSS: { highlights: Map<string, Set<AbstractRange>> } }
  ).CSS.highlights;
  const all: { entity: string; range: Range }[] = [];
  for (const [name, highlight] of registry) {
    if (!name.startsWith(prefix)) continue;
    if (prefix === HIGHLIGHT_PREFIX && name.startsWith(DISPUTE_PREFIX)) continue;
    for (const r of highlight) {
      if (!r.startContainer.isConnected) continue;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      all.push({ entity: name.slice(prefix.length), range });
    }
  }
  all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return all.map(({ entity, range }) => [entity, range.toString()]);
}

/** The highlighted texts in document order. */
export const highlightedTexts = (): string[] => highlighted().map(([, text]) => text);

/** Timers, idle callbacks and urgent tasks of the test, by kind, run when the test says so. */
export function recordingScheduler() {
  const queue: { kind: string; run: () => void }[] = [];
  const ran: string[] = [];
  const push = (kind: string, run: () => void) => queue.push({ kind, run });
  const scheduler: Scheduler = {
    setTimeout: (handler) => push('timer', handler),
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
    for (let i = 0; i < 100_000 && queue.length > 0; i++) runOne();
  };
  return { scheduler, runOne, runAll, ran };
}

export function testHighlighter(options: { scheduler: Scheduler; matcher: Matcher }): Highlighter {
  installHighlightApi();
  const styles = new HighlightStyles({ style: 'default' });
  const index = new MentionIndex({ painter: new HighlightPainter({ doc: document, styles }) });
  return new Highlighter({
    document,
    matcher: options.matcher,
    entities: ENTITIES,
    index,
    scheduler: options.scheduler,
    kinds: { treaty: true, leader: true, delegate: true },
    statements: new StatementFinder({
      detectors: loadDetectors(COMPILED_DETECTORS),
      index,
      enabled: true,
    }),
    onChange: () => {},
  });
}
