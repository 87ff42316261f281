import { describe, expect, it } from 'vitest';
import { leadCounter } from './topic-leads';
import { eachWord } from './topic-terms';

// Every sentence here is written for these tests.
/** The lead shares of `text`, its words fed as the gate's one pass cuts them. */
function shares(text: string, ledNames: string[]): Record<string, number> {
  const leads = leadCounter(text, ledNames);
  eachWord(text, (word, term, start) => leads.see(word, term, start));
  return Object.fromEntries([...leads.shares()].map(([t, s]) => [t, Math.round(s * 100) / 100]));
}

describe('leadCounter', () => {
  const bank = ['Cedar Valley Bank'];

  it('counts the lead’s words where the page writes the lead without the rest of the name', () => {
    expect(shares('Cedar Valley Bank shut; across Cedar Valley, people lined up.', bank)).toEqual({ cedar: 0.5, valley: 0.5 });
  });

  it('counts nothing where the page writes no bare lead', () => {
    expect(shares('Cedar Valley Bank shut; the valley was quiet.', bank)).toEqual({});
    expect(shares('Cedar Valley Bank shut.', [])).toEqual({});
  });

  it('reads a lead inside a hyphenated word: “Cedar Valley-based”', () => {
    expect(shares('A Cedar Valley-based lender grew.', bank)).toEqual({ cedar: 1, valley: 1 });
  });

  it('reads a lead before a possessive, straight or curly', () => {
    expect(shares('Cedar Valley’s lenders grew.', bank)).toEqual({ cedar: 1, valley: 1 });
    expect(shares("Cedar Valley's lenders grew.", bank)).toEqual({ cedar: 1, valley: 1 });
  });

  it('counts a lead word’s uses elsewhere, joined words split: “valley-floor”, “Valley’s”', () => {
    expect(shares('Across Cedar Valley the valley-floor farms and the Valley’s mills shut.', bank)).toEqual({ cedar: 1, valley: 0.33 });
  });

  it('does not take the whole name, possessive and all, for a bare lead', () => {
    expect(shares('Cedar Valley Bank’s depositors waited at Cedar Valley Bank.', bank)).toEqual({});
  });
});
