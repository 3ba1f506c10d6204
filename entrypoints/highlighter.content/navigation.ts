/**
 * Moving between mentions: the popup's "jump to" (scroll + flash, cycling through an entity's
 * mentions or a dispute's statements) and the keyboard command's "next mention" (focus +
 * popover), which visits disputed statements too. Both move the interaction target.
 */
import type { EntityId } from '@/core/schema';
import { type Interaction, scrollToMention } from './interaction';
import type { MentionIndex, PageMention } from './mention-index';
import { compareComposed, deepActiveElement } from './order';
import type { Popover } from './popover';
import { liveRange } from './ranges';
import type { MentionTarget } from './target';

export class MentionNavigator {
  private readonly o: {
    doc: Document;
    index: MentionIndex;
    target: MentionTarget;
    popover: Popover;
    interaction: Interaction;
  };
  /** Per entity (`entity:<id>`) or dispute (`dispute:<id>`), the mention jumped to last. */
  private readonly lastJumped = new Map<string, PageMention>();
  private lastFocused: PageMention | null = null;

  constructor(options: MentionNavigator['o']) {
    this.o = options;
  }

  /**
   * Scrolls to the next mention of an entity, or the next statement of a dispute, after the last
   * one jumped to, and flashes it.
   */
  jump(to: { entity: EntityId } | { dispute: string }): PageMention | null {
    const { index, target } = this.o;
    const key = 'entity' in to ? `entity:${to.entity}` : `dispute:${to.dispute}`;
    const mentions = index.ordered().filter((m) => keyOf(m) === key);
    const previous = this.lastJumped.get(key);
    const mention = firstShown(mentions, previous ? mentions.indexOf(previous) + 1 : 0);
    if (!mention) return null;
    this.lastJumped.set(key, mention);
    scrollToMention(mention);
    if (!target.focused) target.show(mention);
    target.flash();
    return mention;
  }

  /**
   * Focuses the first mention after the focused element (or after the mention focused last, when
   * focus is in the popover, on the target or nowhere), wrapping around, and opens its popover.
   */
  next(): PageMention | null {
    const { doc, index, popover, interaction } = this.o;
    const mentions = index.ordered();
    if (mentions.length === 0) return null;
    const active = deepActiveElement(doc);
    // Focus in our own UI (the page sees its host) says nothing about where the reader is.
    const onPage =
      active &&
      active !== doc.body &&
      active !== doc.documentElement &&
      active !== this.hostElement();
    const reference = onPage ? active : (this.lastFocused?.node ?? null);
    const last = this.lastFocused;
    const after = reference
      ? mentions.findIndex((m) => {
          const order = compareComposed(m.node, reference);
          if (order !== 0) return order > 0;
          return !onPage && last !== null && m.range.startOffset > last.range.startOffset;
        })
      : 0;
    const mention = firstShown(mentions, Math.max(after, 0));
    if (!mention) return null;
    this.lastFocused = mention;
    interaction.focusMention(mention);
    popover.open({ mention, pinned: true, focus: true });
    return mention;
  }

  private hostElement(): Element | null {
    const root = this.o.target.element.getRootNode();
    return 'host' in root ? (root as ShadowRoot).host : null;
  }
}

function keyOf(mention: PageMention): string {
  return mention.kind === 'entity' ? `entity:${mention.entity}` : `dispute:${mention.dispute}`;
}

/**
 * The first mention from `start` on, wrapping around, that has a box on screen: statements are
 * not checked for visibility when found (statements.ts), so one in hidden text is passed over.
 */
function firstShown(mentions: readonly PageMention[], start: number): PageMention | null {
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[(start + i) % mentions.length] as PageMention;
    if (mention.kind === 'entity' || (liveRange(mention)?.getClientRects().length ?? 0) > 0) {
      return mention;
    }
  }
  return null;
}
