/**
 * Aliases → one compiled matcher; text → candidate mentions; page evidence → accepted mentions.
 *
 * All aliases of all entities (with their generated variants, see `morphology.ts`), the generic
 * references and the confusables compile into ONE regex built from a token trie (`pattern.ts`),
 * so a text node costs one regex pass however many aliases there are. Which alias matched is read
 * from an empty capture group at the alias's end in the trie.
 *
 * Short and generic forms ("Kim", "Lavrov", "the treaty") are candidates only: whether they are
 * mentions depends on the rest of the page, which `PageContext` collects piece by piece.
 */
import {
  type AliasStyle,
  aliasPattern,
  englishToken,
  koreanEndAt,
  type Script,
  scriptOf,
  splitWords,
} from './morphology';
import { otherPersonAround, otherTreatyAround } from './neighbours';
import { compileTrie, NOT_AFTER_WORD, PHRASE_SEPARATOR, SPACE, type TriePath } from './pattern';
import {
  ABBREVIATED_TITLES,
  CONFUSABLES,
  ENGLISH_TITLES,
  type Gate,
  GENERIC_REFERENCES,
  TOPIC_CUES,
  TREATY_DESCRIPTION,
  WOMEN_HONORIFICS,
} from './references';
import type { Entity, EntityId } from './schema';

export type { Gate } from './references';

export interface Candidate {
  entity: EntityId;
  start: number;
  end: number;
  /** `full`: the entity's name (a title of a treaty, a full or always-unique personal name). */
  form: 'full' | 'short';
  /** How the page must support it before it counts (see `PageContext.accepts`). */
  gate: Gate;
  /** Confusable family that blocks it when the page names another member ("person:kim-jong-un"). */
  family: string | null;
}

export interface Mention {
  entity: EntityId;
  start: number;
  end: number;
}

export interface Matcher {
  /** Cheap yes/no prefilter: can this text contain any candidate? (used on body.textContent before any DOM work) */
  test(text: string): boolean;
  /** All candidates in one text (a single text node's data), non-overlapping, left to right, longest alias winning. */
  scan(text: string): Candidate[];
}

/** Page-level evidence for short/generic forms. A page's text arrives in pieces (text nodes, later DOM additions). */
export interface PageContext {
  /**
   * Feed newly seen text with its candidates; returns true when the verdict on some short forms
   * changed (so the caller re-checks earlier candidates). Feed every text of the page, also those
   * without candidates: they may name the other person or treaty that makes a short form ambiguous.
   */
  add(options: { text: string; candidates: readonly Candidate[] }): boolean;
  accepts(candidate: Candidate): boolean;
}

type TermKind = 'person' | 'treaty' | 'generic' | 'confusable';

interface Term {
  /** The alias as written in the data (for diagnostics and namesake lookup). */
  alias: string;
  entity: EntityId | null;
  form: 'full' | 'short';
  gate: Gate;
  family: string | null;
  kind: TermKind;
  script: Script;
  /** Years the treaty was signed in (a different year next to its name makes it another treaty). */
  years: readonly string[];
  /** Families this match is evidence against, whether or not it is itself a mention. */
  others: string[];
}

interface Analysis {
  candidates: Candidate[];
  others: ReadonlySet<string>;
}

type Cue = keyof typeof TOPIC_CUES;

interface Internals {
  /** Size of what was compiled, for benchmarks and the report. */
  size: { aliases: number; sourceLength: number };
  analyze(text: string): Analysis;
  cues(text: string): Cue[];
  /** Every (entity, gate, family) a candidate can carry: the verdicts `add` compares. */
  rules: readonly { entity: EntityId; gate: Gate; family: string | null }[];
}

const internals = new WeakMap<Matcher, Internals>();

/** Words that name the parties: a treaty alias containing one is unambiguous. */
const PARTY_WORDS =
  /russia|russian|soviet|ussr|dprk|north korea|북러|북·러|조러|조·러|조로|조소|조·소|조선민주주의인민공화국|로씨야|쏘베트|росси|ссср|кндр|корей/iu;

/** "Putin" alone is always Putin: no one else with that name is in the news. */
const ALWAYS_FULL: ReadonlySet<EntityId> = new Set(['putin']);

