// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS, type Settings } from '../core/records';
import { ColourSheet, colourRules, isSafeColour, type SchemeColours } from './settings-colours';

/** Accepts what looks like a colour (happy-dom has no CSS.supports for colours). */
const looksLikeColour = (v: string): boolean => /^(#[0-9a-f]{3,8}|rgb\([\d\s,.%]+\)|[a-z]+)$/i.test(v);

describe('colour rules', () => {
  it('writes nothing while every colour is the default', () => {
    expect(colourRules(DEFAULT_SETTINGS.colours, looksLikeColour)).toBe('');
  });

  it('writes one !important rule per changed kind, tint and underline, for screens only', () => {
    const css = colourRules({ ...DEFAULT_SETTINGS.colours, person: '#ff0000' }, looksLikeColour);
    expect(css).toBe(
      '@media not print {\n::highlight(backstory-person) { background-color: color-mix(in srgb, #ff0000 20%, transparent) !important; text-decoration-color: #ff0000 !important; }\n}',
    );
  });

  it('writes a scheme palette first, so the user’s colours after it win', () => {
    const palette = '@media (prefers-color-scheme: light) {\n::highlight(backstory-person) { background-color: blue !important; }\n}';
    expect(colourRules(DEFAULT_SETTINGS.colours, looksLikeColour, palette)).toBe(`@media not print {\n${palette}\n}`);
    const css = colourRules({ ...DEFAULT_SETTINGS.colours, person: '#ff0000' }, looksLikeColour, palette);
    expect(css.indexOf(palette)).toBeGreaterThan(0);
    expect(css.indexOf('#ff0000')).toBeGreaterThan(css.indexOf(palette) + palette.length);
  });

  it('compares with the defaults of the colours’ scheme', () => {
    expect(colourRules(DARK_DEFAULT_COLOURS, looksLikeColour, '', DARK_DEFAULT_COLOURS)).toBe('');
    // The light default of a kind is a colour of the reader's own on dark pages.
    const css = colourRules({ ...DARK_DEFAULT_COLOURS, date: DEFAULT_SETTINGS.colours.date }, looksLikeColour, '', DARK_DEFAULT_COLOURS);
    expect(css).toContain(`text-decoration-color: ${DEFAULT_SETTINGS.colours.date} !important`);
  });

  it('refuses a value that could close the rule or is no colour', () => {
    expect(isSafeColour('red;} body { display: none', () => true)).toBe(false);
    expect(isSafeColour('url(x)', looksLikeColour)).toBe(false);
    expect(colourRules({ ...DEFAULT_SETTINGS.colours, org: '#000} *{color:red' }, () => true)).toBe('');
  });
});

/** Both schemes' default colours, with `light` changed on light pages. */
const lightColours = (light: Partial<Settings['colours']>): SchemeColours => ({ ...DEFAULT_SETTINGS, colours: { ...DEFAULT_SETTINGS.colours, ...light } });

describe('ColourSheet', () => {
  class FakeSheet {
    css = '';
    replaceSync(text: string): void {
      this.css = text;
    }
  }

  // Each test runs with FakeSheet for CSSStyleSheet and a CSS.supports that takes colours.
  let original: typeof CSSStyleSheet;
  let originalCss: unknown;
  beforeEach(() => {
    original = globalThis.CSSStyleSheet;
    originalCss = (globalThis as { CSS?: unknown }).CSS;
    globalThis.CSSStyleSheet = FakeSheet as unknown as typeof CSSStyleSheet;
    (globalThis as { CSS?: unknown }).CSS = { supports: (_p: string, v: string) => looksLikeColour(v) };
  });
  afterEach(() => {
    globalThis.CSSStyleSheet = original;
    (globalThis as { CSS?: unknown }).CSS = originalCss;
    vi.restoreAllMocks();
  });

  it('adopts one sheet for the run and removes it when the run ends', () => {
    const doc = { adoptedStyleSheets: [] as FakeSheet[] };
    const controller = new AbortController();
    const sheet = new ColourSheet(controller.signal, doc as unknown as Document);
    expect(sheet.set(DEFAULT_SETTINGS)).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(0); // nothing to write yet
    expect(sheet.set(lightColours({ date: 'rebeccapurple' }))).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(doc.adoptedStyleSheets[0]?.css).toContain('::highlight(backstory-date)');
    // A change of colour rewrites the same sheet in place.
    expect(sheet.set(lightColours({ person: 'red' }))).toBe(true);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(doc.adoptedStyleSheets[0]?.css).toContain('::highlight(backstory-person)');
    expect(doc.adoptedStyleSheets[0]?.css).not.toContain('backstory-date');
    controller.abort();
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('adopts a scheme palette at once, and keeps it under the user’s colours', () => {
    const doc = { adoptedStyleSheets: [] as FakeSheet[] };
    const palette = '::highlight(backstory-date) { background-color: grey !important; }';
    const sheet = new ColourSheet(new AbortController().signal, doc as unknown as Document, palette);
    sheet.set(DEFAULT_SETTINGS);
    expect(doc.adoptedStyleSheets).toHaveLength(1);
    expect(doc.adoptedStyleSheets[0]?.css).toContain(palette);
    sheet.set(lightColours({ date: 'red' }));
    expect(doc.adoptedStyleSheets[0]?.css).toMatch(/grey !important; \}\n::highlight\(backstory-date\) \{ background-color: color-mix\(in srgb, red/);
  });

  it('adopts through the page’s own objects where the script’s view of the list has no push (Firefox before 153)', () => {
    class PageSheet extends FakeSheet {}
    const page = { adoptedStyleSheets: [] as FakeSheet[], defaultView: { CSSStyleSheet: PageSheet } };
    const xray = { adoptedStyleSheets: {}, wrappedJSObject: page };
    const controller = new AbortController();
    const sheet = new ColourSheet(controller.signal, xray as unknown as Document, '::highlight(backstory-date) { color: grey !important; }');
    expect(sheet.set(DEFAULT_SETTINGS)).toBe(true);
    expect(page.adoptedStyleSheets).toHaveLength(1);
    expect(page.adoptedStyleSheets[0]).toBeInstanceOf(PageSheet); // made in the page's realm, as it must be adopted there
    expect(sheet.set(lightColours({ person: 'red' }))).toBe(true);
    expect(page.adoptedStyleSheets[0]?.css).toContain('red');
    controller.abort();
    expect(page.adoptedStyleSheets).toHaveLength(0);
  });

  it('on a dark page shows the dark pages’ colours, against their own defaults', () => {
    const doc = { adoptedStyleSheets: [] as FakeSheet[] };
    const sheet = new ColourSheet(new AbortController().signal, doc as unknown as Document, '', 'dark');
    // A light pages' colour changed leaves a dark page as content.css paints it.
    sheet.set(lightColours({ person: 'red' }));
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    sheet.set({ ...DEFAULT_SETTINGS, darkColours: { ...DARK_DEFAULT_COLOURS, org: 'yellow' } });
    expect(doc.adoptedStyleSheets[0]?.css).toContain('::highlight(backstory-org) { background-color: color-mix(in srgb, yellow');
    expect(doc.adoptedStyleSheets[0]?.css).not.toContain('backstory-person');
  });

  it('tells each text it shows (for marks in shadow roots), the same as the sheet holds, and none it refused', () => {
    const doc = { adoptedStyleSheets: [] as FakeSheet[] };
    const shown: string[] = [];
    const sheet = new ColourSheet(new AbortController().signal, doc as unknown as Document, '', 'light', (css) => shown.push(css));
    sheet.set(DEFAULT_SETTINGS);
    sheet.set(lightColours({ person: 'red' }));
    expect(shown).toEqual(['', doc.adoptedStyleSheets[0]?.css]);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const refusing = { get adoptedStyleSheets(): never { throw new Error('Xray'); } };
    const refused: string[] = [];
    new ColourSheet(new AbortController().signal, refusing as unknown as Document, '', 'light', (css) => refused.push(css)).set(lightColours({ date: 'red' }));
    expect(refused).toEqual([]);
  });

  it('says so when the browser will not adopt a sheet (the manifest colours stay)', () => {
    (globalThis as { CSS?: unknown }).CSS = { supports: () => true };
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const doc = { get adoptedStyleSheets(): never { throw new Error('Xray'); } };
    expect(new ColourSheet(new AbortController().signal, doc as unknown as Document).set(lightColours({ date: 'red' }))).toBe(false);
  });
});

describe('the default palettes beside content.css', () => {
  // From the repository root, where the tests run (this file's URL is not a file: one here).
  const css = readFileSync('src/content/content.css', 'utf8');
  const rgb = (hex: string): string => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ');
  const [light, dark] = css.split('@media (prefers-color-scheme: dark)');

  it('name the underline colours content.css paints, light and dark', () => {
    for (const kind of Object.keys(DEFAULT_SETTINGS.colours) as (keyof typeof DEFAULT_SETTINGS.colours)[]) {
      const ruleOf = (sheet: string | undefined): string => sheet?.split(`::highlight(backstory-${kind})`)[1]?.split('}')[0] ?? '';
      expect(ruleOf(light)).toContain(`rgba(${rgb(DEFAULT_SETTINGS.colours[kind])},`);
      expect(ruleOf(dark)).toContain(`text-decoration-color: rgba(${rgb(DARK_DEFAULT_COLOURS[kind])},`);
    }
  });
});
