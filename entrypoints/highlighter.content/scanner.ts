/**
 * From text nodes to the mentions to highlight: each text node with candidates gets a record;
 * the page context (every text of the page, candidates or not) decides the short forms; the
 * reader's kinds filter; hidden text waits until it shows. Reads the page, writes nothing.
 */
import {
  type Candidate,
  createPageContext,
  type Matcher,
  type Mention,
  type PageContext,
} from '@/core/matcher';
import type { Entity, EntityId } from '@/core/schema';
import type { Settings } from '@/core/settings';
import { HAS_TEXT } from './text-walk';

/** What the highlighter knows about one of the page's text nodes that holds candidates. */
export interface TextRecord {
  readonly node: Text;
  /** The node's text when it was scanned; the candidates' offsets refer to it. */
  readonly text: string;
  readonly candidates: readonly Candidate[];
  /** scanned: not decided yet; hidden: decided, waits to show; done: in the index (or nothing). */
  state: 'scanned' | 'hidden' | 'done';
  /** The mentions in the index for this node (empty when none were accepted). */
  painted: readonly Mention[];
}

export function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => c.entity === b[i]?.entity && c.start === b[i]?.start && c.end === b[i]?.end)
  );
}

/**
 * Picks non-overlapping mentions in text order: the earliest first and, at the same start, the
 * longest. The matcher already resolves overlaps; this keeps the ranges apart if it ever does not.
 */
export function nonOverlapping<T extends Mention>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = 0;
  for (const c of sorted) {
    if (c.start >= end && c.end > c.start) {
      out.push(c);
      end = c.end;
    }
  }
  return out;
}

/**
 * Whether the element is rendered and not `visibility: hidden`. `checkVisibility()` reports a
 * `display: contents` element as hidden (it has no box of its own), so its parent decides.
 */
export function isShown(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.checkVisibility({ visibilityProperty: true })) return true;
    if (getComputedStyle(current).display !== 'contents') return false;
  }
  return true;
}

export class Scanner {
  readonly records = new Map<Text, TextRecord>();
  private readonly matcher: Matcher;
  private readonly context: PageContext;
  private readonly kindOf: ReadonlyMap<EntityId, Entity['kind']>;
  /** Set when the page context's verdicts changed: decided records may need another look. */
  verdictsChanged = false;

  constructor({ matcher, entities }: { matcher: Matcher; entities: readonly Entity[] }) {
    this.matcher = matcher;
    this.context = createPageContext({ matcher });
    this.kindOf = new Map(entities.map((entity) => [entity.id, entity.kind]));
  }

  /**
   * Every text of the page goes into the page context, also text without candidates: it may
   * name another person or treaty that makes a short form ambiguous, or say what the page is
   * about (the matcher's contract). A record for text with candidates, else null.
   */
  scan(node: Text): TextRecord | null {
    if (this.records.has(node)) return null;
    const text = node.data;
    if (!HAS_TEXT.test(text)) return null;
    const candidates = this.matcher.scan(text);
    if (this.context.add({ text, candidates })) this.verdictsChanged = true;
    if (candidates.length === 0) return null;
    const record: TextRecord = { node, text, candidates, state: 'scanned', painted: [] };
    this.records.set(node, record);
    return record;
  }

  /** Whether the page is about the summit (the page context's topic gate). */
  get topical(): boolean {
    return this.context.topical();
  }

  /** The page's cue words have settled its topic (PageContext.settled). */
  get settled(): boolean {
    return this.context.settled();
  }

  /** Whether the record still describes its node as the page has it. */
  isCurrent(record: TextRecord): boolean {
    const { node } = record;
    return this.records.get(node) === record && node.isConnected && node.data === record.text;
  }

  /** The record's mentions under the page context and the reader's kinds. */
  accepted(record: TextRecord, kinds: Settings['kinds']): Mention[] {
    return nonOverlapping(
      record.candidates.filter((candidate) => {
        const kind = this.kindOf.get(candidate.entity);
        return kind !== undefined && kinds[kind] && this.context.accepts(candidate);
      }),
    );
  }

  forget(node: Text): void {
    this.records.delete(node);
  }
}
