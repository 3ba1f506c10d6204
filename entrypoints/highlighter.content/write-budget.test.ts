import { describe, expect, test } from 'vitest';
import {
  FRAME_TARGET_MS,
  nextWriteCap,
  WRITES_FIRST,
  WRITES_MAX,
  WRITES_MIN,
} from './write-budget';

describe('nextWriteCap', () => {
  test('grows by at most a quarter while full frames render fast', () => {
    expect(nextWriteCap({ cap: 160, written: 160, renderMs: 10 })).toBe(200);
    // Nearly at the target: grows by what the target leaves.
    expect(nextWriteCap({ cap: 400, written: 400, renderMs: FRAME_TARGET_MS * 0.9 })).toBe(444);
    let cap = WRITES_FIRST;
    for (let frame = 0; frame < 100; frame++)
      cap = nextWriteCap({ cap, written: cap, renderMs: 5 });
    expect(cap).toBe(WRITES_MAX);
  });

  test('shrinks in proportion after a slow frame, never below the minimum', () => {
    expect(nextWriteCap({ cap: 1000, written: 1000, renderMs: FRAME_TARGET_MS * 2 })).toBe(500);
    expect(nextWriteCap({ cap: 1000, written: 300, renderMs: FRAME_TARGET_MS * 4 })).toBe(
      WRITES_MIN,
    );
  });

  test('a frame after few writes or none leaves a fast cap alone', () => {
    expect(nextWriteCap({ cap: 1000, written: 0, renderMs: 100 })).toBe(1000);
    expect(nextWriteCap({ cap: 1000, written: 100, renderMs: 5 })).toBe(1000);
    // ... but a slow one counts even then.
    expect(nextWriteCap({ cap: 1000, written: 400, renderMs: FRAME_TARGET_MS * 2 })).toBe(200);
  });
});
