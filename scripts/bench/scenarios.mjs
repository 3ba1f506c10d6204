// One measured run of each kind. Every run is a fresh tab on a fresh load of the page.
import { readFileSync } from 'node:fs';
import { openMeasured } from './browser.mjs';
import { installFloor, installNaive, runReference, startFeed, summarize } from './in-page.mjs';
import { longestTask } from './trace.mjs';

/** The extension's highlights (CSS.highlights, see in-page.mjs summarize). */
const EXTENSION_MARKS = 'highlights';
const ANY_MARK = 'mark';

const costOf = (before, after) => ({
  busy: after.busy - before.busy,
  script: after.script - before.script,
  style: after.style - before.style,
  layout: after.layout - before.layout,
  cpu: after.cpu - before.cpu,
});

/** The longest task in a window, with what it held and when (ms after `from`). */
function longest(tasks, { from, to, counts }) {
  const task = longestTask(tasks, { from, to, counts });
  return {
    longestTask: task.duration,
    longestTaskCpu: task.cpu ?? 0,
    longestInside: task.inside,
    longestAt: task.start - from,
  };
}

/**
 * The content script's own marks, if it sets them: `treaty-lens:start` and the last
 * `treaty-lens:settled` (page clock; marks from the isolated world land in the page's timeline).
 */
const ownMarks = (page) =>
  page.evaluate(() => ({
    start: performance.getEntriesByName('treaty-lens:start')[0]?.startTime ?? null,
    settled: performance.getEntriesByName('treaty-lens:settled').at(-1)?.startTime ?? null,
  }));

const loadEventEnd = (page) =>
  page.evaluate(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0);

/**
 * The loader's share at document_start: main-thread ms (its evaluation and the task of its
 * storage answer, before its start after the parse), and when its answer arrived, in ms after
 * that start (negative: already there).
 */
function earlyCost(early, since) {
  if (!early) return { ms: null, evalMs: null, answeredAt: null };
  return { ms: early.ms, evalMs: early.evalMs, answeredAt: since(early.answeredAt) };
}

/**
 * A page loaded and left to settle, with or without the extension. Two measures: the
 * document's whole main-thread time (Performance metrics restart with each document), to
 * compare with the page alone, and the trace's tasks that belong to the extension.
 */
export async function loadRun({ context, server, spec, withExtension }) {
  const run = await openMeasured({ context, blankUrl: `${server.url}/blank.html` });
  try {
    await run.load(`${server.url}/${spec.file}`);
    const settled = await run.settle();
    const metrics = await run.metrics();
    const summary = await run.page.evaluate(summarize, EXTENSION_MARKS);
    const loaded = await loadEventEnd(run.page);
    const marks = await ownMarks(run.page);
    const trace = await run.stopTrace();
    const start = withExtension ? trace.contentScriptStart : loaded;
    if (withExtension && start === null) throw new Error('bench: the content script never ran');
    const since = (time) => (time === null || start === null ? null : time - start);
    // The extension's tasks: its own script (callbacks, evaluation, promise callbacks), and
    // rendering once it has written (the page's own late first layout is not its doing). On
    // the page alone: every task after the load event (there should be next to none).
    const counts = (task) =>
      !withExtension ||
      task.extension ||
      task.microtasks ||
      (task.render && summary.first !== null && task.start >= summary.first);
    // From the start of the task that evaluates the content script.
    const opening = trace.tasks.find(
      (task) => task.start <= start && task.start + task.duration >= start,
    );
    const span = { from: opening?.start ?? start, to: settled.pageNow, counts };
    const own = trace.tasks.filter(
      (task) => task.start >= span.from && task.start <= span.to && counts(task),
    );
    const total = (pick) => own.reduce((sum, task) => sum + pick(task), 0);
    // Before the span: the loader's evaluation at document_start and the task
    // its storage answer arrived in (trace.mjs), counted in the extension's total as well.
    const early = withExtension ? trace.earlyScript : null;
    if (process.env.BENCH_TIMELINE && withExtension) {
      // Debugging aid: the extension's tasks, from its start, until 300 ms after its first mark.
      const until =
        process.env.BENCH_TIMELINE === 'all'
          ? settled.pageNow
          : (summary.first ?? settled.pageNow) + 300;
      const earlyRows = early
        ? [
            {
              start: early.start,
              duration: early.evalMs,
              extension: true,
              work: { script: early.evalMs },
              children: 'loader evaluation at document_start',
            },
            ...early.tasks,
          ]
        : [];
      const rows = [...earlyRows, ...own]
        .filter((task) => task.start <= until)
        .map((task) => {
          const work = Object.entries(task.work)
            .filter(([, ms]) => ms >= 0.5)
            .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
            .join(', ');
          return `    +${(task.start - start).toFixed(1)} ${task.duration.toFixed(1)} ms${task.extension ? ' ext' : ''} ${work} [${task.children ?? ''}]`;
        });
      console.log(
        `  timeline ${spec.id} (first mark +${since(summary.first)?.toFixed(1)}, settings answered ${since(early?.answeredAt ?? null)?.toFixed(1)}):\n${rows.join('\n')}`,
      );
    }
    return {
      // Main-thread time of the document from navigation until quiet (Performance metrics),
      // without what the harness's own observer spent: compared with the page alone.
      document: {
        busy: metrics.busy - summary.observerMs,
        script: metrics.script,
        style: metrics.style,
        layout: metrics.layout,
        cpu: metrics.cpu,
      },
      // The extension's own tasks from the trace (see `counts`), and the early script's.
      cost: {
        busy: total((task) => task.duration) + (early?.ms ?? 0),
        script: total((task) => task.work.script) + (early?.script ?? 0),
        style: total((task) => task.work.style),
        layout: total((task) => task.work.layout),
        cpu: total((task) => task.cpu) + (early?.cpu ?? 0),
        tasks: own.length + (early?.tasks.length ?? 0),
      },
      earlyScript: earlyCost(early, since),
      heapPeak: run.heapPeak,
      marks: summary.marks,
      firstInView: since(summary.firstInView),
      last: since(summary.last),
      // Only when the content script marks its own start/settled (see docs/performance.md).
      markedStart: since(marks.start),
      markedSettled: since(marks.settled),
      ...longest(trace.tasks, span),
      domRecords: summary.childListRecords + summary.characterDataRecords,
      contentScriptEvalMs: trace.contentScriptEvalMs,
      extensionJsMs: trace.extensionJsMs,
      errors: run.errors,
    };
  } finally {
    await run.close();
  }
}

