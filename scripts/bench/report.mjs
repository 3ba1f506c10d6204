// The table, the budgets and the final `bench:` line.

const median = (values) => {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const finite = (values) => values.filter((v) => v !== null && Number.isFinite(v));
const spreadOf = (values) => {
  const list = finite(values);
  return list.length > 1 ? [Math.min(...list), Math.max(...list)] : null;
};

const fmt = (value, digits = 0) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
/** "412 (380–450)": the median and, over several runs, the range. */
const withSpread = (values, digits = 0) => {
  const spread = spreadOf(values);
  const mid = fmt(median(values), digits);
  return spread ? `${mid} (${fmt(spread[0], digits)}–${fmt(spread[1], digits)})` : mid;
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/** Per repetition: the run with the extension minus the page alone (runs are interleaved). */
const paired = (runs, alone, pick) => runs.map((run, i) => pick(run) - pick(alone[i]));

/** The loader's share at document_start in each run (see scenarios.mjs `earlyCost`). */
const earlyOf = (runs) => ({
  ms: runs.map((run) => run.earlyScript?.ms ?? null),
  evalMs: runs.map((run) => run.earlyScript?.evalMs ?? null),
  answeredAt: runs.map((run) => run.earlyScript?.answeredAt ?? null),
});

/** "the loader at document_start 0.9 ms (evaluation 0.8 ms; its storage answer at -40 ms …)". */
const earlyText = (early, { inTotal = true } = {}) =>
  `the loader at document_start ${withSpread(early.ms, 1)} ms${inTotal ? '' : ' at load, not in the feed’s total'} (evaluation ${withSpread(early.evalMs, 1)} ms; its storage answer at ${withSpread(early.answeredAt, 1)} ms from its start after the parse)`;

function summarizePage(result) {
  const { spec, extension, plain, floor } = result;
  const busy = (run) => run.cost.busy;
  // Loaded pages: the extension's own tasks (trace), and as a cross-check the whole document
  // with the extension minus the page alone (Performance metrics, paired by repetition). The
  // feed: its window with the extension minus the page alone (the extension's work runs inside
  // the page's own tasks there, so only the difference tells it apart), in CPU time: wall time
  // over 10 s on a shared two-core machine swings by more than the difference.
  const pick = spec.feed
    ? (key) => paired(extension, plain, (run) => run.cost[key === 'busy' ? 'cpu' : key])
    : (key) => extension.map((run) => run.cost[key]);
  const documentOf = spec.feed ? (run) => run.cost : (run) => run.document;
  const out = {
    id: spec.id,
    title: spec.title,
    expected: spec.mentions,
    extension: pick('busy'),
    script: pick('script'),
    style: pick('style'),
    layout: pick('layout'),
    delta: paired(extension, plain, (run) => documentOf(run).busy),
    cpu: paired(extension, plain, (run) => documentOf(run).cpu),
    ownCpu: spec.feed ? [] : extension.map((run) => run.cost.cpu),
    alone: plain.map((run) => documentOf(run).busy),
    floor: spec.feed ? paired(floor, plain, (run) => run.cost.cpu) : floor.map(busy),
    floorWall: spec.feed ? paired(floor, plain, busy) : [],
    longest: extension.map((run) => run.longestTask),
    longestCpu: extension.map((run) => run.longestTaskCpu),
    longestInside: extension
      .slice()
      .sort((a, b) => b.longestTask - a.longestTask)
      .map((run) => run.longestInside)[0],
    longestAlone: plain.map((run) => run.longestTask),
    floorLongest: floor.map((run) => run.longestTask),
    heap: extension.map((run) => run.heapPeak),
    heapAlone: plain.map((run) => run.heapPeak),
    marks: extension.map((run) => run.marks),
    floorMarks: floor.map((run) => run.marks),
    errors: [...extension, ...plain, ...floor].flatMap((run) => run.errors),
    early: earlyOf(extension),
  };
  if (!spec.feed) {
    out.first = extension.map((run) => run.firstInView);
    out.last = extension.map((run) => run.last);
    out.domRecords = extension.map((run) => run.domRecords);
    out.evaluate = extension.map((run) => run.contentScriptEvalMs);
    out.extensionJs = extension.map((run) => run.extensionJsMs);
    out.markedSettled = extension.map((run) => run.markedSettled);
  } else {
    out.batchMax = extension.map((run) => Math.max(...run.latencies.map((l) => l ?? Infinity)));
    out.batchMedian = extension.map((run) => median(run.latencies));
    out.batchesOver = extension.map(
      (run) => run.latencies.filter((l) => l === null || l > 200).length,
    );
    out.batches = spec.feed.batches;
    out.extensionScript = extension.map((run) => run.scriptOnly);
    out.floorScript = floor.map((run) => run.scriptOnly);
  }
  if (result.regexTest) out.regexTest = result.regexTest.map(busy);
  if (result.naive) out.naive = result.naive.map(busy);
  return out;
}

function table(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => String(row[col]).length)));
  const line = (row) =>
    `| ${row.map((cell, col) => String(cell).padEnd(widths[col])).join(' | ')} |`;
  return [
    line(rows[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

export function printReport({ results, bundle, machine, options, pages }) {
  const pagesById = Object.fromEntries(
    Object.entries(results)
      .filter(([id]) => id !== 'profile' && id !== 'idle' && id !== 'outside')
      .map(([id, result]) => [id, summarizePage(result)]),
  );
  const out = [];
  const print = (line = '') => out.push(line);
  print(
    `Treaty Lens benchmark (${options.quick ? 'quick' : 'full'}, ${options.runs} run(s) per measurement; median (min–max))`,
  );
  print(`machine: ${machine.cores} cores, ${machine.uptime}; Chromium ${machine.chromium}`);
  print();
  print('Pages (generated in .tmp/bench/, seed 20240619):');
  for (const page of pages) {
    print(
      `  ${page.title}: ${(page.bytes / 1024).toFixed(0)} KiB HTML, ${page.textNodes.toLocaleString('en')} text nodes, ${page.mentions.toLocaleString('en')} mentions expected`,
    );
  }
  print();

  const rows = [
    [
      'page',
      'extension ms',
      'script/style/layout ms',
      'floor ms',
      '×floor',
      'first ms',
      'last ms',
      'longest task ms',
      'page alone ms',
      'heap MB (alone)',
      'marks/expected',
    ],
  ];
  for (const page of Object.values(pagesById)) {
    const ratio = median(page.extension) / median(page.floor);
    rows.push([
      page.id,
      withSpread(page.extension),
      `${fmt(median(page.script))}/${fmt(median(page.style))}/${fmt(median(page.layout))}`,
      withSpread(page.floor),
      fmt(ratio, 2),
      page.first ? withSpread(page.first) : '–',
      page.last
        ? withSpread(page.last)
        : page.batchMax
          ? `batch ≤${fmt(median(page.batchMax))}`
          : '–',
      `${withSpread(page.longest)}`,
      withSpread(page.alone),
      `${mb(median(page.heap))} (${mb(median(page.heapAlone))})`,
      `${fmt(median(page.marks))}/${page.expected}`,
    ]);
  }
  print(table(rows));
  print(
    [
      'extension ms: main-thread time of the extension from the loader’s start (its first call after the parse) until the page is quiet —',
      '  its tasks in a trace (script, and the style/layout/paint of frames after its first mark) — plus',
      '  the loader’s document_start part before it (its evaluation, the task of its storage answer);',
      '  (e) CPU time of the 10 s feed with the extension minus the feed alone.',
      'floor ms: TreeWalker + the extension’s own regex + splitText/<mark> on a fresh load without the',
      '  extension, until its frame is rendered; (e) in each batch’s task, CPU time minus the feed alone.',
      'first/last ms: after the loader’s start (its first call after the parse), the first mark inside the',
      '  initial viewport / the last mark;',
      '  (e) per batch, from its append to its last mark. longest task: the extension’s tasks ((e): any task',
      '  during the feed). page alone: the document’s main-thread time without the extension ((e): the feed’s).',
      'heap: peak JS heap of the page’s V8 isolate (content script included) / of the page alone.',
    ].join('\n'),
  );
  print();
  print('Details:');
  for (const page of Object.values(pagesById)) {
    const parts = [];
    if (page.evaluate)
      parts.push(`the loader’s first call after the parse ${withSpread(page.evaluate)} ms`);
    parts.push(earlyText(page.early, { inTotal: !page.batchMax }));
    if (page.extensionJs)
      parts.push(`extension callbacks (trace) ${withSpread(page.extensionJs)} ms`);
    if (!page.batchMax)
      parts.push(`document with extension minus page alone ${withSpread(page.delta)} ms`);
    if (!page.batchMax)
      parts.push(`CPU time of the extension's tasks ${withSpread(page.ownCpu)} ms`);
    parts.push(`CPU time with extension minus page alone ${withSpread(page.cpu)} ms`);
    parts.push(
      `longest task: ${page.longestInside ?? 'short'} (its CPU time ${withSpread(page.longestCpu)} ms)`,
    );
    parts.push(`longest task of the page alone ${withSpread(page.longestAlone)} ms`);
    parts.push(
      `floor's longest ${withSpread(page.floorLongest)} ms, floor marks ${fmt(median(page.floorMarks))}`,
    );
    if (page.domRecords) parts.push(`DOM records after load ${Math.max(...page.domRecords)}`);
    if (page.regexTest)
      parts.push(`one regex test over body.textContent ${withSpread(page.regexTest)} ms`);
    if (page.naive) parts.push(`naive mark.js ${withSpread(page.naive)} ms`);
    if (page.extensionScript) {
      parts.push(
        `script alone (no subtraction): extension callbacks ${withSpread(page.extensionScript)} ms, floor calls ${withSpread(page.floorScript)} ms`,
      );
    }
    if (page.batchMax) {
      parts.push(
        `per batch: median ${withSpread(page.batchMedian)} ms, max ${withSpread(page.batchMax)} ms, batches over 200 ms ${Math.max(...page.batchesOver)}/${page.batches}`,
      );
    }
    if (page.errors.length) parts.push(`page errors: ${page.errors.join(' | ')}`);
    print(`  (${page.id}) ${parts.join('; ')}`);
  }
  print();

  // Budgets.
  const a = pagesById.a;
  const b = pagesById.b;
  const e = pagesById.e;
  const budgets = [];
  const budget = (label, value, limit, pass) =>
    budgets.push({
      label,
      value,
      limit,
      pass: value === null || !Number.isFinite(value) ? null : pass,
    });
  const hitRatio = a ? median(a.extension) / median(a.floor) : null;
  const missRatio = b ? median(b.extension) / median(b.regexTest) : null;
  const firstMs = a ? median(a.first) : null;
  const naiveSpeedup = a?.naive ? median(a.naive) / median(a.extension) : null;
  const longestOverall = Math.max(
    ...Object.values(pagesById).map((page) => median(page.longest) ?? 0),
  );
  const outside = results.outside;
  if (outside) {
    budget(
      'small page without a mention: added main-thread time ≤ 2 ms',
      outside.smallAdded,
      '2 ms',
      outside.smallAdded <= 2,
    );
    const frameLimit = 2 * Math.max(outside.perFrameEmpty, 0);
    budget(
      `each further same-site frame ≤ 2× an empty content script's (${fmt(outside.perFrameEmpty, 2)} ms)`,
      outside.perFrame,
      `${fmt(frameLimit, 2)} ms`,
      outside.perFrame <= frameLimit,
    );
  }
  if (a) {
    budget('(a) total ≤ 1.0× floor', hitRatio, '1.0×', hitRatio <= 1.0);
    budget(
      '(a) first viewport highlight ≤ 50 ms after script start',
      firstMs,
      '50 ms',
      firstMs <= 50,
    );
    budget('(a) no task > 50 ms', median(a.longest), '50 ms', median(a.longest) <= 50);
  }
  if (b) {
    budget('(b) ≤ 1.2× one regex test over body.textContent', missRatio, '1.2×', missRatio <= 1.2);
    const writes = Math.max(...b.domRecords);
    budget('(b) zero DOM writes', writes, '0', writes === 0);
  }
  for (const id of ['c', 'd']) {
    const page = pagesById[id];
    if (page)
      budget(`(${id}) no task > 50 ms`, median(page.longest), '50 ms', median(page.longest) <= 50);
  }
  if (e) {
    const worst = Math.max(...e.batchMax);
    budget('(e) each batch highlighted within 200 ms', worst, '200 ms', worst <= 200);
    const ratio = median(e.extension) / median(e.floor);
    budget('(e) total ≤ 1.5× floor', ratio, '1.5×', ratio <= 1.5);
  }
  print('Budgets:');
  for (const item of budgets) {
    const verdict = item.pass === null ? 'N/A ' : item.pass ? 'PASS' : 'FAIL';
    print(
      `  ${verdict} ${item.label}: ${fmt(item.value, item.value < 10 ? 2 : 0)} (limit ${item.limit})`,
    );
  }
  print();

  if (outside) {
    const line = (file) => {
      const { medians } = outside[file];
      return `${file}: page alone ${fmt(medians.plain, 1)} ms, Treaty Lens +${fmt(medians.extension - medians.plain, 1)} ms, empty content script +${fmt(medians.empty - medians.plain, 1)} ms`;
    };
    print(
      `outside view (TaskDuration 1.5 s after load, medians of ${outside['small.html'].samples.plain.length} loads after a warm-up, minus the page alone):`,
    );
    print(`  ${line('small.html')}`);
    print(`  ${line('frames.html')}`);
    print(
      `  per further same-site frame: Treaty Lens ${fmt(outside.perFrame, 2)} ms, empty content script ${fmt(outside.perFrameEmpty, 2)} ms`,
    );
    if (a)
      print(
        `  (a) naive mark.js (reference, not a budget): ${fmt(naiveSpeedup, 1)}× the extension's time`,
      );
  }
  if (results.idle) {
    const { extension, plain } = results.idle;
    print(
      `blank page: the extension's tasks ${withSpread(extension.map((run) => run.cost.busy))} ms (the loader’s first call after the parse ${withSpread(extension.map((run) => run.contentScriptEvalMs))} ms; ${earlyText(earlyOf(extension))}); JS heap ${mb(median(extension.map((run) => run.heapPeak)))} MB with the extension, ${mb(median(plain.map((run) => run.heapPeak)))} MB alone`,
    );
  }
  print(
    `content scripts: ${bundle.files.join(', ')} ${bundle.raw.toLocaleString('en')} bytes raw, ${bundle.gzip.toLocaleString('en')} gzip (${bundle.sizes.map(({ file, raw, gzip }) => `${file} ${raw.toLocaleString('en')} raw, ${gzip.toLocaleString('en')} gzip`).join('; ')})`,
  );
  for (const article of bundle.articles) {
    print(
      `  ${article.inContentScript ? 'FAIL' : 'PASS'} article ${article.id} not in the content script ("${article.sentence}"; found in the viewer: ${article.inViewer ? 'yes' : 'NO'})`,
    );
  }
  for (const [id, profile] of Object.entries(results.profile ?? {})) {
    print();
    print(
      `CPU profile of page (${id}), unminified build: content script self time ${fmt(profile.extensionMs)} ms; top self time:`,
    );
    for (const { name, ms } of profile.top)
      print(`  ${fmt(ms, 1).padStart(7)} ms  ${name.slice(0, 110)}`);
    print(
      '  tasks of 50 ms or more after the content script started (ms after start + duration: contents):',
    );
    for (const task of profile.longTasks) {
      print(`    ${fmt(task.at)} + ${fmt(task.duration)}: ${task.inside}`);
    }
  }
  print();
  const final = `bench: hit_ratio=${fmt(hitRatio, 2)} miss_ratio=${fmt(missRatio, 2)} first_ms=${fmt(firstMs, 1)} longest_task_ms=${fmt(longestOverall, 1)} naive_speedup=${fmt(naiveSpeedup, 1)} small_added_ms=${fmt(outside?.smallAdded ?? null, 1)} frame_added_ms=${fmt(outside?.perFrame ?? null, 2)}`;
  print(final);
  console.log(out.join('\n'));
  return { pages: pagesById, budgets, bundle, final, text: out.join('\n') };
}
