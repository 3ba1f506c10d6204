/**
 * Disputed statements on the page: where a sentence states a point the bundled sources dispute
 * ("Putin landed at 2:22 a.m."), its phrase joins the highlight `treaty-lens-dispute-<id>`.
 *
 * It runs after the entity mentions, in the pump's idle slices, and only on a page that is about
 * the summit (the page context's topic gate) and holds at least one mention: a page without a
 * mention never loads this code, one with mentions but off topic pays only for remembering the
 * parents of the text it read. Work is per block (block-text.ts): the detectors' prefilter over
 * the block's text first, detection only where it passes. The page's changes re-read the block
 * they touched.
 */
import type { Detectors } from '@/core/detectors';
import { BLOCK_TAGS, blockAround, rangeIn, readBlock } from './block-text';
import type { MentionIndex } from './mention-index';
import { isInSkippedRegion } from './off-limits';
import type { FoundStatement } from './statement-store';

export class StatementFinder {
  private readonly detectors: Detectors;
  private readonly index: MentionIndex;
  /** Parents of the text read before the page qualified (blocks are found when it does). */
  private parents = new Set<Element>();
  /** Blocks to read (again). */
  private readonly pending = new Set<Element>();
  /** Found in this slice, painted at its end: a paint between visibility checks costs a style recalc. */
  private found: [Element, FoundStatement[]][] = [];
  private started = false;
  private enabled: boolean;

  constructor(options: { detectors: Detectors; index: MentionIndex; enabled: boolean }) {
    this.detectors = options.detectors;
    this.index = options.index;
    this.enabled = options.enabled;
  }

  /** The reader read `node` (new or changed text). */
  noteText(node: Text): void {
    const parent = node.parentElement;
    if (!parent) return;
    if (this.started) this.pending.add(blockAround(parent));
    else this.parents.add(parent);
  }

  /** Whether `step` has work: the page qualifies and blocks wait. */
  ready(topical: boolean): boolean {
    if (!this.enabled || !topical || this.index.size === 0) return false;
    if (!this.started) {
      this.started = true;
      for (const parent of this.parents) this.pending.add(blockAround(parent));
      this.parents = new Set();
    }
    return this.pending.size > 0;
  }

  /** Reads blocks until `deadline`; true when work is left. */
  step(deadline: number): boolean {
    if (!this.detectors.warm(deadline)) return true;
    for (const block of this.pending) {
      if (performance.now() >= deadline) return true;
      if (this.detectIn(block, deadline)) this.pending.delete(block);
    }
    return this.pending.size > 0;
  }

  /** Paints what this slice found. */
  flush(): void {
    const found = this.found;
    this.found = [];
    for (const [block, statements] of found) this.index.statements.set(block, statements);
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
      if (!isInSkippedRegion(block)) this.parents.add(block);
    }
    if (!isInSkippedRegion(root)) this.parents.add(root);
  }

  /** Forgets everything read (highlighting stopped, or switched off). */
  reset(): void {
    this.parents = new Set();
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
    if (detections.length > 0) {
      for (const { disputeId, account, start, end } of detections) {
        const placed = rangeIn(text, start, end);
        if (placed) statements.push({ dispute: disputeId, account, ...placed });
      }
    }
    this.found.push([block, statements]);
    return true;
  }
}
