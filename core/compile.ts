/**
 * Entities → the matcher's compiled form: everything `createMatcher` derives from the entities
 * (regex sources and flags, the alias table, families, Korean surnames, the treaty's year, the
 * page context's rules) as plain JSON-serialisable data. Deriving it (buildTerms, morphology, the
 * character tries) takes tens of milliseconds; the content script gets the result at BUILD time
 * (see `entrypoints/highlighter.content/entities.ts`) and only loads it (`loadMatcher` in
 * `matcher.ts`: a few `new RegExp` and small maps).
 */
import { type CompiledCues, compileCues } from './cues';
import { readLexicon } from './lexicon';
import { aliasPattern } from './morphology';
import { compileTrie, firstCharacters, SPACE, stripAssertions, type TriePath } from './pattern';
import { type CompiledRoles, compileRoles } from './roles';
import type { Entity, EntityId } from './schema';
import {
  buildTerms,
  familiesByWord,
  gateRules,
  koreanSurnames,
  type Rule,
  type Term,
} from './terms';

/** What a match of an alias means (a `Term` without the alias's own text). */
export type MatchTerm = Omit<Term, 'alias'>;

/** A regex as data: `new RegExp(source, flags)`. */
export interface CompiledRegex {
  source: string;
  flags: string;
}

/**
 * The identify regex as the root branches of its trie (`(?:b1|b2|…)end` is the whole regex). The
 * page compiles only the branches that can start with a match's first character: V8 compiles a
 * regex on its first run, and the whole one (~20 KB) took 12–27 ms in Chromium, for a match
 * whose branch is a few hundred bytes. In a branch's regex, the group that captured is number
 * i + 1 for the term `terms[order[i]]` (one group per alias pattern; aliases that mean the same
 * share a term).
 */
export interface CompiledIdentify {
  flags: string;
  /** Where an alias may end: follows the branches in every regex made of them. */
  end: string;
  branches: {
    /** The characters (lower-case) a match of this branch starts with; null: any. */
    starts: string[] | null;
    source: string;
    order: number[];
  }[];
}

/** `KoreanSurname` (terms.ts) with its set as a list, to survive JSON. */
export interface CompiledSurname {
  surname: string;
  family: string;
  own: string[];
  titles: string[];
}

export interface CompiledMatcher {
  /** The combined regex: every alias, reference and confusable, no captures (`g`). */
  scan: CompiledRegex;
  /**
   * The same pattern with an empty capture group at each alias's end, run anchored (`y`) where
   * `scan` matched, in pieces: see CompiledIdentify.
   */
  identify: CompiledIdentify;
  /**
   * Matched texts (lower-cased) whose term is known without running `identify`: every alias as
   * written in the data and in the reference lists, identified here by the identify regex itself.
   * The same text in any case always comes from the same alternative of the same regex, so the
   * page needs the big capture regex (and its ~40 ms first compile) only for other forms
   * ("Путина", "Лавровым"), if any.
   */
  known: [string, number][];
  /**
   * The entities' aliases and references (no confusables) without any end condition or
   * lookaround: matches anywhere a candidate could be, whatever text is glued around it.
   */
  prefilter: CompiledRegex;
  /**
   * English titles right before a name ("Comrade President ", "Mr. "), anchored at the end of the
   * text before it: looked for only where a person's name has matched, so the combined regex does
   * not try every title at every position.
   */
  titles: CompiledRegex;
  cues: CompiledCues;
  /** Role words beside a full name: the entity's own, and other people's (roles.ts). */
  roles: CompiledRoles;
  /** Honorifics for women, lower-case ("mrs"): "Mrs. Kim" is someone else. */
  womenHonorifics: string[];
  /**
   * What the aliases mean (`buildTerms`), each distinct meaning once: without the aliases' own
   * text, which only compiling reads, most aliases of one entity mean the same.
   */
  terms: MatchTerm[];
  /** `familiesByWord` (terms.ts) as entries. */
  familyOfWord: [string, string][];
  /** The year the 2024 treaty was first signed or named in; null when no alias has a year. */
  newSince: number | null;
  surnames: CompiledSurname[];
  rules: Rule[];
}

/**
 * Where any alias ends: not inside a word — except that a Hangul alias may be followed by Hangul,
 * because Korean glues particles to names; `koreanEndAt` then checks what is glued.
 */
const ALIAS_END = '(?:(?![\\p{L}\\p{N}])|(?<=\\p{Script=Hangul})(?=\\p{Script=Hangul}))';

