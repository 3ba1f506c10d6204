/**
 * Regex building blocks for the matcher: separators, word boundaries and a token trie that turns
 * hundreds of alias variants into ONE alternation. A trie (rather than a flat list of
 * alternatives) keeps the engine from re-trying every alias at every position: aliases that share
 * a first token share one branch, and longer continuations are tried before shorter endings, so
 * the longest alias wins without a second pass.
 */

/** Spaces as they occur in page text (incl. no-break space). */
export const SPACE = '[\\s\\u00a0\\u202f]';
/** Hyphens and dashes that join name parts ("Kim Jong-un", "Russia–North Korea"). */
export const DASH = '[\\-\\u2010\\u2011\\u2012\\u2013\\u2014]';
/** Between the parts of a personal name: spaces or one dash (with optional spaces around it). */
export const NAME_SEPARATOR = `(?:${SPACE}+|${SPACE}*${DASH}${SPACE}*)`;
/**
 * Between the words of a title or phrase: spaces, dashes, optional commas and quotes, because
 * treaty names arrive as "Friendship, Good-Neighborliness, and Cooperation" or with quotes
 * inside ("comprehensive “strategic partnership” treaty").
 */
export const PHRASE_SEPARATOR = `(?:${SPACE}|[,"“”„«»'‘’]|${DASH})+`;
/** Korean writers space compounds freely ("북·러 조약", "북러조약"), so the gap is optional. */
export const KOREAN_SEPARATOR = `(?:${SPACE}|[·・,])*`;

/** No letter or digit (in any script) right before: a match never starts inside a word. */
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
/** No letter or digit right after: a match never ends inside a word ("Putinism" is not "Putin"). */
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** Escapes the characters that are syntax in a `u`-flag regex (and only those: `\-` is invalid there). */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** One alias as trie input: its pieces (regex fragments, one per token incl. the separator before it). */
export interface TriePath {
  pieces: readonly string[];
  /** Lookahead that must hold where the alias ends (word boundary, Korean particles …). */
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
 * group `()`; `order[i]` is the id of the alias whose group is number i + 1 (the pieces and tails
 * must not contain capture groups of their own). A match is mapped to its alias by finding the
 * group that captured the empty string — one native `indexOf` instead of a group per entity.
 */
export function compileTrie(options: { paths: readonly TriePath[]; capture: boolean }): {
  source: string;
  order: number[];
} {
  const root = newNode();
  for (const path of options.paths) {
    let node = root;
    const length = path.pieces.reduce((sum, piece) => sum + piece.length, 0);
    node.weight = Math.max(node.weight, length);
    for (const piece of path.pieces) {
      let child = node.children.get(piece);
      if (!child) {
        child = newNode();
        node.children.set(piece, child);
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
    for (const [piece, child] of children) alternatives.push(piece + emit(child));
    // Ends come after the continuations: the engine tries the longer alias first.
    for (const end of node.ends) {
      if (options.capture) order.push(end.id);
      alternatives.push(end.tail + (options.capture ? '()' : ''));
    }
    if (alternatives.length === 1) return alternatives[0] ?? '';
    return `(?:${alternatives.join('|')})`;
  };
  return { source: emit(root), order };
}
