/**
 * The five bundled articles with their metadata. Article texts are imported here and only here:
 * the viewer page is the one place that shows them, so the content script never carries them.
 */

import { Source, type SourceId } from '@/core/schema';
import { z } from '@/core/zod';
import sourcesJson from '@/data/sources.json';

export interface Article {
  source: Source;
  text: string;
}

const texts = import.meta.glob<string>('/data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const SOURCES: readonly Source[] = z.array(Source).parse(sourcesJson);

export const ARTICLES: ReadonlyMap<SourceId, Article> = new Map(
  SOURCES.map((source) => {
    const text = texts[`/data/${source.file}`];
    if (text === undefined) throw new Error(`[treaty-lens] missing article text ${source.file}`);
    return [source.id, { source, text }];
  }),
);
