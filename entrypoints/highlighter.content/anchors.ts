/**
 * The loader's first question, cheaper than the prefilter: a few dozen words, one of which any
 * text the prefilter accepts must contain. The prefilter is a 13 KB regex (its first run costs
 * V8 some 14 ms to compile) that comes with the highlighter's chunk; the anchors are all the
 * loader holds. They are derived at BUILD time (this module is not shipped; entities.ts exports
 * the result) from each prefilter path's source: a literal run or a mandatory group every match
 * of that path must contain. Only a page whose text holds an anchor loads the chunk and puts
 * that text to the prefilter.
 */

type Need = string[] | null;

/**
 * Words too common in prose to be worth an anchor when a path offers another: with one of them
 * among the anchors, most English pages would go on to the prefilter.
 */
const COMMON = new Set(['this', 'the', 'new', 'leader', 'president', 'russia', 'korean', 'north']);

/** Strings one of which every match of `source` contains, or null when none can be told. */
export function necessary(source: string): Need {
  let at = 0;
  /** Reads one alternative list up to `)` or the end. */
  const alternatives = (): Need => {
    const options: Need[] = [sequence()];
    while (source[at] === '|') {
      at++;
      options.push(sequence());
    }
    if (options.some((option) => option === null)) return null;
    return [...new Set((options as string[][]).flat())];
  };
  const quantifier = (): { optional: boolean } | null => {
    const char = source[at];
    if (char === '?' || char === '*') {
      at++;
      if (source[at] === '?') at++;
      return { optional: true };
    }
    if (char === '+') {
      at++;
      if (source[at] === '?') at++;
      return { optional: false };
    }
    if (char === '{') {
      const match = /^\{(\d*)(,\d*)?\}\??/.exec(source.slice(at));
      if (match) {
        at += match[0].length;
        return { optional: Number(match[1] || '0') === 0 };
      }
    }
    return null;
  };
  const sequence = (): Need => {
    const found: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run) found.push([run]);
      run = '';
    };
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const char = source[at] as string;
      if (char === '(') {
        endRun();
        const head = /^\(\?(?:<?[=!]|<[^>]+>|:)?/.exec(source.slice(at))?.[0] ?? '(';
        const lookaround = /^\(\?<?[=!]/.test(head);
        at += head.length;
        const inner = alternatives();
        at++; // ')'
        const q = quantifier();
        if (!lookaround && !q?.optional && inner) found.push(inner);
        continue;
      }
      if (char === '[') {
        endRun();
        at++;
        while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
        at++;
        quantifier();
        continue;
      }
      let literal: string | null = null;
      if (char === '\\') {
        const token = /^\\(u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|[pP]\{[^}]+\}|.)/.exec(
          source.slice(at),
        )?.[0] as string;
        at += token.length;
        const body = token.slice(1);
        if (/^u\{/.test(body)) literal = String.fromCodePoint(Number.parseInt(body.slice(2), 16));
        else if (/^[ux]/.test(body) && body.length > 1)
          literal = String.fromCharCode(Number.parseInt(body.slice(1), 16));
        else if (/^[^\p{L}\p{N}]$/u.test(body)) literal = body;
        // \s \d \w \b \p{…}: classes and assertions, no literal.
      } else if (char === '.' || char === '^' || char === '$') {
        at++;
      } else {
        literal = String.fromCodePoint(source.codePointAt(at) as number);
        at += literal.length;
      }
      const q = quantifier();
      if (literal === null || q?.optional) {
        endRun();
      } else {
        run += literal;
        if (q) endRun(); // 'a+': the run can go on with more a's, not with what follows
      }
    }
    endRun();
    if (found.length === 0) return null;
    // The best of the necessary sets: no common word, its shortest string the longest, then the
    // fewest strings.
    const score = (set: string[]) =>
      (set.some((s) => /^[ -~]{0,2}$/.test(s)) ? -2e6 : 0) +
      (set.some((s) => COMMON.has(s.toLowerCase())) ? -1e6 : 0) +
      Math.min(...set.map((s) => s.length)) * 1000 -
      set.length;
    return found.sort((a, b) => score(b) - score(a))[0] as string[];
  };
  const result = alternatives();
  return at >= source.length ? result : null;
}

/** Regex-escapes a literal. */
const escapeLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * The anchors of all the prefilter's paths, each kept only when no shorter anchor is inside it
 * (a text holding the longer holds the shorter), as one case-insensitive regex source; null
 * when some path has none (the loader then loads the chunk for the first text it sees).
 */
export function anchorsOf(sources: readonly string[]): { source: string; flags: string } | null {
  const all = new Set<string>();
  for (const source of sources) {
    const need = necessary(source);
    if (!need) return null;
    for (const anchor of need) all.add(anchor.toLowerCase());
  }
  const sorted = [...all].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const anchor of sorted) {
    if (!kept.some((shorter) => anchor.includes(shorter))) kept.push(anchor);
  }
  return { source: kept.map(escapeLiteral).join('|'), flags: 'iu' };
}
