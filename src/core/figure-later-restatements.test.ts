import { describe, expect, it } from 'vitest';
import type { Article, Fact } from './types';
import { extractFacts } from './facts';
import { verdict } from '../../tests/support/stored-figures';

// Every sentence is written for this test; the storm and its towns are made up.
function article(id: string, date: string, ...paragraphs: string[]): Fact[] {
  const a: Article = { id, title: 't', source: 's', url: null, date, language: 'en', paragraphs };
  return extractFacts(a);
}
const first = article('a1', '2022-03-04', 'The storm struck the coast on Tuesday night. At least 410 people were injured.');
const later = article('a2', '2022-04-20', 'A month on, the rebuilding has barely begun. More than 520 people were injured in the Kelvar district alone.');

describe('a page figure that differs from an older stored figure of a measure stored again later', () => {
  const page = 'The storm destroyed 40 homes in Marnow, and injured more than 520 in the district.';
  it('is judged against the later one', () => {
    expect(verdict([...first, ...later], page, 'more than 520')?.[0]).toBe('agrees');
  });
  it('is left with its first comparison where the later figure differs too', () => {
    const [v, reason] = verdict([...first, ...later], 'The storm destroyed 40 homes in Marnow, and injured more than 600 in the district.', 'more than 600') ?? [];
    expect(v).toBe('differs');
    expect(reason).toContain('410');
  });
  it('is still an older snapshot with only the first stored', () => {
    expect(verdict(first, page, 'more than 520')?.[0]).toBe('differs');
  });
});
