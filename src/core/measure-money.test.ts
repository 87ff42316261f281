// What a sum or a share of money measures: a fine is not an investment, the same sum or not.
import { describe, expect, it } from 'vitest';
import { measureIn as measure, sentenceFact as fact, storedFacts, verdict as compare, verdictOn as verdict } from '../../tests/support/stored-figures';

describe('kinds of money', () => {
  it('knows a fine, a penalty and turnover', () => {
    expect(measure('Regulators fined the bank €500 million.', '€500 million')).toEqual(['EUR', 'fine']);
    expect(measure('It was the largest penalty of $2 billion.', '$2 billion')).toEqual(['USD', 'fine']);
    expect(measure('Turnover reached €40 billion.', '€40 billion')).toEqual(['EUR', 'revenue']);
  });
  it('compares a fine with a fine, not with an investment of the same sum', () => {
    const fine = fact('Regulators fined the bank €500 million on Wednesday.', '€500 million');
    expect(verdict(fine, 'The bank is appealing the €500 million fine.', '€500 million')).toBe('agrees');
    expect(verdict(fine, 'The bank said it would invest €500 million in Spain.', '€500 million')).toBeNull();
    expect(verdict(fine, 'The bank paid €500 million in damages to clients.', '€500 million')).toBeNull();
  });
  it('knows a loss of money, and no loss of a share', () => {
    const lost = fact('The association said hospitals were losing up to $100 million a day in delayed payments.', 'up to $100 million');
    expect(verdict(lost, 'The group had estimated that hospitals lost up to $100 million a day.', 'up to $100 million')).toBe('agrees');
    expect(verdict(lost, 'Hospitals earned up to $100 million a day in revenue.', 'up to $100 million')).toBeNull();
    expect(measure('The party lost 9.3 percentage points and fell to 16 percent, its worst result.', '9.3 percentage points')).not.toContain('loss');
    expect(measure('The party lost 9.3 percentage points and fell to 16 percent, its worst result.', '16 percent')).toContain('result');
    // An estimate of "insured losses" is told by whose it is, not by the word (restated as "the
    // $28 billion that Verisk estimated").
    expect(measure('The modeler Verisk estimated insured losses at $28 billion.', '$28 billion')).not.toContain('loss');
  });
  it('knows money advanced as a loan, not as a cost', () => {
    const advanced = fact('The insurer said it had advanced $2 billion to doctors whose payments were held up.', '$2 billion');
    expect(verdict(advanced, 'The insurer has lent $2 billion in loans to doctors and hospitals.', '$2 billion')).toBe('agrees');
    expect(verdict(advanced, 'The insurer said the attack had cost it $2 billion.', '$2 billion')).toBeNull();
  });
  it('knows a ransom, met by a ransom restated, not by a sum of another kind', () => {
    const ransom = fact('The company said it had paid a ransom of $22 million in bitcoin to the hackers.', '$22 million');
    expect(verdict(ransom, 'The chief executive said he approved the $22 million ransom paid to the hackers.', '$22 million')).toBe('agrees');
    expect(verdict(ransom, 'The company said it had spent $22 million on new servers.', '$22 million')).toBeNull();
  });
});

describe('the base a share is taken of', () => {
  const FINES = "Fines under the law can reach 10% of a company's global annual turnover, and 20% for repeat offences.";
  it('is not what the share measures', () => {
    expect(measure(FINES, '10%')).toEqual(['%', 'fine']);
    expect(measure(FINES, '20%')).toEqual(['%', 'fine']);
    expect(measure('The fine, about 1% of the group’s annual revenue, was delayed.', 'about 1%')).toEqual(['%', 'fine']);
    expect(measure('Google earned about 75% of its revenue from advertising last year.', 'about 75%')).toEqual(['%']);
  });
  it('keeps a share of revenue from meeting a fine given as a share of turnover', () => {
    const fine = fact('The fine, about 1% of the group’s annual revenue, was delayed.', 'about 1%');
    expect(verdict(fine, 'Google earned about 75% of its revenue from advertising last year.', 'about 75%')).toBeNull();
    expect(verdict(fact(FINES, '10%'), 'The Commission said fines can reach 10% of global turnover.', '10%')).toBe('agrees');
  });
  it('tells periodic penalty payments and a commission from a fine', () => {
    const s = 'The Commission could impose periodic penalty payments of up to 5% of average daily turnover.';
    expect(measure(s, 'up to 5%')).toEqual(['%', 'penalty-payment']);
    expect(verdict(fact(FINES, '10%'), s, 'up to 5%')).toBeNull();
    expect(verdict(fact(FINES, '20%'), 'It now charges a commission of up to 20% on such sales.', 'up to 20%')).toBeNull();
  });
});

describe('readings of another kind', () => {
  it('do not compare: a rise with a fall, a total with one of its parts', () => {
    const fell = fact('The firm said sales fell 4% in Germany.', '4%');
    expect(verdict(fell, 'The firm said sales rose 4% in Germany.', '4%')).toBeNull();
    expect(verdict(fell, 'The firm said sales fell 5% in Germany.', '5%')).toBe('differs');
    const one = fact('The Commission fined Google €2.95 billion on Friday.', '€2.95 billion');
    expect(verdict(one, 'The Commission has fined Google more than €8 billion in four cases.', 'more than €8 billion')).toBeNull();
  });
});

describe('a sum for a campaign', () => {
  const STORED = storedFacts('2025-02-24', 'The CDU said it had budgeted €28 million for the short campaign and the SPD about €25 million.');
  it('is compared with a sum spent on the campaign', () => {
    expect(compare(STORED, 'The SPD spent €24.8 million on the campaign, its treasurer said.', '€24.8 million')?.[0]).toBe('agrees');
  });
  it('is not a sum spent on something else', () => {
    expect(compare(STORED, 'The SPD spent €24.8 million on its new headquarters, its treasurer said.', '€24.8 million')).toBeNull();
  });
});

describe('a sum approved', () => {
  const STORED = storedFacts('2025-04-09', 'The talks were eased by a vote in March in which the outgoing Bundestag approved a €500 billion fund for infrastructure.');
  it('is voted on, so a sum kept that the body approved is the same one', () => {
    expect(compare(STORED, 'The deal also keeps the €500 billion infrastructure fund the old Bundestag approved in March.', '€500 billion')?.[0]).toBe('agrees');
  });
});
