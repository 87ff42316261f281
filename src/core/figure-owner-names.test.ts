import { describe, expect, it } from 'vitest';
import { measured } from './figure-measured';
import { withOwnerNames } from './figure-owner-names';
import { measureSimilarity, SAME_MEASURE_THRESHOLD } from './figure-similarity';
import type { Fact, Quantity } from './types';

const q: Quantity = { text: '152 seats', start: 0, end: 9, value: 152, unit: 'seats', kind: 'number', form: 'count', qualifier: null };
const fact = (measure: string[]): Fact => ({ id: 'a:0:0', quantity: q, where: { articleId: 'a', sentence: 'the AfD won 152 seats', start: 12, end: 21 }, measure });
const groups = [['Alternative for Germany', 'AfD'], ['Social Democratic Party', 'SPD']];
const page = (owner: string) => measured(q, ['seats', 'won', `owner:${owner}`]);

describe('withOwnerNames', () => {
  it('lets a page that names the stored owner otherwise meet its figure', () => {
    const [stored] = withOwnerNames([fact(['seats', 'won', 'owner:AfD'])], groups);
    const s = stored && measured(stored.quantity, stored.measure);
    const p = page('Alternative for Germany');
    expect(s && p && measureSimilarity(p, s)).toBeGreaterThanOrEqual(SAME_MEASURE_THRESHOLD);
    // Still one body, not two.
    expect(s?.owners.size).toBe(1);
  });

  it('keeps another entity apart and leaves an unknown owner as it was', () => {
    const [stored] = withOwnerNames([fact(['seats', 'won', 'owner:AfD'])], groups);
    const s = stored && measured(stored.quantity, stored.measure);
    const p = page('Social Democratic Party');
    expect(s && p && measureSimilarity(p, s)).toBe(0);
    const plain = fact(['seats', 'won', 'owner:Greens']);
    expect(withOwnerNames([plain], groups)[0]).toBe(plain);
  });
});
