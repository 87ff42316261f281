import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-regexp';

describe('escapeRegExp', () => {
  it('escapes every metacharacter so the text matches only itself', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    const re = new RegExp(`^${escapeRegExp(text)}$`);
    expect(re.test(text)).toBe(true);
    expect(re.test(text.replace('.', 'x'))).toBe(false);
  });

  it('leaves letters, spaces and hyphens alone', () => {
    expect(escapeRegExp('St Louis-Park')).toBe('St Louis-Park');
  });

  it('escapes a dotted name so the dot is no wildcard', () => {
    expect(new RegExp(escapeRegExp('St. Louis')).test('StX Louis')).toBe(false);
  });
});
