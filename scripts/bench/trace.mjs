// A Chrome trace around each run: when the loader content script started its work (its first
// call after the parse), what it cost at document_start before that (its evaluation, and the
// task in which its storage answer arrived), the page's
// top-level main-thread tasks (for the longest task), and how much of them ran the extension's
// own JavaScript.

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'blink.user_timing',
  'v8.execute',
];

/** Starts tracing on a page's CDP session; `stop()` resolves with the events. */
export async function startTrace(cdp) {
  const events = [];
  const onData = (message) => {
    for (const event of message.value) events.push(event);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

const isExtensionUrl = (url) => typeof url === 'string' && url.startsWith('chrome-extension://');

/**
 * The loader (entrypoints/highlighter.content/), evaluated at document_start, where it issues
 * the settings read: its evaluation and the storage answer's task are "the early script".
 */
const EARLY = '/content-scripts/highlighter';
/** Its first call after the document is parsed is "the content script's start" (first/last ms). */
const HIGHLIGHTER = EARLY;
const isScriptOf = (event, part) =>
  (event.name === 'FunctionCall' || event.name === 'EvaluateScript') &&
  isExtensionUrl(event.args?.data?.url) &&
  event.args.data.url.includes(part);

/**
 * An extension API's answer reaching the frame (a storage read, a sendMessage reply): the mojo
 * reply on `extensions.mojom.LocalFrameHost`. Its promise callbacks run in the same task, with
 * no FunctionCall of the extension's in it, so this is what tells that task apart.
 */
const isExtensionReply = (event) =>
  event.name === 'Receive mojo reply' &&
  event.args?.chrome_mojo_event_info?.mojo_interface_tag === 'extensions.mojom.LocalFrameHost';

/** Events that are not nested in an earlier one of the list (sorted by start). */
function outermost(events) {
  const out = [];
  let end = -1;
  for (const event of [...events].sort((a, b) => a.ts - b.ts)) {
    if (event.ts >= end) {
      out.push(event);
      end = event.ts + event.dur;
    }
  }
  return out;
}

/**
 * Reads a run's trace. `syncName`/`syncTime` is the init script's user-timing mark and its
 * `performance.now()` in the page, which maps trace time onto the page's clock.
 */
export function analyzeTrace(events, { url, syncName, syncTime }) {
  const parse = events.find(
    (event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url,
  );
  if (!parse) throw new Error(`bench: no ParseHTML for ${url} in the trace`);
  const { pid, tid } = parse;
  const onMain = (event) => event.pid === pid && event.tid === tid;
  const sync = events.find((event) => event.name === syncName && event.pid === pid);
  if (!sync) throw new Error(`bench: the trace lacks the mark ${syncName}`);
  const toPage = (ts) => syncTime + (ts - sync.ts) / 1000;

  const evaluation = (part) =>
    events.find(
      (event) => event.name === 'EvaluateScript' && onMain(event) && isScriptOf(event, part),
    );
  // The loader evaluates at document_start; its work starts with its first call after that
  // (DOMContentLoaded), where a document_idle script would have been evaluated.
  const early = evaluation(EARLY);
  const script = early
    ? events
        .filter(
          (event) =>
            event.name === 'FunctionCall' &&
            onMain(event) &&
            isScriptOf(event, HIGHLIGHTER) &&
            event.ts >= early.ts + early.dur,
        )
        .sort((a, b) => a.ts - b.ts)[0]
    : undefined;
  const mainEvents = events
    .filter((event) => event.ph === 'X' && onMain(event))
    .sort((a, b) => a.ts - b.ts);
  // 'RunTask' too: a microtask checkpoint Blink runs on its own (e.g. the promise callbacks after
  // an extension API answers) is a 'RunTask' with no 'ThreadControllerImpl::RunTask' inside, and
  // was missed until the content script's storage read resolved into one (40-60 ms on page b).
  const tasks = outermost(
    mainEvents.filter(
      (event) => event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask',
    ),
  ).map((event) => ({
    event,
    start: toPage(event.ts),
    duration: event.dur / 1000,
    // Thread (CPU) time: unlike the wall-clock duration, not stretched when another process
    // takes the core (this machine has two, shared).
    cpu: (event.tdur ?? event.dur) / 1000,
  }));
  describeTasks({ tasks, mainEvents });
  const contentScriptStart = script ? toPage(script.ts) : null;
  // The task of the loader's first call after the parse: what the extension's span starts with.
  const opening = script
    ? tasks.find(({ event }) => event.ts <= script.ts && event.ts + event.dur >= script.ts)
    : undefined;
  const extensionCalls = outermost(
    events.filter(
      (event) =>
        event.ph === 'X' &&
        onMain(event) &&
        (event.name === 'FunctionCall' || event.name === 'EvaluateScript') &&
        isExtensionUrl(event.args?.data?.url),
    ),
  );
  return {
    contentScriptStart,
    contentScriptEvalMs: script ? script.dur / 1000 : null,
    earlyScript: earlyScriptOf({
      early,
      tasks,
      toPage,
      before: opening?.start ?? contentScriptStart ?? Number.POSITIVE_INFINITY,
    }),
    extensionJsMs: extensionCalls.reduce((sum, event) => sum + event.dur / 1000, 0),
    extensionCalls: extensionCalls.map((event) => ({
      start: toPage(event.ts),
      duration: event.dur / 1000,
    })),
    tasks: tasks.map(({ event, ...task }) => task),
  };
}

/**
 * What the loader cost at document_start, before its span (see loadRun): its
 * evaluation at document_start — that event alone, as it runs inside the page's parsing task —
 * and the whole tasks after it, before `before`, that ran its code or brought an extension API's
 * answer (its storage read: nothing else of the extension's runs there yet). `answeredAt`: when
 * the first extension API answer after its evaluation arrived (page clock), wherever it falls.
 */
function earlyScriptOf({ early, tasks, toPage, before }) {
  if (!early) return null;
  const after = toPage(early.ts + early.dur);
  const own = tasks.filter(
    (task) => task.start >= after && task.start < before && (task.early || task.extensionReply),
  );
  const sum = (pick) => own.reduce((total, task) => total + pick(task), 0);
  const evalMs = early.dur / 1000;
  const evalCpu = (early.tdur ?? early.dur) / 1000;
  return {
    start: toPage(early.ts),
    evalMs,
    ms: evalMs + sum((task) => task.duration),
    cpu: evalCpu + sum((task) => task.cpu),
    script: evalMs + sum((task) => task.work.script),
    answeredAt: tasks.find((task) => task.start >= after && task.extensionReply)?.start ?? null,
    tasks: own.map(({ event, ...task }) => task),
  };
}

/**
 * Marks each task with what ran inside it — `extension` (the content script's own callbacks or
 * evaluation), `microtasks` (promise callbacks and mutation observers: on a static page after
 * load, only the extension's), `render` (style, layout or paint) — and, for tasks of 30 ms or
 * more, the three biggest kinds of work in it. Tasks do not overlap, so one sweep does it.
 */
function describeTasks({ tasks, mainEvents }) {
  let next = 0;
  for (const task of tasks) {
    const { ts, dur } = task.event;
    while (next < mainEvents.length && mainEvents[next].ts < ts) next++;
    const inner = [];
    let reply = false;
    for (let i = next; i < mainEvents.length && mainEvents[i].ts < ts + dur; i++) {
      const event = mainEvents[i];
      if (event === task.event) continue;
      if (LABELS[event.name]) inner.push(event);
      else if (isExtensionReply(event)) reply = true;
    }
    task.extensionReply = reply;
    task.early = inner.some((event) => isScriptOf(event, EARLY));
    task.extension =
      task.extensionReply ||
      inner.some(
        (event) =>
          (event.name === 'FunctionCall' || event.name === 'EvaluateScript') &&
          isExtensionUrl(event.args?.data?.url),
      );
    task.microtasks = inner.some((event) => event.name === 'RunMicrotasks');
    task.render = inner.some((event) => RENDER.has(event.name));
    task.work = workOf(inner);
    task.inside = dur >= 30_000 ? summarizeWork(inner) : null;
    if (process.env.BENCH_TIMELINE) {
      // Debugging aid (BENCH_TIMELINE): the task's biggest direct children, whatever they are.
      const children = [];
      for (let i = next; i < mainEvents.length && mainEvents[i].ts < ts + dur; i++) {
        const event = mainEvents[i];
        if (event === task.event || event.dur < 500) continue;
        if (children.some((c) => event.ts >= c.ts && event.ts < c.ts + c.dur)) continue;
        children.push(event);
      }
      task.children = children
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 6)
        .map((event) => `${event.name} ${(event.dur / 1000).toFixed(1)}`)
        .join(', ');
    }
  }
}

const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
]);

