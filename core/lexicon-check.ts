/**
 * Validation of the word lists in `data/lexicon/` (schema + cross-checks), run with the rest of
 * `data/` by `npm run validate`, `npm test` and the build hook (scripts/validate-data.ts). Every
 * problem is a Violation naming the file, the item and the reason, e.g.
 * `data/lexicon/roles.json: own.borisov[1]: "Roscosmos" is listed twice`.
 * Zod lives here, not in lexicon.ts: the content script must not load it.
 */

import { aliasKey, type Violation } from './knowledge';
import { scriptOf } from './morphology';
import { ENTITY_IDS, type Entity, EntityId } from './schema';
import { z } from './zod';

export const LEXICON_FILES = {
  titles: 'data/lexicon/titles.json',
  topicCues: 'data/lexicon/topic-cues.json',
  otherDomains: 'data/lexicon/other-domains.json',
  otherPeople: 'data/lexicon/other-people.json',
  otherTreaties: 'data/lexicon/other-treaties.json',
  namesakes: 'data/lexicon/namesakes.json',
  roles: 'data/lexicon/roles.json',
} as const;

export type LexiconName = keyof typeof LEXICON_FILES;
export type RawLexicon = Record<LexiconName, unknown>;

const Purpose = z.string().trim().min(20, 'say what the list is for (purpose, 20+ characters)');
const Term = z
  .string()
  .min(1)
  .refine((term) => term === term.trim() && !/\s{2}/u.test(term), 'stray whitespace');
const Terms = z.array(Term).min(1);

const CueSet = z.strictObject({ purpose: Purpose, terms: Terms, whole: z.array(Term).optional() });

const FAMILY = new RegExp(
  `^(?:(?:person|leader|name|title):(?:${ENTITY_IDS.join('|')})|treaty|treaty:new)$`,
);
const Group = z.strictObject({
  purpose: Purpose,
  families: z.array(
    z
      .string()
      .regex(
        FAMILY,
        'unknown family (person:, leader:, name:, title:<entity id>, treaty, treaty:new)',
      ),
  ),
  style: z.enum(['russian-name', 'korean-name', 'phrase']),
  phrases: Terms,
});

const SCHEMAS = {
  titles: z.strictObject({
    purpose: Purpose,
    english: Terms,
    abbreviated: z.array(Term),
    womenHonorifics: z.array(Term),
  }),
  topicCues: z.strictObject({
    purpose: Purpose,
    sets: z.strictObject({ russia: CueSet, korea: CueSet, dprk: CueSet }),
  }),
  otherDomains: z.strictObject({ purpose: Purpose, sets: z.record(z.string(), CueSet) }),
  otherPeople: z.strictObject({ purpose: Purpose, groups: z.array(Group).min(1) }),
  otherTreaties: z.strictObject({ purpose: Purpose, groups: z.array(Group).min(1) }),
  namesakes: z.strictObject({
    purpose: Purpose,
    namesakes: z.array(z.strictObject({ entity: EntityId, who: z.string().min(1), names: Terms })),
  }),
  roles: z.strictObject({
    purpose: Purpose,
    own: z.partialRecord(EntityId, Terms),
    namesake: Terms,
  }),
};

type Parsed = { [K in LexiconName]?: z.infer<(typeof SCHEMAS)[K]> };

/** `sets.dprk.terms[3]` from a zod path. */
function pathId(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./u, '') || '(file)'
  );
}

/** Lists that must not hold one word twice (compared as the matcher compares them). */
function duplicates(options: {
  file: string;
  id: string;
  words: readonly string[];
  key?: (word: string) => string;
}): Violation[] {
  const key = options.key ?? ((word: string) => word.toLowerCase());
  const seen = new Set<string>();
  const violations: Violation[] = [];
  options.words.forEach((word, index) => {
    if (seen.has(key(word))) {
      violations.push({
        file: options.file,
        id: `${options.id}[${index}]`,
        reason: `"${word}" is listed twice`,
      });
    }
    seen.add(key(word));
  });
  return violations;
}

/**
 * Every problem in the lexicon, file by file: the schema first, then what the schema cannot see —
 * words listed twice, `whole` words that are not terms (or not Hangul), a word that shows both
 * Russia–North Korea affairs and another world, a role word that is both a delegate's own and a
 * namesake's, a namesake or another person written like an entity's own name.
 */
