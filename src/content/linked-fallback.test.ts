import { describe, expect, it } from 'vitest';
import { linkedFallback, paintsHighlightDecorations } from './linked-fallback';

const FIREFOX = (v: number): string => `Mozilla/5.0 (X11; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';

describe('paintsHighlightDecorations', () => {
  it('is false only for Firefox before 146', () => {
    expect(paintsHighlightDecorations(FIREFOX(140))).toBe(false);
    expect(paintsHighlightDecorations(FIREFOX(145))).toBe(false);
    expect(paintsHighlightDecorations(FIREFOX(146))).toBe(true);
    expect(paintsHighlightDecorations(FIREFOX(153))).toBe(true);
    expect(paintsHighlightDecorations(CHROME)).toBe(true);
  });
});

describe('linkedFallback', () => {
  it('gives linked terms a deeper wash where underlines are not drawn: darker on light pages, lighter on dark', () => {
    expect(linkedFallback(false, FIREFOX(140))).toMatch(/::highlight\(backstory-linked\) \{ background-color: rgba\(15, 23, 42, [\d.]+\) !important; \}/);
    expect(linkedFallback(true, FIREFOX(140))).toMatch(/::highlight\(backstory-linked\) \{ background-color: rgba\(255, 255, 255, [\d.]+\) !important; \}/);
  });

  it('adds nothing where the underline shows', () => {
    expect(linkedFallback(false, CHROME)).toBe('');
    expect(linkedFallback(true, FIREFOX(153))).toBe('');
  });
});
