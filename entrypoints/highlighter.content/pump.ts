/**
 * Runs the highlighter's work in slices of at most SLICE_MS, so that input and rendering get
 * their turn in between: `step` does one unit of work and says what comes next.
 */

/** Longest stretch of work per task: well under the 50 ms that makes a page feel stuck. */
export const SLICE_MS = 8;
/** How long idle work may wait when the page never goes idle. */
const IDLE_TIMEOUT_MS = 100;

export interface Scheduler {
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  setTimeout(handler: () => void, timeout?: number): number;
  /**
   * A task ahead of the page's own timers and rendering (`scheduler.postTask` at
   * 'user-blocking'), for the tasks before the first highlights; setTimeout without it.
   */
  urgent?(handler: () => void): void;
  /** After the next rendered frame (setTimeout without it). */
  afterFrame?(handler: () => void): void;
}

/** more: go on in this slice; soon: in a task of its own; idle: when the page is idle; done. */
export type Step = 'more' | 'soon' | 'idle' | 'done';

export class Pump {
  private readonly scheduler: Scheduler;
  private readonly step: (deadline: number) => Step;
  /** Whether the next hops are urgent (until the first pass over the page is done). */
  private readonly urgent: () => boolean;
  /** Called at the end of every slice (the highlighter paints what the slice decided). */
  private readonly end: () => void;
  private running = false;
  private pending = false;
  private active = false;
  /** The next hop waits for a frame (see yieldToFrame). */
  private frameFirst = false;

  constructor(options: {
    scheduler: Scheduler;
    step: (deadline: number) => Step;
    urgent: () => boolean;
    end?: () => void;
  }) {
    this.scheduler = options.scheduler;
    this.step = options.step;
    this.urgent = options.urgent;
    this.end = options.end ?? (() => {});
  }

  start(): void {
    this.active = true;
    this.kick();
  }

  stop(): void {
    this.active = false;
  }

  /**
   * The next hop comes after a rendered frame, even while hops are urgent: what was painted
   * shows before more work runs.
   */
  yieldToFrame(): void {
    this.frameFirst = true;
  }

  /** Works on now (in this task), continuing later if it takes longer. */
  kick(): void {
    if (!this.active || this.running) return;
    this.running = true;
    const deadline = performance.now() + SLICE_MS;
    let next: Step = 'more';
    try {
      while (next === 'more' && performance.now() < deadline) next = this.step(deadline);
    } finally {
      this.running = false;
      this.end();
    }
    if (next !== 'done') this.schedule(next === 'idle' ? 'idle' : 'soon');
  }

  private schedule(kind: 'soon' | 'idle'): void {
    if (!this.active || this.pending) return;
    this.pending = true;
    const run = () => {
      this.pending = false;
      this.kick();
    };
    const frameFirst = this.frameFirst;
    this.frameFirst = false;
    if (kind === 'idle') this.scheduler.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else if (frameFirst && this.scheduler.afterFrame) this.scheduler.afterFrame(run);
    else if (this.urgent() && this.scheduler.urgent) this.scheduler.urgent(run);
    else this.scheduler.setTimeout(run, 0);
  }
}
