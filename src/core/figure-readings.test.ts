// Targets, forecasts and outcomes of one measure are different figures; forecasts for
// different years are too, and the year that labels a forecast is not itself a fact.
import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { isTotal, labelsFigure, moveDirection, readingMarks, readsAsTotal } from './figure-readings';
import { findQuantities } from './quantities';

function marks(sentence: string, figure: string): string[] {
  const at = sentence.indexOf(figure);
  return readingMarks(sentence, at, at + figure.length);
}

const ECB = storedFacts(
  '2025-06-05',
  'Inflation in the euro zone fell below the bank’s 2% target.',
  'Euro zone inflation slowed to 1.9% in May.',
  'New staff projections see inflation averaging 2.0% this year and 1.6% in 2026 before returning to target in 2027.',
);

describe('what kind of reading a figure is', () => {
  it('marks targets, forecasts and the year a forecast is for', () => {
    expect(marks('above the Fed’s 2% goal', '2%')).toEqual(['reading:target']);
    expect(marks('Staff see growth at 1.2% in 2025.', '1.2%')).toEqual(['reading:forecast', 'year:2025']);
    expect(marks('Inflation is seen at 2.1% this year.', '2.1%')).toEqual(['reading:forecast', 'year:rel0']);
    expect(marks('Inflation was 2% in June.', '2%')).toEqual([]);
  });
});

describe('a reading against a target', () => {
  it('is not the target it meets: it is compared with the last reading', () => {
    expect(verdict(ECB, 'Euro zone inflation was 2% in June, exactly on target.', '2%')).toEqual(['differs', 'stored figure is 1.9%']);
  });
  it('a target is compared with the target', () => {
    expect(verdict(ECB, 'Inflation stayed above the bank’s 2% target.', '2%')).toEqual(['agrees', 'same figure']);
  });
});

describe('a forecast', () => {
  it('is compared with the forecast for its year, not with an outcome', () => {
    expect(verdict(ECB, 'Staff now see inflation at 1.9% in 2026.', '1.9%')).toEqual(['differs', 'stored figure is 1.6%']);
    expect(verdict(ECB, 'Inflation is seen at 2.1% this year.', '2.1%')).toEqual(['differs', 'stored figure is 2%']);
  });
  it('for a year the store has none for is not compared', () => {
    expect(verdict(ECB, 'Inflation is seen at 1.9% in 2027.', '1.9%')).toBeNull();
  });
  it('takes no verdict on the year that labels it', () => {
    expect(verdict(ECB, 'Inflation is seen at 1.9% in 2027.', '2027')).toBeNull();
  });
});

describe('a forecast that does not say its year', () => {
  it('shares the year the sentence gives', () => {
    const FED = storedFacts('2025-09-17', 'Officials see unemployment at 4.5% at year-end and economic growth of 1.6%.');
    expect(verdict(FED, 'The economy grew 0.6% in the first quarter.', '0.6%')).toBeNull();
    expect(verdict(FED, 'Officials now see growth of 1.8% this year.', '1.8%')).toEqual(['differs', 'stored figure is 1.6%']);
  });
});

describe('dates and periods that label a figure', () => {
  const FED = storedFacts(
    '2025-09-17',
    'New projections show the median policymaker expects two more quarter-point cuts by the end of 2025.',
    'The price index rose 2.6% in the 12 months to July.',
  );
  it('a year after the figure’s noun labels it', () => {
    const s = 'expects two more quarter-point cuts by the end of 2025';
    expect(labelsFigure(s, s.indexOf('two') + 3, s.indexOf('2025'))).toBe(true);
    const t = 'two more cuts, the first since 2024';
    expect(labelsFigure(t, 3, t.indexOf('2024'))).toBe(false);
  });
  it('a period a figure is measured over is not compared', () => {
    expect(verdict(FED, 'Prices rose 2.7% in the 12 months to August.', '12 months')).toBeNull();
  });
  it('the first or last part of something a figure is counted in is not compared', () => {
    const truce = storedFacts('2025-02-03', 'Despite the ceasefire holding for over two weeks, officials met.');
    const page = 'The agency delivered 10,000 tonnes of food in the first two weeks of the truce.';
    expect(verdict(truce, page, 'two weeks')).toBeNull();
    expect(verdict(truce, 'The truce has held for two weeks.', 'two weeks')).toEqual(['agrees', 'same figure']);
  });
});

