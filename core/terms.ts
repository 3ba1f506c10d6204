/**
 * The alias table: every alias of every entity, the generic references and the confusables, each
 * with what a match of it means (entity or none, full or short form, how the page must support
 * it, which other names it is evidence against) and its regex source (`morphology.ts`).
 */

import { readLexicon } from './lexicon';
import { type AliasStyle, aliasPattern, type Script, scriptOf, splitWords } from './morphology';
import { escapeRegExp, PHRASE_SEPARATOR } from './pattern';
import {
  type Gate,
  GENERIC_REFERENCES,
  KOREAN_TITLED_SURNAMES,
  NEW_TREATY,
  TREATY_DESCRIPTION,
} from './references';
import type { Entity, EntityId } from './schema';

export type TermKind = 'person' | 'treaty' | 'generic' | 'confusable';

export interface Term {
  /** The alias as written in the data (for diagnostics and namesake lookup). */
  alias: string;
  entity: EntityId | null;
  form: 'full' | 'short';
  gate: Gate;
  family: string | null;
  kind: TermKind;
  /** How the alias's words behave; for a person, where the surname stands (see `AliasStyle`). */
  style: AliasStyle;
  script: Script;
  /** Years the treaty was signed in (a different year next to its name makes it another treaty). */
  years: readonly string[];
  /** Families this match is evidence against, whether or not it is itself a mention. */
  others: string[];
}

/** A verdict the page context keeps: one per (entity, gate, family) a candidate can carry. */
export interface Rule {
  entity: EntityId;
  gate: Gate;
  family: string | null;
}

/** Words that name the parties: a treaty alias containing one is unambiguous. */
const PARTY_WORDS =
  /russia|russian|soviet|ussr|dprk|north korea|북러|북·러|조러|조·러|조로|조소|조·소|조선민주주의인민공화국|로씨야|쏘베트|росси|ссср|кндр|корей/iu;

/** "Putin" alone is always Putin: no one else with that name is in the news. */
const ALWAYS_FULL: ReadonlySet<EntityId> = new Set(['putin']);

/**
 * A full personal name is a mention everywhere only for Putin and the Latin "Kim Jong Un": others
 * share the delegates' names (an actor Yuri Borisov, a colonel 박정훈) and Kim Jong Un's in Hangul
 * and Cyrillic (the actress 김정은). Those depend on the page (`affairs`, `dprk`) and on the roles
 * beside them (roles.ts); the family `name:<id>` is blocked where a namesake is on the page.
 */
function fullNameGate(options: { entity: Entity; script: Script }): Gate {
  const { entity, script } = options;
  if (ALWAYS_FULL.has(entity.id)) return 'always';
  if (entity.kind === 'leader') return script === 'latin' ? 'always' : 'dprk';
  return 'affairs';
}

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
  const base = {
    alias,
    entity: entity.id,
    style: styleOf(entity),
    script,
    years: yearsOf(entity),
    others: [],
  };
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
    const gate = fullNameGate({ entity, script });
    const family = gate === 'always' ? null : `name:${entity.id}`;
    return { ...base, form: 'full', gate, family, kind: 'person' };
  }
  const gate: Gate = entity.kind === 'delegate' ? 'named-or-summit' : 'named';
  return { ...base, form: 'short', gate, family: `person:${entity.id}`, kind: 'person' };
}

