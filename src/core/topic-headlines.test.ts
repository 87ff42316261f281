import { describe, expect, it } from 'vitest';
import { isTitleCase, titleCaseLines } from './topic-headlines';

// Every line here is written for these tests.
describe('isTitleCase', () => {
  it('reads a headline that capitalises every word, function words and all', () => {
    expect(isTitleCase('Bald Eagles Return To The River')).toBe(true);
    expect(isTitleCase('Bald Eagles Return to the River')).toBe(true);
    expect(isTitleCase('Pressure From Within')).toBe(true);
  });

  it('allows one word in five lowercase: “Eagles Nest Again on the Potomac, iPhone Video Shows”', () => {
    expect(isTitleCase('Eagles Nest Again on the Potomac, iPhone Video Shows')).toBe(true);
    expect(isTitleCase('Eagles nest again above the river')).toBe(false);
  });

  it('does not read a sentence with many names as a headline: it ends in a full stop', () => {
    expect(isTitleCase('Rafael Okafor, Dana Whitlow and Priya Castellanos met Tomas Lindqvist in San Marino.')).toBe(false);
    expect(isTitleCase('Rafael Okafor Told San Marino Radio: “We Met Tomas Lindqvist.”')).toBe(false);
    // With no full stop it reads as one; its names still count (topic-names.test.ts).
    expect(isTitleCase('Rafael Okafor and Dana Whitlow met Tomas Lindqvist in San Marino on Monday')).toBe(true);
  });

  it('leaves all-caps words out: a dateline, an acronym', () => {
    expect(isTitleCase('NEW ORLEANS, La. —')).toBe(false);
    expect(isTitleCase('WASHINGTON (AP) — Eagles nested near the river this week')).toBe(false);
    expect(isTitleCase('FAA Closes Helicopter Route By Reagan National')).toBe(true);
  });

  it('reads a line of three words or more all in capitals as a headline, whatever its end', () => {
    expect(isTitleCase('UNION WALKS OUT AT THREE PLANTS')).toBe(true);
    expect(isTitleCase('BREAKING: EAGLE JETS GROUNDED AT REAGAN')).toBe(true);
    expect(isTitleCase('THE EAGLES ARE BACK.')).toBe(true);
  });

  it('does not read a short all-caps line, a sentence with acronyms or a caseless script as one', () => {
    expect(isTitleCase('NASA')).toBe(false);
    expect(isTitleCase('UAW, GM')).toBe(false);
    expect(isTitleCase('The UAW and GM met NATO officials.')).toBe(false);
    expect(isTitleCase('UAW STRIKE: Workers walk out at three plants')).toBe(false);
    expect(isTitleCase('罢工 扩大 三家 工厂')).toBe(false);
  });

  it('needs three words', () => {
    expect(isTitleCase('American Eagle')).toBe(false);
    expect(isTitleCase('')).toBe(false);
  });
});

describe('titleCaseLines', () => {
  it('says for a position whether its line is title case', () => {
    const text = 'Bald Eagles Return To The River\nA pair of bald eagles nests above the river.';
    const inTitle = titleCaseLines(text);
    expect(inTitle(5)).toBe(true);
    expect(inTitle(text.indexOf('eagles'))).toBe(false);
    expect(inTitle(0)).toBe(true);
  });
});
