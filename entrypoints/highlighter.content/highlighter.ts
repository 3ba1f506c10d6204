/**
 * The highlighter: finds mentions in the page's text, wraps them, keeps them right as the page
 * changes, and gives the page back its DOM on `stop()`.
 *
 * Work flows through one pump that runs in slices of at most SLICE_MS:
 *   the page's mutations → roots (document, shadow roots, nodes the page added) → walk + scan
 *   (read only) → decide (page context, kinds, hidden?, in the viewport?) right after a rendered
 *   frame, when reading layout costs nothing → write visible marks now, the rest in idle time.
 * New page content is scanned in the mutation callback itself and marked after the next frame
 * (some 10–20 ms). The first pass over a page starts at once, in urgent tasks until the first
 * viewport is done: if no text node of the page passes the matcher's prefilter it walks elements
 * only (for shadow roots) and writes nothing; otherwise it wraps what is in the first viewport
 * as it walks, then goes on as above.
 *
 * Framework safety: per original text node a `TextRecord` lists the nodes we added. When the
 * page changes or removes the original, or touches one of our nodes, exactly those nodes go and
 * the original is scanned again (see wrap.ts).
 */
import { type Candidate, createPageContext, type Matcher, type PageContext } from '@/core/matcher';
import type { Counts } from '@/core/messages';
import type { Entity, EntityId } from '@/core/schema';
import type { Settings } from '@/core/settings';
import { HAS_TEXT, hasAncestorIn, isInSkippedRegion, isSkippedElement, TextWalk } from './collect';
import { PageObserver } from './observer';
import { compareComposed } from './order';
import { PrefilterProbe } from './prefilter';
import { RootQueue } from './root-queue';
import type { MarkStyles } from './styles';
import {
  MARK_ATTR,
  nonOverlapping,
  sameMentions,
  type TextRecord,
  unwrapRecord,
  wrapRecord,
} from './wrap';
import { nextWriteCap, WRITES_FIRST } from './write-budget';

/** Longest stretch of work per task: well under the 50 ms that makes a page feel stuck. */
const SLICE_MS = 8;
/** How often the first pass looks for text in view to wrap, while it walks (see step). */
const EARLY_LOOK_MS = 2;
/** How long idle work may wait when the page never goes idle. */
const IDLE_TIMEOUT_MS = 100;
/** Re-check of text skipped as hidden, at most this often while the page changes attributes. */
const HIDDEN_RECHECK_MS = 150;
/**
 * Short texts run through a new matcher in two tasks of their own before the first page text
 * is scanned: V8 compiles a regex on its first run (and again, to machine code, once it is
 * used), and for the matcher's big regexes each compile takes some 10–30 ms. Two stages keep
 * each task under ~35 ms; more (there were seven, then three) only delayed the first marks by
 * a timer hop each. The texts name nothing the page context would keep: a throwaway context takes them.
 * A page whose text fails the prefilter skips all this (see warmUp).
 */
const WARM_UP: readonly ((matcher: Matcher) => void)[] = [
  // The scan regex, to no match: each run compiles (interpreted, machine code, per script).
  (matcher) => {
    for (const text of ['The talks went on.', 'Переговоры продолжались.', 'Nothing here.']) {
      matcher.scan(text);
    }
  },
  // Matches: the regex that identifies the alias, the checks around a name, the topic cues and
  // the checks around a treaty's name (its sentence, years, qualifiers). One task (~10 + ~12 ms
  // on page (a) of the benchmark): each hop between tasks cost 5–11 ms before the first mark.
  (matcher) => {
    for (const text of ['Putin.', 'Kim Jong Un.', 'Путин и 김정은 — 조약.']) matcher.scan(text);
    const text =
      'Russia and North Korea signed the Strategic Partnership Treaty in 2024; the treaty';
    createPageContext({ matcher }).add({ text, candidates: matcher.scan(text) });
  },
];

/** Screen readers announce this with each mark (no extra page node needed). */
const MARK_DESCRIPTION = 'Treaty Lens: context available';

/**
 * Whether the element is rendered and not `visibility: hidden`. `checkVisibility()` reports a
 * `display: contents` element as hidden (it has no box of its own), so its parent decides.
 */
function isShown(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.checkVisibility({ visibilityProperty: true })) return true;
    if (getComputedStyle(current).display !== 'contents') return false;
  }
  return true;
}

