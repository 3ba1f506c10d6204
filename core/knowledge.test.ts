import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Json, TEXTS, validData } from '../tests/unit/fixtures/knowledge/sound';
import {
  aliasKey,
  createKnowledgeBase,
  KnowledgeError,
  type RawData,
  type Violation,
  validateKnowledge,
} from './knowledge';
import { ENTITY_IDS, type EntityId, SOURCE_IDS, type SourceId } from './schema';

function violationsOf(data: RawData, texts: Partial<Record<SourceId, string>> = TEXTS) {
  return validateKnowledge({ data, texts });
}

function item<T>(items: T[], index: number): T {
  const found = items[index];
  if (found === undefined) throw new Error(`fixture has no item #${index}`);
  return found;
}

describe('validateKnowledge', () => {
  it('accepts the sound fixture, with and without texts', () => {
    expect(violationsOf(validData())).toEqual([]);
    expect(validateKnowledge({ data: validData() })).toEqual([]);
  });

  describe('schema', () => {
    it('reports the zod path and message under the item id', () => {
      const data = validData();
      item(data.claims, 1).statement = '   ';
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/claims.json',
          id: 'assistance',
          reason: 'statement: Too small: expected string to have >=1 characters',
        },
      ]);
    });

    it('uses the index when the item has no id, and reports every issue of it', () => {
      const data = validData();
      data.disputes.push({ about: ['putin'], question: 'Q?', accounts: [], note: 'x' });
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: '#1',
          reason: 'id: Invalid input: expected string, received undefined',
        },
        {
          file: 'data/disputes.json',
          id: '#1',
          reason: 'kind: Invalid option: expected one of "fact"|"characterisation"|"naming"',
        },
        { file: 'data/disputes.json', id: '#1', reason: 'Unrecognized key: "note"' },
      ]);
    });

    it('reports a file that is not an array', () => {
      const data = { ...validData(), disputes: { nature: {} } };
      expect(violationsOf(data)).toEqual([
        { file: 'data/disputes.json', id: '(file)', reason: 'expected a JSON array of items' },
      ]);
    });

    it('names an unknown entity id in about clearly', () => {
      const data = validData();
      item(data.claims, 0).about = ['putin', 'kim-jong-il'];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/claims.json',
          id: 'signed',
          reason:
            'about[1]: unknown entity id "kim-jong-il" (the ids are listed in core/schema.ts ENTITY_IDS)',
        },
      ]);
    });

    it('names an unknown source id in evidence clearly', () => {
      const data = validData();
      const account = item(item(data.disputes, 0).accounts as Json[], 1);
      account.evidence = [{ source: 'bbc', quote: 'mutual military assistance' }];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: 'nature',
          reason:
            'accounts[1].evidence[0].source: unknown source id "bbc" (known: eir, asiae, koreaherald, joongang, epochtimes)',
        },
      ]);
    });
  });

  describe('ids', () => {
    it.each([
      ['claims', 'data/claims.json', 'signed'],
      ['disputes', 'data/disputes.json', 'nature'],
      ['entities', 'data/entities.json', 'treaty-2024'],
      ['sources', 'data/sources.json', 'eir'],
    ] as const)('reports a duplicate id in %s once, with its positions', (key, file, id) => {
      const data = validData();
      const items: Json[] = data[key];
      items.push(structuredClone(item(items, 0)));
      expect(violationsOf(data)).toEqual([
        { file, id, reason: `duplicate id: items #0, #${items.length - 1}` },
      ]);
    });

    it('reports a missing entity id', () => {
      const data = validData();
      data.entities = data.entities.filter((entity) => entity.id !== 'kozhemyako');
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/entities.json',
          id: 'kozhemyako',
          reason: 'missing: every entity id must be present',
        },
      ]);
    });

    it('reports an extra entity id', () => {
      const data = validData();
      data.entities.push({ ...item(data.entities, 0), id: 'medvedev' });
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/entities.json',
          id: 'medvedev',
          reason:
            'id: unknown entity id "medvedev" (the ids are listed in core/schema.ts ENTITY_IDS)',
        },
      ]);
    });

    it('reports a missing source id, and evidence that cites it', () => {
      const data = validData();
      data.sources = data.sources.filter((source) => source.id !== 'asiae');
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/sources.json',
          id: 'asiae',
          reason: 'missing: every source id must be present',
        },
        {
          file: 'data/claims.json',
          id: 'assistance',
          reason: 'evidence[0]: source "asiae" is not in sources.json',
        },
        {
          file: 'data/disputes.json',
          id: 'nature',
          reason: 'accounts[1].evidence[0]: source "asiae" is not in sources.json',
        },
      ]);
    });

    it('reports an extra source id', () => {
      const data = validData();
      data.sources.push({ ...item(data.sources, 0), id: 'bbc', file: 'sources/bbc.txt' });
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/sources.json',
          id: 'bbc',
          reason:
            'id: unknown source id "bbc" (known: eir, asiae, koreaherald, joongang, epochtimes)',
        },
      ]);
    });

    it('reports a source file that is not sources/<id>.txt', () => {
      const data = validData();
      item(data.sources, 2).file = 'sources/herald.txt';
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/sources.json',
          id: 'koreaherald',
          reason: 'file is "sources/herald.txt", expected "sources/koreaherald.txt"',
        },
      ]);
    });
  });

  describe('quotes', () => {
    it('reports a quote not found in its source, collapsing only whitespace', () => {
      const data = validData();
      // Case differs ("putin"): only whitespace may differ, so this is a misquote.
      const evidence = item(data.claims, 0).evidence as Json[];
      item(evidence, 1).quote = 'putin and Kim signed   the treaty';
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/claims.json',
          id: 'signed',
          reason: 'evidence[1]: quote not found in epochtimes: "putin and Kim signed the treaty"',
        },
      ]);
    });

    it('checks a quote against its own source, not another', () => {
      const data = validData();
      const account = item(item(data.disputes, 0).accounts as Json[], 0);
      account.evidence = [{ source: 'eir', quote: 'peaceful and defensive' }];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: 'nature',
          reason: 'accounts[0].evidence[0]: quote not found in eir: "peaceful and defensive"',
        },
      ]);
    });

    it('does not check quotes when no texts are given', () => {
      const data = validData();
      item(item(data.claims, 1).evidence as Json[], 0).quote = 'not in any article';
      expect(validateKnowledge({ data })).toEqual([]);
      expect(violationsOf(data)).toHaveLength(1);
    });

    it('reports a source text missing when texts are given', () => {
      const { joongang: _, ...texts } = TEXTS;
      expect(violationsOf(validData(), texts)).toEqual([
        { file: 'data/sources/joongang.txt', id: 'joongang', reason: 'source text is missing' },
      ]);
    });
  });

  describe('evidence and accounts', () => {
    it('reports a claim with no evidence', () => {
      const data = validData();
      item(data.claims, 1).evidence = [];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/claims.json',
          id: 'assistance',
          reason: 'no evidence: a claim needs at least one quote',
        },
      ]);
    });

    it('reports a dispute with fewer than two accounts', () => {
      const data = validData();
      const dispute = item(data.disputes, 0);
      dispute.accounts = (dispute.accounts as Json[]).slice(0, 1);
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: 'nature',
          reason: '1 account(s): a dispute needs at least two',
        },
      ]);
    });

    it('reports an account with no evidence', () => {
      const data = validData();
      item(item(data.disputes, 0).accounts as Json[], 1).evidence = [];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: 'nature',
          reason: 'accounts[1]: no evidence: an account needs at least one quote',
        },
      ]);
    });
  });

  describe('aliases', () => {
    it.each([
      ['Kim Jong-un', 'kim  JONG un'],
      ['Kim Jong–un', 'Kim Jong un'],
      ['Пётр', 'ПЕТР'],
    ])('reports "%s" and "%s" claimed by two entities', (first, second) => {
      const data = validData();
      const aliases = (id: EntityId) =>
        data.entities.find((entity) => entity.id === id)?.aliases as Record<string, string[]>;
      aliases('kim-jong-un').en?.push(first);
      aliases('kim-tok-hun').ru?.push(second);
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/entities.json',
          id: 'kim-tok-hun',
          reason: `aliases.ru: "${second}" is also an alias of kim-jong-un ("${first}", en)`,
        },
      ]);
    });

    it('allows one entity to repeat an alias across languages', () => {
      const data = validData();
      const putin = item(data.entities, ENTITY_IDS.indexOf('putin'));
      putin.aliases = { en: ['Putin'], ko: ['푸틴', 'Putin'], ru: ['Путин'] };
      expect(violationsOf(data)).toEqual([]);
    });

    it('reports an entity with no alias in one of en/ko/ru', () => {
      const data = validData();
      item(data.entities, ENTITY_IDS.indexOf('novak')).aliases = {
        en: ['Novak'],
        ko: [],
        ru: ['Новак'],
      };
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/entities.json',
          id: 'novak',
          reason: 'aliases.ko is empty: every entity needs an alias in en/ko/ru',
        },
      ]);
    });

    it('normalises alias keys only by case, dashes, whitespace and ё', () => {
      expect(aliasKey('  Kim\u00a0Jong—Un ')).toBe('kim jong un');
      expect(aliasKey('Ким Чен Ын')).not.toBe(aliasKey('Ким Чен Ир'));
      expect(aliasKey('Ёлка')).toBe('елка');
    });
  });

  describe('editorial rules', () => {
    const dispute = (data: ReturnType<typeof validData>) => item(data.disputes, 0);
    const accounts = (data: ReturnType<typeof validData>) => dispute(data).accounts as Json[];

    it('reports a dispute kind outside fact, characterisation and naming', () => {
      const data = validData();
      dispute(data).kind = 'opinion';
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: 'nature',
          reason: 'kind: Invalid option: expected one of "fact"|"characterisation"|"naming"',
        },
      ]);
    });

    it('reports a via name that is not on the fixed list', () => {
      const data = validData();
      const evidence = item(data.claims, 0).evidence as Json[];
      evidence[1] = { ...evidence[1], via: ['TASS', 'Tass'] };
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/claims.json',
          id: 'signed',
          reason:
            'evidence[1].via[1]: unknown via name "Tass" (the fixed list is VIA_NAMES in core/provenance.ts)',
        },
      ]);
    });

    it('reports two accounts of one dispute resting on the same passage', () => {
      const data = validData();
      item(accounts(data), 1).evidence = [{ source: 'koreaherald', quote: 'peaceful' }];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: 'nature',
          reason:
            'accounts[1].evidence[0]: the same passage of koreaherald as accounts[0].evidence[0]: two accounts need different evidence',
        },
      ]);
    });

    it('reports a passage that is evidence for a claim and for a differing account', () => {
      const data = validData();
      item(accounts(data), 1).evidence = [{ source: 'asiae', quote: 'provides for mutual' }];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/claims.json',
          id: 'assistance',
          reason:
            'evidence[0]: the same passage of asiae is evidence for characterisation dispute nature accounts[1].evidence[0]: split the claim, or list the dispute in commonGround if the claim states only what its accounts share',
        },
      ]);
    });

    it('accepts that passage when the claim states only the common ground', () => {
      const data = validData();
      item(accounts(data), 1).evidence = [{ source: 'asiae', quote: 'provides for mutual' }];
      item(data.claims, 1).commonGround = ['nature'];
      expect(violationsOf(data)).toEqual([]);
    });

    it('reports a commonGround marker that names no dispute or is not needed', () => {
      const data = validData();
      item(data.claims, 1).commonGround = ['natur', 'nature'];
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/claims.json',
          id: 'assistance',
          reason: 'commonGround[0]: no dispute "natur" in data/disputes.json',
        },
        {
          file: 'data/claims.json',
          id: 'assistance',
          reason:
            'commonGround[1]: shares no passage with dispute nature: the marker is not needed',
        },
      ]);
    });

    it('lets naming disputes share passages with claims, but wants their forms as written', () => {
      const data = validData();
      data.disputes.push({
        id: 'spelling',
        about: ['putin'],
        kind: 'naming',
        question: 'How is it written?',
        accounts: [
          { statement: 'Putin', evidence: [{ source: 'epochtimes', quote: 'Putin and Kim' }] },
          { statement: 'Vladimir Putin', evidence: [{ source: 'eir', quote: 'Putin and Kim' }] },
        ],
      });
      expect(violationsOf(data)).toEqual([
        {
          file: 'data/disputes.json',
          id: 'spelling',
          reason:
            'accounts[1].evidence[0]: a naming account\'s statement is the form as written, and "Vladimir Putin" is not in this quote',
        },
      ]);
    });

    describe('treaty aliases', () => {
      const treaty = (data: ReturnType<typeof validData>, en: string[]) => {
        const entity = data.entities.find((e) => e.id === 'treaty-2024') as Json;
        entity.kind = 'treaty';
        entity.aliases = { en, ko: ['조약'], ru: ['договор'] };
        // ko and ru are on the reviewed list below, so only en is under test.
      };
      const standard = (names: Json[]) => ({ purpose: 'Reviewed names.', names });

      it('accepts an alias a source uses, in any case and with any dashes', () => {
        const data = validData();
        treaty(data, ['Signed the Treaty']);
        data.standardTreatyNames = standard([
          { entity: 'treaty-2024', lang: 'ko', names: ['조약'], why: 'Korean standard name.' },
          { entity: 'treaty-2024', lang: 'ru', names: ['договор'], why: 'Russian standard name.' },
        ]);
        expect(violationsOf(data)).toEqual([]);
      });

      it('reports an alias no source uses that is not on the reviewed list', () => {
        const data = validData();
        treaty(data, ['the treaty', 'Mutual Defense Treaty']);
        data.standardTreatyNames = standard([
          { entity: 'treaty-2024', lang: 'ko', names: ['조약'], why: 'Korean standard name.' },
          { entity: 'treaty-2024', lang: 'ru', names: ['договор'], why: 'Russian standard name.' },
        ]);
        expect(violationsOf(data)).toEqual([
          {
            file: 'data/entities.json',
            id: 'treaty-2024',
            reason:
              'aliases.en[1]: "Mutual Defense Treaty" appears in no source and is not on the reviewed list (data/lexicon/standard-treaty-names.json)',
          },
        ]);
      });

      it('reports a reviewed name that is no longer an alias, and a list without reasons', () => {
        const data = validData();
        data.standardTreatyNames = standard([
          { entity: 'treaty-2024', lang: 'en', names: ['Gone Treaty'], why: 'Was standard.' },
        ]);
        expect(violationsOf(data)).toEqual([
          {
            file: 'data/lexicon/standard-treaty-names.json',
            id: 'treaty-2024',
            reason:
              'names[0].names[0]: "Gone Treaty" is not an aliases.en entry of treaty treaty-2024 in data/entities.json',
          },
        ]);
        data.standardTreatyNames = standard([
          { entity: 'treaty-2024', lang: 'en', names: [], why: ' ' },
        ]);
        expect(violationsOf(data)).toEqual([
          {
            file: 'data/lexicon/standard-treaty-names.json',
            id: '(file)',
            reason:
              'expected { purpose, names: [{ entity, lang, names: [...], why }] } with a non-empty purpose and why',
          },
        ]);
      });
    });
  });

  it('collects every violation across files instead of stopping at the first', () => {
    const data = validData();
    item(data.claims, 0).evidence = [];
    item(data.claims, 1).about = ['nobody'];
    data.entities.pop();
    item(data.sources, 0).file = 'sources/x.txt';
    expect(
      violationsOf(data)
        .map((v: Violation) => `${v.file} ${v.id}`)
        .sort(),
    ).toEqual([
      'data/claims.json assistance',
      'data/claims.json signed',
      'data/entities.json jo-yong-won',
      'data/sources.json eir',
    ]);
  });
});

