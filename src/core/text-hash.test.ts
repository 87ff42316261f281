import { describe, expect, it } from 'vitest';
import { normaliseText, textHash } from './text-hash';

describe('textHash', () => {
  it('is 16 hex digits and stable', () => {
    const h = textHash(['Israel and Hamas agreed to a cease-fire.']);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(textHash(['Israel and Hamas agreed to a cease-fire.'])).toBe(h);
  });
  it('ignores wrapping, paragraph breaks and case', () => {
    expect(textHash(['Israel and Hamas', 'agreed to a  cease-fire.'])).toBe(textHash(['israel and hamas agreed to a cease-fire.']));
  });
  it('tells different texts apart', () => {
    expect(textHash(['33 hostages'])).not.toBe(textHash(['34 hostages']));
  });
  it('normalises composed and decomposed accents alike', () => {
    expect(normaliseText(['Qu\u00e9bec'])).toBe(normaliseText(['Que\u0301bec']));
  });
});
