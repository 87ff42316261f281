import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = [
  'The rover carried enough battery power for 90 days when it landed, and it climbed 45% of the crater wall in its first month.',
  'The agency froze all hiring in March 2021, and the program was shut down in 2019.',
];

describe('a length, share or date of the same value whose clause shares a word with the stored one', () => {
  it('agrees where no topic word names what it is of', () => {
    const facts = storedFacts('2024-05-02', ...STORED);
    expect(verdict(facts, 'Engineers said the rover had battery power for 90 days.', '90 days')?.[0]).toBe('agrees');
    expect(verdict(facts, 'It had climbed 45% of the crater wall by then.', '45%')?.[0]).toBe('agrees');
    expect(verdict(facts, 'The agency, which froze hiring in March 2021, declined to comment.', 'March 2021')?.[0]).toBe('agrees');
  });
  it('says nothing of another value, or of the same value said of other things', () => {
    const facts = storedFacts('2024-05-02', ...STORED);
    expect(verdict(facts, 'Engineers said the rover had battery power for 60 days.', '60 days')).toBeNull();
    expect(verdict(facts, 'The team spent 90 days in quarantine before launch.', '90 days')).toBeNull();
    expect(verdict(facts, 'Turnout in the county was 45% this year.', '45%')).toBeNull();
    expect(verdict(facts, 'The mayor took office in March 2021.', 'March 2021')).toBeNull();
  });
});

describe('a day of the same date said with only a verb of time in common', () => {
  it('is no restatement: another event began that day', () => {
    const facts = storedFacts('2024-03-04', 'The strike began in March 2021 at three plants.');
    expect(verdict(facts, 'The festival began in March 2021 at the harbour.', 'March 2021')).toBeNull();
  });
});

describe('the same value with only its setting or its subject in common', () => {
  it('is no restatement: a place, a time, a sentence subject or a move is not what it is of', () => {
    const at = (stored: string, page: string, text: string) => verdict(storedFacts('2024-05-02', stored), page, text);
    expect(at("The county's schools were closed for three days after the storm.", 'Power was out across the county for three days.', 'three days')).toBeNull();
    expect(at('The city council approved $2 million for road repairs.', 'The city council set aside $2 million for a new library.', '$2 million')).toBeNull();
    expect(at('The plant will stay closed for six months for repairs.', 'Workers at the plant have been on strike for six months.', 'six months')).toBeNull();
    expect(at('Exports were up 5% in the first quarter.', 'Imports were 5% higher in the first quarter.', '5%')).toBeNull();
    expect(at('The team won 60% of its home games last season.', "The team's ticket prices went up 60% last season.", '60%')).toBeNull();
    expect(at('Ticket prices for the festival rose 12% this year.', 'Attendance at the festival rose 12% this year.', '12%')).toBeNull();
    expect(at('The company filed for bankruptcy in March 2023.', "The company's chief executive resigned in March 2023.", 'March 2023')).toBeNull();
  });
  it('still agrees where what it is of is said on both sides', () => {
    const facts = storedFacts('2024-05-02', 'The team won 60% of its home games last season.', 'It carried enough oxygen for 96 hours when it set out.');
    expect(verdict(facts, 'It won 60% of its home games.', '60%')?.[0]).toBe('agrees');
    expect(verdict(facts, 'The craft had been launched with 96 hours of oxygen.', '96 hours')?.[0]).toBe('agrees');
  });
});
