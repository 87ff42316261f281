import { describe, expect, it } from 'vitest';
import { aliasKey, linkKey } from './alias-key';

describe('linkKey', () => {
  it('is one key for a name with and without accents', () => {
    expect(linkKey('Pedro Sánchez')).toBe(linkKey('Pedro Sanchez'));
    expect(linkKey('Erdoğan’s')).toBe('Erdogan');
    expect(linkKey('São Paulo')).toBe('Sao Paulo');
    expect(linkKey('Ursula von der Leyen')).toBe('Ursula von der Leyen');
  });
  it('normalises as aliasKey does: dots, quotes, spacing, possessive', () => {
    expect(linkKey('U.S.')).toBe('US');
    expect(linkKey('  Zürich’s ')).toBe('Zurich');
  });
  it('keeps case and every difference that is not an accent', () => {
    expect(linkKey('US')).not.toBe(linkKey('us'));
    expect(linkKey('Émile')).not.toBe(linkKey('émile'));
    expect(linkKey('Sánchez')).not.toBe(linkKey('Sanches'));
    expect(linkKey('Straße')).not.toBe(linkKey('Strasse'));
  });
  it('leaves aliasKey, which is also shown, with its accents', () => {
    expect(aliasKey('Pedro Sánchez’s')).toBe('Pedro Sánchez');
  });
});
