import type { Source } from '@/core/schema';
import { INFERRED_NOTE } from '@/core/views';
import { viewerHash } from '@/entrypoints/sources/address';
import { formatDate } from './SourceArticle';

/** Shown when the address names no known source: what went wrong, and every source to pick. */
export function SourceList({
  sources,
  requested,
}: {
  sources: readonly Source[];
  requested: string | null;
}) {
  return (
    <section class="tv-missing" aria-labelledby="tv-missing-title">
      <h1 id="tv-missing-title" class="tv-headline" tabIndex={-1}>
        {requested ? 'Unknown source' : 'No source chosen'}
      </h1>
      <p class="tv-notice tv-notice-missing" role="alert">
        {requested
          ? `There is no bundled source called “${requested}”. Choose one of the ${sources.length} sources below.`
          : `The address does not name a source. Choose one of the ${sources.length} sources below.`}
      </p>
      <ul class="tv-source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <a href={viewerHash({ source: s.id })} data-source={s.id}>
              <span class="tv-outlet">{s.outlet}</span>
              <span class="tv-list-headline">{s.title}</span>
              <span class="tv-meta">
                {s.byline ? `By ${s.byline} · ` : ''}
                {formatDate({ iso: s.published })}
                {s.attribution === 'inferred' ? ` · ${INFERRED_NOTE}` : ''}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
