import { describe, expect, it } from 'vitest';
import type { Rule } from './terms';
import { createEvidence } from './verdicts';

const kimShort: Rule = { entity: 'kim-jong-un', gate: 'named', family: 'person:kim-jong-un' };
const lavrovShort: Rule = { entity: 'lavrov', gate: 'named-or-summit', family: 'person:lavrov' };
const treatyGeneric: Rule = { entity: 'treaty-2024', gate: 'named', family: 'treaty' };
const treatyNew: Rule = { entity: 'treaty-2024', gate: 'new', family: null };
const treatyTitle: Rule = { entity: 'treaty-2024', gate: 'topic', family: 'title:treaty-2024' };
const full = (entity: Rule['entity']): Rule => ({ entity, gate: 'always', family: null });

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
    evidence.cue('russia');
    expect(evidence.topical()).toBe(false);
    expect(evidence.verdict(treatyTitle)).toBe(false);
    evidence.cue('korea');
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
    evidence.cue('russia');
    evidence.cue('korea');
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
      (evidence) => evidence.cue('korea'),
      (evidence) => evidence.cue('russia'),
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
    expect(evidence.cue('russia')).toBe(true);
    expect(evidence.cue('russia')).toBe(false);
    expect(evidence.cue('korea')).toBe(true);
  });
});
