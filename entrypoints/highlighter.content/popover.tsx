/**
 * PLACEHOLDER — replaced by the popover branch on merge (the popover helper owns this file).
 * It implements only the interface the highlighter calls, with no UI, so the content script
 * builds and runs on the highlighter branch.
 */
import type { ContentScriptContext } from '#imports';
import type { Settings } from '@/core/settings';

export interface PopoverController {
  open(options: { mark: HTMLElement; focus: boolean }): void;
  close(): void;
  destroy(): void;
}

export function installPopover(_options: {
  ctx: ContentScriptContext;
  getSettings: () => Settings;
}): PopoverController {
  return { open() {}, close() {}, destroy() {} };
}
