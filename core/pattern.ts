/**
 * Regex building blocks for the matcher: separators, word boundaries and a token trie that turns
 * hundreds of alias variants into ONE alternation. A trie (rather than a flat list of
 * alternatives) keeps the engine from re-trying every alias at every position: aliases that share
 * a first token share one branch, and longer continuations are tried before shorter endings, so
 * the longest alias wins without a second pass.
 */

/** Spaces as they occur in page text (`\s` includes the no-break spaces). */
export const SPACE = '\\s';
/** Hyphens and dashes that join name parts ("Kim Jong-un", "Russia–North Korea"). */
export const DASH = '[\\u2010-\\u2015-]';
/** Between the parts of a personal name: spaces and/or dashes ("Kim Jong Un", "Kim Jong-un"). */
export const NAME_SEPARATOR = '[\\s\\u2010-\\u2015-]+';
/**
 * Between the words of a title or phrase: spaces, dashes, optional commas and quotes, because
 * treaty names arrive as "Friendship, Good-Neighborliness, and Cooperation" or with quotes
 * inside ("comprehensive “strategic partnership” treaty").
 */
export const PHRASE_SEPARATOR = '[\\s,"“”„«»\'‘’\\u2010-\\u2015-]+';
/**
 * Korean writers space compounds freely ("북·러 조약", "북러조약"), so the gap between the words
 * of a Hangul alias is optional; the middle dot comes as U+00B7, U+318D (ㆍ) or U+30FB (・).
 */
export const KOREAN_SEPARATOR = '[\\s·ㆍ・,]*';

/** No letter or digit right after: a match never ends inside a word ("Putinism" is not "Putin"). */
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** Escapes the characters that are syntax in a `u`-flag regex (and only those: `\-` is invalid there). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Splits regex source into atoms: one character, escape, class or group, each with its
 * quantifier. The trie is built over atoms, so aliases share every common leading character and
 * the engine rejects most positions after one comparison.
 */
