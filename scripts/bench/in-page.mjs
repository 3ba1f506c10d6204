// Code that runs in the page's main world. Each function is serialised by Playwright, so it
// uses nothing from this module's scope.

/**
 * Init script (every document, before the page's own scripts): a user-timing mark that lines
 * the page's clock up with the trace; a MutationObserver from DOMContentLoaded on that records
 * every childList/characterData record (the "no DOM write" check on page b); and, every
 * animation frame, a look at CSS.highlights for `treaty-lens-*` ranges not seen before, with the
 * frame's time (when each highlight first showed: first/last highlight, per-batch latency on the
 * feed). Both time themselves, so their cost can be taken out of the extension's.
 */
function init() {
  if (window.__bench) return;
  const bench = {
    childListRecords: 0,
    characterDataRecords: 0,
    observerMs: 0,
    lastMutation: -1,
    // The extension's highlighted ranges and when each first showed; the references' <mark>s.
    marks: [],
    markTimes: [],
    markNodes: [],
    markNodeTimes: [],
  };
  window.__bench = bench;
  performance.mark(`bench:sync:${location.pathname}`);
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      if (record.type === 'characterData') bench.characterDataRecords++;
      else bench.childListRecords++;
      for (const node of record.addedNodes) {
        if (node.nodeName === 'MARK') {
          bench.markNodes.push(node);
          bench.markNodeTimes.push(now);
        }
      }
    }
    bench.lastMutation = now;
    bench.observerMs += performance.now() - now;
  });
  // Highlights add no node: each frame, the ranges of treaty-lens-* highlights beyond those
  // already seen (a Highlight iterates in insertion order, so only the new tail is recorded).
  // Every frame while highlights come (the time a highlight first shows is a frame's); after
  // 2 s without a new one, every 100 ms (a frame loop alone keeps a page from going quiet).
  const known = new WeakSet();
  const sizes = new Map();
  let lastNew = 0;
  const next = () => {
    if (performance.now() - lastNew < 2000) requestAnimationFrame(look);
    else setTimeout(() => requestAnimationFrame(look), 100);
  };
  const look = (frameTime) => {
    const now = performance.now();
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('treaty-lens-') || highlight.size === sizes.get(name)) continue;
      sizes.set(name, highlight.size);
      for (const range of highlight) {
        if (known.has(range)) continue;
        known.add(range);
        bench.marks.push(range);
        bench.markTimes.push(frameTime);
        bench.lastMutation = now;
        lastNew = now;
      }
    }
    bench.observerMs += performance.now() - now;
    next();
  };
  requestAnimationFrame(look);
  const start = () =>
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
}

export const INIT_SCRIPT = `(${init.toString()})();`;

/** What the harness polls while waiting for the page to settle (cheap: no DOM query). */
export function pollState() {
  const bench = window.__bench;
  return {
    now: performance.now(),
    lastMutation: bench.lastMutation,
    marks: bench.marks.length + bench.markNodes.length,
  };
}

/**
 * After the page settled: highlighted ranges in the document (`selector`: 'highlights' for the
 * extension's CSS highlights, else a CSS selector of marks, for the references), when the first
 * one inside the initial viewport and the last one first showed, the latest per feed batch, DOM
 * records. (Ranges that collapsed later do not count.)
 */
export function summarize(selector) {
  const bench = window.__bench;
  const height = window.innerHeight;
  const width = window.innerWidth;
  let firstInView = null;
  let first = null;
  let last = null;
  const batches = {};
  const ranges = selector === 'highlights';
  const list = ranges ? bench.marks : bench.markNodes;
  const times = ranges ? bench.markTimes : bench.markNodeTimes;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const range = ranges ? item : document.createRange();
    if (!ranges) {
      if (!item.isConnected) continue;
      range.selectNodeContents(item);
    }
    if (range.collapsed || !range.startContainer.isConnected) continue;
    const mark = ranges ? range.startContainer.parentElement : item;
    if (!mark) continue;
    const time = times[i];
    first = first === null ? time : Math.min(first, time);
    last = last === null ? time : Math.max(last, time);
    const batch = mark.closest('section[data-batch]');
    if (batch) {
      const k = batch.dataset.batch;
      batches[k] = Math.max(batches[k] ?? 0, time);
    } else if (firstInView === null || time < firstInView) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      if (rect.bottom >= 0 && rect.top <= height && rect.right >= 0 && rect.left <= width) {
        firstInView = time;
      }
    }
  }
  let marks = 0;
  if (selector === 'highlights') {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('treaty-lens-')) continue;
      for (const range of highlight)
        if (!range.collapsed && range.startContainer.isConnected) marks++;
    }
  } else {
    marks = document.querySelectorAll(selector).length;
  }
  return {
    marks,
    first,
    firstInView,
    last,
    batches,
    appended: window.__feed?.appended ?? [],
    floorMs: window.__feed?.floorMs ?? 0,
    childListRecords: bench.childListRecords,
    characterDataRecords: bench.characterDataRecords,
    observerMs: bench.observerMs,
  };
}

/**
 * The floor: a bare TreeWalker, the extension's own combined regex (word start checked as the
 * matcher does), and each match wrapped with splitText + createElement('mark'). No page
 * context, no viewport order, no slicing, no bookkeeping for undo.
 */
export function installFloor({ source, flags }) {
  const regex = new RegExp(source, flags);
  const word = /[\p{L}\p{N}]/u;
  window.__floor = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    let count = 0;
    for (const node of nodes) {
      const text = node.data;
      let rest = node;
      let offset = 0;
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        if (m.index > 0 && word.test(text[m.index - 1])) {
          regex.lastIndex = m.index + 1;
          continue;
        }
        const match = rest.splitText(m.index - offset);
        rest = match.splitText(m[0].length);
        offset = m.index + m[0].length;
        const mark = document.createElement('mark');
        match.parentNode.replaceChild(mark, match);
        mark.appendChild(match);
        count++;
      }
    }
    return count;
  };
  window.__references = {
    floor: () => window.__floor(document.body),
    regexTest: () => new RegExp(source, flags.replace('g', '')).test(document.body.textContent),
  };
}

/** The naive call: mark.js (already evaluated in the page) given every alias at once. */
export function installNaive({ aliases }) {
  window.__references.naive = () => {
    let total = 0;
    // Options: mark.js defaults (accuracy "partially", diacritics on, case-insensitive),
    // except separateWordSearch: false so that "Vladimir Putin" is one keyword, not two.
    new window.Mark(document.body).mark(aliases, {
      separateWordSearch: false,
      done: (count) => {
        total = count;
      },
    });
    return total;
  };
}

/**
 * Runs one reference in a task of its own (as a page script would, not inside the DevTools
 * command) and resolves after the next rendered frame, so its style and layout are done too.
 */
export function runReference(name) {
  return new Promise((resolve) => {
    setTimeout(() => {
      const started = performance.now();
      const result = window.__references[name]();
      const scriptMs = performance.now() - started;
      requestAnimationFrame(() => setTimeout(() => resolve({ result, scriptMs, started }), 0));
    }, 0);
  });
}

/** Starts the feed (page e) and resolves once every batch is appended. */
export function startFeed(options) {
  const started = performance.now();
  return window.__feed.start(options).then(() => ({ started, ended: performance.now() }));
}
