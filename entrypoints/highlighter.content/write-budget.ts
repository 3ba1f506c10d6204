/**
 * How many text nodes the highlighter wraps out of view per rendered frame.
 *
 * The browser lays out all that was written since the last frame in the next one (idle
 * callbacks can run several times between two frames; on a 2 MB page an unbounded batch made one
 * frame's layout take over 70 ms). But each frame of a big page also costs a fixed ~7–10 ms of
 * PrePaint whatever changed: a fixed cap of 160 made page (a) of the benchmark render some 40
 * frames of ~25 ms. So the cap follows the frames: it starts at WRITES_FIRST, grows while the
 * frame after our writes renders in under FRAME_TARGET_MS and shrinks in proportion when one
 * takes longer.
 */

export const WRITES_FIRST = 160;
/**
 * Never fewer: the measure (from the frame's animation callback to a timer after it) also holds
 * the page's own tasks queued in between, and on a busy feed a shrinking cap fell behind the page
 * (batches waited for seconds). 160 kept (a)'s frames under 50 ms.
 */
export const WRITES_MIN = WRITES_FIRST;
export const WRITES_MAX = 5000;
/**
 * What the rendering of one frame after our writes may take (the long-task bound is 50 ms).
 * Layout per node varies by a third or more between stretches of a page, so the target keeps
 * that much room: at 30 ms page (a) of the benchmark had frames of 44–58 ms; at 25 its longest
 * task is 28–35 ms and its total the same (790 ms; at 38 ms, 769), fewer frames saving nothing.
 */
export const FRAME_TARGET_MS = 25;
/** Growth per frame, at most: layout per node varies (long paragraphs cost more). */
const GROWTH = 1.25;

/**
 * The next frames' cap, from how long the last frame took to render after `written` nodes were
 * wrapped under `cap`: up (at most ×GROWTH) while it stays under FRAME_TARGET_MS, down in
 * proportion when it did not. A frame after fewer writes than half the cap says little about a
 * full one, unless it was already too slow.
 */
export function nextWriteCap({
  cap,
  written,
  renderMs,
}: {
  cap: number;
  written: number;
  renderMs: number;
}): number {
  if (written === 0) return cap;
  const ratio = FRAME_TARGET_MS / Math.max(renderMs, 1);
  if (ratio >= 1 && written < cap / 2) return cap;
  const next = written * Math.min(ratio, GROWTH);
  return Math.round(Math.min(WRITES_MAX, Math.max(WRITES_MIN, next)));
}
