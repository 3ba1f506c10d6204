/**
 * The highlighter: finds mentions in the page's text and highlights them with CSS Custom
 * Highlights (painter.ts), keeps them right as the page changes, and takes them away on `stop()`.
 * It never writes into the page's DOM.
 *
 * One pump (pump.ts) runs the work in slices: the page's changes and roots (page-reader.ts) →
 * scan each text node (scanner.ts) → decide (page context, kinds, hidden?) → the index of
 * mentions (mention-index.ts), which paints. On the first pass, text is highlighted as soon as
 * it is scanned when its candidates hold on any page (gate 'always') or once the page's cue
 * words have settled its topic (PageContext.settled), so the first viewport does not wait for
 * the walk of the whole page; the rest is decided once the page context has seen all of the
 * text, and what was decided early is decided again if the page's verdicts changed. Disputed
 * statements (statements.ts) come last, when the page is idle.
 */
import type { Matcher } from '@/core/matcher';
import type { Entity } from '@/core/schema';
import type { Settings } from '@/core/settings';
import type { MentionIndex, Tally } from './mention-index';
import { PageReader } from './page-reader';
import { Pump, type Scheduler, type Step } from './pump';
import { RepaintGuard } from './repaint-guard';
import { isShown, Scanner, sameMentions, type TextRecord } from './scanner';
import type { StatementFinder } from './statements';
import { WARM_UP } from './warm-up';

/** Re-check of text skipped as hidden, at most this often while the page changes attributes. */
const HIDDEN_RECHECK_MS = 150;

export interface HighlighterOptions {
  document: Document;
  matcher: Matcher;
  entities: readonly Entity[];
  index: MentionIndex;
  /** WXT's ContentScriptContext: its timers die with the content script. */
  scheduler: Scheduler;
  kinds: Settings['kinds'];
  /** Finds the page's disputed statements once its mentions are highlighted. */
  statements: StatementFinder;
  /** Called after the set of mentions changed (counts may differ). */
  onChange: () => void;
}

/** What changes while highlighting runs; one per start(). */
interface Run {
  scanner: Scanner;
  reader: PageReader;
  /** Records waiting for a decision, and those waiting to show. */
  scanned: TextRecord[];
  hidden: Set<TextRecord>;
  /** True until the first walk of the document is done (see the module comment). */
  firstPass: boolean;
  /** The page removed nodes since we last dropped collapsed ranges. */
  removed: boolean;
}

export class Highlighter {
  private readonly options: HighlighterOptions;
  private readonly pump: Pump;
  private readonly guard = new RepaintGuard();
  private kinds: Settings['kinds'];
  private run: Run | null = null;
  /** How many WARM_UP stages the matcher has had. */
  private warmed = 0;

  constructor(options: HighlighterOptions) {
    this.options = options;
    this.kinds = options.kinds;
    this.pump = new Pump({
      scheduler: options.scheduler,
      step: (deadline) => this.step(deadline),
      urgent: () => this.run?.firstPass === true,
      end: () => this.flush(),
    });
  }

  get isActive(): boolean {
    return this.run !== null;
  }

  /** Starts highlighting the document and watching it (the first pass starts at once). */
  start(): void {
    const doc = this.options.document;
    if (this.run || !doc.body) return;
    const reader = new PageReader({
      events: {
        text: (node) => this.onText(node),
        changed: (node) => this.onChanged(node),
        removed: () => {
          if (this.run) this.run.removed = true;
        },
        attributes: () => this.recheckHidden(),
        wake: () => this.pump.kick(),
      },
    });
    this.run = {
      scanner: new Scanner({ matcher: this.options.matcher, entities: this.options.entities }),
      reader,
      scanned: [],
      hidden: new Set(),
      firstPass: true,
      removed: false,
    };
    reader.start(doc);
    this.pump.start();
  }

  /** Removes every highlight; the page was never changed. */
  stop(): void {
    if (!this.run) return;
    this.pump.stop();
    this.run.reader.stop();
    this.run = null;
    this.toPaint = [];
    this.options.statements.reset();
    this.options.index.clear();
    this.options.onChange();
  }

  setKinds(kinds: Settings['kinds']): void {
    if (JSON.stringify(kinds) === JSON.stringify(this.kinds)) return;
    this.kinds = kinds;
    // Deciding every record again applies the filter both ways.
    if (this.run) this.run.scanner.verdictsChanged = true;
    this.pump.kick();
  }

  /** The reader's switch for disputed statements. */
  setStatements(enabled: boolean): void {
    const { statements, document } = this.options;
    if (!statements.setEnabled(enabled)) return;
    // Switched on while highlighting: the page was read without noting its blocks.
    if (enabled && this.run && document.body) statements.seed(document.body);
    this.pump.kick();
  }

  tally(): Tally {
    this.dropRemoved();
    return this.options.index.tally();
  }

  /**
   * Looks again at text skipped as hidden, soon. Called when the page changes attributes that
   * can show it (class, style, hidden, open) and on resize (media queries).
   */
  recheckHidden(): void {
    const run = this.run;
    if (!run || run.hidden.size === 0 || this.recheckTimer) return;
    this.recheckTimer = true;
    this.options.scheduler.setTimeout(() => {
      this.recheckTimer = false;
      if (this.run !== run) return;
      for (const record of run.hidden) {
        record.state = 'scanned';
        run.scanned.push(record);
      }
      run.hidden.clear();
      this.pump.kick();
    }, HIDDEN_RECHECK_MS);
  }

