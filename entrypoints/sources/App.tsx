/**
 * The source viewer: `sources.html#source=<id>&quote=<text>` shows that article with the quoted
 * passage highlighted (mark.js) and scrolled into view; any other address shows the source list
 * with a message. The hash is the whole state, so links between sources are plain hash links.
 */
import Mark from 'mark.js';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type PassageState, SourceArticle } from '@/components/SourceArticle';
import { SourceList } from '@/components/SourceList';
import { SourceNav } from '@/components/SourceNav';
import { parseViewerHash, type ViewerAddress } from './address';
import { ARTICLES, type Article, SOURCES } from './articles';
import { findPassage } from './passage';

function useAddress(): ViewerAddress {
  const [address, setAddress] = useState(() => parseViewerHash({ hash: location.hash }));
  useEffect(() => {
    const update = () => setAddress(parseViewerHash({ hash: location.hash }));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return address;
}

function ArticleView({ article, quote }: { article: Article; quote: string | null }) {
  const textRef = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<PassageState>('none');

  const showPassage = useCallback(({ always }: { always: boolean }) => {
    const mark = textRef.current?.querySelector('mark.tv-passage');
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    // A passage already in view stays put, so the headline and byline above it stay visible.
    if (!always && box.top >= 0 && box.bottom <= innerHeight) return;
    mark.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, []);

  useLayoutEffect(() => {
    const el = textRef.current;
    if (!el) return;
    const ranges = quote ? findPassage({ text: article.text, quote }) : [];
    if (ranges.length > 0) {
      new Mark(el).markRanges(ranges, { element: 'mark', className: 'tv-passage' });
      el.querySelector('mark.tv-passage')?.setAttribute('id', 'passage');
    }
    setPassage(!quote ? 'none' : ranges.length > 0 ? 'found' : 'missing');
  }, [article, quote]);

  useEffect(() => {
    if (passage === 'found') showPassage({ always: false });
    else scrollTo({ top: 0 });
  }, [passage, showPassage]);

  return (
    <SourceArticle
      source={article.source}
      text={article.text}
      quote={quote}
      passage={passage}
      textRef={textRef}
      onShowPassage={() => showPassage({ always: true })}
    />
  );
}

export function App() {
  const { source, requested, quote } = useAddress();
  const article = source ? ARTICLES.get(source) : undefined;

  useEffect(() => {
    document.title = article
      ? `${article.source.outlet}: ${article.source.title} · Treaty Lens`
      : 'Sources · Treaty Lens';
  }, [article]);

  return (
    <div class="tv-page">
      <header class="tv-brand">
        <span class="tv-brand-name">Treaty Lens</span>
        <span class="tv-brand-sub">Bundled sources</span>
      </header>
      <div class="tv-layout">
        <SourceNav sources={SOURCES} current={article ? article.source.id : null} />
        <main class="tv-main">
          {article ? (
            // Keyed so each address gets fresh DOM: mark.js splits text nodes Preact tracks.
            <ArticleView
              key={`${article.source.id}\n${quote ?? ''}`}
              article={article}
              quote={quote}
            />
          ) : (
            <SourceList sources={SOURCES} requested={requested} />
          )}
        </main>
      </div>
    </div>
  );
}