function titlePattern(): string {
  const { englishTitles, abbreviatedTitles } = readLexicon();
  const paths: TriePath[] = englishTitles.map((title, id) => {
    const { source } = aliasPattern({ alias: title, style: 'russian-name' });
    const dot = abbreviatedTitles.has(title.toLowerCase()) ? '\\.?' : '';
    return { source: source + dot, tail: '', id };
  });
  return compileTrie({ paths, capture: false }).source;
}

/** The year an entity was first signed or named in (from its aliases and role), e.g. 2024. */
function firstYear(options: { terms: readonly Term[]; entity: EntityId }): number | null {
  const years = options.terms
    .filter((term) => term.entity === options.entity)
    .flatMap((term) => term.years.map(Number));
  return years.length > 0 ? Math.min(...years) : null;
}

/** Which term each text, matched whole, comes from (see `CompiledMatcher.known`). */
function knownTexts(options: {
  identify: CompiledRegex & { order: number[] };
  texts: readonly string[];
}): [string, number][] {
  const regex = new RegExp(options.identify.source, options.identify.flags);
  const known = new Map<string, number>();
  for (const text of options.texts) {
    regex.lastIndex = 0;
    const found = regex.exec(text);
    const id = options.identify.order[(found?.indexOf('', 1) ?? 0) - 1];
    if (found?.[0] === text && id !== undefined) known.set(text.toLowerCase(), id);
  }
  return [...known];
}

/** The terms without their alias text, each distinct one once, and where each term went. */
function distinctTerms(terms: readonly Term[]): { distinct: MatchTerm[]; index: number[] } {
  const distinct: MatchTerm[] = [];
  const seen = new Map<string, number>();
  const index = terms.map(({ alias: _, ...term }) => {
    const key = JSON.stringify(term);
    let at = seen.get(key);
    if (at === undefined) {
      at = distinct.push(term) - 1;
      seen.set(key, at);
    }
    return at;
  });
  return { distinct, index };
}

export function compileMatcher(options: { entities: readonly Entity[] }): CompiledMatcher {
  const { terms, sources } = buildTerms({ entities: options.entities });
  const paths: TriePath[] = sources.map((source, id) => ({ source, tail: '', id }));
  // Confusables name no entity: text with only those holds no candidate.
  const prefilterPaths = paths
    .filter((path) => terms[path.id]?.entity !== null)
    .map((path) => ({ ...path, source: stripAssertions(path.source) }));

  // Capture groups cost on every position tried, so the scan runs without them; only where it
  // has matched does the same pattern run again, anchored and with a group per alias, to say which.
  const identifyTrie = compileTrie({ paths, capture: true });
  const scanTrie = compileTrie({ paths, capture: false });
  const title = titlePattern();
  const { distinct, index } = distinctTerms(terms);
  const termOf = (id: number) => index[id] ?? -1;
  const whole = {
    source: `${identifyTrie.source}${ALIAS_END}`,
    flags: 'iuy',
    order: identifyTrie.order.map(termOf),
  };
  const identify: CompiledIdentify = {
    flags: whole.flags,
    end: ALIAS_END,
    branches: identifyTrie.branches.map((branch) => ({
      starts: firstCharacters(branch.first),
      source: branch.source,
      order: branch.order.map(termOf),
    })),
  };
  const aliases = [
    ...options.entities.flatMap((entity) => Object.values(entity.aliases).flat()),
    ...terms.map((term) => term.alias),
  ];
  return {
    scan: { source: `${scanTrie.source}${ALIAS_END}`, flags: 'giu' },
    identify,
    known: knownTexts({ identify: whole, texts: aliases }),
    prefilter: {
      source: compileTrie({ paths: prefilterPaths, capture: false }).source,
      flags: 'iu',
    },
    titles: { source: `(?:${title})(?:${SPACE}+(?:${title}))?${SPACE}+$`, flags: 'iu' },
    cues: compileCues(),
    roles: compileRoles(),
    womenHonorifics: [...readLexicon().womenHonorifics],
    terms: distinct,
    familyOfWord: [...familiesByWord(terms)],
    newSince: firstYear({ terms, entity: 'treaty-2024' }),
    surnames: koreanSurnames({ entities: options.entities }).map((surname) => ({
      ...surname,
      own: [...surname.own],
      titles: [...surname.titles],
    })),
    rules: gateRules(terms),
  };
}
