/** Keyboard commands in the background, against WXT's fake browser. */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCommand, NOT_SAVED_BADGE } from '@/entrypoints/background/commands';
import { readSettings } from '@/utils/settings';

let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage = vi.fn(async (_tabId: number, message: { type: string }) =>
    message.type === 'summary'
      ? { active: true, host: 'news.example.com', counts: { putin: 1 }, total: 1, disputes: {} }
      : undefined,
  );
  Object.assign(fakeBrowser.tabs, { sendMessage });
});

test('toggle-site switches the tab’s host off, then on again', async () => {
  expect(await handleCommand({ command: 'toggle-site', tabId: 4 })).toBe('toggled-off');
  expect((await readSettings()).disabledSites).toEqual(['news.example.com']);
  expect(await handleCommand({ command: 'toggle-site', tabId: 4 })).toBe('toggled-on');
  expect((await readSettings()).disabledSites).toEqual([]);
  expect(sendMessage).toHaveBeenCalledWith(4, { type: 'summary' });
});

test('next-mention is forwarded to the tab', async () => {
  expect(await handleCommand({ command: 'next-mention', tabId: 4 })).toBe('sent');
  expect(sendMessage).toHaveBeenCalledWith(4, { type: 'next-mention' });
});

test('without a tab id the active tab is used', async () => {
  const query = vi.fn(async () => [{ id: 9 }]);
  Object.assign(fakeBrowser.tabs, { query });
  await handleCommand({ command: 'next-mention' });
  expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
  expect(sendMessage).toHaveBeenCalledWith(9, { type: 'next-mention' });
});

test.each([
  ['no content script', () => Promise.reject(new Error('Receiving end does not exist.'))],
  ['a malformed answer', async () => ({ host: 42 })],
  [
    'a page without a host',
    async () => ({ active: true, host: '', counts: {}, total: 0, disputes: {} }),
  ],
])('toggle-site changes nothing with %s', async (_label, answer) => {
  sendMessage.mockImplementation(answer);
  expect(await handleCommand({ command: 'toggle-site', tabId: 4 })).toBe('no-content-script');
  expect((await readSettings()).disabledSites).toEqual([]);
});

test('an unknown command is refused', async () => {
  expect(await handleCommand({ command: 'format-disk', tabId: 4 })).toBe('unknown-command');
  expect(sendMessage).not.toHaveBeenCalled();
});

test('toggle-site whose write is refused: "!" on the tab’s badge and the reason in its title', async () => {
  const setBadgeText = vi.fn(async () => {});
  const setTitle = vi.fn(async () => {});
  Object.assign(fakeBrowser.action, { setBadgeText, setTitle });
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM'));
  expect(await handleCommand({ command: 'toggle-site', tabId: 4 })).toBe('not-saved');
  expect(setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: NOT_SAVED_BADGE });
  expect(setTitle).toHaveBeenCalledWith({
    tabId: 4,
    title: expect.stringMatching(/^Treaty Lens: Not saved: .*sync storage .* is full/),
  });
  // Once a toggle goes through, the title is the plain one again.
  vi.mocked(fakeBrowser.storage.sync.set).mockRestore();
  expect(await handleCommand({ command: 'toggle-site', tabId: 4 })).toBe('toggled-off');
  expect(setTitle).toHaveBeenLastCalledWith({ tabId: 4, title: 'Treaty Lens' });
});
