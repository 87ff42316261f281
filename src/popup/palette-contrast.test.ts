// The popup's and the card's palettes read well in both schemes, checked from the style
// sheets themselves (the build puts theme.css above each page's sheet): text colours at
// 4.5:1 at least on the backgrounds they are drawn on (WCAG 1.4.3), the border of a field
// or a button at 3:1 (1.4.11). The e2e audit (tests/e2e/a11y.test.ts) checks what the browsers draw; this
// names the colour at fault without one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, type Rgba } from '../core/colour-luminance';

const SRC = join(__dirname, '..');
const read = (path: string): string => readFileSync(join(SRC, path), 'utf8');

const DARK = '@media (prefers-color-scheme: dark)';

/** The hex custom properties of `css`: those outside its `@media (prefers-color-scheme:
 *  dark)` blocks as light, those inside them as dark (over the light ones). */
function palettes(css: string): { light: Record<string, string>; dark: Record<string, string> } {
  let outside = '';
  let inside = '';
  let from = 0;
  for (let at = css.indexOf(DARK); at >= 0; at = css.indexOf(DARK, from)) {
    // Each dark block ends where its braces close.
    let depth = 0;
    let end = css.length;
    for (let i = css.indexOf('{', at); i < css.length; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    outside += css.slice(from, at);
    inside += css.slice(at, end);
    from = end;
  }
  outside += css.slice(from);
  const props = (text: string): Record<string, string> => Object.fromEntries([...text.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
  const light = props(outside);
  return { light, dark: { ...light, ...props(inside) } };
}

function hex(colour: string | undefined): Rgba {
  if (!colour) throw new Error('no such colour');
  const n = parseInt(colour.slice(1), 16);
  return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: 1 };
}

const theme = read('theme/theme.css');
const PAGES = {
  popup: { css: theme + read('popup/popup.css'), backgrounds: ['--bg', '--bg-soft'] },
  card: { css: theme + read('card/card.css'), backgrounds: ['--bg'] },
};
const TEXT = ['--fg', '--muted', '--ok', '--error', '--person', '--org', '--place', '--event', '--number', '--date'];

describe.each(['light', 'dark'] as const)('the %s palette', (scheme) => {
  it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])('%s: text at 4.5:1 on its backgrounds', (page) => {
    const { css, backgrounds } = PAGES[page];
    const colours = palettes(css)[scheme];
    const text = page === 'popup' ? [...TEXT, '--warn', '--accent'] : TEXT;
    const faint = text.flatMap((fg) => backgrounds.filter((bg) => contrastRatio(hex(colours[fg]), hex(colours[bg])) < 4.5).map((bg) => `${fg} on ${bg}`));
    expect(faint).toEqual([]);
  });

  it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])('%s: the border of fields and buttons at 3:1 on its backgrounds', (page) => {
    const { css, backgrounds } = PAGES[page];
    const colours = palettes(css)[scheme];
    for (const bg of backgrounds) expect(contrastRatio(hex(colours['--field-line']), hex(colours[bg])), `--field-line on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('popup: the primary button’s text at 4.5:1', () => {
    const colours = palettes(PAGES.popup.css)[scheme];
    expect(contrastRatio(hex(colours['--accent-fg']), hex(colours['--accent']))).toBeGreaterThanOrEqual(4.5);
  });
});

/** The declarations of the first rule in `css` whose selector is exactly `selector`. */
function rule(css: string, selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule for ${selector}`);
  return css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
}

describe('buttons draw their bounds with --field-line, not the 1.4:1 --line of dividers', () => {
  it.each([
    ['popup', 'button, .file-button'],
    ['card', '.site-switch button'],
  ] as const)('%s: %s', (page, selector) => {
    expect(rule(PAGES[page].css, selector)).toMatch(/border: 1px solid var\(--field-line\)/);
  });
});
