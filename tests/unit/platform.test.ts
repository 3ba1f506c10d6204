import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canOpenWindows, shortcutsHelp, toolbarAction } from '../../utils/platform';

describe('the builds’ run-time differences', () => {
  test('shortcuts are changed on each browser’s own page', () => {
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
    const chromium = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0.0.0';
    expect(shortcutsHelp(firefox)).toMatch(/about:addons/);
    expect(shortcutsHelp(chromium)).toMatch(/chrome:\/\/extensions\/shortcuts/);
  });

  test('the toolbar button is action, or browserAction where there is none (Manifest V2)', () => {
    const holder = fakeBrowser as unknown as { action: unknown; browserAction: unknown };
    const { action } = holder;
    const legacy = { setBadgeText: () => undefined };
    try {
      expect(toolbarAction()).toBe(action);
      holder.action = undefined;
      holder.browserAction = legacy;
      expect(toolbarAction()).toBe(legacy);
    } finally {
      holder.action = action;
    }
  });

  test('windows can be opened unless the API is missing (Firefox for Android)', () => {
    expect(canOpenWindows()).toBe(true);
    const holder = fakeBrowser as unknown as { windows: unknown };
    const { windows } = holder;
    try {
      holder.windows = undefined;
      expect(canOpenWindows()).toBe(false);
    } finally {
      holder.windows = windows;
    }
  });
});
