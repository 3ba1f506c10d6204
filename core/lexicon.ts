/**
 * The word lists in `data/lexicon/*.json`, typed. Each file says what it is for (`purpose`); the
 * rules that use them stay in code (references.ts, cues.ts, roles.ts, terms.ts). Read at build
 * time: what the content script needs of them ships inside the compiled matcher (compile.ts), and
 * `lexicon-check.ts` validates them with the rest of `data/` (npm run validate, the build hook).
 * No zod here: core/ modules that the content script imports may import this one.
 */
import namesakesFile from '../data/lexicon/namesakes.json';
import otherDomainsFile from '../data/lexicon/other-domains.json';
import otherPeopleFile from '../data/lexicon/other-people.json';
import otherTreatiesFile from '../data/lexicon/other-treaties.json';
import rolesFile from '../data/lexicon/roles.json';
import titlesFile from '../data/lexicon/titles.json';
import topicCuesFile from '../data/lexicon/topic-cues.json';
import { isEntityId } from './ids';
import type { AliasStyle } from './morphology';
import type { EntityId } from './schema';

/** A list of other people or treaties a short form could mean (see references.ts, `CONFUSABLES`). */
export interface ConfusableGroup {
  purpose: string;
  families: readonly string[];
  style: AliasStyle;
  phrases: readonly string[];
}

/** Cue words of one kind; Hangul words in `whole` take particles only (북은, not 북부). */
export interface CueSet {
  purpose: string;
  terms: readonly string[];
  whole?: readonly string[];
}

const STYLES: readonly AliasStyle[] = ['russian-name', 'korean-name', 'phrase'];

function style(value: string): AliasStyle {
  const found = STYLES.find((known) => known === value);
  if (!found) throw new Error(`data/lexicon: unknown style "${value}"`);
  return found;
}

function entityId(value: string): EntityId {
  if (!isEntityId(value)) throw new Error(`data/lexicon: unknown entity id "${value}"`);
  return value;
}

interface RawGroup {
  purpose: string;
  families: string[];
  style: string;
  phrases: string[];
}

const groups = (file: { groups: RawGroup[] }): ConfusableGroup[] =>
  file.groups.map((group) => ({ ...group, style: style(group.style) }));

/** What the matcher's compilation reads of the lexicon. */
export interface Lexicon {
  /** Capitalised titles before a name, part of the mark ("President Putin"). */
  englishTitles: readonly string[];
  /** Titles written with or without a dot ("Mr." / "Mr"), lower-case. */
  abbreviatedTitles: ReadonlySet<string>;
  /** "Mrs. Kim" is someone else: every short form the matcher knows is a man's surname. */
  womenHonorifics: readonly string[];
  topicCues: Readonly<Record<'russia' | 'korea' | 'dprk', CueSet>>;
  otherDomains: Readonly<Record<string, CueSet>>;
  /** Other people, places named after people, other treaties, and the listed namesakes. */
  confusables: readonly ConfusableGroup[];
  roles: { own: { entity: EntityId; words: readonly string[] }[]; namesake: readonly string[] };
}

/**
 * The lexicon, typed. A function, not module-level constants: core/ modules the content script
 * ships (cues.ts, roles.ts) import this file for their build-time half only, and a module without
 * top-level work is dropped from the bundle with the JSON it imports.
 */
export function readLexicon(): Lexicon {
  return {
    englishTitles: titlesFile.english,
    abbreviatedTitles: new Set(titlesFile.abbreviated),
    womenHonorifics: titlesFile.womenHonorifics,
    topicCues: topicCuesFile.sets,
    otherDomains: otherDomainsFile.sets,
    confusables: [
      ...groups(otherPeopleFile),
      ...groups(otherTreatiesFile),
      // A listed namesake of an entity (Yura Borisov) blocks both its full name (`name:<id>`)
      // and its bare surname (`person:<id>`).
      ...namesakesFile.namesakes.map((namesake) => ({
        purpose: namesake.who,
        families: [`name:${namesake.entity}`, `person:${namesake.entity}`],
        style: 'russian-name' as const,
        phrases: namesake.names,
      })),
    ],
    roles: {
      own: Object.entries(rolesFile.own).map(([id, words]) => ({ entity: entityId(id), words })),
      namesake: rolesFile.namesake,
    },
  };
}
