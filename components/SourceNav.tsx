import type { Source, SourceId } from '@/core/schema';
import { shortOutletName } from '@/core/views';
import { viewerHash } from '@/entrypoints/sources/address';

/** The five sources, in sources.json order, each one click away. */
export function SourceNav({
  sources,
  current,
}: {
  sources: readonly Source[];
  current: SourceId | null;
}) {
  return (
    <nav class="tv-nav" aria-label="Sources">
      <h2 class="tv-nav-title">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id}>
            <a
              href={viewerHash({ source: s.id })}
              data-source={s.id}
              aria-current={s.id === current ? 'page' : undefined}
            >
              <span class="tv-nav-outlet">
                {shortOutletName({ outlet: s.outlet })}
                {s.attribution === 'inferred' && (
                  <span class="tv-star" aria-hidden="true">
                    *
                  </span>
                )}
              </span>
              <span class="tv-nav-headline">{s.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