describe('moves and totals', () => {
  const at = (s: string, text: string): [number, number] => [s.indexOf(text), s.indexOf(text) + text.length];
  it('tells a rise from a fall, and both from a level', () => {
    expect(moveDirection('Its shares rose 0.6% in New York.', 16)).toBe('up');
    expect(moveDirection('Alphabet shares fell 1% in New York.', 21)).toBe('down');
    expect(moveDirection('Tariffs of 50% apply.', 11)).toBeNull();
  });
  it('knows a sum over several things', () => {
    const s = 'The Commission has fined Google more than €8 billion in four antitrust cases since 2017.';
    expect(isTotal(s, ...at(s, 'more than €8 billion'))).toBe(true);
    expect(isTotal('They spent $60 million in total.', ...at('They spent $60 million in total.', '$60 million'))).toBe(true);
    const one = 'It fined the company €2.42 billion in 2017 over its shopping service.';
    expect(isTotal(one, ...at(one, '€2.42 billion'))).toBe(false);
    const cases = 'The CDC said 712 cases had been confirmed in 24 states this year.';
    expect(isTotal(cases, ...at(cases, '712 cases'))).toBe(true);
    const continent = 'A surge pushed the number of confirmed infections on the continent this year to 28,140.';
    expect(isTotal(continent, ...at(continent, '28,140'))).toBe(true);
  });
  it('reads the earlier value of a total as one: "800 cases in 25 states, up from 712"', () => {
    const s = 'The CDC has counted 800 cases in 25 states, up from 712 in late March.';
    const found = findQuantities(s);
    const q = found.find((f) => f.text === '712');
    expect(q && readsAsTotal(s, q, found)).toBe(true);
    const plain = 'The CDC has counted 800 cases, up from 712 in late March.';
    const p = findQuantities(plain).find((f) => f.text === '712');
    expect(p && readsAsTotal(plain, p, findQuantities(plain))).toBe(false);
  });
});

describe('a security’s maturity', () => {
  const NOTE = storedFacts('2025-09-17', 'The yield on the 10-year Treasury note rose to 4.08% after the decision.', 'The ceasefire will last 42 days.');
  it('names the security; it is no figure to compare', () => {
    expect(verdict(NOTE, 'The yield on the 10-year Treasury note rose to 4.06%.', '10-year')).toBeNull();
    expect(verdict(NOTE, 'Two-year bonds sold off as the 30-year fixed-rate mortgage rose.', '30-year')).toBeNull();
    expect(verdict(NOTE, 'The yield on the 10-year Treasury note rose to 4.06%.', '4.06%')).toEqual(['differs', 'stored figure is 4.08%']);
  });
  it('leaves the length of other things a figure', () => {
    expect(verdict(NOTE, 'The 42-day ceasefire held.', '42-day')).toEqual(['agrees', 'same figure']);
  });
});

describe('a bar to clear', () => {
  it('is read as a goal, never as a share someone won', () => {
    const stored = storedFacts('2025-02-24', 'Friedrich Merz’s conservative alliance won the federal election with 28.5% of the vote.');
    expect(verdict(stored, 'The Sahra Wagenknecht Alliance missed the 5% threshold in the federal election by 9,529 votes.', '5%')).toBeNull();
    expect(verdict(stored, 'The alliance won the federal election with 31% of the vote.', '31%')?.[0]).toBe('differs');
  });
});

describe('what a count could come to', () => {
  const STORED = storedFacts('2025-03-29', 'A magnitude 7.7 earthquake killed at least 1,002 people in Myanmar. The USGS estimated that deaths could exceed 10,000.');
  it('is marked as a possibility, not a count', () => {
    expect(readingMarks('The USGS estimated that deaths could exceed 10,000.', 44, 50)).toEqual(['reading:possible']);
    expect(readingMarks('The toll may rise to 2,000, officials said.', 21, 26)).toEqual(['reading:possible']);
    expect(readingMarks('The quake killed 2,000 people.', 17, 22)).toEqual([]);
  });
  it('is not a bound a later count meets', () => {
    expect(verdict(STORED, 'The earthquake killed more than 3,700 people in Myanmar.', 'more than 3,700 people')).toEqual(['differs', 'older snapshot: stored 1,002 on 29 Mar 2025']);
    expect(verdict(STORED, 'Deaths could exceed 10,000, the USGS said.', '10,000')).toEqual(['agrees', 'same figure']);
  });
});

describe('a figure two named things of one kind did between them', () => {
  it('is a total ("the Palisades and Eaton fires burned more than 37,000 acres")', () => {
    const s = 'A year ago the Palisades and Eaton fires burned more than 37,000 acres.';
    const q = figureIn(s, 'more than 37,000 acres');
    expect(isTotal(s, q.start, q.end)).toBe(true);
    const one = 'A year ago the Eaton fire burned more than 37,000 acres.';
    const p = figureIn(one, 'more than 37,000 acres');
    expect(isTotal(one, p.start, p.end)).toBe(false);
  });
});
