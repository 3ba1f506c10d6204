/**
 * Vitest global setup of both end-to-end suites: prints the two browsers' versions first, so
 * a run's log says what it ran on (the suites must pass on any current Chromium and Firefox).
 */
import { findChromium } from '../../scripts/chromium.mjs';
import { browserVersion, findFirefox } from '../../scripts/test-browsers.mjs';

export default function printBrowserVersions(): void {
  console.log(`e2e browsers: ${browserVersion(findChromium())}; ${browserVersion(findFirefox())}`);
}
