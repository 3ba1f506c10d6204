/**
 * Disputed statements on the page: where a sentence states a point the bundled sources dispute
 * ("Putin landed at 2:22 a.m."), its phrase joins the highlight `treaty-lens-dispute-<id>`.
 *
 * It runs after the entity mentions, in the pump's idle slices, and only on a page that is about
 * the summit (the page context's topic gate) and holds at least one mention: a page without a
 * mention never loads this code, one with mentions but off topic pays only for remembering the
 * text nodes it read. Then each text node goes through the detectors' prefilters, and only the
 * block (block-text.ts) of one that may hold a value is read whole and detected in: reading
 * every block of a 2 MB page cost 0.6 s. A value whose every piece stands in a different text
 * node ("<i>Kumsusan</i> <i>Guest House</i>") passes no prefilter node by node, so a node inside
 * an inline element that fails it puts its block's joined text (`textContent`, once per block
 * and slice) to the prefilters instead. The page's changes re-read the block they touched.
 */
import type { Detectors } from '@/core/detectors';
import { BLOCK_TAGS, blockAround, rangeIn, readBlock } from './block-text';
import type { MentionIndex } from './mention-index';
import { isInSkippedRegion } from './off-limits';
import type { FoundStatement } from './statement-store';

/** How long found statements may wait to be painted while the pass goes on (see `flush`). */
const PAINT_EVERY_MS = 1000;
/** Noted texts kept before the first look for removed ones (see `noteText`). */
const COMPACT_FROM = 10_000;

export class StatementFinder {
  private readonly detectors: Detectors;
  private readonly index: MentionIndex;
  /** Text read and not yet put to the prefilters (all of it until the page qualifies). */
  private texts: Text[] = [];
  /** Blocks to read (again). */
  private readonly pending = new Set<Element>();
  /** Found and not painted yet (see `flush`). */
  private found: [Element, FoundStatement[]][] = [];
  /** Past this many noted texts, those the page removed are dropped (a feed that never qualifies). */
  private compactAt = COMPACT_FROM;
  private started = false;
  private enabled: boolean;
  /** When `flush` last painted (performance.now()). */
  private paintedAt = 0;

  constructor(options: { detectors: Detectors; index: MentionIndex; enabled: boolean }) {
    this.detectors = options.detectors;
    this.index = options.index;
    this.enabled = options.enabled;
  }

  /** The reader read `node` (new or changed text). */
  noteText(node: Text): void {
    if (!this.enabled) return;
    this.texts.push(node);
    if (this.texts.length > this.compactAt) {
      this.texts = this.texts.filter((text) => text.isConnected);
      this.compactAt = Math.max(COMPACT_FROM, this.texts.length * 2);
    }
    const parent = node.parentElement;
    // Changed text in a block with statements: read again, whatever it holds now.
    if (this.started && parent) {
      const block = blockAround(parent);
      if (this.index.statements.has(block)) this.pending.add(block);
    }
  }

  /** Whether `step` has work: the page qualifies and text or blocks wait. */
  ready(topical: boolean): boolean {
    if (!this.enabled || !topical || this.index.size === 0) return false;
    this.started = true;
    return this.texts.length > 0 || this.pending.size > 0;
  }

  /** Puts text to the prefilters, then reads blocks, until `deadline`; true when work is left. */
  step(deadline: number): boolean {
    if (!this.detectors.warm(deadline)) return true;
    let at = 0;
    // Blocks whose joined text was put to the prefilters in this slice.
    const joined = new Set<Element>();
    for (; at < this.texts.length && performance.now() < deadline; at++) {
      const node = this.texts[at] as Text;
      const parent = node.parentElement;
      if (!parent || !node.isConnected) continue;
      if (this.detectors.mayContain(node.data)) {
        this.pending.add(blockAround(parent));
      } else if (!BLOCK_TAGS.has(parent.localName)) {
        // In an inline element: the value may run on into the next node ("<i>Kumsusan</i> <i>Guest House</i>").
        const block = blockAround(parent);
        if (this.pending.has(block) || joined.has(block)) continue;
        joined.add(block);
        if (this.detectors.mayContain(block.textContent ?? '')) this.pending.add(block);
      }
    }
    this.texts = at === this.texts.length ? [] : this.texts.slice(at);
    for (const block of this.pending) {
      if (performance.now() >= deadline) return true;
      if (this.detectIn(block, deadline)) this.pending.delete(block);
    }
    return this.texts.length > 0 || this.pending.size > 0;
  }

  /**
   * Paints what was found, at the end of a slice: when the pass is done, or PAINT_EVERY_MS after
   * the last paint. Any change to the registry makes the browser's next frame revisit every
   * registered range (docs/performance.md), 100 ms a frame on a 2 MB page; painting each slice's
   * statements cost one such frame per slice. True when it painted.
   */
  flush(): boolean {
    if (this.found.length === 0) return false;
    const done = this.texts.length === 0 && this.pending.size === 0;
    if (!done && performance.now() - this.paintedAt < PAINT_EVERY_MS) return false;
    const found = this.found;
    this.found = [];
    this.paintedAt = performance.now();
    for (const [block, statements] of found) this.index.statements.set(block, statements);
    return true;
  }

  /** The reader's switch: off removes every statement. False when nothing changed. */
  setEnabled(enabled: boolean): boolean {
    if (enabled === this.enabled) return false;
    this.enabled = enabled;
    if (!enabled) this.index.statements.clear();
    this.reset();
    return true;
  }

  /** Notes every block under `root` outside off-limits regions (text read before, not noted). */
  seed(root: Element): void {
    for (const block of root.querySelectorAll([...BLOCK_TAGS].join(','))) {
      if (!isInSkippedRegion(block)) this.pending.add(block);
    }
    if (!isInSkippedRegion(root)) this.pending.add(root);
  }

  /** Forgets everything read (highlighting stopped, or switched off). */
  reset(): void {
    this.texts = [];
    this.compactAt = COMPACT_FROM;
    this.pending.clear();
    this.found = [];
    this.started = false;
  }

  /**
   * Finds the block's statements; false (the block stays pending) while the detectors of its
   * languages are still being compiled, a regex per step, so that no task compiles them all.
   */
  private detectIn(block: Element, deadline: number): boolean {
    if (!block.isConnected) return true;
    const text = readBlock(block);
    const candidate = this.detectors.mayContain(text.text);
    if (candidate && !this.detectors.warm(deadline, text.text)) return false;
    const detections = candidate ? this.detectors.detect({ text: text.text, topical: true }) : [];
    const statements: FoundStatement[] = [];
    for (const { disputeId, account, start, end } of detections) {
      const placed = rangeIn(text, start, end);
      if (placed) statements.push({ dispute: disputeId, account, ...placed });
    }
    this.found.push([block, statements]);
    return true;
  }
}
