/**
 * Builds the lazily loaded popover (`entrypoints/popover-card.ts`) as an ES module instead of
 * WXT's default IIFE, so the content script can `import()` it and read what it exports — WXT
 * 0.21 has no ES-module content scripts or lazy chunks for them (wxt-dev/wxt#357), but a
 * content script may dynamically import a web-accessible module of its own extension, in
 * Chrome and in Firefox, and the module runs in the content script's isolated world.
 *
 * WXT's unlisted-script wrapper already ends in `export { result as default }`, where `result`
 * is what the script's `main()` returns: with the ES format that becomes the module's default
 * export. Nothing else about the build changes (same file name, same plugins, fully minified).
 */
import { defineWxtModule } from 'wxt/modules';

/** Unlisted scripts that are loaded with `import()` rather than run as classic scripts. */
export const ESM_UNLISTED = new Set(['popover-card', 'highlights']);

export default defineWxtModule((wxt) => {
  wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
    const [entrypoint] = entrypoints;
    if (entrypoints.length !== 1 || entrypoint?.type !== 'unlisted-script') return;
    if (!ESM_UNLISTED.has(entrypoint.name)) return;
    const lib = config.build?.lib;
    if (!config.build || !lib)
      throw new Error(`esm-unlisted: ${entrypoint.name} is not built in library mode`);
    lib.formats = ['es'];
    // Vite leaves an ES library's whitespace (and annotations) for the app that bundles it
    // later; this module is the end product, so minify it as fully as the other scripts.
    const build = config.build;
    const rollup = build.rollupOptions ?? {};
    const output = rollup.output ?? {};
    if (Array.isArray(output)) throw new Error('esm-unlisted: expected a single output');
    build.rollupOptions = { ...rollup, output: { ...output, minify: true, comments: false } };
  });
});
