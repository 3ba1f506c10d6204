import type { Block, Inline } from '@/core/markdown';

function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((inline, i) => {
        // Inline runs have no ids; their order in the document is fixed.
        switch (inline.type) {
          case 'strong':
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed document order
            return <strong key={i}>{inline.text}</strong>;
          case 'em':
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed document order
            return <em key={i}>{inline.text}</em>;
          case 'code':
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed document order
            return <code key={i}>{inline.text}</code>;
          case 'link':
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed document order
              <a key={i} href={inline.href}>
                {inline.text}
              </a>
            );
          default:
            return inline.text;
        }
      })}
    </>
  );
}

/** A document read by core/markdown.ts, rendered as elements and text (never as HTML). */
export function MarkdownDoc({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        const key = `${i}`;
        switch (block.type) {
          case 'heading': {
            const Tag = `h${block.level}` as 'h1';
            return (
              <Tag key={key} id={block.id}>
                <Inlines content={block.content} />
              </Tag>
            );
          }
          case 'paragraph':
            return (
              <p key={key}>
                <Inlines content={block.content} />
              </p>
            );
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return (
              <Tag key={key}>
                {block.items.map((item, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed document order
                  <li key={j}>
                    <Inlines content={item} />
                  </li>
                ))}
              </Tag>
            );
          }
          case 'quote':
            return (
              <blockquote key={key}>
                <MarkdownDoc blocks={block.blocks} />
              </blockquote>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
