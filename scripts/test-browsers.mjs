// What the end-to-end suites need besides Chromium (scripts/chromium.mjs): Debian's firefox-esr
// and CJK fonts (without fonts-noto-cjk, Korean renders as boxes in screenshots and in what the
// tests see). Never downloads a browser; installs Debian's packages when run as root on Debian,
// otherwise says in one line what to install.
// `node scripts/test-browsers.mjs` (npm's pretest): Chromium, Firefox and the fonts, or exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium, findChromium } from './chromium.mjs';

export const FIREFOX_HINT =
  'No Firefox found. Install it with: sudo apt-get update && sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).';
export const FONTS_HINT =
  'No CJK fonts found (Korean would render as boxes). Install them with: sudo apt-get update && sudo apt-get install -y fonts-noto-cjk';

/** @returns {string | undefined} */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => p && existsSync(p));
}

/** Whether fontconfig knows a font that covers Korean. */
export function hasCjkFonts() {
  const result = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

/**
 * A browser's version line, from the binary (e.g. "Mozilla Firefox 153.8.0esr").
 * @returns {string}
 */
export function browserVersion(path) {
  if (!path) return 'not found';
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return result.stdout.trim() || `unknown (${path})`;
}

const aptInstall = (packages) => {
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) return false;
  console.log(`Installing Debian's ${packages.join(' ')}…`);
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit' });
  return true;
};

/** Firefox and CJK fonts, installed when missing and we are root on Debian; else exits 1. */
export function ensureFirefoxAndFonts() {
  const missing = [];
  if (!findFirefox()) missing.push('firefox-esr');
  if (!hasCjkFonts()) missing.push('fonts-noto-cjk');
  if (missing.length > 0) aptInstall(missing);
  const firefox = findFirefox();
  if (!firefox) {
    console.error(FIREFOX_HINT);
    process.exit(1);
  }
  if (!hasCjkFonts()) {
    console.error(FONTS_HINT);
    process.exit(1);
  }
  return firefox;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const chromium = ensureChromium();
  const firefox = ensureFirefoxAndFonts();
  console.log(`Chromium: ${chromium} (${browserVersion(findChromium())})`);
  console.log(`Firefox: ${firefox} (${browserVersion(firefox)}); CJK fonts: yes`);
}
