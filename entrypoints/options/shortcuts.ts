/** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
import { browser } from 'wxt/browser';

export interface Shortcut {
  name: string;
  description: string;
  /** Empty when the reader removed the shortcut or the browser could not assign it. */
  keys: string;
}

export async function readShortcuts(): Promise<Shortcut[]> {
  try {
    const commands = await browser.commands.getAll();
    return commands.flatMap((command) =>
      command.name && !command.name.startsWith('_')
        ? [
            {
              name: command.name,
              description: command.description ?? '',
              keys: command.shortcut ?? '',
            },
          ]
        : [],
    );
  } catch {
    return []; // No commands API (Firefox for Android).
  }
}
