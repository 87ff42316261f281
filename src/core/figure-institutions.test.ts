// Which names in a sentence are bodies that own figures, and which names are one body.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { ownersConflict, ownersIn, ownersOf, sameOwner } from './figure-institutions';

const FED = storedFacts(
  '2025-09-17',
  'WASHINGTON — The Federal Reserve cut its benchmark interest rate on Wednesday to a range of 4.00%-4.25%.',
  'Inflation remains above the Fed’s 2% goal.',
);

describe('the institutions a sentence names', () => {
  it('reads names with a head word and acronyms, without datelines, titles or "The"', () => {
    expect(ownersIn('LONDON — The Bank of England cut rates after its Monetary Policy Committee split 5-4.')).toEqual(['Bank of England']);
    expect(ownersIn('Bundesbank President Joachim Nagel said so.')).toEqual(['Bundesbank']);
    expect(ownersIn('The OBR expects inflation to average 3.5% this year.')).toEqual(['OBR']);
    expect(ownersIn('U.S. employers added 22,000 jobs, and GDP grew.')).toEqual([]);
    expect(ownersIn('President Donald Trump and European Commission President Ursula von der Leyen agreed.')).toEqual(['European Commission']);
  });
  it('takes the names the entity pipeline finds, keeping bodies that set or publish figures', () => {
    expect(ownersIn('Nagel told Reuters that the Governing Council would hold rates at 2%.')).toEqual([]);
    expect(ownersIn('The bank, a unit of Fifth Third Bancorp, said 14 employees were offered counselling.')).toEqual([]);
    expect(ownersIn('The US Federal Reserve held its rate.')).toEqual(['Federal Reserve']);
    expect(ownersIn('It’s the bank’s 2% goal.')).toEqual([]);
  });
  it('takes a head word alone inside a sentence, which the pipeline keeps only beside the full name', () => {
    expect(ownersIn('The Commission could still impose penalties of up to 5% of turnover.')).toEqual(['Commission']);
    expect(ownersIn('Bank robberies in the United States fell to 1,785 in 2024.')).toEqual([]);
    expect(verdict(FED, 'Inflation was far above the 2% goal.', '2%', 'The Bank kept rates on hold.')).toBeNull();
  });
  it('takes no day or month for a possessor: "With Saturday’s handover, 16 of the 33 hostages"', () => {
    expect(ownersIn('With Saturday’s handover, 16 of the 33 hostages have come home.')).toEqual([]);
    expect(ownersIn('March’s figure was revised.')).toEqual([]);
  });
  it('takes an Organization or a Centers for a body: "The Pan American Health Organization said"', () => {
    expect(ownersIn('The Pan American Health Organization said 2,318 cases had been reported.')).toEqual(['Pan American Health Organization']);
  });
  it('takes a word and an acronym for the body the acronym names: "Africa CDC declared …"', () => {
    expect(ownersIn('Africa CDC declared a continental public health emergency.')).toEqual(['Africa CDC']);
    expect(ownersIn('Sierra Leone has confirmed 4,000 cases, Africa CDC said.')).toEqual(['Africa CDC']);
    // A ruler's numeral and a company's legal form are no acronym of a body.
    expect(ownersIn('Pope Leo XIV said 12 people died.')).toEqual([]);
    expect(ownersIn('Siemens AG said 12 people died.')).toEqual([]);
    expect(sameOwner('Africa CDC', 'Africa Centres for Disease Control and Prevention')).toBe(true);
    expect(sameOwner('Africa CDC', 'World Health Organization')).toBe(false);
  });
  it('reads the head of a name before its "of"', () => {
    expect(ownersIn('The Court of Justice of the European Union upheld the fine.')).toEqual([]);
    expect(ownersIn('The Bank of England cut rates.')).toEqual(['Bank of England']);
  });
  it('takes no law for a body: a name that took effect or applies since a day', () => {
    expect(ownersIn('The DMA, which has applied since March 2024, names seven gatekeepers.')).toEqual([]);
    expect(ownersIn('The CMA, which took over the work in 2014, can fine companies.')).toEqual(['CMA']);
    const dma = storedFacts(
      '2025-04-23',
      'BRUSSELS — The European Commission fined Apple €500 million on Wednesday.',
      'The law, whose obligations took effect in March 2024, applies to seven companies designated as gatekeepers.',
    );
    const page = 'The DMA, which has applied since March 2024, names seven gatekeepers.';
    expect(verdict(dma, page, 'seven gatekeepers')).toEqual(['agrees', 'same figure']);
    expect(verdict(dma, page, 'March 2024')).toEqual(['agrees', 'same month']);
  });
  it('reads whose a possessive says, in its own sentence only', () => {
    expect(ownersIn('Miran’s term runs until Jan. 31, 2026.')).toEqual(['Miran']);
    expect(ownersIn('Miran’s term runs until Jan. 31, 2026.', false)).toEqual([]);
    expect(sameOwner('Powell', 'Jerome Powell')).toBe(true);
  });
  it('reads a possessive before another name as whose that body is, not whose the figure is', () => {
    expect(ownersIn('The EU’s Court of Justice upheld the shopping fine of €2.42 billion.')).toEqual([]);
    expect(ownersIn('It follows the European Commission’s €2.95 billion fine.')).toEqual(['European Commission']);
    const fines = storedFacts('2025-09-05', 'BRUSSELS — The European Commission fined Google €2.42 billion on Friday.');
    const page = 'The EU’s Court of Justice upheld the shopping fine of €2.42 billion.';
    expect(verdict(fines, page, '€2.42 billion', 'The Commission has fined Google in four cases.')).toEqual(['agrees', 'same figure']);
  });
  it('knows an acronym, a clipped name and an expansion for one body', () => {
    expect(sameOwner('ECB', 'European Central Bank')).toBe(true);
    expect(sameOwner('Fed', 'Federal Reserve')).toBe(true);
    expect(sameOwner('EU', 'European Union')).toBe(true);
    expect(sameOwner('Bank of England', 'Federal Reserve')).toBe(false);
    // The alias rules' own limits: a generic head alone is no clip of a longer name.
    expect(sameOwner('Bank', 'Bankers Association')).toBe(false);
    // An acronym is another name's only by that name's initials, not by its own expansion's.
    expect(sameOwner('Commission', 'EU')).toBe(false);
    expect(sameOwner('ECB', 'Fed')).toBe(false);
    expect(ownersConflict(new Set(['Bank of England']), new Set(['Fed']))).toBe(true);
    expect(ownersConflict(new Set(), new Set(['Fed']))).toBe(false);
  });
});

describe('an alliance of two acronyms', () => {
  it('owns figures as one acronym does ("CDU/CSU")', () => {
    const text = 'The CDU/CSU will hold 208 seats.';
    const mention = { start: 4, end: 11, text: 'CDU/CSU', type: 'org' as const, canonical: 'CDU/CSU' };
    expect(ownersOf({ text, mentions: [mention] }, false)).toEqual(['CDU/CSU']);
  });
});

describe('an acronym with a small letter between its capitals', () => {
  it('owns figures as an all-capitals one does ("AfD")', () => {
    const text = 'The AfD won 20.8%.';
    const mention = { start: 4, end: 7, text: 'AfD', type: 'org' as const, canonical: 'AfD' };
    expect(ownersOf({ text, mentions: [mention] }, false)).toEqual(['AfD']);
  });
});

describe('a survey', () => {
  it('is a body that publishes figures, one owner with its acronym', () => {
    expect(ownersIn('The United States Geological Survey said the fault had ruptured about 460 km.')).toEqual(['United States Geological Survey']);
    expect(sameOwner('USGS', 'United States Geological Survey')).toBe(true);
  });
});
