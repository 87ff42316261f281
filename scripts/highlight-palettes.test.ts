import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_SCOPES, highlightPalettes } from './highlight-palettes.mjs';

const CSS = `
/* a comment with ::highlight(backstory-x) { background-color: red } in it */
::highlight(backstory-person) {
  background-color: rgba(37, 99, 235, 0.14);
  text-decoration: underline solid rgba(37, 99, 235, 0.85) 1px;
}
::highlight(backstory-linked) { text-decoration: underline solid currentColor 2px; }
@media (prefers-color-scheme: dark) {
  ::highlight(backstory-person) {
    background-color: rgba(96, 165, 250, 0.22);
    text-decoration-color: rgba(147, 197, 253, 0.95);
  }
}
@media print {
  ::highlight(backstory-person) { background-color: transparent !important; }
}`;

describe('highlightPalettes', () => {
  it('reads both palettes of the highlights the dark one tunes, as !important rules', () => {
    expect(highlightPalettes(CSS, '')).toEqual({
      scope: '',
      light: '::highlight(backstory-person) { background-color: rgba(37, 99, 235, 0.14) !important; text-decoration-color: rgba(37, 99, 235, 0.85) !important; }',
      dark: '::highlight(backstory-person) { background-color: rgba(96, 165, 250, 0.22) !important; text-decoration-color: rgba(147, 197, 253, 0.95) !important; }',
    });
  });

  it('writes the rules where the build puts them', () => {
    const { light, dark } = highlightPalettes(CSS, HIGHLIGHT_SCOPES.chrome);
    expect(light.startsWith(':root::highlight(backstory-person)')).toBe(true);
    expect(dark.startsWith(':root::highlight(backstory-person)')).toBe(true);
  });

  it('fails the build when a palette lacks a colour the other has', () => {
    const noLine = CSS.replace('text-decoration: underline solid rgba(37, 99, 235, 0.85) 1px;', '');
    expect(() => highlightPalettes(noLine, '')).toThrow(/backstory-person/);
    expect(() => highlightPalettes(CSS.replace('@media (prefers-color-scheme: dark)', '@media (min-width: 1px)'), '')).toThrow(/no @media/);
  });

  it('covers every coloured highlight of content.css', () => {
    const { light, dark } = highlightPalettes(readFileSync('src/content/content.css', 'utf8'), '');
    for (const kind of ['person', 'org', 'place', 'event', 'number', 'date', 'note']) {
      expect(light).toContain(`::highlight(backstory-${kind})`);
      expect(dark).toContain(`::highlight(backstory-${kind})`);
    }
    expect(light).not.toBe(dark);
  });
});