export function validateLexicon(options: {
  lexicon: RawLexicon;
  entities: readonly Entity[];
}): Violation[] {
  const violations: Violation[] = [];
  const parsed: Parsed = {};
  for (const name of Object.keys(LEXICON_FILES) as LexiconName[]) {
    const file = LEXICON_FILES[name];
    const result = SCHEMAS[name].safeParse(options.lexicon[name]);
    if (result.success) {
      (parsed as Record<LexiconName, unknown>)[name] = result.data;
    } else {
      for (const issue of result.error.issues) {
        violations.push({ file, id: pathId(issue.path), reason: issue.message });
      }
    }
  }

  const { titles, topicCues, otherDomains, otherPeople, otherTreaties, namesakes, roles } = parsed;
  if (titles) {
    const file = LEXICON_FILES.titles;
    violations.push(...duplicates({ file, id: 'english', words: titles.english }));
    const english = new Set(titles.english.map((title) => title.toLowerCase()));
    titles.abbreviated.forEach((title, index) => {
      if (!english.has(title.toLowerCase())) {
        violations.push({
          file,
          id: `abbreviated[${index}]`,
          reason: `"${title}" is not an English title`,
        });
      }
    });
    for (const [id, words] of [
      ['abbreviated', titles.abbreviated],
      ['womenHonorifics', titles.womenHonorifics],
    ] as const) {
      words.forEach((word, index) => {
        if (word !== word.toLowerCase()) {
          violations.push({
            file,
            id: `${id}[${index}]`,
            reason: `"${word}" must be lower-case (compared lower-cased)`,
          });
        }
      });
    }
  }

  const cueFiles = [
    { file: LEXICON_FILES.topicCues, sets: topicCues?.sets ?? {} },
    { file: LEXICON_FILES.otherDomains, sets: otherDomains?.sets ?? {} },
  ];
  for (const { file, sets } of cueFiles) {
    for (const [name, set] of Object.entries(sets)) {
      violations.push(...duplicates({ file, id: `sets.${name}.terms`, words: set.terms }));
      (set.whole ?? []).forEach((word, index) => {
        const id = `sets.${name}.whole[${index}]`;
        if (!set.terms.includes(word)) {
          violations.push({ file, id, reason: `"${word}" is not one of the set's terms` });
        } else if (scriptOf(word) !== 'hangul') {
          violations.push({
            file,
            id,
            reason: `"${word}": only Hangul words can be whole (other scripts always are)`,
          });
        }
      });
    }
  }
  if (topicCues && otherDomains) {
    const affairs = new Map<string, string>();
    for (const name of ['russia', 'dprk'] as const) {
      for (const term of topicCues.sets[name].terms) affairs.set(term.toLowerCase(), name);
    }
    for (const [name, set] of Object.entries(otherDomains.sets)) {
      set.terms.forEach((term, index) => {
        const side = affairs.get(term.toLowerCase());
        if (side) {
          violations.push({
            file: LEXICON_FILES.otherDomains,
            id: `sets.${name}.terms[${index}]`,
            reason: `"${term}" is also a topic cue (${side}): a word cannot show both`,
          });
        }
      });
    }
  }

  const aliases = new Map<string, string>();
  for (const entity of options.entities) {
    for (const alias of Object.values(entity.aliases).flat())
      aliases.set(aliasKey(alias), entity.id);
  }
  for (const [file, list] of [
    [LEXICON_FILES.otherPeople, otherPeople],
    [LEXICON_FILES.otherTreaties, otherTreaties],
  ] as const) {
    list?.groups.forEach((group, at) => {
      group.phrases.forEach((phrase, index) => {
        const entity = aliases.get(aliasKey(phrase));
        if (entity) {
          violations.push({
            file,
            id: `groups[${at}].phrases[${index}]`,
            reason: `"${phrase}" is an alias of ${entity}: listed here it would hide them`,
          });
        }
      });
    });
  }
  namesakes?.namesakes.forEach((namesake, at) => {
    namesake.names.forEach((name, index) => {
      const entity = aliases.get(aliasKey(name));
      if (entity) {
        violations.push({
          file: LEXICON_FILES.namesakes,
          id: `namesakes[${at}].names[${index}]`,
          reason: `"${name}" is written like ${entity}'s own name: a page and roles tell such namesakes apart, a list cannot`,
        });
      }
    });
  });

  if (roles) {
    const file = LEXICON_FILES.roles;
    const namesake = new Set(roles.namesake.map((word) => word.toLowerCase()));
    violations.push(...duplicates({ file, id: 'namesake', words: roles.namesake }));
    for (const [entity, words = []] of Object.entries(roles.own)) {
      violations.push(...duplicates({ file, id: `own.${entity}`, words }));
      words.forEach((word, index) => {
        if (namesake.has(word.toLowerCase())) {
          violations.push({
            file,
            id: `own.${entity}[${index}]`,
            reason: `"${word}" is also a namesake's role: a word cannot say both`,
          });
        }
      });
    }
    for (const entity of options.entities) {
      if (entity.kind === 'treaty' && entity.id in roles.own) {
        violations.push({
          file,
          id: `own.${entity.id}`,
          reason: 'roles are for people, not treaties',
        });
      }
    }
  }
  return violations;
}
