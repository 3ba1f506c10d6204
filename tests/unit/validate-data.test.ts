import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../core/schema';
import { assertValidData, validateDataDir } from '../../scripts/validate-data';
import { type Json, TEXTS, validData } from './fixtures/knowledge/sound';

let dir = '';

function writeData(data: ReturnType<typeof validData>): void {
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'lexicon'), { recursive: true });
  const { standardTreatyNames, ...files } = data;
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(value, null, 2));
  }
  for (const id of SOURCE_IDS) writeFileSync(join(dir, 'sources', `${id}.txt`), TEXTS[id]);
  // The word lists as shipped: checked with the rest of data/ (and against these entities),
  // except the standard treaty names, which must name these entities' aliases.
  cpSync(new URL('../../data/lexicon', import.meta.url), join(dir, 'lexicon'), { recursive: true });
  writeFileSync(
    join(dir, 'lexicon', 'standard-treaty-names.json'),
    JSON.stringify(standardTreatyNames, null, 2),
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'treaty-lens-data-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('validateDataDir', () => {
  it('summarises sound data', () => {
    writeData(validData());
    expect(validateDataDir({ dir })).toEqual({
      violations: [],
      summary:
        'data: 22 entities, 2 claims (1 corroborated, 1 single-source), 1 disputes, aliases en/ko/ru: 22/22/22, lexicon: 7 lists — ok',
    });
  });

  it('checks quotes against the .txt files on disk', () => {
    const data = validData();
    const evidence = data.claims[1]?.evidence as Json[];
    evidence[0] = { source: 'asiae', quote: 'mutual military aid' };
    writeData(data);
    expect(validateDataDir({ dir }).violations).toEqual([
      {
        file: 'data/claims.json',
        id: 'assistance',
        reason: 'evidence[0]: quote not found in asiae: "mutual military aid"',
      },
    ]);
  });

  it('reports a missing article text', () => {
    writeData(validData());
    rmSync(join(dir, 'sources', 'eir.txt'));
    expect(validateDataDir({ dir }).violations).toEqual([
      { file: 'data/sources/eir.txt', id: 'eir', reason: 'source text is missing' },
    ]);
  });

  it('checks the word lists of data/lexicon/ with the file, the item and the reason', () => {
    writeData(validData());
    const file = join(dir, 'lexicon', 'roles.json');
    const roles = JSON.parse(readFileSync(file, 'utf8'));
    roles.own.borisov = ['Roscosmos', 'actor'];
    writeFileSync(file, JSON.stringify(roles));
    rmSync(join(dir, 'lexicon', 'namesakes.json'));
    expect(validateDataDir({ dir }).violations).toEqual([
      { file: 'data/lexicon/namesakes.json', id: '(file)', reason: 'file is missing' },
      {
        file: 'data/lexicon/roles.json',
        id: 'own.borisov[1]',
        reason: '"actor" is also a namesake\'s role: a word cannot say both',
      },
    ]);
  });

  it('reports an unreadable file once, not also as empty', () => {
    writeData(validData());
    writeFileSync(join(dir, 'entities.json'), '[{"id": "putin",]');
    rmSync(join(dir, 'disputes.json'));
    const { violations, summary } = validateDataDir({ dir });
    expect(summary).toBeUndefined();
    expect(violations.map((v) => `${v.file}: ${v.id}`)).toEqual([
      'data/entities.json: (file)',
      'data/disputes.json: (file)',
    ]);
    expect(violations[0]?.reason).toMatch(/^not valid JSON: /);
    expect(violations[1]?.reason).toBe('file is missing');
  });
});

describe('data/detectors/', () => {
  const rules = (account: number, witness: string) => ({
    cues: [{ purpose: 'the treaty', patterns: ['treaty'] }],
    values: [{ account, witness, purpose: 'defensive', patterns: ['defensive'] }],
  });
  const detector = (account: number, witness: string) => ({
    dispute: 'nature',
    purpose: 'Whether the treaty is called defensive.',
    en: rules(account, witness),
    ko: rules(account, witness),
    ru: rules(account, witness),
  });

  it('are checked with the rest and counted in the summary', () => {
    writeData(validData());
    mkdirSync(join(dir, 'detectors'));
    writeFileSync(join(dir, 'detectors', 'nature.json'), JSON.stringify(detector(0, 'defensive')));
    expect(validateDataDir({ dir }).summary).toMatch(/, 1 detectors \(1 shipped\) — ok$/);
  });

  it('fail with the file, the dispute and the reason', () => {
    writeData(validData());
    mkdirSync(join(dir, 'detectors'));
    writeFileSync(join(dir, 'detectors', 'nature.json'), JSON.stringify(detector(5, 'defensive')));
    writeFileSync(join(dir, 'detectors', 'broken.json'), '{');
    expect(
      validateDataDir({ dir }).violations.map((v) => `${v.file}: ${v.id}: ${v.reason}`),
    ).toEqual([
      expect.stringMatching(/^data\/detectors\/broken\.json: \(file\): not valid JSON: /),
      'data/detectors/nature.json: nature: en.values[0].account: 5 is not an account of the dispute',
      'data/detectors/nature.json: nature: ko.values[0].account: 5 is not an account of the dispute',
      'data/detectors/nature.json: nature: ru.values[0].account: 5 is not an account of the dispute',
    ]);
  });
});

describe('assertValidData (the build hook)', () => {
  it('throws with one "data/<file>: <id>: <reason>" line per violation', () => {
    const data = validData();
    data.claims[0] = { ...data.claims[0], evidence: [] };
    writeData(data);
    expect(() => assertValidData({ dir })).toThrow(
      'data/ is invalid (1):\ndata/claims.json: signed: no evidence: a claim needs at least one quote',
    );
  });

  it('returns the summary when the data is sound', () => {
    writeData(validData());
    expect(assertValidData({ dir })).toMatch(/^data: 22 entities, .* — ok$/);
  });
});
