import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDetectors } from './detector-data';
import type { DetectorFile } from './detectors';
import { Dispute } from './schema';

const DATA = new URL('../data/', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, DATA), 'utf8'));
const disputes = (read('disputes.json') as unknown[]).flatMap((item) => {
  const parsed = Dispute.safeParse(item);
  return parsed.success ? [parsed.data] : [];
});
const files = new Map(
  readdirSync(new URL('detectors/', DATA))
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, read(`detectors/${name}`)]),
);
const clone = (name: string): DetectorFile => structuredClone(files.get(name)) as DetectorFile;

describe('checkDetectors', () => {
  it('passes data/detectors/ against data/disputes.json', () => {
    const { violations, detectors } = checkDetectors({ files, disputes });
    expect(violations).toEqual([]);
    expect(detectors.map((detector) => detector.dispute).sort()).toEqual(
      [...files.keys()].map((name) => name.replace(/\.json$/, '')).sort(),
    );
  });

  it('names the file, the item and the reason', () => {
    const broken = clone('talks-duration.json');
    const [twoHours] = broken.en.values;
    const [, severalHours] = broken.ru.values;
    if (twoHours) twoHours.account = 1; // the witness "two hours" is in no quote of account 1
    broken.ko.cues[0]?.patterns.push('(');
    if (severalHours) severalHours.account = 7;
    Reflect.deleteProperty(broken.ko, 'values');
    const { violations } = checkDetectors({
      files: new Map([['talks-duration.json', broken]]),
      disputes,
    });
    expect(violations).toEqual([
      {
        file: 'data/detectors/talks-duration.json',
        id: 'talks-duration',
        reason: expect.stringMatching(/^ko\.values: /),
      },
    ]);
    broken.ko.values = clone('talks-duration.json').ko.values;
    const second = checkDetectors({ files: new Map([['talks-duration.json', broken]]), disputes });
    expect(second.violations.map((violation) => violation.reason)).toEqual([
      'en.values[0].witness: "two hours" is in no quote of account 1 (were the accounts reordered or rewritten?)',
      expect.stringMatching(/^ko\.cues\[0\]\.patterns\[\d+\]: does not compile: /),
      'ru.values[1].account: 7 is not an account of the dispute',
    ]);
  });

  it('needs every language, an existing fact or characterisation dispute and its file name', () => {
    const missing = clone('talks-duration.json');
    Reflect.deleteProperty(missing, 'ru');
    const naming = { ...clone('talks-duration.json'), dispute: 'kim-spelling' };
    const unknown = { ...clone('talks-duration.json'), dispute: 'no-such-dispute' };
    const { violations } = checkDetectors({
      files: new Map<string, unknown>([
        ['talks-duration.json', missing],
        ['kim-spelling.json', naming],
        ['other-name.json', unknown],
      ]),
      disputes,
    });
    expect(violations.map(({ file, reason }) => `${file}: ${reason}`)).toEqual([
      'data/detectors/talks-duration.json: ru: missing: every detector has rules for en, ko and ru',
      expect.stringMatching(
        /^data\/detectors\/kim-spelling\.json: dispute is of kind "naming": detectors are for fact and characterisation$/,
      ),
      // the accounts of a naming dispute are not those of talks-duration either
      ...Array(violations.length - 4).fill(expect.stringMatching(/kim-spelling\.json: .*witness/)),
      'data/detectors/other-name.json: file name must be no-such-dispute.json (the dispute id)',
      'data/detectors/other-name.json: no dispute with this id in data/disputes.json',
    ]);
  });

  it('lists fact and characterisation disputes without a detector', () => {
    const { uncovered } = checkDetectors({ files: new Map(), disputes });
    expect(uncovered).toContain('talks-duration');
    expect(uncovered).not.toContain('kim-spelling');
  });
});

describe('checkDetectors: the occasion rule and the shipping switch', () => {
  it('names a required occasion without markers, and a switch without its reason', () => {
    const broken = clone('talks-duration.json');
    if (broken.en.occasion) Reflect.deleteProperty(broken.en.occasion, 'this');
    broken.shipped = false;
    Reflect.deleteProperty(broken, 'reason');
    const { violations } = checkDetectors({
      files: new Map([['talks-duration.json', broken]]),
      disputes,
    });
    expect(violations.map(({ file, id, reason }) => `${file} ${id}: ${reason}`)).toEqual([
      'data/detectors/talks-duration.json talks-duration: shipped: false needs a reason (why its precision is not trusted)',
      'data/detectors/talks-duration.json talks-duration: en.occasion.required: needs "this", the markers a sentence must show',
    ]);
  });

  it('names an occasion marker that does not compile, and a reason on a shipped detector', () => {
    const broken = clone('putin-arrival-date.json');
    broken.ko.occasion?.other.patterns.push('[');
    broken.reason = 'kept';
    const { violations } = checkDetectors({
      files: new Map([['putin-arrival-date.json', broken]]),
      disputes,
    });
    expect(violations.map(({ reason }) => reason)).toEqual([
      'reason is only for a detector that is not shipped (shipped: false)',
      expect.stringMatching(/^ko\.occasion\.other\.patterns\[\d+\]: does not compile: /),
    ]);
  });

  it('names a carried subject without an occasion, or carried from a group it cannot be', () => {
    const broken = clone('talks-venue.json');
    Reflect.deleteProperty(broken.en, 'occasion');
    if (broken.ko.carry) broken.ko.carry.cues = [5];
    broken.ru.carry?.unless?.patterns.push('(');
    const { violations } = checkDetectors({
      files: new Map([['talks-venue.json', broken]]),
      disputes,
    });
    expect(violations.map(({ reason }) => reason)).toEqual([
      'en.carry: only with an occasion, which judges the sentence before too',
      'ko.carry.cues: 5 is not a cue group P may supply (none, or the near group)',
      expect.stringMatching(/^ru\.carry\.unless\.patterns\[\d+\]: does not compile: /),
    ]);
  });
});
