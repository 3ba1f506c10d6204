// The five benchmark pages, generated at run time into .tmp/bench/ from a fixed seed:
// (a) 2 MiB of news with mentions, (b) the same prose without them, (c) 100,000 small text
// nodes with a few mentions, (d) one 300 KB <pre>, (e) an infinite-scroll feed.
// Each page comes with what the extension should do there, counted in Node by the matcher.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './random.mjs';
import { headline, LANGS, namesByLanguage, paragraph } from './text.mjs';

const SEED = 20240619;
const STYLE = 'body{font:16px/1.5 Georgia,serif;margin:1.5rem auto;max-width:46rem;padding:0 1rem}';

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sizes of the full run and of `--quick` (the smoke test: same shapes, a tenth of the work). */
export const SIZES = {
  full: {
    newsBytes: 2 * 1024 * 1024,
    minMentions: 5000,
    smallNodes: 100_000,
    preBytes: 300 * 1024,
    feed: { seconds: 10, batchesPerSecond: 10, perBatch: 100, pool: 1000 },
  },
  quick: {
    newsBytes: 200 * 1024,
    minMentions: 400,
    smallNodes: 10_000,
    preBytes: 30 * 1024,
    feed: { seconds: 2, batchesPerSecond: 10, perBatch: 100, pool: 200 },
  },
};

function pickLang(r) {
  const x = r.next();
  return x < 0.6 ? 'en' : x < 0.8 ? 'ru' : 'ko';
}

function segmentsHtml(segments) {
  return segments
    .map((segment) =>
      typeof segment === 'string'
        ? escapeHtml(segment)
        : `<${segment.tag}${segment.tag === 'a' ? ' href="#"' : ''}>${escapeHtml(segment.text)}</${segment.tag}>`,
    )
    .join('');
}

const segmentTexts = (segments) =>
  segments.map((segment) => (typeof segment === 'string' ? segment : segment.text));

function htmlDocument({ title, lang = 'en', head = '', body }) {
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Articles of 6–10 paragraphs until `bytes`; `mentionRate` 0 gives (b), the same prose unnamed. */
function newsBody({ matcher, names, bytes, mentionRate }) {
  const r = createRandom(SEED);
  const parts = [];
  const texts = [];
  let size = 0;
  let paragraphs = 0;
  while (size < bytes) {
    const lang = pickLang(r);
    const title = headline({ r, lang, isClean: matcher.isClean });
    let html = `<article lang="${lang}">\n<h2>${escapeHtml(title)}</h2>\n`;
    texts.push(title);
    const count = r.int(6, 10);
    for (let i = 0; i < count; i++) {
      const segments = paragraph({ r, lang, names, mentionRate, isClean: matcher.isClean });
      html += `<p>${segmentsHtml(segments)}</p>\n`;
      texts.push(...segmentTexts(segments));
      paragraphs++;
    }
    html += '</article>\n';
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  return { body: parts.join(''), texts, paragraphs };
}

function smallNodesBody({ matcher, count }) {
  const r = createRandom(SEED + 3);
  const words = ['steel', 'rice', 'coal', 'timber', 'Busan', 'Irkutsk', 'Q3', 'net', 'gross'];
  const names = [
    'Vladimir Putin',
    'Sergei Lavrov',
    'Kim Jong Un',
    'Сергей Лавров',
    '블라디미르 푸틴',
  ];
  // A few mentions: about 40 cells out of `count`, full names (they need no page context).
  const every = Math.floor(count / 40);
  const texts = [];
  let html = '<h1>Regional shipping statistics</h1>\n<div id="grid">';
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) html += i === 0 ? '<div class="r">' : '</div><div class="r">';
    let text;
    if (i % every === every - 1) text = r.pick(names);
    else {
      do text = `${r.pick(words)} ${r.int(1, 9999)}`;
      while (!matcher.isClean(text));
    }
    texts.push(text);
    html += `<span>${escapeHtml(text)}</span>`;
  }
  html += '</div></div>';
  texts.push('Regional shipping statistics');
  return { body: html, texts };
}

function preBody({ matcher, names, bytes }) {
  const r = createRandom(SEED + 4);
  const levels = ['INFO ', 'DEBUG', 'WARN '];
  const events = [
    (n) => `shipment ${n} cleared customs at Busan`,
    (n) => `relay ${n % 64} reconnected after ${n % 900} ms`,
    (n) => `cache miss for key region:${n}`,
    (n) => `wrote ${n} rows to ledger`,
  ];
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const time = `2024-06-19T${String(3 + (i % 20)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}Z`;
    let event = r.pick(events)(r.int(100, 99999));
    if (i % 25 === 24) event += ` — note: ${r.pick(names.en.people)} mentioned in bulletin`;
    if (i % 100 === 99) event += ` re ${r.pick(names.en.treaties)}`;
    const line = `${time} ${r.pick(levels)} worker[${i % 16}] ${event}`;
    if (!event.includes('note') && !event.includes(' re ') && !matcher.isClean(line)) continue;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const text = lines.join('\n');
  return {
    body: `<h1>Relay log, 19 June 2024</h1>\n<pre>${escapeHtml(text)}</pre>`,
    texts: [text, 'Relay log, 19 June 2024'],
  };
}

/**
 * The feed: a pool of paragraphs (JSON in the page) appended in batches by `__feed.start()`,
 * which the harness calls once the page has settled. Each batch is a <section data-batch=k>,
 * appended, timed, optionally highlighted by the floor (`__floor`) in the same task, and then
 * scrolled into view (the reader follows the feed, so new text is in the viewport).
 */