function wordCount(alias: string): number {
  return splitWords(alias).words.length;
}

function styleOf(entity: Entity): AliasStyle {
  if (entity.kind === 'treaty') return 'phrase';
  return entity.side === 'dprk' ? 'korean-name' : 'russian-name';
}

function yearsOf(entity: Entity): string[] {
  const text = [entity.name, entity.role, ...Object.values(entity.aliases).flat()].join(' ');
  return [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])];
}

function aliasTerm(entity: Entity, alias: string): Term {
  const script = scriptOf(alias);
  const base = { alias, entity: entity.id, script, years: yearsOf(entity), others: [] };
  if (entity.kind === 'treaty') {
    if (PARTY_WORDS.test(alias)) {
      return { ...base, form: 'full', gate: 'always', family: null, kind: 'treaty' };
    }
    // "Strategic Partnership Treaty", "1961 treaty", "Pyongyang Declaration": other countries
    // have treaties by these names, so they count only on a page about Russia and Korea.
    return { ...base, form: 'full', gate: 'topic', family: `title:${entity.id}`, kind: 'treaty' };
  }
  // A Korean name in Hangul is one word ("김정은") but a full name; a Russian surname in Hangul
  // ("라브로프") is as short as "Lavrov".
  const koreanInHangul = script === 'hangul' && entity.side === 'dprk';
  if (wordCount(alias) > 1 || ALWAYS_FULL.has(entity.id) || koreanInHangul) {
    return { ...base, form: 'full', gate: 'always', family: null, kind: 'person' };
  }
  const gate: Gate = entity.kind === 'delegate' ? 'named-or-summit' : 'named';
  return { ...base, form: 'short', gate, family: `person:${entity.id}`, kind: 'person' };
}

function titlePattern(): string {
  const paths: TriePath[] = ENGLISH_TITLES.map((title, id) => {
    const { source } = aliasPattern({ alias: title, style: 'russian-name' });
    const dot = ABBREVIATED_TITLES.has(title.toLowerCase()) ? '\\.?' : '';
    return { source: source + dot, tail: '', id };
  });
  return compileTrie({ paths, capture: false }).source;
}

/**
 * Where any alias ends: not inside a word — except that a Hangul alias may be followed by Hangul,
 * because Korean glues particles to names; `koreanEndAt` then checks what is glued.
 */
const ALIAS_END = '(?:(?![\\p{L}\\p{N}])|(?<=\\p{Script=Hangul})(?=\\p{Script=Hangul}))';

/** A letter or digit in any script: what a match must not start or end next to. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Titles right before a name ("Comrade President ", "Mr. "), looked for only where a person's
 * name has matched, so the combined regex does not try every title at every position.
 */
const TITLES_BEFORE = new RegExp(
  `(?:${titlePattern()})(?:${SPACE}+(?:${titlePattern()}))?${SPACE}+$`,
  'iu',
);

/** Where a title before the name at `start` begins (`start` if there is none, or it is lower-case). */
function titleStart(options: { text: string; start: number; floor: number }): number {
  const { text, start, floor } = options;
  const from = Math.max(floor, start - 60);
  const found = TITLES_BEFORE.exec(text.slice(from, start));
  if (!found) return start;
  const at = from + found.index;
  // A title is capitalised and starts a word; "press secretary Yuri Ushakov" marks the name only.
  if (!/^\p{Lu}/u.test(found[0]) || (at > 0 && WORD_CHAR.test(text[at - 1] ?? ''))) return start;
  return at;
}

