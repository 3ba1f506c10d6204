/**
 * The highlighter's wiring, in the chunk the loader imports (entrypoints/highlights.ts) at the
 * page's first anchor word and starts once the chunk's prefilter says the page may hold a
 * mention: the highlighter, the index it paints through, the host with the
 * interaction target and the popover, navigation and the badge's report. Everything it starts
 * ends with WXT's context (extension update or removal) or with `destroy()`.
 */
import type { ContentScriptContext } from '#imports';
import type { ContentMessage } from '@/core/content-messages';
import { loadDetectors } from '@/core/detectors';
import { loadMatcher } from '@/core/matcher';
import type { Summary } from '@/core/messages';
import { isActiveOn, type Settings } from '@/core/settings';
import { COMPILED_MATCHER, ENTITIES, SOURCE_COUNTS } from './entities';
import { inheritsHighlights } from './highlight-inheritance';
import { Highlighter } from './highlighter';
import { Interaction } from './interaction';
import { MentionIndex, type PageMention } from './mention-index';
import { MentionNavigator } from './navigation';
import { HighlightPainter } from './painter';
import { Popover } from './popover';
import type { Scheduler } from './pump';
import { createMentionReporter } from './report';
import { StatementFinder } from './statements';
import { COMPILED_DETECTORS, STATEMENT_QUESTIONS } from './statements-data';
import { HighlightStyles } from './styles';
import { MentionTarget, TARGET_CSS } from './target';
import { createUiHost, type UiHost } from './ui-host';

export interface HighlightsOptions {
  ctx: ContentScriptContext;
  settings: Settings;
  /** The site the reader's per-site switch applies to (site.ts). */
  site: string;
  isTopFrame: boolean;
}

export interface Highlights {
  apply(settings: Settings): void;
  summary(): Summary;
  handle(message: ContentMessage): void;
}

/** Chromium's (and Firefox's) prioritised task scheduling, where the browser has it. */
type PostTask = (callback: () => void, options: { priority: 'user-blocking' }) => Promise<void>;

/** A hidden document renders no frame: the hop after a frame does not wait longer than this. */
const FRAME_WAIT_MS = 100;

/** WXT's context (its timers die with the content script), plus urgent tasks that do too. */
function contentScheduler(ctx: ContentScriptContext): Scheduler {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  const postTask = scheduler?.postTask;
  return {
    requestIdleCallback: (callback, options) => ctx.requestIdleCallback(callback, options),
    setTimeout: (handler, timeout) => ctx.setTimeout(handler, timeout),
    afterFrame: (handler) => {
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        handler();
      };
      ctx.requestAnimationFrame(() => ctx.setTimeout(once));
      ctx.setTimeout(once, FRAME_WAIT_MS);
    },
    urgent: postTask
      ? (handler) => {
          // Never aborted: a rejection is the handler's own error, reported as a timer's would be.
          postTask
            .call(scheduler, () => ctx.isValid && handler(), { priority: 'user-blocking' })
            .catch(reportError);
        }
      : undefined,
  };
}

const NAMES = new Map(ENTITIES.map((entity) => [entity.id, entity.name]));

/**
 * The target's accessible name: "Vladimir Putin: context from 5 sources"; for a statement,
 * "Sources differ: At what time did Putin arrive in Pyongyang?".
 */
function nameOf(mention: PageMention): string {
  if (mention.kind === 'statement') {
    return `Sources differ: ${STATEMENT_QUESTIONS[mention.dispute] ?? mention.dispute}`;
  }
  const count = SOURCE_COUNTS[mention.entity] ?? 0;
  const sources = count === 1 ? '1 source' : `${count} sources`;
  return `${NAMES.get(mention.entity) ?? mention.entity}: context from ${sources}`;
}

export function startHighlights({
  ctx,
  settings: initial,
  site,
  isTopFrame,
}: HighlightsOptions): Highlights {
  let settings = initial;
  const doc = document;
  // Adopted with the first mention: a ::highlight() sheet costs every style recalc of the page.
  const styles = new HighlightStyles({
    style: settings.style,
    disputes: Object.keys(STATEMENT_QUESTIONS),
  });
  let inherited: boolean | undefined;
  const painter = new HighlightPainter({ doc, styles });
  const index = new MentionIndex({ painter });
  // The host is made now but joins the page with the first mention (see ui()).
  const host: UiHost = createUiHost({ doc, css: TARGET_CSS });
  const target = new MentionTarget({ root: host.root, nameOf });
  const popover = new Popover({ ctx, host, root: host.root, index, target });
  const interaction = new Interaction({
    ctx,
    doc,
    host,
    index,
    target,
    popover,
    settings: () => settings,
  });
  const navigator = new MentionNavigator({ doc, index, target, popover, interaction });
  const report = createMentionReporter({ ctx, tally: () => highlighter.tally() });
  const highlighter: Highlighter = new Highlighter({
    document: doc,
    matcher: loadMatcher(COMPILED_MATCHER),
    entities: ENTITIES,
    index,
    scheduler: contentScheduler(ctx),
    kinds: settings.kinds,
    statements: new StatementFinder({
      detectors: loadDetectors(COMPILED_DETECTORS),
      index,
      enabled: settings.statements,
    }),
    onChange: () => {
      if (!index.isEmpty) {
        host.attach();
        inherited ??= inheritsHighlights(host.root);
        styles.adopt(doc, { inherited });
      }
      // The badge counts the top frame's page (the background ignores counts from frames).
      if (isTopFrame) report();
    },
  });

  const apply = (next: Settings) => {
    settings = next;
    styles.setStyle(next.style);
    target.setTabbable(next.tabOrder);
    highlighter.setKinds(next.kinds);
    highlighter.setStatements(next.statements);
    if (isActiveOn({ settings: next, host: site })) {
      highlighter.start();
      interaction.start();
    } else {
      interaction.stop();
      highlighter.stop();
      painter.clear();
      styles.destroy();
      host.remove();
    }
  };
  apply(settings);
  // A page restored from the back/forward cache has lost its badge; nothing else says so.
  if (isTopFrame) {
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) report({ again: true });
    });
  }
  // Media queries can show text that was hidden; no mutation says so.
  ctx.addEventListener(window, 'resize', () => highlighter.recheckHidden(), { passive: true });
  ctx.onInvalidated(() => {
    interaction.stop();
    popover.destroy();
    highlighter.stop();
    painter.clear();
    styles.destroy();
    host.remove();
  });

  return {
    apply,
    summary: () => ({ active: highlighter.isActive, host: site, ...highlighter.tally() }),
    handle(message) {
      if (message.type === 'jump') navigator.jump({ entity: message.entity });
      else if (message.type === 'jump-statement') navigator.jump({ dispute: message.dispute });
      else if (message.type === 'next-mention') navigator.next();
    },
  };
}

/** What the chunk exports to the loader: the prefilter its probe runs, and the highlighter. */
export const highlightsModule = { prefilter: COMPILED_MATCHER.prefilter, startHighlights };
export type HighlightsModule = typeof highlightsModule;
