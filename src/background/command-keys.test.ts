import { describe, expect, it } from 'vitest';
import { fallbackKeyOf } from './command-keys';

describe('fallbackKeyOf', () => {
  it('reads Alt+Shift+J/K as the browsers spell it', () => {
    expect(fallbackKeyOf('Alt+Shift+J')).toBe('J');
    expect(fallbackKeyOf('Shift+Alt+K')).toBe('K');
    expect(fallbackKeyOf('⌥⇧J')).toBe('J'); // Chrome on macOS
    expect(fallbackKeyOf('⇧⌥K')).toBe('K');
  });

  it('says null for other keys, a third modifier, or none (the reader rebound or cleared it)', () => {
    expect(fallbackKeyOf('Ctrl+Shift+J')).toBeNull();
    expect(fallbackKeyOf('Alt+Shift+N')).toBeNull();
    expect(fallbackKeyOf('Ctrl+Alt+Shift+J')).toBeNull();
    expect(fallbackKeyOf('⌘⌥⇧J')).toBeNull();
    expect(fallbackKeyOf('^⇧J')).toBeNull();
    expect(fallbackKeyOf('Alt+J')).toBeNull();
    expect(fallbackKeyOf('')).toBeNull();
    expect(fallbackKeyOf(undefined)).toBeNull();
  });
});
