import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LEXICON_FILES, type LexiconName, type RawLexicon, validateLexicon } from './lexicon-check';
import { Entity } from './schema';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const entities = z.array(Entity).parse(read('data/entities.json'));
const shipped = (): RawLexicon =>
  Object.fromEntries(
    (Object.entries(LEXICON_FILES) as [LexiconName, string][]).map(([name, file]) => [
      name,
      read(file),
    ]),
  ) as RawLexicon;

type Json = Record<string, unknown>;
/** The shipped lexicon with one file changed. */
function changed(name: LexiconName, change: (file: Json) => void): RawLexicon {
  const lexicon = shipped();
  change(lexicon[name] as Json);
  return lexicon;
}
const sets = (file: Json) => file.sets as Record<string, { terms: string[]; whole?: string[] }>;

describe('validateLexicon', () => {
  it('finds nothing wrong with the shipped lists', () => {
    expect(validateLexicon({ lexicon: shipped(), entities })).toEqual([]);
  });

  it.each<[string, RawLexicon, string, string]>([
    [
      'a list without its purpose',
      changed('titles', (file) => {
        file.purpose = '';
      }),
      'purpose',
      'say what the list is for (purpose, 20+ characters)',
    ],
    [
      'a word listed twice',
      changed('topicCues', (file) => {
        sets(file).dprk?.terms.push('pyongyang');
      }),
      'sets.dprk.terms[27]',
      '"pyongyang" is listed twice',
    ],
    [
      'a word that shows both sides',
      changed('otherDomains', (file) => {
        sets(file).film?.terms.push('Pyongyang');
      }),
      'sets.film.terms[52]',
      '"Pyongyang" is also a topic cue (dprk): a word cannot show both',
    ],
    [
      'a whole word that is no term',
      changed('topicCues', (file) => {
        sets(file).dprk?.whole?.push('남');
      }),
      'sets.dprk.whole[2]',
      '"남" is not one of the set\'s terms',
    ],
    [
      'an unknown family',
      changed('otherPeople', (file) => {
        (file.groups as { families: string[] }[])[0]?.families.push('person:medvedev');
      }),
      'groups[0].families[2]',
      'unknown family (person:, leader:, name:, title:<entity id>, treaty, treaty:new)',
    ],
    [
      'a namesake written like the entity',
      changed('namesakes', (file) => {
        (file.namesakes as { names: string[] }[])[0]?.names.push('Yuri Borisov');
      }),
      'namesakes[0].names[3]',
      '"Yuri Borisov" is written like borisov\'s own name: a page and roles tell such namesakes apart, a list cannot',
    ],
    [
      'an alias of an entity listed as someone else',
      changed('otherPeople', (file) => {
        (file.groups as { phrases: string[] }[])[1]?.phrases.push('Kim Jong-un');
      }),
      'groups[1].phrases[21]',
      '"Kim Jong-un" is an alias of kim-jong-un: listed here it would hide them',
    ],
    [
      'an unknown entity',
      changed('roles', (file) => {
        (file.own as Json).medvedev = ['Security Council'];
      }),
      'own',
      'Unrecognized key: "medvedev"',
    ],
  ])('%s', (_what, lexicon, id, reason) => {
    const violations = validateLexicon({ lexicon, entities });
    expect(violations).toEqual([expect.objectContaining({ id, reason })]);
  });
});

describe('the shipped roles', () => {
  it('give every delegate, and Kim Jong Un, roles of their own (a wire item names them by role)', () => {
    const own = (read(LEXICON_FILES.roles) as { own: Record<string, string[]> }).own;
    for (const entity of entities) {
      if (entity.kind === 'delegate' || entity.id === 'kim-jong-un') {
        expect(own[entity.id]?.length ?? 0, entity.id).toBeGreaterThan(0);
      }
    }
  });
});
