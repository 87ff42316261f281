import { describe, expect, it } from 'vitest';
import { endOfRun, gluedToLetters, inSportsClause, namedByCapital, namedByHead, prevWord, sentenceInitial } from './quantity-context';

const at = (text: string, s: string): number => text.indexOf(s);

describe('prevWord and sentenceInitial', () => {
  it('finds the word before a number and notes a dot: "No. 10"', () => {
    expect(prevWord('at No. 10', 7)).toEqual({ word: 'No', start: 3, dotted: true });
    expect(prevWord('phase two', 6)).toEqual({ word: 'phase', start: 0, dotted: false });
    expect(prevWord('(10', 1)).toBeNull();
  });
  it('knows a sentence, line or quotation start', () => {
    expect(sentenceInitial('In 2025', 0)).toBe(true);
    expect(sentenceInitial('Talks ended. In 2025', 13)).toBe(true);
    expect(sentenceInitial('a Boeing 737', 2)).toBe(false);
  });
});

describe('identifiers', () => {
  it('reads a head word as naming the number: "Resolution 2334", "Article 51", "phase two", "No. 10", "#3"', () => {
    for (const [t, n] of [['Resolution 2334', '2334'], ['Article 51', '51'], ['phase two', 'two'], ['No. 10', '10'], ['#3', '3']] as const) {
      expect(namedByHead(t, at(t, n))).toBe(true);
    }
    expect(namedByHead('released 33', 9)).toBe(false);
  });
  it('reads a capitalised word inside a sentence as a name: "a Boeing 737", not "In 2025"', () => {
    expect(namedByCapital('a Boeing 737', 9)).toBe(true);
    expect(namedByCapital('In 2025', 3)).toBe(false);
    expect(namedByCapital('on Tuesday 33', 11)).toBe(false);
  });
  it('sees digits glued to letters: "G7", "F-35", "COVID-19", but not "mid-2023"', () => {
    expect(gluedToLetters('G7', 1)).toBe(true);
    expect(gluedToLetters('F-35', 2)).toBe(true);
    expect(gluedToLetters('COVID-19', 6)).toBe(true);
    expect(gluedToLetters('mid-2023', 4)).toBe(false);
    expect(gluedToLetters('9/11', 2)).toBe(true);
    expect(gluedToLetters(' 33', 1)).toBe(false);
  });
  it('skips a whole identifier run: "737MAX-8 jets"', () => {
    expect(endOfRun('737MAX-8 jets', 0)).toBe(8);
  });
});

describe('inSportsClause', () => {
  it('finds match words in the same sentence only', () => {
    const t = 'Rain fell 2-0 overnight. City won the match.';
    expect(inSportsClause(t, 10, 13)).toBe(false);
    const s = 'City won 2-0 at home.';
    expect(inSportsClause(s, 9, 12)).toBe(true);
  });
});
