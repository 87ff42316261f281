import { describe, expect, it } from 'vitest';
import { INLINE_SPACE, INLINE_SPACE_OPT } from './inline-space';

const gap = new RegExp(String.raw`^a${INLINE_SPACE}b$`);
const optionalGap = new RegExp(String.raw`^a${INLINE_SPACE_OPT},$`);

describe('INLINE_SPACE', () => {
  it('spans spaces, tabs and no-break spaces between two words', () => {
    expect(gap.test('a b')).toBe(true);
    expect(gap.test('a \t\u00a0 b')).toBe(true);
  });

  it('does not cross a line break, nor stand for no space at all', () => {
    expect(gap.test('a\nb')).toBe(false);
    expect(gap.test('a \n b')).toBe(false);
    expect(gap.test('ab')).toBe(false);
  });
});

describe('INLINE_SPACE_OPT', () => {
  it('spans no space at all, or spaces, tabs and no-break spaces', () => {
    expect(optionalGap.test('a,')).toBe(true);
    expect(optionalGap.test('a \t\u00a0,')).toBe(true);
  });

  it('does not cross a line break', () => {
    expect(optionalGap.test('a\n,')).toBe(false);
    expect(optionalGap.test('a \n ,')).toBe(false);
  });
});