/** All terms, de-duplicated by regex source; `sources[i]` is the regex of `terms[i]`. */
export function buildTerms(options: { entities: readonly Entity[] }): {
  terms: Term[];
  sources: string[];
} {
  const terms: Term[] = [];
  const sources: string[] = [];
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
    seen.set(key, terms.length);
    terms.push(term);
    sources.push(source);
  };

  for (const entity of options.entities) {
    for (const aliases of Object.values(entity.aliases)) {
      for (const alias of aliases) addTerm(aliasTerm(entity, alias), alias, styleOf(entity));
    }
  }
  for (const { entity, surname, titles } of KOREAN_TITLED_SURNAMES) {
    const term: Term = {
      alias: surname,
      entity,
      form: 'short',
      gate: 'named',
      family: `person:${entity}`,
      kind: 'person',
      style: 'korean-name',
      script: 'hangul',
      years: [],
      others: [],
    };
    // The title is looked for but not marked: "김" in "김 위원장은", "김위원장".
    addSource(term, `${escapeRegExp(surname)}(?=\\s*(?:${titles.map(escapeRegExp).join('|')}))`);
  }
  for (const { source, gate, family } of treatyDescriptions()) {
    const term: Term = {
      alias: source,
      entity: 'treaty-2024',
      form: 'short',
      gate,
      family,
      kind: 'generic',
      style: 'phrase',
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
        style: 'phrase',
        script: scriptOf(phrase),
        years: [],
        others: [],
      };
      addTerm(term, phrase, 'phrase');
    }
  }
  for (const confusable of readLexicon().confusables) {
    for (const phrase of confusable.phrases) {
      const term: Term = {
        alias: phrase,
        entity: null,
        form: 'short',
        gate: 'always',
        family: null,
        kind: 'confusable',
        style: confusable.style,
        script: scriptOf(phrase),
        years: [],
        others: [...confusable.families],
      };
      addTerm(term, phrase, confusable.style);
    }
  }
  linkNamesakes({ terms, entities: options.entities });

  return { terms, sources };
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

/** The verdicts a page context has to keep for these terms (full names need none). */
export function gateRules(terms: readonly Term[]): Rule[] {
  const rules = new Map<string, Rule>();
  for (const term of terms) {
    if (term.entity === null || term.gate === 'always') continue;
    const key = `${term.entity}|${term.gate}|${term.family}`;
    if (!rules.has(key))
      rules.set(key, { entity: term.entity, gate: term.gate, family: term.family });
  }
  return [...rules.values()];
}

/** Short-form families by their word ("kim" → "person:kim-jong-un"), to record namesakes. */
export function familiesByWord(terms: readonly Term[]): Map<string, string> {
  const families = new Map<string, string>();
  for (const term of terms) {
    if (term.kind === 'person' && term.form === 'short' && term.family) {
      families.set(term.alias.toLowerCase(), term.family);
    }
  }
  return families;
}

/** The English descriptions of the 2024 treaty as regex sources (see `TREATY_DESCRIPTION`). */
function treatyDescriptions(): { source: string; gate: Gate; family: string | null }[] {
  const phrase = (text: string): string => aliasPattern({ alias: text, style: 'phrase' }).source;
  const choice = (texts: readonly string[]): string => `(?:${texts.map(phrase).join('|')})`;
  const { determiners, newDeterminers, newWords, modifiers, nouns } = TREATY_DESCRIPTION;
  const modifier = `(?:${choice(modifiers)}${PHRASE_SEPARATOR})`;
  // One source per determiner, so that "the", "this" and "a" join the character trie with the
  // other aliases instead of standing in front of it as one group.
  return [
    ...newDeterminers.map((determiner) => ({
      source: `${phrase(determiner)}${PHRASE_SEPARATOR}${modifier}{0,2}${choice(newWords)}${PHRASE_SEPARATOR}${modifier}{0,2}${choice(nouns)}`,
      gate: 'new' as const,
      family: NEW_TREATY,
    })),
    ...determiners.map((determiner) => ({
      source: `${phrase(determiner)}${PHRASE_SEPARATOR}${modifier}{0,3}${choice(nouns)}`,
      gate: 'named' as const,
      family: 'treaty',
    })),
  ];
}

/** A Korean surname whose other bearers the page must not name (see `otherKoreanNamesakes`). */
export interface KoreanSurname {
  surname: string;
  family: string;
  /** Given names of the entity itself in Hangul (정은 of 김정은): not another person. */
  own: ReadonlySet<string>;
  /** Titles of the short form ("위원장"): "김위원장" is Chairman Kim, not a man named 김위원. */
  titles: readonly string[];
}

/** The Korean surnames with a short form ("김" of 김 위원장), with the entity's own given names. */
export function koreanSurnames(options: { entities: readonly Entity[] }): KoreanSurname[] {
  return KOREAN_TITLED_SURNAMES.map(({ entity, surname, titles }) => {
    const found = options.entities.find((candidate) => candidate.id === entity);
    const own = (found ? Object.values(found.aliases).flat() : [])
      .filter((alias) => scriptOf(alias) === 'hangul' && alias.startsWith(surname))
      .map((alias) => alias.slice(surname.length).replace(/\s+/gu, ''));
    return { surname, family: `person:${entity}`, own: new Set(own), titles };
  });
}