export interface Scheduler {
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  setTimeout(handler: () => void, timeout?: number): number;
  /**
   * A task ahead of the page's own timers and rendering (`scheduler.postTask` at
   * 'user-blocking'), for the few tasks before the first marks in view; setTimeout without it.
   */
  urgent?(handler: () => void): void;
}

export interface HighlighterOptions {
  document: Document;
  /** Called once, by `preload` or the first start (loading the build-time matcher: under 1 ms;
   * its regexes compile on first use). */
  createMatcher: () => Matcher;
  entities: readonly Entity[];
  styles: MarkStyles;
  /** WXT's ContentScriptContext: its timers die with the content script. */
  scheduler: Scheduler;
  kinds: Settings['kinds'];
  tabOrder: boolean;
  /** Called after the set of marks changed (counts may differ). */
  onChange: () => void;
}

export interface Tally {
  counts: Counts;
  total: number;
}

export class Highlighter {
  private readonly doc: Document;
  private readonly createMatcher: () => Matcher;
  private matcher: Matcher | null = null;
  /** How many WARM_UP steps the matcher has had. */
  private warmed = 0;
  private readonly kindOf: ReadonlyMap<EntityId, Entity['kind']>;
  private readonly styles: MarkStyles;
  private readonly scheduler: Scheduler;
  private readonly onChange: () => void;
  private readonly observer: PageObserver;
  private kinds: Settings['kinds'];
  private tabOrder: boolean;

  private active = false;
  /** What the page says so far (a new one each time highlighting starts). */
  private context: PageContext | null = null;
  private records = new Map<Text, TextRecord>();
  /** Each node we added (marks, their text, remainders) → the record it belongs to. */
  private owners = new WeakMap<Node, TextRecord>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Wrapped mentions per entity, kept as records are wrapped and unwrapped (tally reads it). */
  private counts = new Map<EntityId, number>();
  /** Whether the page removed nodes since the last pruneDetached (only then can it find any). */
  private removedSince = false;

  private mutations: MutationRecord[] = [];
  private mutationIndex = 0;
  private readonly roots = new RootQueue();
  private walk: TextWalk | null = null;
  /** Per run of the pump: whether text under a root's parent is off limits (isSkippedParent). */
  private readonly skippedParents = new Map<Node, boolean>();
  private scanned: TextRecord[] = [];
  /**
   * The first pass over a page: records scanned so far whose every candidate is accepted on any
   * page (gate 'always'), to wrap where they are in view before the walk of the whole page ends.
   * Null once that early look has been taken (or when there is no first pass to speed up).
   */
  private early: TextRecord[] | null = null;
  /** The root of the first pass until it is taken: its text gets the prefilter (see takeRoot). */
  private firstRoot: Node | null = null;
  /** The prefilter at work on the first root, slice by slice (its walk waits for the verdict). */
  private probe: PrefilterProbe | null = null;
  /** The prefilter on the body as `preload` left it (done or not), until the first pass takes it. */
  private preloaded: {
    probe: PrefilterProbe;
    verdict: boolean | null;
    /** Watches the text behind a no, or not yet probed (see preload). */
    changes: MutationObserver | null;
  } | null = null;
  /**
   * Roots whose text the prefilter let the walk skip (no candidate anywhere in it), so the page
   * context has not seen it. Before any candidate found later is decided, they are walked after
   * all, to feed the context (see scan).
   */
  private unfed: Node[] = [];
  private queued: TextRecord[] = [];
  private readonly hidden = new Set<TextRecord>();
  private verdictsChanged = false;
  private documentStyled = false;
  private running = false;
  /** Slices already asked for, by kind (an idle one may be pending when urgent work comes). */
  private readonly pending = { soon: false, frame: false, idle: false };
  /** True in a slice that runs right after a rendered frame, until our first write. */
  private layoutFresh = false;
  /** Records wrapped since the last rendered frame (see WRITES_FIRST). */
  private writtenSinceFrame = 0;
  /** Records to wrap out of view per rendered frame, at most (see write-budget.ts). */
  private writesPerFrame = WRITES_FIRST;
  private hiddenRecheckScheduled = false;

  constructor(options: HighlighterOptions) {
    this.doc = options.document;
    this.createMatcher = options.createMatcher;
    this.kindOf = new Map(options.entities.map((entity) => [entity.id, entity.kind]));
    this.styles = options.styles;
    this.scheduler = options.scheduler;
    this.onChange = options.onChange;
    this.kinds = options.kinds;
    this.tabOrder = options.tabOrder;
    this.observer = new PageObserver((records) => this.onMutations(records));
  }

