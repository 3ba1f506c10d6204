/**
 * Tells the background (badge) and an open popup how many mentions and disputed statements the
 * page holds, at most once per REPORT_MS and only when the numbers changed, or `again` (a page
 * restored from the back/forward cache: the browser cleared its badge, and the background does
 * not ask). The background may not be listening (not written yet, or
 * asleep and woken by the message): a missing receiver is not an error worth a console line.
 */
import { browser, type ContentScriptContext } from '#imports';
import type { Message } from '@/core/messages';
import type { Tally } from './mention-index';

const REPORT_MS = 100;

function key({ counts, total, disputes }: Tally): string {
  // Ids are ASCII: a plain comparison orders them as well as localeCompare, far cheaper.
  const sorted = (record: object) =>
    Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([total, sorted(counts), sorted(disputes)]);
}

function isMissingReceiver(error: unknown): boolean {
  return String(error).includes('Receiving end does not exist');
}

export function createMentionReporter({
  ctx,
  tally,
}: {
  ctx: ContentScriptContext;
  tally: () => Tally;
}): (options?: { again?: boolean }) => void {
  let last = key({ counts: {}, total: 0, disputes: {} });
  let scheduled = false;
  return ({ again = false } = {}) => {
    if (again) last = '';
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(() => {
      scheduled = false;
      const current = tally();
      const next = key(current);
      if (next === last) return;
      last = next;
      const message: Message = { type: 'mentions', ...current };
      browser.runtime.sendMessage(message).catch((error: unknown) => {
        if (!isMissingReceiver(error))
          console.warn('[treaty-lens] could not report mentions', error);
      });
    }, REPORT_MS);
  };
}
