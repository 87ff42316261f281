import { describe, expect, it } from 'vitest';
import { contrastRatio, isDark, over, parseRgb, relativeLuminance, WHITE } from './colour-luminance';

const BLACK = { r: 0, g: 0, b: 0, a: 1 };

describe('parseRgb', () => {
  it('reads the forms getComputedStyle gives', () => {
    expect(parseRgb('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseRgb('rgba(37, 99, 235, 0.14)')).toEqual({ r: 37, g: 99, b: 235, a: 0.14 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('reads the space-and-slash syntax, percentages and out-of-range values', () => {
    expect(parseRgb('rgb(255 128 0 / 50%)')).toEqual({ r: 255, g: 128, b: 0, a: 0.5 });
    expect(parseRgb('rgb(100%, 0%, 50%)')).toEqual({ r: 255, g: 0, b: 127.5, a: 1 });
    expect(parseRgb('RGB(300, -4, 12.5)')).toEqual({ r: 255, g: 0, b: 12.5, a: 1 });
  });

  it('leaves other colour forms unknown', () => {
    for (const text of ['transparent', 'oklch(0.2 0.01 250)', 'color(srgb 0 0 0)', '#121212', 'rgb(1, 2)', 'rgb(1, 2, 3, 4, 5)', '']) {
      expect(parseRgb(text), text).toBeNull();
    }
  });
});

describe('luminance and contrast', () => {
  it('runs from black to white', () => {
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 10);
    expect(relativeLuminance({ r: 0, g: 255, b: 0, a: 1 })).toBeCloseTo(0.7152, 4);
  });

  it('gives WCAG contrast ratios', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrastRatio({ r: 118, g: 118, b: 118, a: 1 }, WHITE)).toBeCloseTo(4.54, 1);
  });

  it('blends a translucent colour over its backdrop', () => {
    expect(over({ r: 255, g: 0, b: 0, a: 0.5 }, WHITE)).toEqual({ r: 255, g: 127.5, b: 127.5, a: 1 });
    expect(over({ r: 9, g: 9, b: 9, a: 0 }, BLACK)).toEqual(BLACK);
  });
});

describe('isDark', () => {
  it('sorts page backgrounds', () => {
    expect(isDark(parseRgb('rgb(18, 18, 18)')!)).toBe(true);
    expect(isDark(parseRgb('rgb(250, 250, 250)')!)).toBe(false);
    expect(isDark(parseRgb('rgb(30, 41, 59)')!)).toBe(true); // slate 800
    expect(isDark(parseRgb('rgb(255, 241, 229)')!)).toBe(false); // salmon newsprint
    expect(isDark(parseRgb('rgb(128, 128, 128)')!)).toBe(false); // mid grey: black text reads better
    expect(isDark(parseRgb('rgb(100, 100, 100)')!)).toBe(true);
  });

  it('counts alpha against what is under it', () => {
    const faintBlack = parseRgb('rgba(0, 0, 0, 0.1)')!;
    expect(isDark(faintBlack)).toBe(false); // over white: near white
    expect(isDark(faintBlack, BLACK)).toBe(true);
    expect(isDark(parseRgb('rgba(0, 0, 0, 0.9)')!)).toBe(true);
    expect(isDark(parseRgb('rgba(0, 0, 0, 0)')!)).toBe(false); // nothing painted: the white shows
  });
});