export function createMatcher(options: { entities: readonly Entity[] }): Matcher {
  const terms: Term[] = [];
  const paths: TriePath[] = [];
  const testPaths: TriePath[] = [];
  const seen = new Map<string, number>();

  const addTerm = (term: Term, alias: string, style: AliasStyle): void => {
    addSource(term, aliasPattern({ alias, style }).source);
  };
  const addSource = (term: Term, source: string): void => {
    const key = source;
    const existing = seen.get(key);
    if (existing !== undefined) {
      // The same text twice: an entity's alias wins over a confusable; confusables merge.
      const kept = terms[existing];
      if (kept && kept.entity === null && term.entity === null) {
        for (const family of term.others)
          if (!kept.others.includes(family)) kept.others.push(family);
      }
      return;
    }
    const id = terms.length;
    seen.set(key, id);
    terms.push(term);
    paths.push({ source, tail: '', id });
    if (term.entity !== null) testPaths.push({ source, tail: '', id });
  };

  for (const entity of options.entities) {
    for (const aliases of Object.values(entity.aliases)) {
      for (const alias of aliases) addTerm(aliasTerm(entity, alias), alias, styleOf(entity));
    }
  }
  for (const { source, gate, family } of treatyDescriptions()) {
    const term: Term = {
      alias: source,
      entity: 'treaty-2024',
      form: 'short',
      gate,
      family,
      kind: 'generic',
      script: 'latin',
      years: [],
      others: [],
    };
    addSource(term, source);
  }
  for (const reference of GENERIC_REFERENCES) {
    for (const phrase of reference.phrases) {
      const term: Term = {
        alias: phrase,
        entity: reference.entity,
        form: 'short',
        gate: reference.gate,
        family: reference.family,
        kind: 'generic',
        script: scriptOf(phrase),
        years: [],
        others: [],
      };
      addTerm(term, phrase, 'phrase');
    }
  }
  for (const confusable of CONFUSABLES) {
    for (const phrase of confusable.phrases) {
      const term: Term = {
        alias: phrase,
        entity: null,
        form: 'short',
        gate: 'always',
        family: null,
        kind: 'confusable',
        script: scriptOf(phrase),
        years: [],
        others: [...confusable.families],
      };
      addTerm(term, phrase, confusable.style);
    }
  }
  linkNamesakes({ terms, entities: options.entities });

  // Capture groups cost on every position tried, so the scan runs without them; only where it
  // has matched does the same pattern run again, anchored and with a group per alias, to say which.
  const identifyTrie = compileTrie({ paths, capture: true });
  const scanTrie = compileTrie({ paths, capture: false });
  const testTrie = compileTrie({ paths: testPaths, capture: false });
  const scanRegex = new RegExp(`${scanTrie.source}${ALIAS_END}`, 'giu');
  const identifyRegex = new RegExp(`${identifyTrie.source}${ALIAS_END}`, 'iuy');
  const testRegex = new RegExp(`${testTrie.source}${ALIAS_END}`, 'giu');
  const termIds = identifyTrie.order;

  // The same matched text always comes from the same alias (the regex tries aliases in a fixed
  // order and the end condition holds for all of them alike), so identification is memoised.
  const memo = new Map<string, Term>();
  const termOf = (text: string, match: RegExpExecArray): Term => {
    const known = memo.get(match[0]);
    if (known) return known;
    identifyRegex.lastIndex = match.index;
    const identified = identifyRegex.exec(text);
    const group = identified ? identified.indexOf('', 1) : -1;
    const term = terms[termIds[group - 1] ?? -1];
    if (!term) throw new Error(`matcher: no alias for the match "${match[0]}"`);
    if (memo.size > 2000) memo.clear();
    memo.set(match[0], term);
    return term;
  };
  const execFrom = (text: string, from: number): RegExpExecArray | null => {
    scanRegex.lastIndex = from;
    return scanRegex.exec(text);
  };

  const analyzeUncached = (text: string): Analysis => {
    const candidates: Candidate[] = [];
    const others = new Set<string>();
    let from = 0;
    let lastEnd = 0;
    // A match found ahead while checking a generic phrase, reused instead of searched again.
    let ahead: RegExpExecArray | null = null;
    for (
      let match = execFrom(text, 0);
      match;
      match = ahead && ahead.index >= from ? ahead : execFrom(text, from)
    ) {
      ahead = null;
      let start = match.index;
      const end = start + match[0].length;
      from = end;
      // Word starts are checked here rather than by a lookbehind in the regex: the regex runs
      // faster without it, and a match inside a word ("Rasputin") is rare.
      if (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) {
        from = start + 1;
        continue;
      }
      const term = termOf(text, match);
      if (term.script === 'hangul' && !koreanEndAt({ text, end })) {
        // Glued into a longer Hangul word that is not name + particles ("푸틴식").
        from = start + 1;
        continue;
      }
      if (term.kind === 'person' && term.script === 'latin') {
        start = titleStart({ text, start, floor: lastEnd });
      }
      if (term.kind === 'confusable') {
        const around = otherPersonAround({ text, start, end });
        if (!around?.place) for (const family of term.others) others.add(family);
        if (around?.place) from = Math.max(from, around.end);
        continue;
      }
      if (term.entity === null) continue;
      if (term.kind === 'person' && term.form === 'short' && term.script !== 'hangul') {
        const honorific = /^\p{L}+/u.exec(text.slice(start, match.index))?.[0].toLowerCase();
        const around =
          honorific && WOMEN_HONORIFICS.has(honorific)
            ? { end, place: false, words: [] }
            : otherPersonAround({ text, start, end });
        if (around) {
          // Someone else with this name ("Kim Yo Jong", "Novak Djokovic"), or a place after them.
          if (!around.place) {
            if (term.family) others.add(term.family);
            for (const word of around.words) {
              const family = familyOfWord.get(word);
              if (family) others.add(family);
            }
          }
          from = Math.max(from, around.end);
          continue;
        }
      }
      const treatyLike =
        term.kind === 'treaty' || (term.kind === 'generic' && term.entity.startsWith('treaty'));
      if (treatyLike && otherTreatyAround({ text, start, end, years: term.years })) {
        others.add('treaty');
        if (term.family) others.add(term.family);
        continue;
      }
      if (term.kind === 'generic') {
        // "the Treaty on Comprehensive Strategic Partnership", "the Russian President Vladimir
        // Putin": a name that starts inside the phrase, or right after it, is the mention.
        const next = execFrom(text, start + 1);
        ahead = next;
        if (
          next &&
          shadows({ text, end, next, entity: term.entity, nextTerm: termOf(text, next) })
        ) {
          from = next.index;
          continue;
        }
      }
      for (const family of term.others) others.add(family);
      lastEnd = end;
      candidates.push({
        entity: term.entity,
        start,
        end,
        form: term.form,
        gate: term.gate,
        family: term.family,
      });
    }
    return { candidates, others };
  };

  // Surname families by word, to record "Kim Novak" as a Novak who is not the delegate.
  const familyOfWord = new Map<string, string>();
  for (const term of terms) {
    if (term.kind === 'person' && term.form === 'short' && term.family) {
      familyOfWord.set(term.alias.toLowerCase(), term.family);
    }
  }

  // The caller scans a text and then adds the same text to the page context: remember the last
  // few analyses so that the second call costs nothing.
  const cache: { text: string; analysis: Analysis }[] = [];
  const analyze = (text: string): Analysis => {
    const hit = cache.find((entry) => entry.text === text);
    if (hit) return hit.analysis;
    const analysis = analyzeUncached(text);
    cache.unshift({ text, analysis });
    if (cache.length > 4) cache.pop();
    return analysis;
  };

  const cueMatcher = compileCues();
  const rules = uniqueRules(terms);

  const matcher: Matcher = {
    test: (text) => {
      // As in the scan, the word start is checked in code: a lookbehind would make every
      // position of every text slower, while a match inside a word is rare.
      testRegex.lastIndex = 0;
      for (let match = testRegex.exec(text); match; match = testRegex.exec(text)) {
        if (match.index === 0 || !WORD_CHAR.test(text[match.index - 1] ?? '')) return true;
        testRegex.lastIndex = match.index + 1;
      }
      return false;
    },
    scan: (text) => analyze(text).candidates.map((candidate) => ({ ...candidate })),
  };
  const size = { aliases: terms.length, sourceLength: scanRegex.source.length };
  internals.set(matcher, { size, analyze, cues: cueMatcher, rules });
  return matcher;
}

