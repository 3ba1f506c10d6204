// Finds a Chromium to drive: $CHROME_PATH, Debian's /usr/bin/chromium, or a Playwright cache.
// Never downloads a browser (this project's machines cannot); says what to install instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_HINT =
  'No Chromium found. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROME_PATH).';

function fromPlaywrightCache() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium-'))
    .sort()
    .reverse()) {
    for (const bin of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
      const path = join(cache, dir, bin);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? fromPlaywrightCache();
}

/** Flags for a quiet, offline, sandbox-tolerant Chromium with one unpacked extension loaded. */
export function chromiumArgs({ extensionPath, headless }) {
  return [
    ...(headless ? ['--headless=new'] : []),
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
}

/**
 * The Chromium to use, installing Debian's package first when none is found and we are root on
 * Debian; otherwise exits with the one command to run.
 * @returns {string}
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
    console.log('No Chromium found; installing Debian’s chromium package…');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(INSTALL_HINT);
  process.exit(1);
}

// `node scripts/chromium.mjs`: make sure a Chromium is there (npm's pretest runs
// scripts/test-browsers.mjs, which checks Chromium, Firefox and CJK fonts).
if (import.meta.url === `file://${process.argv[1]}`) console.log(`Chromium: ${ensureChromium()}`);
