// @vitest-environment happy-dom
/**
 * utils/content-guard.ts: WXT's start-up handshake kept off the page. A content script context
 * dispatches and posts nothing, no page event ends it, and a newer context of the same script
 * still ends the older one. Every content script entrypoint loads the guard first.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import '@/utils/content-guard';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const ROOT = resolve(import.meta.dirname, '../..');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a guarded content script context', () => {
  test('tells the page nothing when it starts', () => {
    const dispatch = vi.spyOn(document, 'dispatchEvent');
    const post = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('guard-a');
    expect(dispatch).not.toHaveBeenCalled();
    expect(post).not.toHaveBeenCalled();
    ctx.notifyInvalidated();
  });

  test('is not ended by the page’s forgery of WXT’s event', () => {
    const ctx = new ContentScriptContext('guard-b');
    const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(
      new CustomEvent(name, { detail: { contentScriptName: 'guard-b', messageId: 'forged' } }),
    );
    expect(ctx.isValid).toBe(true);
    ctx.notifyInvalidated();
  });

  test('is ended by a newer context of the same script, and only that', () => {
    const older = new ContentScriptContext('guard-c');
    const other = new ContentScriptContext('guard-d');
    const newer = new ContentScriptContext('guard-c');
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
    newer.notifyInvalidated();
    other.notifyInvalidated();
  });
});

/** entrypoints/<name>.content.ts and entrypoints/<name>.content/index.ts */
function contentScriptEntrypoints(): string[] {
  const dir = join(ROOT, 'entrypoints');
  return readdirSync(dir).flatMap((name) => {
    if (!/\.content(\.tsx?)?$/.test(name)) return [];
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [path];
    return ['index.ts', 'index.tsx']
      .map((f) => join(path, f))
      .filter((f) => statSync(f, { throwIfNoEntry: false }));
  });
}

describe('every content script entrypoint', () => {
  const files = contentScriptEntrypoints();

  test('there is the loader, which every page and frame runs (and no other)', () => {
    expect(files.map((f) => f.slice(ROOT.length + 1))).toEqual([
      'entrypoints/highlighter.content/index.ts',
    ]);
  });

  test.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    '%s imports the guard first and posts no start-up message',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const firstImport = source.match(/^import\s[^;]*;/m)?.[0];
      expect(firstImport).toBe("import '@/utils/content-guard';");
      expect(source).toMatch(/noScriptStartedPostMessage:\s*true/);
    },
  );
});
