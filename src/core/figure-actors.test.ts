// Whose figures a sentence's own actor or speaker makes them, before the sentences around it.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { actingCompany, orgSpeaks, placeSpeaks } from './figure-actors';
import { named } from './figure-named';

const ARIANE = storedFacts(
  '2025-03-07',
  'In the meantime the European Union launched four Galileo navigation satellites on SpaceX rockets.',
  'Arianespace, a subsidiary of ArianeGroup, plans five Ariane 6 launches this year and 10 a year from 2027.',
  'The launch was a reference to Elon Musk, whose company SpaceX flew 134 orbital missions in 2024.',
);
const ownerOf = (text: string): string[] => ARIANE.filter((f) => f.quantity.text === text).flatMap((f) => f.measure.filter((w) => w.startsWith('owner:')));

describe('a company acting on a count owns it', () => {
  it('past an apposition: "Arianespace, a subsidiary of ArianeGroup, plans five launches"', () => {
    expect(ownerOf('five')).toEqual(['owner:Arianespace']);
    expect(ownerOf('10')).toEqual(['owner:Arianespace']);
  });
  it('after "whose company": "Elon Musk, whose company SpaceX flew 134 orbital missions"', () => {
    expect(ownerOf('134')).toEqual(['owner:SpaceX']);
  });
  it('not through another subject, a passive or a law', () => {
    const said = 'Apple said it would cut 600 jobs.';
    expect(actingCompany(named(said), said.indexOf('600'))).toBeNull();
    const fined = 'Meta Platforms was fined over 20 breaches.';
    expect(actingCompany(named(fined), fined.indexOf('20'))).toBeNull();
    const law = 'The DMA, which has applied since March 2024, names seven gatekeepers.';
    expect(actingCompany(named(law), law.indexOf('seven'))).toBeNull();
  });
  it('so another company’s count is not compared', () => {
    expect(verdict(ARIANE, 'Rocket Lab flew 20 orbital missions in 2024.', '20')).toBeNull();
    expect(verdict(ARIANE, 'SpaceX has flown more than 150 orbital missions this year.', 'more than 150')?.[0]).toBe('differs');
  });
});

describe('a minister a place’s title introduces', () => {
  it('is found either way round', () => {
    expect(placeSpeaks(named('France’s research minister, Philippe Baptiste, said Ariane 6 must fly 10 times a year.'))).toBe(true);
    expect(placeSpeaks(named('Philippe Baptiste, France’s research minister, said so.'))).toBe(true);
    expect(placeSpeaks(named('Josef Aschbacher said the money would pay for a capsule.'))).toBe(false);
  });
  it('speaks for no body of the sentence before', () => {
    const before = 'Josef Aschbacher, ESA’s director general, said the money would pay for a capsule.';
    const page = 'France’s research minister, Philippe Baptiste, said Ariane 6 must fly 10 times a year from 2027.';
    expect(verdict(ARIANE, page, '10 times', before)?.[0]).toBe('agrees');
  });
});

describe('a place’s office quoted', () => {
  it('speaks: "the Los Angeles County medical examiner said"', () => {
    expect(placeSpeaks(named('The death toll rose to 27, the Los Angeles County medical examiner said.'))).toBe(true);
    expect(placeSpeaks(named('Crews in Los Angeles County said the fire was out.'))).toBe(false);
  });
  it('for no body of the sentence before, nor for the stored story’s lead body', () => {
    const stored = storedFacts('2025-01-16', 'The Palisades fire was 22% contained, CAL FIRE said.', 'The death toll rose to 25, the Los Angeles County medical examiner said.');
    const before = 'Investigators from the Bureau of Alcohol, Tobacco, Firearms and Explosives are examining the cause.';
    expect(verdict(stored, 'The death toll rose to 27, the Los Angeles County medical examiner said.', '27', before)?.[0]).toBe('differs');
  });
});

describe('an organisation that sets no figures, giving one', () => {
  it('speaks in its own voice: "Verisk estimated", "The FAIR Plan, the state’s insurer, said"', () => {
    expect(orgSpeaks(named('The risk modeler Verisk estimated insured losses at $28 billion.'))).toBe(true);
    expect(orgSpeaks(named('The California FAIR Plan, the state’s insurer of last resort, said it had received 3,500 claims.'))).toBe(true);
    expect(orgSpeaks(named('Insured losses reached $28 billion after the fires.'))).toBe(false);
  });
  const stored = storedFacts('2025-01-16', 'The Palisades fire was 22% contained, CAL FIRE said.', 'The risk modeler Verisk estimated insured losses at $28 billion, the costliest wildfire disaster on record.');
  it('so its figure is not the story’s lead body’s, nor the page’s body named before', () => {
    const before = 'Chief Kristin Crowley of the Los Angeles Fire Department said crews held the line.';
    expect(verdict(stored, 'Verisk estimated insured losses from the wildfires at $28 billion.', '$28 billion', before)).toEqual(['agrees', 'same figure']);
  });
  it('while a body that sets figures still owns its own', () => {
    const rates = storedFacts('2025-09-17', 'The Federal Reserve cut its key rate to 4.25%.');
    expect(verdict(rates, 'The Bank of England said its key rate would stay at 4.25%.', '4.25%')).toBeNull();
  });
});

describe('a body said to be something with a count', () => {
  const stored = storedFacts('2025-03-01', 'The CDU/CSU will hold 208 of the 630 seats in the new Bundestag and Die Linke 64, the count showed.');
  const before = 'The SPD backed Merz in the second vote.';
  it('has the count, whatever body the sentence before named', () => {
    const page = 'Ines Schwerdtner, whose Die Linke is now a larger party with 64 lawmakers, said the coalition was weak.';
    expect(verdict(stored, page, '64 lawmakers', before)).toEqual(['agrees', 'same figure']);
  });
  it('while a count after a body\'s other verb is not said to be its', () => {
    const page = 'Ines Schwerdtner, whose Die Linke is now a larger party, said 64 lawmakers had voted.';
    expect(verdict(stored, page, '64 lawmakers', before)).toBeNull();
  });
});