  /**
   * Gets the matcher ready while the reader's settings are still on their way from storage (the
   * settings-early script asks at document_start, but on a small page document_idle can come
   * first, and a frame may lack that script): loads it, runs the prefilter in slices and, if
   * the page's text may hold a mention, the WARM_UP stages, one task each. Reads the page's text,
   * writes nothing. A page that fails the prefilter compiles nothing more, as in `start`. On a
   * site where highlighting is off this is wasted: a few ms of prefilter, and on a page that may
   * name an entity the warm-up's ~30 ms, in tasks of their own — the price of a first highlight
   * that does not wait for storage on every other page.
   */
  preload(): void {
    const body = this.doc.body;
    if (this.active || this.matcher || !body) return;
    this.matcher = this.createMatcher();
    const next = () => {
      // Once started, the pump takes the stages that are left (see warmUp).
      if (this.active || !this.matcher || this.warmUp() === null) return;
      this.scheduler.setTimeout(next, 0);
    };
    const probing = () => {
      const preloaded = this.preloaded;
      if (this.active || !preloaded) return;
      preloaded.verdict = preloaded.probe.run(performance.now() + SLICE_MS);
      if (preloaded.verdict === null) {
        this.scheduler.setTimeout(probing, 0);
      } else if (preloaded.verdict) {
        // A yes stays true whatever the page does next (the first pass then walks the text).
        preloaded.changes?.disconnect();
        preloaded.changes = null;
        next();
      }
    };
    this.scheduler.setTimeout(() => {
      if (this.active || !this.matcher) return;
      // A no (or the part probed so far) holds only while the page's text is unchanged, which
      // an observer tells.
      const changes = new MutationObserver(() => this.forgetPreloaded());
      changes.observe(body, { childList: true, subtree: true, characterData: true });
      this.preloaded = { probe: new PrefilterProbe(this.matcher, body), verdict: null, changes };
      probing();
    }, 0);
  }

  /** Drops the verdict `preload` took: the first pass then takes it again. */
  private forgetPreloaded(): void {
    this.preloaded?.changes?.disconnect();
    this.preloaded = null;
  }

  /** Starts highlighting the document and watching it (the first pass starts at once). */
  start(): void {
    // Only HTML documents: in an SVG or XML document a <mark> would be foreign markup.
    const root = this.doc.body;
    if (this.active || !root) return;
    this.active = true;
    // The matcher is made in `preload` (or in the first slice, see prepare) and warmed up in
    // tasks of its own (see warmUp).
    if (this.matcher) this.context = createPageContext({ matcher: this.matcher });
    this.observer.observe(this.doc.documentElement ?? root);
    this.roots.add(root);
    this.firstRoot = root;
    this.early = [];
    // No wait for idle time: at document_idle the page has loaded and is laid out, and the
    // reader looks at the first viewport now. Each stage below keeps to its time slice.
    this.kick();
  }

  /** Removes every mark and gives each original text node its full text back. */
  stop(): void {
    if (!this.active) return;
    // The page's changes still queued come first: a text the page set must not be overwritten.
    for (const mutation of this.observer.takeRecords()) this.mutations.push(mutation);
    this.absorb(Number.POSITIVE_INFINITY);
    this.active = false;
    this.observer.write(() => {
      for (const record of this.records.values()) this.unwrap(record, true);
    });
    this.observer.disconnect();
    this.records = new Map();
    this.counts = new Map();
    this.removedSince = false;
    this.owners = new WeakMap();
    this.shadowRoots.clear();
    this.roots.clear();
    this.walk = null;
    this.early = null;
    this.firstRoot = null;
    this.forgetPreloaded();
    this.probe = null;
    this.unfed = [];
    this.scanned = [];
    this.queued = [];
    this.hidden.clear();
    this.verdictsChanged = false;
    this.context = null;
    this.onChange();
  }

  get isActive(): boolean {
    return this.active;
  }

  setOptions({ kinds, tabOrder }: { kinds: Settings['kinds']; tabOrder: boolean }): void {
    if (JSON.stringify(kinds) !== JSON.stringify(this.kinds)) {
      this.kinds = kinds;
      // Re-deciding every record applies the new filter both ways: marks of a kind turned off
      // go, candidates of a kind turned on get wrapped.
      this.verdictsChanged = true;
      this.kick();
    }
    if (tabOrder !== this.tabOrder) {
      this.tabOrder = tabOrder;
      const marks = this.marks();
      this.write(() => {
        for (const mark of marks) {
          if (tabOrder) mark.tabIndex = 0;
          else mark.removeAttribute('tabindex');
        }
      });
    }
  }

