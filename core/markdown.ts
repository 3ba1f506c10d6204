/**
 * A small Markdown reader for docs/editorial.md, run at build time (scripts/markdown.ts) so the
 * "How this is judged" page ships the document as data and renders it with Preact: text stays
 * text (no HTML string reaches the page) and no parser ships. It reads only what that document
 * uses: headings, paragraphs, lists, block quotes, `code`, **strong**, *emphasis* and in-page
 * links; any other markup is kept as the text it is.
 */

export type Inline =
  | { type: 'text' | 'strong' | 'em' | 'code'; text: string }
  | { type: 'link'; text: string; href: string };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; id: string; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; blocks: Block[] };

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\((#[^)\s]*)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ type: 'text', text: text.slice(last, at) });
    const [, code, strong, em, label, href] = match;
    if (code !== undefined) out.push({ type: 'code', text: code });
    else if (strong !== undefined) out.push({ type: 'strong', text: strong });
    else if (em !== undefined) out.push({ type: 'em', text: em });
    else if (label !== undefined && href !== undefined)
      out.push({ type: 'link', text: label, href });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const BULLET = /^(?:[-*]|\d+\.)\s+/;

export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const block of markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const trimmed = block.trim();
    if (trimmed === '') continue;
    const lines = trimmed.split('\n');
    const heading = /^(#{1,4})\s+(.*)$/.exec(trimmed);
    if (heading && lines.length === 1) {
      const text = heading[2] ?? '';
      const level = (heading[1]?.length ?? 1) as 1 | 2 | 3 | 4;
      blocks.push({ type: 'heading', level, id: slug(text), content: parseInline(text) });
    } else if (lines.every((line) => /^>\s?/.test(line))) {
      const inner = lines.map((line) => line.replace(/^>\s?/, '')).join('\n');
      blocks.push({ type: 'quote', blocks: parseMarkdown(inner) });
    } else if (BULLET.test(lines[0] ?? '')) {
      const items: string[] = [];
      for (const line of lines) {
        if (BULLET.test(line)) items.push(line.replace(BULLET, ''));
        else items[items.length - 1] = `${items[items.length - 1] ?? ''} ${line.trim()}`;
      }
      blocks.push({
        type: 'list',
        ordered: /^\d+\./.test(lines[0] ?? ''),
        items: items.map(parseInline),
      });
    } else {
      blocks.push({
        type: 'paragraph',
        content: parseInline(lines.map((line) => line.trim()).join(' ')),
      });
    }
  }
  return blocks;
}
