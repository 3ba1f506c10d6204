// The content script as shipped: its size, raw and gzipped, and proof that none of the five
// article texts went into it (they belong to the source viewer only).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Non-ASCII as \uXXXX, the way a bundler may write string literals. */
const asciiEscaped = (text) =>
  text.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

const collapse = (text) => text.replace(/\s+/g, ' ');

/**
 * A distinctive sentence of an article: text only the article holds. The popover rightly ships
 * the claims' and disputes' quotes (verbatim passages) and the sources' titles, so those are cut
 * out first; of what is left, the longest run of letters, digits and spaces (no quotes or
 * punctuation, which a bundler could escape), at most 80 characters.
 */
export function distinctiveSentence({ text, shipped }) {
  let rest = collapse(text);
  for (const passage of shipped) rest = rest.split(collapse(passage)).join('\u0000');
  const runs = (rest.match(/[\p{L}\p{N} ]{30,}/gu) ?? [])
    .map((run) => run.trim().slice(0, 80))
    // Runs that cross a line break of the article are not verbatim text: skip them.
    .filter((run) => text.includes(run));
  return runs.sort((a, b) => b.length - a.length)[0] ?? '';
}

const readJs = (dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');

const contains = (code, sentence) =>
  code.includes(sentence) || code.includes(asciiEscaped(sentence));

/**
 * The content script's size, and for each article whether its distinctive sentence is in the
 * content script (it must not be) and in the viewer's chunks (it must: that proves the search
 * would find it).
 */
export function inspectContentScripts({ root, output = join(root, '.output/chrome-mv3') }) {
  const dir = join(output, 'content-scripts');
  // The loader (every page and frame) and the highlighter chunk it imports where a page may
  // hold a mention: both run on the reader's pages.
  const paths = [
    ...readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => join(dir, file)),
    join(output, 'highlights.js'),
  ];
  const files = paths.map((path) => path.slice(output.length + 1));
  const code = paths.map((path) => readFileSync(path, 'utf8')).join('\n');
  const viewer = `${readJs(join(output, 'chunks'))}\n${readJs(output)}`;
  const raw = Buffer.byteLength(code);
  const gzip = gzipSync(code, { level: 9 }).length;
  // Each script alone too: the loader runs in every frame at document_start.
  const sizes = paths.map((path, i) => {
    const text = readFileSync(path);
    return { file: files[i], raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
  });
  const data = (file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
  const evidence = [
    ...data('claims.json').flatMap((claim) => claim.evidence),
    ...data('disputes.json').flatMap((dispute) =>
      dispute.accounts.flatMap((account) => account.evidence),
    ),
  ];
  const sources = data('sources.json');
  const shipped = [...evidence.map((item) => item.quote), ...sources.map((source) => source.title)];
  const articles = sources.map((source) => {
    const text = readFileSync(join(root, 'data', source.file), 'utf8');
    const sentence = distinctiveSentence({ text, shipped });
    return {
      id: source.id,
      sentence,
      inContentScript: contains(code, sentence),
      inViewer: contains(viewer, sentence),
    };
  });
  return { files, raw, gzip, sizes, articles };
}
