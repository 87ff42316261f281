import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { antecedentUnit, daysPer, directUnitNoun, findUnit, timeUnit } from './quantity-units';

describe('findUnit', () => {
  it('takes a light-year as a unit of distance, hyphen and all: "about 1,300 light-years", not the bare number', () => {
    expect(findQuantities('The comet came from a cloud about 2,400 light-years away.').map((q) => q.text)).toEqual(['about 2,400 light-years']);
    expect(timeUnit('light-years')).toBeNull();
    // Must not change: a hyphenated modifier before the plural it describes.
    expect(findQuantities('The city bought 40 light-rail cars.').map((q) => q.text)).toEqual(['40']);
  });
  it('takes an irregular plural of a measure as the unit: "about 70 feet", not "70 feet" of a noun after', () => {
    expect(findQuantities('The lift span rises about 70 feet to let ships pass.').map((q) => q.text)).toEqual(['about 70 feet']);
    expect(findUnit('70 feet to let ships pass', 2)).toMatchObject({ unit: 'feet', direct: true });
    expect(findQuantities('Crews put up 70 fences to let ships pass.').map((q) => q.text)).toEqual(['70 fences']);
  });
  it('takes the unit of a frequency, singular and plural alike: "below 59.4 hertz", not the bare number', () => {
    expect(findQuantities('The grid frequency fell below 59.4 hertz for four minutes.').map((q) => q.text)).toContain('59.4 hertz');
    expect(findQuantities('The network runs at 50 hertz across Europe.').map((q) => q.text)).toEqual(['50 hertz']);
    expect(findQuantities('Shares of Hertz rose 12% on Monday.').map((q) => q.text)).toEqual(['12%']);
  });
  it('must not change: a capitalised unit\'s word before a plural noun is a brand that modifies it ("12 Hertz branches")', () => {
    expect(findUnit('12 Hertz branches closed', 2)).toMatchObject({ unit: 'branches', direct: false });
    expect(findQuantities('The tone was 440 Hertz exactly.').map((q) => q.text)).toEqual(['440 Hertz']);
  });
  it('takes a plural noun right after the number as direct: "33 hostages"', () => {
    expect(findUnit('33 hostages in exchange', 2)).toEqual({ unit: 'hostages', direct: true, end: 11 });
  });
  it('skips up to two modifiers: "1,900 Palestinian prisoners", "545,000 displaced Gazans"', () => {
    expect(findUnit('1,900 Palestinian prisoners', 5)).toMatchObject({ unit: 'prisoners', direct: false });
    expect(findUnit('545,000 displaced Gazans', 7)).toMatchObject({ unit: 'gazans', direct: false });
    expect(findUnit('two senior Hamas officials', 3)).toMatchObject({ unit: 'officials', direct: false });
  });
  it('takes a product name with an inner capital as the plural it counts: "240 million iPhones"', () => {
    expect(findUnit('240 iPhones sold', 3)).toEqual({ unit: 'iphones', direct: true, end: 11 });
    expect(findUnit('5 iOS devices', 1)).toMatchObject({ unit: 'devices', direct: false });
  });
  it('stops at function words and verbs: "the two are slated", "50 said"', () => {
    expect(findUnit('two are slated', 3)).toBeNull();
    expect(findUnit('50 said', 2)).toBeNull();
    expect(findUnit('1,200, most of them', 5)).toBeNull();
  });
  it('takes no possessive for a plural, with either apostrophe', () => {
    expect(findUnit('two group’s senior leaders', 3)).toMatchObject({ unit: 'leaders', direct: false });
    expect(findUnit("two group's senior leaders", 3)).toMatchObject({ unit: 'leaders', direct: false });
  });
  it('takes "feet", a plural without an "s", as the unit of a height: "about 278 feet"', () => {
    expect(findUnit('278 feet above the river', 3)).toEqual({ unit: 'feet', direct: true, end: 8 });
    expect(findQuantities('flying at about 278 feet, above the limit')[0]).toMatchObject({ text: 'about 278 feet', unit: 'feet' });
  });
  it('counts a plural spelled as its singular: "the two aircraft came within"', () => {
    expect(findUnit('two aircraft came within', 3)).toEqual({ unit: 'aircraft', direct: true, end: 12 });
  });
  it('counts fish and cattle, plurals spelled as their singular: "about 3,500 fish had died"', () => {
    // Every sentence is written for this test.
    expect(findQuantities('The state said about 3,500 fish had died in the creek.').map((q) => q.text)).toContain('about 3,500 fish');
    expect(findQuantities('Ranchers lost 400 cattle in the storm.').map((q) => q.text)).toContain('400 cattle');
  });
  it('lets fish modify the plural after it, and leaves a lone "fish" no count: "12 fish species"', () => {
    expect(findUnit('12 fish species live there', 2)).toMatchObject({ unit: 'species', direct: false });
    expect(findQuantities('Anglers said the fish were biting on Monday.')).toEqual([]);
  });
  it('lets such a word modify the plural after it: "two aircraft carriers"', () => {
    expect(findUnit('two aircraft carriers', 3)).toMatchObject({ unit: 'carriers', direct: false });
  });
  it('leaves the singular "foot" a modifier: "three foot soldiers" counts soldiers', () => {
    expect(findUnit('three foot soldiers', 5)).toMatchObject({ unit: 'soldiers', direct: false });
  });
  it('does not reach past three words or a line break', () => {
    expect(findUnit('5 big new shiny cars', 1)).toBeNull();
    expect(findUnit('5\nhostages', 1)).toBeNull();
  });
  it('takes a lone singular noun after "one" or "1": "one hostage", "1 truck"', () => {
    expect(findUnit('one hostage', 3)).toMatchObject({ unit: 'hostage', direct: true });
    expect(findUnit('1 truck', 1)).toMatchObject({ unit: 'truck', direct: true });
  });
  it('knows irregular plurals and capitalised headline nouns: "10 children", "3 Hostages"', () => {
    expect(findUnit('10 children', 2)?.unit).toBe('children');
    expect(findUnit('3 Hostages', 1)?.unit).toBe('hostages');
  });
  it('does not take a proper name ending in s as a plural: "5 Reuters"', () => {
    expect(findUnit('5 Reuters', 1)).toBeNull();
  });
});

