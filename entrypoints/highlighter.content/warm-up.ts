/**
 * Short texts run through a new matcher in tasks of their own before the first page text is
 * scanned: V8 compiles a regex on its first run (and again, to machine code, once it is used),
 * and for the matcher's big regexes each compile takes some 10–30 ms. Two stages keep each task
 * under ~35 ms. The texts name nothing the page context would keep: a throwaway context takes them.
 */
import { createPageContext, type Matcher } from '@/core/matcher';

export const WARM_UP: readonly ((matcher: Matcher) => void)[] = [
  // The scan regex, to no match.
  (matcher) => {
    for (const text of ['The talks went on.', 'Переговоры продолжались.', 'Nothing here.']) {
      matcher.scan(text);
    }
  },
  // Matches: the regex that identifies the alias, the checks around a name, the topic cues and
  // the checks around a treaty's name (its sentence, years, qualifiers).
  (matcher) => {
    for (const text of ['Putin.', 'Kim Jong Un.', 'Путин и 김정은 — 조약.']) matcher.scan(text);
    const text =
      'Russia and North Korea signed the Strategic Partnership Treaty in 2024; the treaty';
    createPageContext({ matcher }).add({ text, candidates: matcher.scan(text) });
  },
];
