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

export interface Namesake {
  entity: EntityId;
  who: string;
  names: readonly string[];
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

const topicCues: Readonly<Record<'russia' | 'korea' | 'dprk', CueSet>> = topicCuesFile.sets;
const otherDomains: Readonly<Record<string, CueSet>> = otherDomainsFile.sets;

export const LEXICON = {
  titles: titlesFile,
  topicCues,
  otherDomains,
  otherPeople: groups(otherPeopleFile),
  otherTreaties: groups(otherTreatiesFile),
  namesakes: namesakesFile.namesakes.map(
    (namesake): Namesake => ({ ...namesake, entity: entityId(namesake.entity) }),
  ),
  roles: {
    own: Object.entries(rolesFile.own).map(([id, words]) => ({ entity: entityId(id), words })),
    namesake: rolesFile.namesake,
  },
};
