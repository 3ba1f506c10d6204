import type { Ref } from 'preact';
import type { Source } from '@/core/schema';
import { INFERRED_NOTE } from '@/core/views';

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2024-06-19" → "19 June 2024", read as UTC so the reader's time zone cannot shift the day. */
export function formatDate({ iso }: { iso: string }): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

export type PassageState = 'none' | 'found' | 'missing';

/**
 * One article: outlet (and how it is known), headline, byline, date, and the full text as
 * preformatted paragraphs. The text is one text node so passage offsets map onto it directly.
 */
export function SourceArticle({
  source,
  text,
  quote,
  passage,
  textRef,
  onShowPassage,
}: {
  source: Source;
  text: string;
  quote: string | null;
  passage: PassageState;
  textRef?: Ref<HTMLDivElement>;
  onShowPassage?: () => void;
}) {
  return (
    <article class="tv-article" data-source={source.id}>
      <header class="tv-article-header">
        <p class="tv-outlet">
          {source.outlet}
          {source.attribution === 'inferred' && (
            <span class="tv-inferred" data-inferred="">
              {' '}
              · {INFERRED_NOTE.charAt(0).toUpperCase() + INFERRED_NOTE.slice(1)}
            </span>
          )}
        </p>
        <h1 class="tv-headline" tabIndex={-1}>
          {source.title}
        </h1>
        <p class="tv-meta">
          {source.byline ? `By ${source.byline}` : 'No byline'}
          <span aria-hidden="true"> · </span>
          <time dateTime={source.published}>{formatDate({ iso: source.published })}</time>
        </p>
      </header>
      {quote && passage === 'found' && (
        <p class="tv-notice tv-notice-found" role="status">
          The cited passage is highlighted below.{' '}
          {onShowPassage && (
            <button type="button" class="tv-link" onClick={onShowPassage}>
              Go to the passage
            </button>
          )}
        </p>
      )}
      {quote && passage === 'missing' && (
        <div class="tv-notice tv-notice-missing" role="status">
          <p>
            The cited passage was not found in this article. The full text is shown; the passage
            was:
          </p>
          <blockquote class="tv-quote">{quote}</blockquote>
        </div>
      )}
      <div class="tv-text" ref={textRef}>
        {text}
      </div>
    </article>
  );
}
