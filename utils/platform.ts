/**
 * Where the Chrome build (Manifest V3) and the Firefox build (Manifest V2, desktop and Android)
 * differ at run time, in one module; the manifest's differences are in wxt.config.ts, and
 * docs/compatibility.md lists both. Everything else is the same code in both browsers.
 *
 * - Background: Chrome runs a service worker, Firefox an event page (`persistent: false` in
 *   entrypoints/background); both register their listeners at once and keep nothing in memory.
 * - Toolbar button: `action` (MV3) or `browserAction` (MV2): toolbarAction().
 * - Windows: Firefox for Android has no `windows` API: canOpenWindows().
 * - Shortcuts: each browser has its own page for changing them: shortcutsHelp().
 * - Storage events and the extension pages' CSP behave the same (checked by both e2e suites).
 */
import { browser } from 'wxt/browser';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's V2. */
export function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Whether extension windows can be opened (not in Firefox for Android). */
export function canOpenWindows(): boolean {
  return typeof browser.windows?.create === 'function';
}

/** Where the reader changes shortcuts; browsers do not let extensions link there. */
export function shortcutsHelp(userAgent: string = navigator.userAgent): string {
  return userAgent.includes('Firefox')
    ? 'Change them in about:addons → ⚙ → Manage Extension Shortcuts.'
    : 'Change them at chrome://extensions/shortcuts.';
}
