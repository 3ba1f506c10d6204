/**
 * Every runtime message the background receives goes through here: parsed with the shared
 * schema, and checked against who sent it. Content-script messages must come from a tab of this
 * extension; anything else is ignored with a warning.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { parseMessage } from '@/core/messages';
import type { Settings } from '@/core/settings';
import { showCount } from './badge';
import { openEditorial } from './editorial';
import { openCitation } from './viewer';

type Sender = Browser.runtime.MessageSender;

/** The tab of one of our content scripts, or undefined when the sender is anything else. */
function contentScriptTab(sender: Sender): number | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  return sender.tab?.id;
}

export function handleMessage({
  input,
  sender,
  settings,
}: {
  input: unknown;
  sender: Sender;
  settings: () => Promise<Settings>;
}): Promise<unknown> | undefined {
  const message = parseMessage(input);
  if (!message) return undefined;
  switch (message.type) {
    case 'mentions': {
      const tabId = contentScriptTab(sender);
      // Only the top frame speaks for the tab: a count from a frame would overwrite the page's.
      if (tabId === undefined || sender.frameId !== 0) return warnSender(message.type);
      return settings().then((current) =>
        showCount({ tabId, total: message.total, settings: current }),
      );
    }
    case 'open-source':
      if (contentScriptTab(sender) === undefined) return warnSender(message.type);
      return openCitation({ ref: message.citation });
    case 'open-editorial':
      if (contentScriptTab(sender) === undefined) return warnSender(message.type);
      return openEditorial();
    default:
      // summary, jump and next-mention are for content scripts; the popup sends them to a tab.
      return undefined;
  }
}

function warnSender(type: string): undefined {
  console.warn(`[treaty-lens] ignored a ${type} message from outside a content script`);
  return undefined;
}
