import { describe, expect, it } from 'vitest';
import type { SummaryNumber, SummaryTerm } from '../messaging/contract';
import { groupTerms, linkedEntities, numbersHeading, shownOnly, topTopicTerms } from './page-terms';
import { nextTab } from './tabs';

const term = (name: string, kind: SummaryTerm['kind'], count: number, entityId: string | null = null): SummaryTerm => ({ name, kind, count, entityId, linked: entityId !== null, text: name });

describe('groupTerms', () => {
  it('groups by kind in a fixed order, linked first, then by mentions, then by name', () => {
    const groups = groupTerms([
      term('Cairo', 'place', 4),
      term('Hamas', 'org', 2, 'org:hamas'),
      term('Zed Unknown', 'person', 9),
      term('Benjamin Netanyahu', 'person', 3, 'person:benjamin-netanyahu'),
      term('Donald Trump', 'person', 3, 'person:donald-trump'),
      term('Gaza', 'place', 2, 'place:gaza'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['person', 'org', 'place']);
    expect(groups[0]?.terms.map((t) => t.name)).toEqual(['Benjamin Netanyahu', 'Donald Trump', 'Zed Unknown']);
    expect(groups[2]?.terms.map((t) => t.name)).toEqual(['Gaza', 'Cairo']);
    expect(groups[0]?.mentions).toBe(15);
  });

  it('gives no groups for no terms', () => {
    expect(groupTerms([])).toEqual([]);
  });
});

describe('shownOnly', () => {
  const figure = (text: string, kind: SummaryNumber['kind']): SummaryNumber => ({ text, kind, quantity: { start: 0, end: text.length, text, kind, form: 'count', value: 1, unit: null, qualifier: null }, verdict: null, reason: null, stored: null });
  const summary = { terms: [term('Cairo', 'place', 4), term('Hamas', 'org', 2, 'org:hamas')], numbers: [figure('12 people', 'number'), figure('Tuesday', 'date')] };

  it('keeps every kind when the answer does not say which are on', () => {
    expect(shownOnly(summary)).toEqual(summary);
  });

  it('leaves out the kinds switched off, and the heading names what is left', () => {
    const shown = shownOnly({ ...summary, shown: ['org', 'date'] });
    expect(shown.terms.map((t) => t.name)).toEqual(['Hamas']);
    expect(shown.numbers.map((n) => n.text)).toEqual(['Tuesday']);
    expect(numbersHeading(shown.numbers)).toBe('Dates');
    expect(numbersHeading(summary.numbers)).toBe('Figures and dates');
    expect(numbersHeading(summary.numbers.slice(0, 1))).toBe('Figures');
  });
});

describe('linkedEntities', () => {
  it('lists each linked entity once, most mentioned first', () => {
    const got = linkedEntities([term('Netanyahu', 'person', 1, 'person:bn'), term('Gaza', 'place', 5, 'place:gaza'), term('Benjamin Netanyahu', 'person', 4, 'person:bn'), term('Cairo', 'place', 9)]);
    expect(got).toEqual([
      { id: 'place:gaza', name: 'Gaza' },
      { id: 'person:bn', name: 'Benjamin Netanyahu' },
    ]);
  });
});

describe('topTopicTerms', () => {
  it('orders by weight and names entity ids readably', () => {
    const topic = { score: 0.4, onTopic: true, top: [{ term: 'ceasefire', weight: 0.1 }, { term: 'person:benjamin-netanyahu', weight: 0.3 }, { term: 'org:united-nations', weight: 0.2 }] };
    expect(topTopicTerms(topic, [term('Netanyahu', 'person', 2, 'person:benjamin-netanyahu')])).toEqual(['Netanyahu', 'United Nations', 'ceasefire']);
    expect(topTopicTerms(topic, [], 1)).toEqual(['Benjamin Netanyahu']);
  });
  it('lists only names for an off-topic page', () => {
    const topic = { score: 0.02, onTopic: false, top: [{ term: 'following', weight: 0.3 }, { term: 'place:gaza', weight: 0.1 }, { term: 'hold', weight: 0.2 }] };
    expect(topTopicTerms(topic, [])).toEqual(['Gaza']);
  });
});

describe('nextTab', () => {
  it('wraps around with the arrows and jumps with Home/End', () => {
    expect(nextTab('page', 'ArrowRight')).toBe('notes');
    expect(nextTab('page', 'ArrowLeft')).toBe('settings');
    expect(nextTab('settings', 'ArrowRight')).toBe('page');
    expect(nextTab('library', 'Home')).toBe('page');
    expect(nextTab('notes', 'End')).toBe('settings');
    expect(nextTab('notes', 'a')).toBeNull();
  });
});
