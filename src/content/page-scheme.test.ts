// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageWith } from '../../tests/support/styled-page';
import { DARK_PALETTE, LIGHT_PALETTE } from './highlight-palettes';
import { pageScheme, schemePalette } from './page-scheme';

afterEach(() => {
  document.head.innerHTML = '';
});

describe('schemePalette', () => {
  it('adds nothing where content.css already paints the page’s scheme', () => {
    expect(schemePalette(false, false)).toBe('');
    expect(schemePalette(true, true)).toBe('');
  });

  it('gives a dark page under a light scheme the dark palette, for the light scheme only', () => {
    const css = schemePalette(true, false);
    expect(css).toContain('@media (prefers-color-scheme: light)');
    expect(css).toContain(DARK_PALETTE);
  });

  it('gives a light page under a dark scheme the light palette', () => {
    const css = schemePalette(false, true);
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain(LIGHT_PALETTE);
  });
});

describe('pageScheme', () => {
  const view = (systemDark: boolean): Pick<Window, 'getComputedStyle' | 'matchMedia' | 'innerWidth' | 'innerHeight'> => ({
    innerWidth: 800,
    innerHeight: 600,
    getComputedStyle: (el: Element) => window.getComputedStyle(el),
    matchMedia: (q: string) => ({ matches: systemDark && q === '(prefers-color-scheme: dark)' }) as MediaQueryList,
  });

  it('asks the system scheme and the page once', () => {
    const dark = pageWith('body { background-color: rgb(18, 18, 18) }');
    expect(pageScheme(dark, view(false))).toEqual({ dark: true, palette: expect.stringContaining(DARK_PALETTE) as string });
    expect(pageScheme(dark, view(true))).toEqual({ dark: true, palette: '' });
  });
});
