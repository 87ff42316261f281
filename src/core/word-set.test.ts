import { describe, expect, it } from 'vitest';
import { words } from './word-set';

describe('words', () => {
  it('splits a multi-line list on any white space, ignoring the ends', () => {
    expect([...words(`
      Jan Feb
      Mar `)]).toEqual(['Jan', 'Feb', 'Mar']);
  });
});