  /** Runs a DOM write of ours (e.g. on a mark) without it coming back as a mutation to handle. */
  write<T>(fn: () => T): T {
    this.layoutFresh = false;
    return this.observer.write(fn);
  }

  /** Mentions per entity among the marks in the document. */
  tally(): Tally {
    this.pruneDetached();
    const counts: Counts = {};
    let total = 0;
    for (const [entity, count] of this.counts) {
      if (count === 0) continue;
      counts[entity] = count;
      total += count;
    }
    return { counts, total };
  }

  /** Adds (+1) or takes away (-1) a record's wrapped mentions from the counts. */
  private count(record: TextRecord, sign: 1 | -1): void {
    for (const { entity } of record.wrapped) {
      this.counts.set(entity, (this.counts.get(entity) ?? 0) + sign);
    }
  }

  private unwrap(record: TextRecord, restoreText: boolean): void {
    this.count(record, -1);
    unwrapRecord({ record, restoreText });
  }

  /** Every mark, in document order (shadow-root marks where their host is). */
  marks(): HTMLElement[] {
    const selector = `mark[${MARK_ATTR}]`;
    const marks = [...this.doc.querySelectorAll<HTMLElement>(selector)];
    for (const shadowRoot of this.shadowRoots) {
      marks.push(...shadowRoot.querySelectorAll<HTMLElement>(selector));
    }
    // Runs of marks that are already in order: the sort only merges them.
    return marks.filter((mark) => this.owners.has(mark)).sort(compareComposed);
  }

  // ── the pump ────────────────────────────────────────────────────────────────────────────────

  /** Does what is queued now (this task), continuing later if it takes longer. */
  private kick(): void {
    if (!this.active || this.running) return;
    this.slice();
  }

  /**
   * The next slice. `soon`: a timer, so input and rendering get their turn in between, while
   * there is text to scan. `frame`: right after the browser's next rendering, when layout is
   * fresh, for deciding what is visible (reading layout any earlier would make the browser lay
   * the page out in our task, and again after our marks). `idle`: text out of view left to
   * mark, and the first pass over a page that has just loaded.
   */
  private schedule(kind: 'soon' | 'frame' | 'idle'): void {
    if (!this.active || this.pending[kind]) return;
    this.pending[kind] = true;
    const run = () => {
      this.pending[kind] = false;
      this.layoutFresh = kind === 'frame';
      if (kind === 'frame') this.writtenSinceFrame = 0;
      this.kick();
      this.layoutFresh = false;
    };
    if (kind === 'idle') {
      this.scheduler.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    } else if (kind === 'frame' && this.doc.visibilityState === 'visible') {
      // A timer set in an animation frame callback fires after that frame is rendered: the
      // time in between is what rendering took (style, layout, paint).
      this.scheduler.requestAnimationFrame(() => {
        const frameStart = performance.now();
        const written = this.writtenSinceFrame;
        this.scheduler.setTimeout(() => {
          const renderMs = performance.now() - frameStart;
          this.writesPerFrame = nextWriteCap({ cap: this.writesPerFrame, written, renderMs });
          run();
        }, 0);
      });
    } else if (this.early !== null && this.scheduler.urgent) {
      // Until the first viewport is marked: at page load Chromium holds a timer back 15–25 ms
      // (to its next frame) even when nothing else runs; the reader is waiting for these tasks.
      this.scheduler.urgent(run);
    } else {
      // Hidden documents render no frames; the timer alone (throttled by the browser) will do.
      this.scheduler.setTimeout(run, 0);
    }
  }

  private slice(): void {
    this.running = true;
    const deadline = performance.now() + SLICE_MS;
    let next: 'more' | 'frame' | 'done' | 'soon' = 'more';
    try {
      while (next === 'more' && performance.now() < deadline) next = this.step(deadline);
    } finally {
      this.running = false;
      this.layoutFresh = false;
    }
    if (next === 'done') return;
    if (next === 'soon') {
      this.schedule('soon');
      return;
    }
    if (next === 'frame') {
      this.schedule('frame');
      return;
    }
    const reading =
      this.mutations.length > 0 ||
      this.walk !== null ||
      this.probe !== null ||
      this.roots.size > 0 ||
      this.verdictsChanged;
    if (reading) this.schedule('soon');
    else if (this.scanned.length > 0) this.schedule('frame');
    else this.schedule('idle');
  }