describe('directUnitNoun', () => {
  it('is true for "2025 people", false for "2025 Israel" and "2025 the"', () => {
    expect(directUnitNoun('2025 people', 4)).toBe(true);
    expect(directUnitNoun('2025 Israel', 4)).toBe(false);
    expect(directUnitNoun('2025 the', 4)).toBe(false);
  });
});

describe('time units', () => {
  it('singularises time units and knows how many days they hold', () => {
    expect(timeUnit('Weeks')).toBe('week');
    expect(timeUnit('centuries')).toBe('century');
    expect(timeUnit('hostages')).toBeNull();
    expect(daysPer('weeks')).toBe(7);
    expect(daysPer('months')! * 12).toBeCloseTo(365, 6);
    expect(daysPer('people')).toBeNull();
    expect(timeUnit('constructor')).toBeNull();
  });
});

describe('antecedentUnit', () => {
  it('takes the plural noun before ", of whom|of which|of them"', () => {
    const text = '251 hostages, of whom 76 remain';
    expect(antecedentUnit(text, text.indexOf('76'))).toBe('hostages');
    const seats = 'won 40 seats of which 12 are new';
    expect(antecedentUnit(seats, seats.indexOf('12'))).toBe('seats');
  });
  it('returns null without the clause, for a function word or a non-plural, and across a line', () => {
    const plain = '251 hostages and 76 remain';
    expect(antecedentUnit(plain, plain.indexOf('76'))).toBeNull();
    const said = 'the army said, of whom 3';
    expect(antecedentUnit(said, said.indexOf('3'))).toBeNull();
    const those = 'many of those, of whom 3';
    expect(antecedentUnit(those, those.indexOf('3'))).toBeNull();
    const broken = '251 hostages,\nof whom 76';
    expect(antecedentUnit(broken, broken.indexOf('76'))).toBeNull();
  });
});

describe('a count designated as a class', () => {
  it('counts the class: "seven companies designated as gatekeepers"', () => {
    const [q] = findQuantities('The law applies to seven companies designated as gatekeepers, including Amazon.');
    expect(q).toMatchObject({ text: 'seven companies', unit: 'gatekeepers' });
    expect(findQuantities('It named seven companies as rivals.')[0]).toMatchObject({ unit: 'companies' });
    expect(findQuantities('Three firms were listed as Apple suppliers.')[0]).toMatchObject({ unit: 'firms' });
  });
});

describe('a plural-looking modifier before the counted noun', () => {
  it('counts the later noun: "624 measles cases"', () => {
    expect(findUnit('624 measles cases since January', 3)).toEqual({ unit: 'cases', direct: false, end: '624 measles cases'.length });
  });
  it('keeps a known unit and a noun before another word', () => {
    expect(findUnit('33 hostages remain', 2)?.unit).toBe('hostages');
    expect(findUnit('12 epidemiologists to Lubbock', 2)?.unit).toBe('epidemiologists');
  });
});

describe('a capitalised plural before the counted noun', () => {
  it('is a name that modifies the noun: "8.5 million Windows computers", "600 Teamsters members"', () => {
    expect(findQuantities('The outage hit about 8.5 million Windows computers.')[0]).toMatchObject({ text: 'about 8.5 million', unit: 'computers' });
    expect(findQuantities('About 600 Teamsters members walked out.')[0]).toMatchObject({ text: 'About 600', unit: 'members' });
  });
  it('is still the people counted before a verb or a stop: "20 Palestinians were hurt", "3,000 Gazans fled"', () => {
    expect(findQuantities('20 Palestinians were hurt.')[0]).toMatchObject({ text: '20 Palestinians', unit: 'palestinians' });
    expect(findQuantities('Police said 3,000 Gazans fled.')[0]).toMatchObject({ text: '3,000 Gazans', unit: 'gazans' });
    expect(findQuantities('Some 40 Democrats voted for it.')[0]).toMatchObject({ unit: 'democrats' });
  });
});