/** How big the compiled matcher is: alias patterns (after de-duplication) and regex length. */
export function describeMatcher(matcher: Matcher): { aliases: number; sourceLength: number } {
  const inner = internals.get(matcher);
  if (!inner) throw new Error('describeMatcher: matcher was not made by createMatcher');
  return { ...inner.size };
}

/** Does `next` (a match found from inside a generic phrase) take the phrase's place? */
function shadows(options: {
  text: string;
  end: number;
  next: RegExpExecArray;
  nextTerm: Term;
  entity: EntityId;
}): boolean {
  const { text, end, next, nextTerm, entity } = options;
  // "the Treaty of Versailles", "the Treaty on Comprehensive Strategic Partnership": a name that
  // starts inside the phrase and reaches at least as far is what the phrase introduces.
  if (next.index < end) return next.index + next[0].length >= end;
  return nextTerm.entity === entity && /^\s+$/u.test(text.slice(end, next.index));
}

/**
 * A full name that shares a word with another entity's short form is evidence against that short
 * form: "Kim Tok Hun" on a page means a bare "Kim" could be him.
 */
function linkNamesakes(options: { terms: Term[]; entities: readonly Entity[] }): void {
  const shortWords = new Map<string, { entity: EntityId; family: string }[]>();
  for (const entity of options.entities) {
    if (entity.kind === 'treaty' || ALWAYS_FULL.has(entity.id)) continue;
    for (const alias of Object.values(entity.aliases).flat()) {
      if (aliasTerm(entity, alias).form !== 'short') continue;
      const list = shortWords.get(alias.toLowerCase()) ?? [];
      list.push({ entity: entity.id, family: `person:${entity.id}` });
      shortWords.set(alias.toLowerCase(), list);
    }
  }
  const namesakeFamilies = new Map<EntityId, Set<string>>();
  for (const entity of options.entities) {
    if (entity.kind === 'treaty') continue;
    for (const alias of Object.values(entity.aliases).flat()) {
      if (wordCount(alias) < 2) continue;
      for (const word of splitWords(alias).words) {
        for (const short of shortWords.get(word.toLowerCase()) ?? []) {
          if (short.entity === entity.id) continue;
          const set = namesakeFamilies.get(entity.id) ?? new Set();
          set.add(short.family);
          namesakeFamilies.set(entity.id, set);
        }
      }
    }
  }
  for (const term of options.terms) {
    if (term.entity === null) continue;
    for (const family of namesakeFamilies.get(term.entity) ?? []) {
      if (term.form === 'full') term.others.push(family);
    }
    // Any mention of an older treaty is another treaty "the treaty" could mean (the
    // declarations are not treaties: nobody calls them "the treaty").
    if (
      term.kind === 'treaty' &&
      term.entity.startsWith('treaty-') &&
      term.entity !== 'treaty-2024'
    ) {
      term.others.push('treaty');
    }
  }
}

