// What the parser reads in a text, for the quantity tests split by the files they test.
import { expect } from 'vitest';
import { findQuantities } from '../../src/core/quantities';
import type { Quantity } from '../../src/core/types';

/** The spans of every quantity found in `text`, in order. */
export const spans = (text: string): string[] => findQuantities(text).map((q) => q.text);

/** The only quantity in `text`, whose span must be `span`. */
export function only(text: string, span: string): Quantity {
  const found = findQuantities(text);
  expect(found.map((q) => q.text)).toEqual([span]);
  const q = found[0] as Quantity;
  expect(text.slice(q.start, q.end)).toBe(span);
  return q;
}
