import { describe, expect, it } from 'vitest';
import { afterThe } from './after-the';

const at = (text: string): boolean => afterThe(text, text.indexOf('Velmora'));

describe('a name after "the"', () => {
  it('reads the article right before it, capitalised or not', () => {
    expect(at('Officials of the Velmora said')).toBe(true);
    expect(at('The Velmora said')).toBe(true);
  });

  it('reads no article on the line before, nor "the" ending another word', () => {
    expect(at('Read the\nVelmora said')).toBe(false);
    expect(at('to bathe Velmora')).toBe(false);
    expect(at('Velmora said')).toBe(false);
  });
});