export function atomize(source: string): string[] {
  const atoms: string[] = [];
  let index = 0;
  while (index < source.length) {
    let end = index;
    const char = source[index];
    if (char === '\\') {
      end = index + 2;
      const kind = source[index + 1];
      if ((kind === 'p' || kind === 'P' || kind === 'u') && source[end] === '{') {
        end = source.indexOf('}', end) + 1;
      } else if (kind === 'u') {
        end += 4;
      }
    } else if (char === '[') {
      end = index + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      end += 1;
    } else if (char === '(') {
      let depth = 0;
      end = index;
      while (end < source.length) {
        const current = source[end];
        if (current === '\\') end += 2;
        else if (current === '[') {
          end += 1;
          while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
          end += 1;
        } else {
          if (current === '(') depth += 1;
          if (current === ')') depth -= 1;
          end += 1;
          if (depth === 0) break;
        }
      }
    } else {
      end = index + ((source.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
    }
    while (end < source.length && '?*+{'.includes(source[end] ?? '')) {
      end = source[end] === '{' ? source.indexOf('}', end) + 1 : end + 1;
    }
    atoms.push(source.slice(index, end));
    index = end;
  }
  return atoms;
}

/** One alias as trie input. */
export interface TriePath {
  /** Regex source of the alias (no capture groups of its own). */
  source: string;
  /** Lookahead that must hold where the alias ends, if it differs from the shared one. */
  tail: string;
  /** Reported back in `order` so a match can be mapped to its alias. */
  id: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  ends: { tail: string; id: number }[];
  /** Longest source length below this node: siblings are tried longest first. */
  weight: number;
}

function newNode(): TrieNode {
  return { children: new Map(), ends: [], weight: 0 };
}

/**
 * Compiles paths into one regex source. With `capture`, every alias end gets an empty capture
 * group `()`; `order[i]` is the id of the alias whose group is number i + 1. A match is mapped to
 * its alias by finding the group that captured the empty string — one native `indexOf` instead
 * of a named group per entity.
 */
export function compileTrie(options: { paths: readonly TriePath[]; capture: boolean }): {
  source: string;
  order: number[];
  branches: TrieBranch[];
} {
  const root = newNode();
  for (const path of options.paths) {
    let node = root;
    const length = path.source.length;
    node.weight = Math.max(node.weight, length);
    for (const atom of atomize(path.source)) {
      let child = node.children.get(atom);
      if (!child) {
        child = newNode();
        node.children.set(atom, child);
      }
      child.weight = Math.max(child.weight, length);
      node = child;
    }
    if (!node.ends.some((end) => end.tail === path.tail)) {
      node.ends.push({ tail: path.tail, id: path.id });
    }
  }
  const order: number[] = [];
  const emit = (node: TrieNode): string => {
    const alternatives: string[] = [];
    const children = [...node.children].sort((a, b) => b[1].weight - a[1].weight);
    for (const [atom, child] of children) alternatives.push(atom + emit(child));
    // Ends come after the continuations: the engine tries the longer alias first.
    for (const end of node.ends) {
      if (options.capture) order.push(end.id);
      alternatives.push(end.tail + (options.capture ? '()' : ''));
    }
    if (alternatives.length === 1) return alternatives[0] ?? '';
    return `(?:${alternatives.join('|')})`;
  };
  // The root's alternatives one by one (what `emit(root)` would join), so that a caller can
  // compile only the branches that can match where a match starts (see TrieBranch).
  const branches: TrieBranch[] = [];
  const rootChildren = [...root.children].sort((a, b) => b[1].weight - a[1].weight);
  for (const [atom, child] of rootChildren) {
    const from = order.length;
    const source = atom + emit(child);
    branches.push({ first: atom, source, order: order.slice(from) });
  }
  for (const end of root.ends) {
    if (options.capture) order.push(end.id);
    branches.push({
      first: '',
      source: end.tail + (options.capture ? '()' : ''),
      order: options.capture ? [end.id] : [],
    });
  }
  const sources = branches.map((branch) => branch.source);
  const source = sources.length === 1 ? (sources[0] ?? '') : `(?:${sources.join('|')})`;
  return { source, order, branches };
}

/**
 * One alternative at the root of a trie: the paths whose first atom is `first` ('' for an empty
 * path). The root's alternatives start with different atoms, so where a match starts with a
 * character that `first` cannot match, the branch cannot be the one that matched.
 */
export interface TrieBranch {
  first: string;
  source: string;
  /** The ids of this branch's capture groups, in order (empty without `capture`). */
  order: number[];
}

/**
 * The characters (lower-case) an atom can match as the first character of a match, or null
 * when that is not known from the atom alone (an escape, a group, an optional atom, a range).
 */
export function firstCharacters(atom: string): string[] | null {
  if (atom === '' || /[?*{]$/u.test(atom)) return null;
  const body = atom.endsWith('+') ? atom.slice(0, -1) : atom;
  const chars = body.startsWith('[') && body.endsWith(']') ? [...body.slice(1, -1)] : [...body];
  if (body.startsWith('[') && (chars[0] === '^' || chars.includes('-'))) return null;
  if (chars.length === 0 || chars.some((char) => '\\()[]|.^$'.includes(char))) return null;
  if (!body.startsWith('[') && chars.length !== 1) return null;
  return chars.map((char) => char.toLowerCase());
}

/**
 * The source without its lookarounds (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`): an assertion only
 * ever rejects a match, so what is left matches wherever the source does, and more. The prefilter
 * uses it to look for aliases with no condition on the text around them.
 */
export function stripAssertions(source: string): string {
  let out = '';
  for (const atom of atomize(source)) {
    if (/^\(\?<?[=!]/.test(atom)) continue;
    // A group's inside may hold assertions too: strip them there and keep the group.
    const group = /^(\((?:\?:)?)([\s\S]*)(\)[?*+]?(?:\{[\d,]*\})?\??)$/.exec(atom);
    out += group ? `${group[1]}${stripAssertions(group[2] ?? '')}${group[3]}` : atom;
  }
  return out;
}
