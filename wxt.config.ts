import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { assertValidData } from './scripts/validate-data';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Bad data must never ship: a misquote or a dangling id stops the build with file, id, reason.
    'build:before': (wxt) => {
      wxt.logger.info(assertValidData({ dir: resolve(wxt.config.root, 'data') }));
    },
  },
});
