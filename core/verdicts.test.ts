import { describe, expect, it } from 'vitest';
import type { CueHit } from './cues';
import type { Rule } from './terms';
import { createEvidence, SETTLED } from './verdicts';

const kimShort: Rule = { entity: 'kim-jong-un', gate: 'named', family: 'person:kim-jong-un' };
const lavrovShort: Rule = { entity: 'lavrov', gate: 'named-or-summit', family: 'person:lavrov' };
const treatyGeneric: Rule = { entity: 'treaty-2024', gate: 'named', family: 'treaty' };
const treatyNew: Rule = { entity: 'treaty-2024', gate: 'new', family: null };
const treatyTitle: Rule = { entity: 'treaty-2024', gate: 'topic', family: 'title:treaty-2024' };
const full = (entity: Rule['entity']): Rule => ({ entity, gate: 'always', family: null });
/** Cue word number `word`, showing `cue` (distinct words are counted). */
const cue = (word: number, ...cues: CueHit['cues']): CueHit => ({ word, cues });
const RUSSIA = cue(1, 'russia');
const KOREA = cue(2, 'korea');

describe('createEvidence', () => {
  it('accepts full names always', () => {
    expect(createEvidence().verdict(full('putin'))).toBe(true);
  });

  it('accepts a short form once the entity is named, until someone else of that name is', () => {
    const evidence = createEvidence();
    expect(evidence.verdict(kimShort)).toBe(false);
    evidence.named(full('kim-jong-un'));
    expect(evidence.verdict(kimShort)).toBe(true);
    evidence.other('person:kim-jong-un');
    expect(evidence.verdict(kimShort)).toBe(false);
    evidence.named(full('kim-jong-un'));
    expect(evidence.verdict(kimShort)).toBe(false);
  });

  it('accepts a delegate’s surname on a summit page: the treaty, or both leaders, named', () => {
    const bothLeaders = createEvidence();
    bothLeaders.named(full('putin'));
    expect(bothLeaders.verdict(lavrovShort)).toBe(false);
    bothLeaders.named(full('kim-jong-un'));
    expect(bothLeaders.verdict(lavrovShort)).toBe(true);

    const treaty = createEvidence();
    treaty.named(full('treaty-2024'));
    expect(treaty.verdict(lavrovShort)).toBe(true);
    treaty.other('person:lavrov');
    expect(treaty.verdict(lavrovShort)).toBe(false);
  });

  it('needs both topic cues for a title other countries share', () => {
    const evidence = createEvidence();
    evidence.cue(RUSSIA);
    expect(evidence.topical()).toBe(false);
    expect(evidence.verdict(treatyTitle)).toBe(false);
    evidence.cue(KOREA);
    expect(evidence.topical()).toBe(true);
    expect(evidence.verdict(treatyTitle)).toBe(true);
    evidence.other('title:treaty-2024');
    expect(evidence.verdict(treatyTitle)).toBe(false);
  });

  it('counts a title as naming the treaty only where the title itself is accepted', () => {
    const evidence = createEvidence();
    evidence.named(treatyTitle);
    expect(evidence.verdict(treatyGeneric)).toBe(false);
    expect(evidence.verdict(treatyNew)).toBe(false);
    evidence.cue(RUSSIA);
    evidence.cue(KOREA);
    expect(evidence.verdict(treatyGeneric)).toBe(true);
    expect(evidence.verdict(treatyNew)).toBe(true);
  });

  it('blocks "the treaty" but not "the new treaty" when another treaty is named', () => {
    const evidence = createEvidence();
    evidence.named(full('treaty-2024'));
    evidence.other('treaty');
    expect(evidence.verdict(treatyGeneric)).toBe(false);
    expect(evidence.verdict(treatyNew)).toBe(true);
  });

  it('blocks "the new treaty" where another new treaty is named', () => {
    const newer: Rule = { entity: 'treaty-2024', gate: 'new', family: 'treaty:new' };
    const evidence = createEvidence();
    evidence.named(full('treaty-2024'));
    evidence.other('treaty');
    expect(evidence.verdict(newer)).toBe(true);
    evidence.other('treaty:new');
    expect(evidence.verdict(newer)).toBe(false);
  });

  it('reaches the same verdicts whatever the order of the evidence', () => {
    const steps: ((evidence: ReturnType<typeof createEvidence>) => void)[] = [
      (evidence) => evidence.named(full('kim-jong-un')),
      (evidence) => evidence.named(full('putin')),
      (evidence) => evidence.other('person:lavrov'),
      (evidence) => evidence.cue(KOREA),
      (evidence) => evidence.cue(RUSSIA),
    ];
    const rules = [kimShort, lavrovShort, treatyGeneric, treatyNew, treatyTitle];
    const run = (order: typeof steps) => {
      const evidence = createEvidence();
      for (const step of order) step(evidence);
      return rules.map((rule) => evidence.verdict(rule));
    };
    expect(run([...steps].reverse())).toEqual(run(steps));
    expect(run(steps)).toEqual([true, false, false, false, true]);
  });

  it('says whether a record made the evidence grow (a repeat cannot change a verdict)', () => {
    const evidence = createEvidence();
    expect(evidence.named(full('putin'))).toBe(true);
    expect(evidence.named(full('putin'))).toBe(false);
    expect(evidence.named({ entity: 'putin', gate: 'topic', family: 'title:putin' })).toBe(true);
    expect(evidence.other('person:lavrov')).toBe(true);
    expect(evidence.other('person:lavrov')).toBe(false);
    expect(evidence.cue(RUSSIA)).toBe(true);
    expect(evidence.cue(RUSSIA)).toBe(false);
    expect(evidence.cue(KOREA)).toBe(true);
  });

  it('accepts a delegate’s full name on a page about Russia–North Korea affairs that other worlds do not outweigh', () => {
    const novak: Rule = { entity: 'novak', gate: 'affairs', family: 'name:novak' };
    const kim: Rule = { entity: 'kim-jong-un', gate: 'dprk', family: 'name:kim-jong-un' };
    const evidence = createEvidence();
    expect(evidence.verdict(novak)).toBe(false);
    expect(evidence.cue(cue(3, 'dprk'))).toBe(true);
    // North Korea alone is enough for Kim Jong Un, not for a delegate.
    expect(evidence.verdict(kim)).toBe(true);
    expect(evidence.verdict(novak)).toBe(false);
    evidence.cue(RUSSIA);
    expect(evidence.verdict(novak)).toBe(true);
    // Two words of another world against two of Russia and North Korea: in doubt, no.
    evidence.cue(cue(10, 'elsewhere'));
    expect(evidence.verdict(novak)).toBe(true);
    expect(evidence.cue(cue(10, 'elsewhere'))).toBe(false);
    evidence.cue(cue(11, 'elsewhere'));
    expect(evidence.verdict(novak)).toBe(false);
    expect(evidence.verdict(kim)).toBe(false);
    evidence.cue(cue(4, 'russia', 'dprk'));
    expect(evidence.verdict(novak)).toBe(true);
    // A namesake on the page (a role beside the name, or a listed one) blocks the name.
    evidence.other('name:novak');
    expect(evidence.verdict(novak)).toBe(false);
    expect(evidence.verdict(kim)).toBe(true);
  });

  it('counts a gated full name as naming the entity only where the page accepts it', () => {
    const lavrovFull: Rule = { entity: 'lavrov', gate: 'affairs', family: 'name:lavrov' };
    const evidence = createEvidence();
    evidence.named(lavrovFull);
    expect(evidence.verdict(lavrovShort)).toBe(false);
    evidence.cue(RUSSIA);
    evidence.cue(cue(3, 'dprk'));
    expect(evidence.verdict(lavrovShort)).toBe(true);
  });

  it('is settled by enough words of Russia and North Korea, whatever else the page shows', () => {
    const novak: Rule = { entity: 'novak', gate: 'affairs', family: 'name:novak' };
    const evidence = createEvidence();
    evidence.cue(KOREA);
    for (let word = 10; word < 10 + SETTLED; word++) evidence.cue(cue(word, 'elsewhere'));
    for (let word = 30; word < 30 + SETTLED - 2; word++) evidence.cue(cue(word, 'russia'));
    evidence.cue(cue(50, 'dprk'));
    expect(evidence.verdict(novak)).toBe(false);
    expect(evidence.settled()).toBe(false);
    evidence.cue(cue(51, 'dprk'));
    expect(evidence.settled()).toBe(true);
    expect(evidence.verdict(novak)).toBe(true);
  });
});
