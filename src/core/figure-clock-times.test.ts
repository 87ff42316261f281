import { describe, expect, it } from 'vitest';
import { compareFigure, extractFacts } from './facts';
import { figureIn, verdictAgainst } from './figure-test-kit';
import type { Article } from './types';

const article = (date: string, paragraph: string): Article => ({ id: 'a1', title: 'Test', source: 'test', url: null, date, language: 'en', paragraphs: [paragraph] });
const STORED = 'The vendor pushed the update at 04:09 UTC and pulled it at 05:27 UTC.';

describe('a clock time with its zone', () => {
  it('agrees with the stored moment in UTC or in another zone, summer time by the stored day', () => {
    expect(verdictAgainst(STORED, '04:09 UTC', 'The file went out at 04:09 UTC, the review said.', '04:09 UTC')).toBe('agrees');
    // Stored 2024-03-01 (the kit's day): London keeps GMT, Sydney summer time (UTC+11).
    expect(verdictAgainst(STORED, '04:09 UTC', 'The update went out at 4:09 a.m. British time.', '4:09 a.m.')).toBe('agrees');
    expect(verdictAgainst(STORED, '04:09 UTC', 'The crash arrived at 3:09 p.m. in Sydney.', '3:09 p.m.')).toBe('agrees');
    expect(verdictAgainst(STORED, '05:27 UTC', 'It was pulled at 12:27 a.m. ET.', '12:27 a.m. ET')).toBe('agrees');
  });
  it('reads the stored day\'s summer time: 5:09 a.m. British time is 04:09 UTC in July', () => {
    const facts = extractFacts(article('2024-07-20', STORED));
    expect(facts.map((f) => f.quantity.text)).toEqual(['04:09 UTC', '05:27 UTC']);
    const page = 'The update went out at 5:09 a.m. British time.';
    expect(compareFigure(facts, figureIn(page, '5:09 a.m.'), page).map((c) => [c.verdict, c.fact.quantity.text])).toEqual([['agrees', '04:09 UTC']]);
    const winter = 'The update went out at 4:09 a.m. British time.';
    expect(compareFigure(facts, figureIn(winter, '4:09 a.m.'), winter)).toEqual([]);
  });
  it('tells nothing of another moment, nor of a time with no zone', () => {
    expect(verdictAgainst(STORED, '04:09 UTC', 'The file went out at 06:09 UTC, the review said.', '06:09 UTC')).toBeUndefined();
    expect(verdictAgainst(STORED, '04:09 UTC', 'The file went out at 04:09, the review said.', '04:09')).toBeUndefined();
    expect(verdictAgainst(STORED, '04:09 UTC', 'The update went out at 4:09 am in the morning.', '4:09 am')).toBeUndefined();
    expect(extractFacts(article('2024-07-20', 'The quake hit at 12:50 p.m. local time, and the mayor spoke at 5 p.m. A curfew began.')).filter((f) => f.quantity.form === 'time')).toEqual([]);
  });
});
