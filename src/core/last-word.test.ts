import { describe, expect, it } from 'vitest';
import { lastWord } from './last-word';

describe('the last word of a name', () => {
  it('is the word after the last space, or the whole of a one-word name', () => {
    expect(lastWord('Bezalel Smotrich')).toBe('Smotrich');
    expect(lastWord('Martin Luther King Jr.')).toBe('Jr.');
    expect(lastWord('Hamas')).toBe('Hamas');
  });
});