/** Script, style and layout time in a task (style/layout forced by a script count as such). */
function workOf(inner) {
  const sum = (list) => list.reduce((total, event) => total + event.dur / 1000, 0);
  const style = outermost(inner.filter((event) => event.name === 'UpdateLayoutTree'));
  const layout = outermost(inner.filter((event) => event.name === 'Layout'));
  const scripts = outermost(inner.filter((event) => SCRIPT.has(event.name)));
  const inScript = (event) =>
    scripts.some((script) => event.ts >= script.ts && event.ts < script.ts + script.dur);
  const forced = sum(style.filter(inScript)) + sum(layout.filter(inScript));
  return { script: sum(scripts) - forced, style: sum(style), layout: sum(layout) };
}

const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'Paint']);

/** Kinds of work inside a task worth naming: script (whose), microtasks, style, layout, GC. */
const LABELS = {
  EvaluateScript: 'evaluate',
  FunctionCall: 'call',
  RunMicrotasks: 'microtasks',
  TimerFire: 'timer',
  FireIdleCallback: 'idle',
  FireAnimationFrame: 'frame',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  ParseHTML: 'parse',
  MajorGC: 'gc',
  MinorGC: 'gc',
};

function summarizeWork(inner) {
  const totals = new Map();
  for (const event of outermost(inner)) {
    const url = event.args?.data?.url;
    const whose = isExtensionUrl(url) ? ' (extension)' : url ? ' (page)' : '';
    const label = LABELS[event.name] + whose;
    totals.set(label, (totals.get(label) ?? 0) + event.dur / 1000);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([label, ms]) => `${label} ${ms.toFixed(0)}`)
    .join(', ');
}

/**
 * The longest task that started within [from, to] (page clock) and passes `counts` (all tasks
 * by default), or a zero-length one.
 */
export function longestTask(tasks, { from, to, counts = () => true }) {
  let longest = { start: from, duration: 0, inside: null };
  for (const task of tasks) {
    if (task.start < from || task.start > to || task.duration <= longest.duration) continue;
    if (counts(task)) longest = task;
  }
  return longest;
}
