import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { InlineConfig } from 'vite';
import { defineConfig } from 'wxt';
import { MINIMUM_VERSIONS } from './core/compatibility';
import { markdownBlocks } from './scripts/markdown';
import { precompute } from './scripts/precompute';
import { assertValidData } from './scripts/validate-data';
import { zodNoEval } from './scripts/zod-no-eval';

/**
 * Extension pages load only their own files and connect nowhere else: the extension makes no
 * network request, and this makes the browser enforce it (connect-src 'self' still lets a page
 * read its own bundled files).
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The loader content script (entrypoints/highlighter.content/): it runs in every frame from
 * document_start, so it is built without the webextension polyfill (see the hook below).
 */
const LOADER_SCRIPT = 'highlighter';

type Aliases = NonNullable<NonNullable<InlineConfig['resolve']>['alias']>;

/** Vite's aliases (a record or a list, as merged) without the one for `find`. */
function withoutAlias(alias: Aliases | undefined, find: string): Aliases {
  if (Array.isArray(alias)) return alias.filter((entry) => entry.find !== find);
  const { [find]: _dropped, ...rest } = (alias ?? {}) as Record<string, string>;
  return rest;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      preact(),
      // docs/editorial.md becomes the "How this is judged" page's blocks (entrypoints/editorial/).
      markdownBlocks(),
      // zod ships without its Function constructor (it runs jitless: core/zod.ts).
      zodNoEval(),
      // The matcher is compiled while building, not on every page (see the module's comment).
      precompute({
        root: fileURLToPath(new URL('.', import.meta.url)),
        modules: [
          'entrypoints/highlighter.content/entities.ts',
          'entrypoints/highlighter.content/statements-data.ts',
          'entrypoints/popup/disputes.ts',
          'entrypoints/background/citations.ts',
        ],
        leaveOut: [
          'core/compile.ts',
          'core/knowledge.ts',
          'core/detector-data.ts',
          'entrypoints/highlighter.content/anchors.ts',
        ],
      }),
    ],
  }),
  hooks: {
    // Bad data must never ship: a misquote or a dangling id stops the build with file, id, reason.
    'build:before': (wxt) => {
      wxt.logger.info(assertValidData({ dir: resolve(wxt.config.root, 'data') }));
    },
    // The loader runs in every frame at document_start and needs only `storage`
    // (utils/settings-feed.ts uses the native API), `runtime.getURL`, `runtime.onMessage` (with
    // sendResponse) and `runtime.id` (WXT's content script context): WXT's own `wxt/browser`
    // (the native `browser` or `chrome`) serves it, not the webextension polyfill the module
    // above puts everywhere (10 kB).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === LOADER_SCRIPT)) {
        config.resolve = {
          ...config.resolve,
          alias: withoutAlias(config.resolve?.alias, 'wxt/browser'),
        };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Treaty Lens',
    // Storage for the reader's settings; nothing else (see docs/permissions.md).
    permissions: ['storage'],
    action: { default_title: 'Treaty Lens' },
    // Not Alt+Shift+T / Alt+Shift+N: Chrome keeps those for itself (Alt+Shift+T focuses its
    // toolbar) and silently leaves an extension's suggestion unassigned. L for Lens, M for mention.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Turn highlighting on or off for the current site',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Go to the next highlighted mention on the page',
      },
    },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // The highlighter (entrypoints/highlights.ts), which the loader imports when a page may
    // hold a mention, and the popover's card (entrypoints/popover-card.ts), which the
    // highlighter imports on first use. A content script's import() loads on the page's behalf,
    // so the files must be web-accessible; Chrome's dynamic URL changes every session, so a page
    // cannot probe for them (see docs/permissions.md).
    web_accessible_resources: [
      {
        resources: ['highlights.js', 'popover-card.js'],
        matches: ['<all_urls>'],
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    // The oldest browsers the code runs in: core/compatibility.ts lists each feature and version.
    ...(browser !== 'firefox' && { minimum_chrome_version: MINIMUM_VERSIONS.chrome }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'treaty-lens@example.org',
          strict_min_version: MINIMUM_VERSIONS.firefox,
          // The extension collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
