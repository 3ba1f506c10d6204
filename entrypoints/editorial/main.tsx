/**
 * "How this is judged": docs/editorial.md, read while building (scripts/markdown.ts) so that
 * the page shows exactly the document in the repository, offline, with no parser shipped.
 */
import { render } from 'preact';
import { MarkdownDoc } from '@/components/MarkdownDoc';
import blocks from '@/docs/editorial.md?blocks';

const main = document.getElementById('editorial');
if (main) render(<MarkdownDoc blocks={blocks} />, main);