  /**
   * Makes the matcher and the page context: 'soon' when making the matcher took more than a
   * slice (the rest then gets a task of its own). Warming up waits for the first walk that
   * scans text (see warmUp).
   */
  private prepare(): 'more' | 'soon' {
    if (!this.matcher) {
      const started = performance.now();
      this.matcher = this.createMatcher();
      // Loading the build-time matcher takes a few ms: then the first pass goes on in this task.
      if (performance.now() - started > SLICE_MS) return 'soon';
    }
    this.context = createPageContext({ matcher: this.matcher });
    return 'more';
  }

  /**
   * One WARM_UP stage per task before the first walk that scans text (a page the prefilter
   * clears never compiles the scan's regexes at all): 'soon' when a stage ran.
   */
  private warmUp(): 'soon' | null {
    const stage = this.matcher ? WARM_UP[this.warmed] : undefined;
    if (!stage || !this.matcher) return null;
    stage(this.matcher);
    this.warmed++;
    return 'soon';
  }

  /** One unit of work: more to do, wait for a rendered frame, end the slice, or done. */
  private step(deadline: number): 'more' | 'frame' | 'done' | 'soon' {
    if (!this.context) return this.prepare();
    if (this.mutations.length > 0) {
      this.absorb(deadline);
      return 'more';
    }
    if (this.walk) {
      const walk = this.walk;
      if (walk.yieldsText) {
        const warming = this.warmUp();
        if (warming) return warming;
      }
      // While the first viewport is not marked, the walk looks at what it found every
      // EARLY_LOOK_MS (a viewport holds a few dozen text nodes; a slice walks thousands).
      const early = this.early !== null;
      const done = walk.run({
        deadline: early ? Math.min(deadline, performance.now() + EARLY_LOOK_MS) : deadline,
        onText: (text) => this.scan(text),
        onShadowRoot: (shadowRoot) => this.addShadowRoot(shadowRoot),
      });
      // After marks went in, the next look would make the browser lay out in our task: it
      // waits for the next slice (a frame usually comes in between).
      const wrote = early && this.wrapEarly(done ? null : walk.position);
      if (done) {
        this.walk = null;
        // The whole first root is scanned: the normal pass decides everything from here.
        this.early = null;
      }
      return wrote ? 'soon' : 'more';
    }
    if (this.probe) {
      const verdict = this.probe.run(deadline);
      if (verdict === null) return 'more';
      const { root } = this.probe;
      this.probe = null;
      if (!verdict) this.unfed.push(root);
      this.walk = new TextWalk({ root, texts: verdict });
      return 'more';
    }
    const root = this.takeRoot();
    if (root) {
      if (root === this.firstRoot) {
        this.firstRoot = null;
        this.probe = this.takeProbe(root);
        if (this.probe) return 'more';
      }
      this.walk = new TextWalk({ root, texts: true });
      return 'more';
    }
    if (this.verdictsChanged) {
      this.verdictsChanged = false;
      this.redecide();
      return 'more';
    }
    if (this.scanned.length > 0) {
      if (!this.layoutFresh) return 'frame';
      this.decide(deadline);
      return 'more';
    }
    if (this.queued.length > 0) {
      if (this.writtenSinceFrame >= this.writesPerFrame) return 'frame';
      this.writeQueued(deadline);
      return 'more';
    }
    // Idle: the page may change before the next run, so what was off limits is asked again.
    this.skippedParents.clear();
    return 'done';
  }

