export const INSTALL_HINT: string;
export function findChromium(): string | undefined;
export function chromiumArgs(options: { extensionPath: string; headless: boolean }): string[];
export function ensureChromium(): string;
