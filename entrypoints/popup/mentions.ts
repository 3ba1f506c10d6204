/**
 * What the popup lists: a page's mention counts grouped by entity kind, named from the bundled
 * entities, and its disputed statements per dispute. Pure, so the grouping and ordering are unit-tested without a browser.
 */
import type { Counts, DisputeCounts } from '@/core/messages';
import type { Entity, EntityId, EntityKind } from '@/core/schema';

export const KIND_ORDER: readonly EntityKind[] = ['treaty', 'leader', 'delegate'];

export const KIND_LABELS: Record<EntityKind, string> = {
  treaty: 'Treaties',
  leader: 'Leaders',
  delegate: 'Delegates',
};

export interface MentionItem {
  id: EntityId;
  name: string;
  role: string;
  count: number;
}

export interface MentionGroup {
  kind: EntityKind;
  label: string;
  items: MentionItem[];
}

export interface StatementItem {
  dispute: string;
  question: string;
  count: number;
}

/**
 * The page's disputed statements, one item per dispute, the most stated first (ties in the
 * order of `questions`); disputes without a question are skipped.
 */
export function groupStatements({
  disputes,
  questions,
}: {
  disputes: DisputeCounts;
  questions: Readonly<Record<string, string>>;
}): StatementItem[] {
  return Object.entries(questions)
    .filter(([dispute]) => (disputes[dispute] ?? 0) > 0)
    .map(([dispute, question]) => ({ dispute, question, count: disputes[dispute] ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/**
 * Groups in kind order (treaties, leaders, delegates), empty groups left out; within a group the
 * most-mentioned first, ties in the data's order. Ids the entity list does not know are skipped.
 */
export function groupMentions({
  counts,
  entities,
}: {
  counts: Counts;
  entities: readonly Entity[];
}): MentionGroup[] {
  return KIND_ORDER.flatMap((kind) => {
    const items = entities
      .filter((entity) => entity.kind === kind && (counts[entity.id] ?? 0) > 0)
      .map((entity) => ({
        id: entity.id,
        name: entity.name,
        role: entity.role,
        count: counts[entity.id] ?? 0,
      }))
      // Array.prototype.sort is stable, so equal counts keep the data's order.
      .sort((a, b) => b.count - a.count);
    return items.length > 0 ? [{ kind, label: KIND_LABELS[kind], items }] : [];
  });
}