/**
 * A reference (floor, regex test, naive mark.js) on a fresh load of the page without the
 * extension: after the page settled, the reference runs in a task of its own; its cost is the
 * metrics' difference until its rendered frame.
 */
export async function referenceRun({ context, server, spec, name, matcher, markJsPath }) {
  const run = await openMeasured({ context, blankUrl: `${server.url}/blank.html` });
  try {
    await run.load(`${server.url}/${spec.file}`);
    await run.settle();
    await run.page.evaluate(installFloor, { source: matcher.source, flags: matcher.flags });
    if (name === 'naive') {
      await run.page.evaluate(readFileSync(markJsPath, 'utf8'));
      await run.page.evaluate(installNaive, { aliases: matcher.aliases });
    }
    const before = await run.metrics();
    const outcome = await run.page.evaluate(runReference, name);
    const after = await run.metrics();
    const marks = await run.page.evaluate(
      (selector) => document.querySelectorAll(selector).length,
      ANY_MARK,
    );
    const trace = await run.stopTrace();
    return {
      cost: costOf(before, after),
      scriptMs: outcome.scriptMs,
      result: outcome.result,
      marks,
      ...longest(trace.tasks, { from: outcome.started - 1, to: Number.POSITIVE_INFINITY }),
      heapPeak: run.heapPeak,
      errors: run.errors,
    };
  } finally {
    await run.close();
  }
}

/**
 * The feed (page e): load, settle, then 10 s of batches. `mode`: 'extension' (the extension
 * highlights), 'plain' (the page alone) or 'floor' (the floor highlights each batch in the
 * batch's own task). Cost: metrics from the feed's start until quiet again.
 */
export async function feedRun({ context, server, spec, mode, matcher }) {
  const run = await openMeasured({ context, blankUrl: `${server.url}/blank.html` });
  try {
    await run.load(`${server.url}/${spec.file}`);
    await run.settle();
    if (mode === 'floor') {
      await run.page.evaluate(installFloor, { source: matcher.source, flags: matcher.flags });
    }
    const before = await run.metrics();
    const observerBefore = await run.page.evaluate(() => window.__bench.observerMs);
    const feed = await run.page.evaluate(startFeed, { ...spec.feed, floor: mode === 'floor' });
    const settled = await run.settle({ minMs: 500 });
    const after = await run.metrics();
    const summary = await run.page.evaluate(
      summarize,
      mode === 'extension' ? EXTENSION_MARKS : ANY_MARK,
    );
    const trace = await run.stopTrace();
    const cost = costOf(before, after);
    cost.busy -= summary.observerMs - observerBefore;
    const latencies = summary.appended.map((appended, k) =>
      summary.batches[k] === undefined ? null : summary.batches[k] - appended,
    );
    const inFeed = (item) => item.start >= feed.started && item.start <= settled.pageNow;
    const start = trace.contentScriptStart;
    return {
      cost,
      // At load, before the feed: shown beside the feed's cost, not part of it.
      earlyScript: earlyCost(mode === 'extension' ? trace.earlyScript : null, (time) =>
        time === null || start === null ? null : time - start,
      ),
      // Script alone, measured without subtraction: the extension's callbacks in the feed's
      // window (trace), or the floor's calls (timed in the page).
      scriptOnly:
        mode === 'floor'
          ? summary.floorMs
          : trace.extensionCalls.filter(inFeed).reduce((sum, call) => sum + call.duration, 0),
      heapPeak: run.heapPeak,
      marks: summary.marks,
      latencies,
      ...longest(trace.tasks, { from: feed.started, to: settled.pageNow }),
      errors: run.errors,
    };
  } finally {
    await run.close();
  }
}
