export const FIREFOX_HINT: string;
export const FONTS_HINT: string;
export function findFirefox(): string | undefined;
export function hasCjkFonts(): boolean;
export function browserVersion(path: string | undefined): string;
export function ensureFirefoxAndFonts(): string;