  private takeRoot(): Node | null {
    for (let root = this.roots.shift(); root; root = this.roots.shift()) {
      // A detached root has nothing to show; an ancestor still queued covers this root.
      if (!root.isConnected || hasAncestorIn(root, this.roots)) continue;
      if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) continue;
      const parent = root.parentNode;
      if (parent && this.isSkippedParent(parent)) continue;
      return root;
    }
    return null;
  }

  /**
   * Whether text under `parent` is off limits, cached for the current run of the pump: the
   * nodes of a burst share a few parents.
   */
  private isSkippedParent(parent: Node): boolean {
    let skipped = this.skippedParents.get(parent);
    if (skipped === undefined) {
      skipped = isInSkippedRegion(parent);
      this.skippedParents.set(parent, skipped);
    }
    return skipped;
  }

  private addShadowRoot(shadowRoot: ShadowRoot): void {
    if (this.shadowRoots.has(shadowRoot) || isInSkippedRegion(shadowRoot.host)) return;
    this.shadowRoots.add(shadowRoot);
    this.observer.observe(shadowRoot);
    this.roots.add(shadowRoot);
  }

  /**
   * The prefilter for the first root: the one `preload` ran (its verdict or where it got to) if
   * the page has not changed since, else a new one; null when preload's said yes (walk it all).
   * From here on the highlighter's own observer sees every change.
   */
  private takeProbe(root: Node): PrefilterProbe | null {
    const preloaded = this.preloaded;
    const unchanged = (preloaded?.changes?.takeRecords().length ?? 0) === 0;
    this.forgetPreloaded();
    if (preloaded?.probe.root === root && unchanged) {
      // Not done yet: it goes on where it was. Done with a no: it answers no again at once.
      return preloaded.verdict === true ? null : preloaded.probe;
    }
    return this.matcher ? new PrefilterProbe(this.matcher, root) : null;
  }

  /**
   * Every text of the page goes into the page context, also text without candidates: it may
   * name another person or treaty that makes a short form ambiguous, or say what the page is
   * about (the matcher's contract).
   */
  private scan(node: Text): void {
    const { matcher, context } = this;
    if (!matcher || !context || this.records.has(node) || this.owners.has(node)) return;
    const text = node.data;
    if (!HAS_TEXT.test(text)) return;
    const candidates = matcher.scan(text);
    if (context.add({ text, candidates })) this.verdictsChanged = true;
    if (candidates.length === 0) return;
    if (this.unfed.length > 0) {
      // The first candidate since the prefilter let text go unread: that text goes into the page
      // context before anything is decided (roots are walked before records are decided). Text
      // nodes already scanned are skipped; the rest hold no candidate unless the page changed
      // them, and then they are scanned as they should be anyway.
      for (const root of this.unfed) this.roots.add(root);
      this.unfed = [];
    }
    const record: TextRecord = {
      original: node,
      full: text,
      candidates,
      wrapped: [],
      added: [],
      state: 'scanned',
    };
    this.records.set(node, record);
    this.scanned.push(record);
    if (this.early && candidates.every((candidate) => candidate.gate === 'always')) {
      this.early.push(record);
    }
  }

  /**
   * The first viewport without waiting for the walk of the whole page (on a 2 MB page some 25
   * slices): after each slice of the first pass, records scanned so far that are in view and
   * whose candidates all have gate 'always' are wrapped at once. Their verdict cannot change with
   * what the rest of the page says (a later "Kim Yo Jong" revokes a bare "Kim", never "Kim Jong
   * Un"), so the normal pass would wrap exactly the same. Everything else waits for that pass.
   * Layout is read before this pass writes anything (the page is laid out at document_idle, so
   * that costs nothing) and then only near the top of the page. Ends once the walk (at
   * `position`; null when it is done) has gone past the bottom of the viewport.
   */
  private wrapEarly(position: Node | null): boolean {
    const early = this.early ?? [];
    const view = this.doc.defaultView;
    const height = view?.innerHeight ?? 0;
    const width = view?.innerWidth ?? 0;
    let past = position === null;
    const at = position?.nodeType === Node.TEXT_NODE ? position.parentElement : null;
    if (at && at.getBoundingClientRect().top > height) past = true;
    const now = early.filter((record) => {
      const parent = record.original.parentElement;
      if (record.state !== 'scanned' || !parent || !this.isCurrent(record)) return false;
      const rect = parent.getBoundingClientRect();
      const inView =
        rect.bottom >= 0 && rect.top <= height && rect.right >= 0 && rect.left <= width;
      return inView && isShown(parent);
    });
    this.early = past ? null : [];
    if (now.length === 0) return false;
    if (!this.documentStyled) {
      // The sheet joins the document with the first marks: their frame restyles the page once.
      this.documentStyled = true;
      this.styles.adopt(this.doc);
    }
    this.wrapAll(now);
    // Wrapped records leave the queue of the normal pass (its decide would wrap them twice).
    this.scanned = this.scanned.filter((record) => record.state === 'scanned');
    return true;
  }

  /** The mentions of a record to wrap under the page context and the reader's kinds. */
  private accepted(record: TextRecord): Candidate[] {
    return nonOverlapping(
      record.candidates.filter((candidate) => {
        const kind = this.kindOf.get(candidate.entity);
        return kind !== undefined && this.kinds[kind] && this.context?.accepts(candidate) === true;
      }),
    );
  }

  /** Whether the record still describes its original as the page has it. */
  private isCurrent(record: TextRecord): boolean {
    const { original } = record;
    return (
      this.records.get(original) === record && original.isConnected && original.data === record.full
    );
  }

  /**
   * Sorts freshly scanned records: nothing to wrap, hidden (re-checked when the page changes
   * attributes), in the viewport (wrapped now), or elsewhere (wrapped in idle time). Only reads
   * layout, so the browser lays the page out once for the whole batch.
   */
  private decide(deadline: number): void {
    if (!this.documentStyled) {
      // The sheet joins the document just before its first mark (a page without mentions
      // pays nothing). Adding a sheet restyles the whole document; doing that here, in a task
      // of its own, keeps it out of the frame that lays out the first marks (on a 2 MB page
      // each costs some 20–40 ms; together they made one frame of over 50 ms).
      this.documentStyled = true;
      this.styles.adopt(this.doc);
      void getComputedStyle(this.doc.documentElement).color;
      this.layoutFresh = false;
      return;
    }
    const now: TextRecord[] = [];
    const visibility = new Map<Element, boolean>();
    const view = this.doc.defaultView;
    const height = view?.innerHeight ?? 0;
    const width = view?.innerWidth ?? 0;
    while (this.scanned.length > 0 && performance.now() < deadline) {
      const record = this.scanned.pop() as TextRecord;
      if (!this.isCurrent(record)) {
        this.dropIfDetached(record);
        continue;
      }
      if (this.accepted(record).length === 0) {
        record.state = 'done';
        continue;
      }
      const parent = record.original.parentElement;
      if (!parent) {
        now.push(record);
        continue;
      }
      let visible = visibility.get(parent);
      if (visible === undefined) {
        visible = isShown(parent);
        visibility.set(parent, visible);
      }
      if (!visible) {
        record.state = 'hidden';
        this.hidden.add(record);
        continue;
      }
      const rect = parent.getBoundingClientRect();
      if (rect.bottom >= 0 && rect.top <= height && rect.right >= 0 && rect.left <= width) {
        now.push(record);
      } else {
        record.state = 'queued';
        this.queued.push(record);
      }
    }
    this.wrapAll(now);
  }

  private writeQueued(deadline: number): void {
    // Wrapping costs far more than the loop: up to 32 records between clock checks, and never
    // past the frame's cap (whole chunks of 32 overshot it by up to 12 %, and the frame with it).
    while (
      this.queued.length > 0 &&
      this.writtenSinceFrame < this.writesPerFrame &&
      performance.now() < deadline
    ) {
      const room = this.writesPerFrame - this.writtenSinceFrame;
      this.wrapAll(this.queued.splice(-Math.min(32, room)));
    }
  }

  private wrapAll(records: readonly TextRecord[]): void {
    if (records.length === 0) return;
    this.writtenSinceFrame += records.length;
    let changed = false;
    this.write(() => {
      for (const record of records) {
        if (!this.isCurrent(record)) {
          this.dropIfDetached(record);
          continue;
        }
        const mentions = this.accepted(record);
        record.state = 'done';
        if (mentions.length === 0) continue;
        this.count(record, -1);
        wrapRecord({ record, mentions, makeMark: (mark) => this.makeMark(mark) });
        this.count(record, 1);
        for (const node of record.added) {
          this.owners.set(node, record);
          if (node.firstChild) this.owners.set(node.firstChild, record);
        }
        // A shadow root gets the sheet with its first mark (the document has it already).
        const root = record.original.getRootNode();
        if (root !== this.doc && 'host' in root) this.styles.adopt(root as ShadowRoot);
        changed = true;
      }
    });
    if (changed) this.onChange();
  }

  private makeMark({ entity, text }: { entity: EntityId; text: string }): HTMLElement {
    const mark = this.doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, entity);
    mark.setAttribute('aria-description', MARK_DESCRIPTION);
    if (this.tabOrder) mark.tabIndex = 0;
    mark.textContent = text;
    return mark;
  }

  /**
   * After the page context or the kinds changed: every record whose accepted mentions differ
   * from what is wrapped is unwrapped and decided again.
   */
  private redecide(): void {
    const again: TextRecord[] = [];
    for (const record of this.records.values()) {
      if (record.state !== 'done') continue;
      if (!sameMentions(this.accepted(record), record.wrapped)) again.push(record);
    }
    if (again.length === 0) return;
    this.write(() => {
      for (const record of again) this.unwrap(record, true);
    });
    for (const record of again) record.state = 'scanned';
    this.scanned.push(...again);
    this.onChange();
  }

  private dropIfDetached(record: TextRecord): void {
    if (!record.original.isConnected) this.forget(record);
  }

  private forget(record: TextRecord): void {
    if (this.records.get(record.original) === record) this.records.delete(record.original);
    this.hidden.delete(record);
  }

  /**
   * Records whose original left the document with a removed subtree (no record names it): give
   * the detached original its text back and forget it, so a re-attached subtree is scanned
   * afresh and long-lived pages do not accumulate records.
   */
  private pruneDetached(): void {
    // A record's original leaves the document only with a removal the observer reports.
    if (!this.removedSince) return;
    this.removedSince = false;
    const detached = [...this.records.values()].filter((record) => !record.original.isConnected);
    if (detached.length === 0) return;
    this.write(() => {
      for (const record of detached) {
        this.unwrap(record, true);
        this.forget(record);
      }
    });
  }

  // ── the page's mutations ────────────────────────────────────────────────────────────────────

  /**
   * The page's mutations join a queue that the pump works through first, within its time
   * budget: a small change is handled right here (this callback runs the first slice), while a
   * burst of 10,000 records — each costing a few calls into the DOM — is spread over slices.
   */
  private onMutations(mutations: readonly MutationRecord[]): void {
    if (!this.active) return;
    for (const mutation of mutations) {
      this.mutations.push(mutation);
      if (mutation.removedNodes.length > 0) this.removedSince = true;
    }
    this.kick();
  }

  /**
   * Works through queued mutation records until `deadline`: undoes our wrapping wherever the
   * page touched an original or one of our nodes, and queues for scanning what the page added
   * or changed, and those originals.
   */
  private absorb(deadline: number): void {
    /** Records the page touched → whether the page set the original's text itself. */
    const touched = new Map<TextRecord, boolean>();
    const touch = (record: TextRecord, pageText: boolean) =>
      touched.set(record, pageText || (touched.get(record) ?? false));
    let attributes = false;
    /** Removed subtrees may hold marks: the counts are worth a look (tally prunes them). */
    let removed = false;
    const { mutations } = this;
    let i = this.mutationIndex;
    for (; i < mutations.length; i++) {
      if (i % 32 === 0 && performance.now() >= deadline) break;
      const mutation = mutations[i] as MutationRecord;
      if (mutation.type === 'characterData') {
        const node = mutation.target;
        const own = this.records.get(node as Text);
        const owner = this.owners.get(node);
        if (own) touch(own, true);
        else if (owner) touch(owner, false);
        else this.enqueue(node);
      } else if (mutation.type === 'childList') {
        for (const node of mutation.removedNodes) {
          const record = this.records.get(node as Text) ?? this.owners.get(node);
          if (record) touch(record, false);
          removed = true;
        }
        for (const node of mutation.addedNodes) this.enqueue(node);
      } else if (!this.owners.has(mutation.target)) {
        attributes = true;
      }
    }
    if (i < mutations.length) {
      this.mutationIndex = i;
    } else {
      this.mutations = [];
      this.mutationIndex = 0;
    }
    if (touched.size > 0) {
      this.write(() => {
        for (const [record, pageText] of touched) {
          this.unwrap(record, !pageText);
          this.forget(record);
        }
      });
      for (const record of touched.keys()) this.enqueue(record.original);
    }
    if (touched.size > 0 || (removed && this.records.size > 0)) this.onChange();
    if (attributes) this.recheckHidden();
  }

  /** Queues a node the page added or changed (cheap checks only; takeRoot does the rest). */
  private enqueue(node: Node): void {
    const type = node.nodeType;
    if (type !== Node.TEXT_NODE && type !== Node.ELEMENT_NODE) return;
    if (this.owners.has(node) || this.records.has(node as Text)) return;
    this.roots.add(node);
  }

  /**
   * Looks again at text skipped as hidden, soon. Called when the page changes attributes that
   * can show it (class, style, hidden, open) and on resize (media queries).
   */
  recheckHidden(): void {
    if (this.hidden.size > 0) this.scheduleHiddenRecheck();
  }

  private scheduleHiddenRecheck(): void {
    if (this.hiddenRecheckScheduled) return;
    this.hiddenRecheckScheduled = true;
    this.scheduler.setTimeout(() => {
      this.hiddenRecheckScheduled = false;
      if (!this.active) return;
      for (const record of this.hidden) {
        this.hidden.delete(record);
        record.state = 'scanned';
        this.scanned.push(record);
      }
      this.kick();
    }, HIDDEN_RECHECK_MS);
  }
}