  private recheckTimer = false;
  /**
   * Decided mentions not painted yet: a slice paints what it decided at its end. A change to
   * CSS.highlights invalidates style, and the next visibility check in the same slice would then
   * recompute the whole document's style (701 ms of checkVisibility on bench page c, 40 paints).
   */
  private toPaint: TextRecord[] = [];

  private flush(): void {
    const statementsPainted = this.options.statements.flush();
    const records = this.toPaint;
    if (records.length === 0) {
      if (statementsPainted) this.options.onChange();
      return;
    }
    this.toPaint = [];
    const first = this.options.index.size === 0;
    for (const record of records) {
      if (this.run?.scanner.records.get(record.node) === record) {
        this.options.index.set(record.node, record.painted);
      }
    }
    // The first highlights of the first pass show before it goes on.
    if (first && this.run?.firstPass && this.options.index.size > 0) this.pump.yieldToFrame();
    this.options.onChange();
  }

  /** One unit of work (see Pump). */
  private step(deadline: number): Step {
    const run = this.run;
    if (!run) return 'done';
    const stage = WARM_UP[this.warmed];
    if (stage && run.reader.readsTextNext) {
      stage(this.options.matcher);
      this.warmed++;
      return 'soon';
    }
    if (run.firstPass && run.scanned.length > 0 && run.scanner.settled) {
      // What was scanned before the page's topic settled (the top of the page) waits no longer.
      this.decide(run, deadline);
      return 'more';
    }
    if (run.reader.step(deadline)) return 'more';
    run.firstPass = false;
    this.dropRemoved();
    if (run.scanner.verdictsChanged) {
      run.scanner.verdictsChanged = false;
      this.redecide(run);
      return 'more';
    }
    if (run.scanned.length > 0) {
      this.decide(run, deadline);
      return 'more';
    }
    // Statements wait for the mentions decided in this slice to be painted (at its end): a
    // page qualifies only with a mention in the index.
    if (this.toPaint.length > 0) return 'idle';
    const { statements } = this.options;
    if (statements.ready(run.scanner.topical)) return statements.step(deadline) ? 'idle' : 'done';
    return 'done';
  }

  private onText(node: Text): void {
    this.options.statements.noteText(node);
    const run = this.run;
    const record = run?.scanner.scan(node);
    if (!run || !record) return;
    const always = record.candidates.every((candidate) => candidate.gate === 'always');
    if (run.firstPass && (always || run.scanner.settled)) {
      // Its verdict cannot change with what the rest of the page says, or only with a name that
      // blocks it further on: the end of the pass decides again if a verdict changed.
      this.decideOne(run, record, new Map());
    } else {
      run.scanned.push(record);
    }
  }

  private onChanged(node: Text): void {
    const run = this.run;
    if (!run?.scanner.records.has(node)) return;
    run.scanner.forget(node);
    this.options.index.delete(node);
    this.options.onChange();
  }

  /** Drops the mentions and records of text the page removed. */
  private dropRemoved(): void {
    const run = this.run;
    if (!run?.removed) return;
    run.removed = false;
    for (const record of run.scanner.records.values()) {
      if (record.node.isConnected) continue;
      run.scanner.forget(record.node);
      run.hidden.delete(record);
    }
    if (this.options.index.prune()) this.options.onChange();
  }

  private decide(run: Run, deadline: number): void {
    const shown = new Map<Element, boolean>();
    while (run.scanned.length > 0 && performance.now() < deadline) {
      const record = run.scanned.pop() as TextRecord;
      if (record.state === 'scanned') this.decideOne(run, record, shown);
    }
  }

  /** Puts the record's accepted mentions in the index; true when they changed. */
  private decideOne(run: Run, record: TextRecord, shown: Map<Element, boolean>): boolean {
    const { scanner } = run;
    if (!scanner.isCurrent(record)) return false;
    const mentions = scanner.accepted(record, this.kinds);
    const parent = record.node.parentElement;
    if (mentions.length > 0 && parent) {
      let visible = shown.get(parent);
      if (visible === undefined) {
        visible = isShown(parent);
        shown.set(parent, visible);
      }
      if (!visible) {
        record.state = 'hidden';
        run.hidden.add(record);
        return this.paint(record, []);
      }
    }
    record.state = 'done';
    if (mentions.length > 0 && !this.guard.allow(record)) return this.paint(record, []);
    return this.paint(record, mentions);
  }

  /** Marks the record's mentions for painting at the end of the slice (see flush). */
  private paint(record: TextRecord, mentions: TextRecord['painted']): boolean {
    if (sameMentions(record.painted, mentions)) return false;
    record.painted = mentions;
    this.toPaint.push(record);
    return true;
  }

  /** After the page context or the kinds changed: every decided record is decided again. */
  private redecide(run: Run): void {
    const shown = new Map<Element, boolean>();
    for (const record of run.scanner.records.values()) {
      if (record.state === 'done') this.decideOne(run, record, shown);
    }
  }
}
