import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shadowCardCss } from './shadow-card-css.mjs';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('shadowCardCss', () => {
  it("puts the document's own elements on the stand-ins, and the dark palette on a class", () => {
    const css = shadowCardCss(':root { --bg: #fff; }\nbody { font: inherit; }\n@media (prefers-color-scheme: dark) {\n  :root { --bg: #000; }\n}\nhtml, body { margin: 0; }', 'body.more-below::after { content: ""; }\nh1, .card:focus-visible { color: red; }\n@media print { body { display: none; } }');
    expect(css).toContain('.page { --bg: #fff; }');
    expect(css).toContain('.body { font: inherit; }');
    expect(css).toContain('.page.dark { --bg: #000; }');
    expect(css).toContain('.page, .body { margin: 0; }');
    expect(css).toContain('.body.more-below::after { content: ""; }');
    expect(css).toContain('h1, .card:focus-visible { color: red; }');
    expect(css).toMatch(/@media print \{\n\.body \{ display: none; \}\n\}/);
    expect(css).not.toContain('prefers-color-scheme');
  });

  it('leaves nothing of the real sheets that a shadow root cannot match', () => {
    const css = shadowCardCss(read('../src/theme/theme.css'), read('../src/card/card.css'));
    expect(css).not.toMatch(/:root|(^|[\s,}])(html|body)[\s,.{]|prefers-color-scheme|\/\*/);
    // Both palettes are there, the dark one behind the class.
    expect(css).toMatch(/\.page \{[^}]*--bg: #ffffff/);
    expect(css).toMatch(/\.page\.dark \{[^}]*--bg: #1d2127/);
    expect(css).toContain('.card {');
    // The scroller's bar in the palette's colours, which the dark class changes.
    expect(css).toMatch(/\.body \{[^}]*scrollbar-color: var\(--line\) var\(--bg\)/);
  });
});