function uniqueRules(terms: readonly Term[]): Internals['rules'] {
  const rules = new Map<string, { entity: EntityId; gate: Gate; family: string | null }>();
  for (const term of terms) {
    if (term.entity === null || term.gate === 'always') continue;
    const key = `${term.entity}|${term.gate}|${term.family}`;
    if (!rules.has(key))
      rules.set(key, { entity: term.entity, gate: term.gate, family: term.family });
  }
  return [...rules.values()];
}

/** The English descriptions of the 2024 treaty as regex sources (see `TREATY_DESCRIPTION`). */
function treatyDescriptions(): { source: string; gate: Gate; family: string | null }[] {
  const choice = (phrases: readonly string[]): string =>
    `(?:${phrases.map((phrase) => aliasPattern({ alias: phrase, style: 'phrase' }).source).join('|')})`;
  const { determiners, newDeterminers, newWords, modifiers, nouns } = TREATY_DESCRIPTION;
  const modifier = `(?:${choice(modifiers)}${PHRASE_SEPARATOR})`;
  return [
    {
      source: `${choice(newDeterminers)}${PHRASE_SEPARATOR}${modifier}{0,2}${choice(newWords)}${PHRASE_SEPARATOR}${modifier}{0,2}${choice(nouns)}`,
      gate: 'new',
      family: null,
    },
    {
      source: `${choice(determiners)}${PHRASE_SEPARATOR}${modifier}{0,3}${choice(nouns)}`,
      gate: 'named',
      family: 'treaty',
    },
  ];
}

