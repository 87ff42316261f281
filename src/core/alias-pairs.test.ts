import { describe, expect, it } from 'vitest';
import { isInitialsOf, spelledBy } from './alias-pairs';

const NAMES = ['European Central Bank', 'Centers for Disease Control and Prevention', 'Bank of Israel', 'Jerome Powell'];

describe('spelledBy', () => {
  it('answers as isInitialsOf asked of each name', () => {
    const spelled = spelledBy(NAMES);
    for (const acronym of ['ECB', 'CDC', 'CDCP', 'BOI', 'JP', 'EBC', 'ecb', 'Ecb', 'E', 'BANKS', 'SVB']) {
      expect(spelled(acronym), acronym).toBe(NAMES.some((name) => isInitialsOf(acronym, name)));
    }
    expect(spelled('ECB')).toBe(true);
    expect(spelled('SVB')).toBe(false);
  });

  it('spells nothing of no names, nor a word that is no acronym', () => {
    expect(spelledBy([])('ECB')).toBe(false);
    expect(spelledBy(['Eastern Cape Board'])('Ecb')).toBe(false);
  });
});