function feedPage({ matcher, names, feed }) {
  const r = createRandom(SEED + 5);
  const pool = [];
  for (let i = 0; i < feed.pool; i++) {
    pool.push(
      paragraph({ r, lang: pickLang(r), names, mentionRate: 0.22, isClean: matcher.isClean }),
    );
  }
  const batches = feed.seconds * feed.batchesPerSecond;
  const texts = [];
  for (let k = 0; k < batches * feed.perBatch; k++)
    texts.push(...segmentTexts(pool[k % pool.length]));
  const intro = 'New posts appear below as they arrive.';
  texts.push('Live feed', intro);
  const driver = `
(() => {
  const pool = JSON.parse(document.getElementById('pool').textContent);
  const build = (k, perBatch) => {
    const section = document.createElement('section');
    section.dataset.batch = String(k);
    for (let i = 0; i < perBatch; i++) {
      const p = document.createElement('p');
      for (const segment of pool[(k * perBatch + i) % pool.length]) {
        if (typeof segment === 'string') { p.append(segment); continue; }
        const element = document.createElement(segment.tag);
        if (segment.tag === 'a') element.href = '#';
        element.textContent = segment.text;
        p.append(element);
      }
      section.append(p);
    }
    return section;
  };
  window.__feed = {
    appended: [],
    floorMs: 0,
    start({ batches, perBatch, intervalMs, floor }) {
      const feed = document.getElementById('feed');
      return new Promise((done) => {
        const t0 = performance.now();
        let k = 0;
        const tick = () => {
          const section = build(k, perBatch);
          feed.append(section);
          window.__feed.appended.push(performance.now());
          if (floor) {
            const started = performance.now();
            window.__floor(section);
            window.__feed.floorMs += performance.now() - started;
          }
          window.scrollTo(0, section.offsetTop);
          k++;
          if (k < batches) setTimeout(tick, Math.max(0, t0 + k * intervalMs - performance.now()));
          else done();
        };
        setTimeout(tick, 0);
      });
    },
  };
})();`;
  const head = `<script type="application/json" id="pool">${JSON.stringify(pool).replace(/</g, '\\u003c')}</script>\n<script>${driver}</script>\n`;
  return {
    head,
    body: `<h1>Live feed</h1>\n<p>${intro}</p>\n<main id="feed"></main>`,
    texts,
    batches,
  };
}

/** Writes the pages into `dir` and returns what each holds. */
export function generatePages({ dir, matcher, quick }) {
  const size = quick ? SIZES.quick : SIZES.full;
  const names = namesByLanguage(matcher.entities);
  mkdirSync(dir, { recursive: true });
  const pages = [];
  const write = ({ id, title, html, texts, extra = {} }) => {
    const file = `${id}.html`;
    writeFileSync(join(dir, file), html);
    const mentions = matcher.countMentions(texts);
    const regexMatches = texts.reduce((sum, text) => sum + matcher.regexMatches(text), 0);
    const textNodes = texts.filter((text) => /\S/.test(text)).length;
    pages.push({
      id,
      title,
      file,
      bytes: Buffer.byteLength(html),
      textNodes,
      mentions,
      regexMatches,
      ...extra,
    });
  };

  const news = newsBody({ matcher, names, bytes: size.newsBytes, mentionRate: 0.22 });
  write({
    id: 'a',
    title: `(a) ${Math.round(size.newsBytes / 1024)} KiB news, mentions`,
    html: htmlDocument({ title: 'Regional news digest', body: news.body }),
    texts: news.texts,
  });
  const plain = newsBody({ matcher, names, bytes: size.newsBytes, mentionRate: 0 });
  write({
    id: 'b',
    title: `(b) ${Math.round(size.newsBytes / 1024)} KiB news, no mention`,
    html: htmlDocument({ title: 'Regional news digest', body: plain.body }),
    texts: plain.texts,
  });
  const small = smallNodesBody({ matcher, count: size.smallNodes });
  write({
    id: 'c',
    title: `(c) ${size.smallNodes.toLocaleString('en')} small text nodes`,
    html: htmlDocument({ title: 'Shipping statistics', body: small.body }),
    texts: small.texts,
  });
  const pre = preBody({ matcher, names, bytes: size.preBytes });
  write({
    id: 'd',
    title: `(d) one ${Math.round(size.preBytes / 1024)} KB <pre>`,
    html: htmlDocument({ title: 'Relay log', body: pre.body }),
    texts: pre.texts,
  });
  const feed = feedPage({ matcher, names, feed: size.feed });
  write({
    id: 'e',
    title: `(e) feed: ${size.feed.perBatch * size.feed.batchesPerSecond} paragraphs/s for ${size.feed.seconds} s`,
    html: htmlDocument({ title: 'Live feed', head: feed.head, body: feed.body }),
    texts: feed.texts,
    extra: {
      feed: {
        batches: feed.batches,
        perBatch: size.feed.perBatch,
        intervalMs: 1000 / size.feed.batchesPerSecond,
      },
    },
  });
  writeFileSync(join(dir, 'blank.html'), htmlDocument({ title: 'blank', body: '<p>ready</p>' }));

  const a = pages[0];
  if (a.mentions < size.minMentions) {
    throw new Error(`bench: page (a) has ${a.mentions} mentions, fewer than ${size.minMentions}`);
  }
  if (pages[1].regexMatches !== 0) {
    throw new Error(`bench: page (b) must hold no match, found ${pages[1].regexMatches}`);
  }
  return { pages, languages: LANGS };
}
