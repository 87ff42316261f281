import { describe, expect, it } from 'vitest';
import type { Measured } from './figure-measured';
import { differenceTellable, measureSimilarity, SAME_MEASURE_THRESHOLD } from './figure-similarity';
import { PAY_RAISE } from './measure-raises';

function m(fields: Partial<Measured>): Measured {
  const owners = fields.owners ?? new Set<string>();
  return {
    family: 'person', role: null, unit: 'people', events: new Set(), topics: new Set(), places: new Set(), aspect: null,
    day: null, owners, ownerNames: owners, reading: null, next: false, goods: new Set(), subjects: new Set(), election: null, year: null, gamesYear: null, speakers: new Set(),
    ...fields,
  };
}

describe('measureSimilarity', () => {
  it('meets people killed in one place', () => {
    const a = m({ events: new Set(['killed']), places: new Set(['gaza']) });
    const b = m({ events: new Set(['killed']), places: new Set(['gaza strip']) });
    expect(measureSimilarity(a, b)).toBeGreaterThanOrEqual(SAME_MEASURE_THRESHOLD);
  });

  it('rules out deaths in another place and another kind of people', () => {
    const gaza = m({ events: new Set(['killed']), places: new Set(['gaza']) });
    expect(measureSimilarity(gaza, m({ events: new Set(['killed']), places: new Set(['israel']) }))).toBe(0);
    expect(measureSimilarity(gaza, m({ role: 'militant', events: new Set(['killed']), places: new Set(['gaza']) }))).toBe(0);
  });

  it('rules out another institution\'s share', () => {
    const rate = (owner: string) => m({ family: 'percent', unit: 'percent', topics: new Set(['rate']), owners: new Set([owner]) });
    expect(measureSimilarity(rate('Fed'), rate('Bank of England'))).toBe(0);
    expect(measureSimilarity(rate('Fed'), rate('Fed'))).toBeGreaterThanOrEqual(SAME_MEASURE_THRESHOLD);
  });
});

describe('measureSimilarity with words of the clauses in common (sameWords)', () => {
  const hours = (fields: Partial<Measured> = {}) => m({ family: 'duration', unit: 'hours', ...fields });
  const withTopic = (x: Measured): Measured => ({ ...x, topics: new Set([...x.topics, 'shared']) });

  it('meets two lengths or two days that no topic names, as a topic both have would', () => {
    expect(measureSimilarity(hours(), hours())).toBe(0);
    expect(measureSimilarity(hours(), hours(), true)).toBeGreaterThanOrEqual(SAME_MEASURE_THRESHOLD);
    const day = (topic: string) => m({ family: 'date', unit: null, day: '2021-03-01', topics: new Set([topic]) });
    expect(measureSimilarity(day('flood'), day('election'))).toBe(0);
    expect(measureSimilarity(day('flood'), day('election'), true)).toBeGreaterThanOrEqual(SAME_MEASURE_THRESHOLD);
    for (const [a, b] of [[hours(), hours()], [hours({ events: new Set(['closed']) }), hours({ places: new Set(['ohio']) })], [day('flood'), day('election')]] as const) {
      expect(measureSimilarity(a, b, true)).toBe(measureSimilarity(withTopic(a), withTopic(b)));
    }
  });

  it('leaves every conflict standing', () => {
    expect(measureSimilarity(hours({ topics: new Set([PAY_RAISE]) }), hours(), true)).toBe(0);
    expect(measureSimilarity(hours({ places: new Set(['ohio']) }), hours({ places: new Set(['texas']) }), true)).toBe(0);
    expect(measureSimilarity(hours({ aspect: 'length' }), hours({ aspect: 'elapsed' }), true)).toBe(0);
  });
});

describe('differenceTellable', () => {
  it('tells a count apart only when both say what happened', () => {
    expect(differenceTellable(m({ events: new Set(['killed']) }), m({ events: new Set(['killed']) }))).toBe(true);
    expect(differenceTellable(m({ events: new Set(['killed']) }), m({}))).toBe(false);
  });

  it('tells no difference for a share said of nothing but its one owner', () => {
    const fdp = m({ family: 'percent', unit: 'percent', owners: new Set(['FDP']) });
    expect(differenceTellable(fdp, fdp)).toBe(false);
  });
});