/** One regex for the topic cue words ("Russia", "북한", "КНДР" …), with the cue read from the group. */
function compileCues(): (text: string) => Cue[] {
  const words = new Map<string, Set<Cue>>();
  for (const [cue, list] of Object.entries(TOPIC_CUES) as [Cue, readonly string[]][]) {
    for (const word of list) {
      const set = words.get(word) ?? new Set();
      set.add(cue);
      words.set(word, set);
    }
  }
  const entries = [...words];
  const paths: TriePath[] = entries.map(([word], id) => {
    if (scriptOf(word) === 'latin') {
      const source = splitWords(word)
        .words.map((part, index) => (index === 0 ? '' : `${SPACE}+`) + englishToken(part))
        .join('');
      return { source, tail: '', id };
    }
    return { source: aliasPattern({ alias: word, style: 'phrase' }).source, tail: '', id };
  });
  const trie = compileTrie({ paths, capture: true });
  const regex = new RegExp(`${NOT_AFTER_WORD}${trie.source}${ALIAS_END}`, 'giu');
  return (text) => {
    const found = new Set<Cue>();
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const entry = entries[trie.order[match.indexOf('', 1) - 1] ?? -1];
      const end = match.index + match[0].length;
      if (scriptOf(match[0]) === 'hangul' && !koreanEndAt({ text, end })) continue;
      for (const cue of entry?.[1] ?? []) found.add(cue);
      if (found.size === 2) break;
    }
    return [...found];
  };
}

export function createPageContext(options: { matcher: Matcher }): PageContext {
  const inner = internals.get(options.matcher);
  if (!inner) throw new Error('createPageContext: matcher was not made by createMatcher');
  /** Full-form mentions seen, by entity, as "gate|family" of the alias that named it. */
  const named = new Map<EntityId, Set<string>>();
  const others = new Set<string>();
  const cues = new Set<Cue>();

  const topical = (): boolean => cues.has('russia') && cues.has('korea');
  const fullAccepted = (gate: Gate, family: string | null): boolean =>
    gate === 'always' || (gate === 'topic' && topical() && !(family && others.has(family)));
  const isNamed = (entity: EntityId): boolean => {
    for (const key of named.get(entity) ?? []) {
      const [gate, family] = key.split('|') as [Gate, string];
      if (fullAccepted(gate, family === 'null' ? null : family)) return true;
    }
    return false;
  };
  const summit = (): boolean =>
    isNamed('treaty-2024') || (isNamed('putin') && isNamed('kim-jong-un'));
  const verdict = (rule: { entity: EntityId; gate: Gate; family: string | null }): boolean => {
    const blocked = rule.family !== null && others.has(rule.family);
    switch (rule.gate) {
      case 'always':
        return true;
      case 'topic':
        return topical() && !blocked;
      case 'named':
        return isNamed(rule.entity) && !blocked;
      case 'named-or-summit':
        return (isNamed(rule.entity) || summit()) && !blocked;
      case 'new':
        return isNamed('treaty-2024');
    }
  };
  const signature = (): string => inner.rules.map((rule) => (verdict(rule) ? '1' : '0')).join('');

  return {
    add({ text, candidates }) {
      const before = signature();
      for (const candidate of candidates) {
        if (candidate.form !== 'full') continue;
        const set = named.get(candidate.entity) ?? new Set();
        set.add(`${candidate.gate}|${candidate.family}`);
        named.set(candidate.entity, set);
      }
      for (const family of inner.analyze(text).others) others.add(family);
      if (!topical()) for (const cue of inner.cues(text)) cues.add(cue);
      return signature() !== before;
    },
    accepts(candidate) {
      return verdict(candidate);
    },
  };
}

/** Convenience for one whole text: scan + context + filter. */
export function findMentions(options: { matcher: Matcher; text: string }): Mention[] {
  const candidates = options.matcher.scan(options.text);
  const context = createPageContext({ matcher: options.matcher });
  context.add({ text: options.text, candidates });
  return candidates
    .filter((candidate) => context.accepts(candidate))
    .map(({ entity, start, end }) => ({ entity, start, end }));
}
