// A short form written after ", or " right after a name (acronym-or-apposition.ts, with
// aliases.ts and knowledge.ts). Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { shortFormRightAfter, writtenAfterOr } from './acronym-or-apposition';
import { buildKnowledge } from './knowledge';
import { demonyms, placeLexicon } from './places';
import type { Article } from './types';

const lexicon = placeLexicon();
const nonNames = demonyms();
const article = (paragraphs: string[]): Article => ({ id: 's', title: 'Grid', source: 'test wire', url: null, date: '2021-02-16', language: 'en', paragraphs });
const entities = (paragraphs: string[]): [string, string[]][] =>
  buildKnowledge([article(paragraphs)], { lexicon, nonNames }).entities
    .filter((e) => e.type === 'org')
    .map((e) => [e.name, [...e.aliases].sort()]);

describe('a short form after ", or " (acronym-or-apposition)', () => {
  it('is the name right before it, as a bracketed one is, also with a small word’s letter', () => {
    const found = entities(['The Electric Reliability Council of Texas, or ERCOT, ordered outages. ERCOT said power would return.']);
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe('Electric Reliability Council of Texas');
    expect(found[0]?.[1]).toContain('ERCOT');
  });

  it('reads the words alone', () => {
    const text = 'the Bank of Lisbon, or BOL, said';
    expect(writtenAfterOr(text, text.indexOf('BOL'), 'BOL')).toBe(true);
    expect(writtenAfterOr('the Bank of Lisbon and BOL said', 23, 'BOL')).toBe(false);
    expect(writtenAfterOr(text, text.indexOf('Lisbon'), 'Lisbon')).toBe(false);
    expect(shortFormRightAfter(20, 15, true)).toBe(true);
    expect(shortFormRightAfter(20, 15, false)).toBe(false);
    expect(shortFormRightAfter(17, 15, false)).toBe(true);
  });

  it('leaves a short form whose letters are not the name’s, and one written after "and", apart', () => {
    const other = entities(['The Texas Senate, or ERCOT, met on Monday. ERCOT said power would return.']);
    expect(other.map(([name]) => name).sort()).toEqual(['ERCOT', 'Texas Senate']);
    const joined = entities(['The Electric Reliability Council of Texas and ERCOT staff met. ERCOT said power would return.']);
    expect(joined.map(([name]) => name).sort()).toEqual(['ERCOT', 'Electric Reliability Council of Texas']);
  });
});
