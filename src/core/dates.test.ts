import { describe, expect, it } from 'vitest';
import { dayFirstDateAt, monthFirstDateAt, monthNumber, timeAt } from './dates';

const at = (text: string, word: string): number => text.indexOf(word);

describe('monthFirstDateAt', () => {
  it('reads "October 7, 2023" with the year', () => {
    const t = 'The October 7, 2023 attack';
    expect(monthFirstDateAt(t, at(t, 'October'))).toEqual({ end: at(t, ' attack'), form: 'date', iso: '2023-10-07' });
  });
  it('reads abbreviations with and without a dot: "Feb. 4", "Oct 7", "Sept. 11"', () => {
    expect(monthFirstDateAt('Feb. 4', 0)?.iso).toBe('--02-04');
    expect(monthFirstDateAt('Oct 7', 0)?.iso).toBe('--10-07');
    expect(monthFirstDateAt('Sept. 11', 0)?.iso).toBe('--09-11');
  });
  it('reads "February 02, 2025", "January 21st" and "February 2025"', () => {
    expect(monthFirstDateAt('February 02, 2025.', 0)).toMatchObject({ end: 17, iso: '2025-02-02' });
    expect(monthFirstDateAt('January 21st', 0)).toMatchObject({ end: 12, iso: '--01-21' });
    expect(monthFirstDateAt('February 2025', 0)?.iso).toBe('2025-02');
  });
  it('does not take a grouped figure or an impossible day: "October 7,000", "March 45"', () => {
    expect(monthFirstDateAt('October 7,000', 0)).toBeNull();
    expect(monthFirstDateAt('March 45', 0)).toBeNull();
    expect(monthFirstDateAt('Feb 30', 0)).toBeNull();
    expect(dayFirstDateAt('31 April', 0)).toBeNull();
    expect(dayFirstDateAt('29 February 2024', 0)?.iso).toBe('2024-02-29');
  });
  it('leaves a following count out of the date: "January 21 1,200 people"', () => {
    expect(monthFirstDateAt('January 21 1,200 people', 0)?.end).toBe(10);
  });
});

describe('monthNumber', () => {
  it('knows capitalised months only ("may" the verb is not May)', () => {
    expect(monthNumber('May')).toBe(5);
    expect(monthNumber('may')).toBeNull();
    expect(monthNumber('Monday')).toBeNull();
  });
});

describe('dayFirstDateAt', () => {
  it('reads "7 October", "7th of October 2023" and ISO "2023-10-07"', () => {
    expect(dayFirstDateAt('7 October', 0)).toEqual({ end: 9, form: 'date', iso: '--10-07' });
    expect(dayFirstDateAt('7th of October 2023', 0)?.iso).toBe('2023-10-07');
    expect(dayFirstDateAt('2023-10-07', 0)?.iso).toBe('2023-10-07');
  });
  it('keeps a trailing abbreviation dot out when no year follows: "30 Jan."', () => {
    expect(dayFirstDateAt('30 Jan.', 0)?.end).toBe(6);
  });
  it('is not fooled by counts: "33 hostages", "7 Mayors"', () => {
    expect(dayFirstDateAt('33 hostages', 0)).toBeNull();
    expect(dayFirstDateAt('7 Mayors', 0)).toBeNull();
  });
});

describe('timeAt', () => {
  it('reads "9 a.m.", "9am", "9:30 p.m." and "12 a.m." as 24-hour ISO', () => {
    expect(timeAt('9 a.m.', 0)).toEqual({ end: 6, form: 'time', iso: '09:00' });
    expect(timeAt('9am', 0)?.iso).toBe('09:00');
    expect(timeAt('9:30 p.m.', 0)?.iso).toBe('21:30');
    expect(timeAt('12 a.m.', 0)?.iso).toBe('00:00');
  });
  it('reads "10:30", "14:00 GMT", "0630 GMT" and "12 noon"', () => {
    expect(timeAt('10:30', 0)?.iso).toBe('10:30');
    expect(timeAt('14:00 GMT on', 0)).toEqual({ end: 9, form: 'time', iso: '14:00' });
    expect(timeAt('0630 GMT', 0)?.iso).toBe('06:30');
    expect(timeAt('12 noon', 0)?.iso).toBe('12:00');
  });
  it('rejects "9 a man", "25:00", a ratio "3:1" and a bare "0630"', () => {
    expect(timeAt('9 a man', 0)).toBeNull();
    expect(timeAt('25:00', 0)).toBeNull();
    expect(timeAt('3:1', 0)).toBeNull();
    expect(timeAt('0630 hours', 0)).toBeNull();
  });
});
