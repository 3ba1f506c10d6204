/**
 * The oldest browsers the extension runs in, and why: each platform feature the code relies on
 * with the first Chrome and Firefox release that has it (MDN's browser-compat-data). The
 * manifests declare MINIMUM_VERSIONS (wxt.config.ts: `minimum_chrome_version`,
 * `browser_specific_settings.gecko.strict_min_version`); compatibility.test.ts checks they are
 * at least what this table requires, and the end-to-end suites check the built manifests carry
 * them. Using a newer API means a row here, and maybe a higher minimum.
 */

export interface Requirement {
  /** The API, syntax or manifest key. */
  feature: string;
  /** Where the code uses it. */
  usedBy: string;
  /** First version with it; null when that build does not use it. */
  chrome: number | null;
  firefox: number | null;
  /**
   * Feature-detected with a fallback, so it does not set the minimum (listed so the table says
   * what older browsers miss).
   */
  optional?: true;
  note?: string;
}

export const REQUIREMENTS: readonly Requirement[] = [
  {
    feature: 'CSS Custom Highlight API (CSS.highlights, Highlight)',
    usedBy: 'highlighter content script (issue 13)',
    chrome: 105,
    firefox: 140,
  },
  {
    feature: '::highlight() with text-decoration',
    usedBy: 'the "underline only" highlight style (issue 13)',
    chrome: 105,
    firefox: 146,
    note: 'Firefox 140–145 draw ::highlight() without text-decoration; text-shadow needs 149',
  },
  {
    feature: 'document.caretPositionFromPoint',
    usedBy: 'hit-testing a highlight under the pointer (issue 13)',
    chrome: 128,
    firefox: 20,
  },
  {
    feature: 'web_accessible_resources[].use_dynamic_url',
    usedBy: 'Chrome manifest: the lazily loaded card module',
    chrome: 130,
    firefox: null,
    note: 'Firefox does not support the key; its build leaves it out',
  },
  {
    feature: 'browser_specific_settings.gecko.data_collection_permissions',
    usedBy: 'Firefox manifest',
    chrome: null,
    firefox: 140,
    note: 'Firefox for Android: 142',
  },
  {
    feature: 'Element.checkVisibility({ visibilityProperty })',
    usedBy: 'highlighter: skipping hidden text',
    chrome: 121,
    firefox: 122,
  },
  {
    feature: 'Popover API (showPopover, :popover-open)',
    usedBy: 'the card, drawn in the top layer',
    chrome: 114,
    firefox: 125,
    optional: true,
    note: 'without it the card is a fixed-position element',
  },
  {
    feature: 'scheduler.postTask',
    usedBy: 'highlighter: urgent tasks before the first marks',
    chrome: 94,
    firefox: 142,
    optional: true,
    note: 'setTimeout without it',
  },
  {
    feature: 'structuredClone',
    usedBy: 'settings defaults (core/settings.ts)',
    chrome: 98,
    firefox: 94,
  },
  { feature: 'Array.prototype.at', usedBy: 'core/morphology.ts', chrome: 92, firefox: 90 },
  {
    feature: 'Constructable stylesheets (new CSSStyleSheet, adoptedStyleSheets)',
    usedBy: 'highlight styles in shadow roots',
    chrome: 73,
    firefox: 101,
  },
  {
    feature: 'RegExp lookbehind and \\p{Script=…}',
    usedBy: 'the compiled matcher',
    chrome: 64,
    firefox: 78,
  },
  {
    feature: 'Manifest V3 action and content_security_policy.extension_pages',
    usedBy: 'Chrome manifest',
    chrome: 88,
    firefox: null,
  },
];

/** What the manifests declare (wxt.config.ts reads these). */
export const MINIMUM_VERSIONS = { chrome: '130', firefox: '146.0' } as const;

export type Browser = 'chrome' | 'firefox';

/** The highest first version among the required (not optional) features, per browser. */
export function requiredVersion({
  browser,
  requirements = REQUIREMENTS,
}: {
  browser: Browser;
  requirements?: readonly Requirement[];
}): number {
  return Math.max(
    0,
    ...requirements.flatMap((r) => (r.optional || r[browser] === null ? [] : [r[browser]])),
  );
}

/** The major version of a version string: '146.0' → 146, '130' → 130. */
export function majorVersion(version: string): number {
  return Number.parseInt(version, 10);
}