describe('createKnowledgeBase', () => {
  it('throws a KnowledgeError whose message has one "file: id: reason" line per violation', () => {
    const data = validData();
    item(data.claims, 1).evidence = [];
    item(data.sources, 0).file = 'sources/x.txt';
    let error: unknown;
    try {
      createKnowledgeBase({ data, texts: TEXTS });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    const knowledgeError = error as KnowledgeError;
    expect(knowledgeError.violations).toHaveLength(2);
    expect(knowledgeError.message.split('\n')).toEqual([
      'data/sources.json: eir: file is "sources/x.txt", expected "sources/eir.txt"',
      'data/claims.json: assistance: no evidence: a claim needs at least one quote',
    ]);
  });

  it('derives status from distinct sources: one source cited twice is single-source', () => {
    const data = validData();
    data.claims.push({
      id: 'twice',
      about: ['putin'],
      statement: 'Putin and Kim signed the treaty.',
      evidence: [
        { source: 'epochtimes', quote: 'Putin and Kim' },
        { source: 'epochtimes', quote: 'in Pyongyang' },
      ],
    });
    const knowledge = createKnowledgeBase({ data, texts: TEXTS });
    expect(knowledge.claims.map((c) => [c.id, c.status, c.sources])).toEqual([
      ['signed', 'corroborated', ['eir', 'epochtimes']],
      ['assistance', 'single-source', ['asiae']],
      ['twice', 'single-source', ['epochtimes']],
    ]);
  });

  it('lists claims about an entity most-corroborated first, ties in data order', () => {
    const data = validData();
    const claim = (id: string, sources: SourceId[]) => ({
      id,
      about: ['kim-jong-un'],
      statement: `Statement ${id}`,
      evidence: sources.map((source) => ({ source, quote: 'treaty' })),
    });
    data.claims = [
      claim('one-a', ['joongang']),
      claim('two-a', ['eir', 'koreaherald']),
      claim('one-b', ['epochtimes', 'epochtimes']),
      claim('three', ['joongang', 'eir', 'epochtimes']),
      claim('two-b', ['joongang', 'epochtimes']),
    ];
    const knowledge = createKnowledgeBase({ data, texts: TEXTS });
    expect(knowledge.claimsAbout('kim-jong-un').map((c) => c.id)).toEqual([
      'three',
      'two-a',
      'two-b',
      'one-a',
      'one-b',
    ]);
    // The full list keeps data order; only the per-entity view is ranked.
    expect(knowledge.claims.map((c) => c.id)).toEqual([
      'one-a',
      'two-a',
      'one-b',
      'three',
      'two-b',
    ]);
    expect(knowledge.claimsAbout('lavrov')).toEqual([]);
  });

  it('lists disputes about an entity, and the distinct sources about it in sources.json order', () => {
    const data = validData();
    data.sources.reverse();
    const knowledge = createKnowledgeBase({ data, texts: TEXTS });
    expect(knowledge.disputesAbout('treaty-2024').map((d) => d.id)).toEqual(['nature']);
    expect(knowledge.disputesAbout('putin')).toEqual([]);
    // Claims cite eir, epochtimes, asiae; the dispute adds koreaherald (and asiae again).
    expect(knowledge.sourcesAbout('treaty-2024')).toEqual([
      'epochtimes',
      'koreaherald',
      'asiae',
      'eir',
    ]);
    expect(knowledge.sourcesAbout('putin')).toEqual(['epochtimes', 'eir']);
    expect(knowledge.sourcesAbout('belousov')).toEqual([]);
    expect(knowledge.claimsAbout('treaty-2024')[0]?.sources).toEqual(['epochtimes', 'eir']);
  });

  it('looks up sources and entities by id', () => {
    const knowledge = createKnowledgeBase({ data: validData() });
    expect(knowledge.source('joongang').outlet).toBe('Outlet joongang');
    expect(knowledge.entity('choe-son-hui').name).toBe('Name choe-son-hui');
    expect(knowledge.entities.map((e) => e.id)).toEqual([...ENTITY_IDS]);
    expect(() => knowledge.source('nope' as SourceId)).toThrow('Unknown source id: nope');
  });
});

describe('the project data', () => {
  const dir = join(import.meta.dirname, '..', 'data');
  const files = [
    'sources.json',
    'entities.json',
    'claims.json',
    'disputes.json',
    'lexicon/standard-treaty-names.json',
  ];
  const present = files.every((file) => existsSync(join(dir, file)));

  // The data files are written on their own branches; this runs as soon as they are merged.
  it.skipIf(!present)('passes every check, quotes included, and has the promised size', () => {
    const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const data: RawData = {
      sources: read('sources.json'),
      entities: read('entities.json'),
      claims: read('claims.json'),
      disputes: read('disputes.json'),
      standardTreatyNames: read('lexicon/standard-treaty-names.json'),
    };
    const texts = Object.fromEntries(
      SOURCE_IDS.map((id) => [id, readFileSync(join(dir, 'sources', `${id}.txt`), 'utf8')]),
    );
    const violations = validateKnowledge({ data, texts });
    expect(violations.map((v) => `${v.file}: ${v.id}: ${v.reason}`)).toEqual([]);
    const knowledge = createKnowledgeBase({ data, texts });
    expect(knowledge.entities).toHaveLength(ENTITY_IDS.length);
    expect(knowledge.sources).toHaveLength(SOURCE_IDS.length);
    expect(knowledge.claims.length).toBeGreaterThanOrEqual(40);
    expect(knowledge.claims.some((c) => c.status === 'corroborated')).toBe(true);
    expect(knowledge.claims.some((c) => c.status === 'single-source')).toBe(true);
    expect(knowledge.disputes.length).toBeGreaterThan(0);
  });
});
