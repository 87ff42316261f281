import { describe, expect, it } from 'vitest';
import { compareFigure, extractFacts } from './facts';
import { figureIn, verdictAgainst } from './figure-test-kit';
import { zonedTime } from './figure-clock-times';
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

describe('a place or a word after a time that names no zone', () => {
  const time = (sentence: string, text: string) => figureIn(sentence, text);
  it('"in eastern Ukraine", "in central London", "in French Guiana", "in Washington state" say where, not which clock', () => {
    for (const [s, t] of [
      ['The strike hit at 11 p.m. in eastern Ukraine.', '11 p.m.'],
      ['Police arrived at 4 p.m. in central London.', '4 p.m.'],
      ['The rocket lifted off at 9 a.m. in French Guiana.', '9 a.m.'],
      ['The storm made landfall at 2 a.m. in Pacific coastal towns.', '2 a.m.'],
      ['Voting ends at 8 p.m. in Washington state.', '8 p.m.'],
    ] as const) expect(zonedTime(s, time(s, t)), s).toBe(false);
    expect(verdictAgainst(STORED, '04:09 UTC', 'The strike hit at 11:09 p.m. in eastern Ukraine, officials said.', '11:09 p.m.')).toBeUndefined();
  });
  it('"a 3 p.m. CT scan" is a scan, not Central time', () => {
    const scan = 'She had a 10:09 p.m. CT scan at the hospital.';
    expect(zonedTime(scan, time(scan, '10:09 p.m.'))).toBe(false);
    expect(verdictAgainst(STORED, '04:09 UTC', scan, '10:09 p.m.')).toBeUndefined();
  });
  it('keeps the zone of an adjective before "time", of a city after "in", and of "ET" before a noun', () => {
    for (const [s, t] of [
      ['The vote closed at 8 p.m. Eastern time.', '8 p.m.'],
      ['The vote closed at 8 p.m. central time on Tuesday.', '8 p.m.'],
      ['Police arrived at 4 p.m. in London.', '4 p.m.'],
      ['Polls close at 8 p.m. in Washington on Tuesday.', '8 p.m.'],
      ['The game is the 8 p.m. ET kickoff.', '8 p.m. ET'],
    ] as const) expect(zonedTime(s, time(s, t)), s).toBe(true);
  });
});
