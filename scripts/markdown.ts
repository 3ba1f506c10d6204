/**
 * Vite: `import doc from '…/file.md?blocks'` gives the file read by core/markdown.ts, as JSON.
 * Used for docs/editorial.md, the "How this is judged" page (entrypoints/editorial/): the
 * extension ships the document's blocks, not a Markdown parser, and renders them as text.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parseMarkdown } from '../core/markdown';

export function markdownBlocks(): Plugin {
  return {
    name: 'treaty-lens:markdown-blocks',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('.md?blocks')) return null;
      const file = id.slice(0, -'?blocks'.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(parseMarkdown(readFileSync(file, 'utf8')))};`;
    },
  };
}
