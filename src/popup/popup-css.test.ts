// The popup's layout rules that a zoomed or narrow popup and a long library rely on. happy-dom
// lays nothing out, so these read the rules themselves; the screenshots of a 200 % zoom and
// a 62-article library are what they were checked against (both browsers).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(join(__dirname, 'popup.css'), 'utf8');

/** The declarations of the rule whose selector is exactly `selector`. */
function rule(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(CSS);
  if (!m?.[1]) throw new Error(`no rule for ${selector}`);
  return m[1];
}

describe('popup.css', () => {
  it('wraps the tab strip, whole tabs to a second row, rather than cutting "Settings" off', () => {
    expect(rule('.tablist')).toMatch(/flex-wrap:\s*wrap/);
    expect(rule('[role="tab"]')).toMatch(/white-space:\s*nowrap/);
    expect(rule('[role="tab"]')).toMatch(/flex:\s*1 0 auto/);
  });
  it('draws the selected tab\'s underline straight, not bent up at its ends by the buttons\' rounded corners', () => {
    expect(rule('button, .file-button')).toMatch(/border-radius:\s*6px/);
    expect(rule('[role="tab"]')).toMatch(/border-radius:\s*0;/);
  });
  it('wraps a term\'s name on This page, not cutting it to four letters and "…"', () => {
    const name = rule('.term button.link');
    expect(name).not.toMatch(/ellipsis|nowrap/);
    expect(name).toMatch(/overflow-wrap:\s*anywhere/);
    expect(rule('.term')).toMatch(/flex-wrap:\s*wrap/);
  });
  it('wraps a related article\'s title and a figure\'s stored line on This page, however long the word', () => {
    expect(rule('.related li')).toMatch(/overflow-wrap:\s*anywhere/);
    expect(rule('.number')).toMatch(/overflow-wrap:\s*anywhere/);
  });
  it('puts a related article\'s source line under its title, whatever the title\'s length', () => {
    expect(rule('.related .title')).toMatch(/display:\s*block/);
  });
  it('lets the Library\'s and the Notes\' lists fill the panel below their controls', () => {
    expect(rule('.panel:not([hidden]):has(> .vlist)')).toMatch(/display:\s*flex;\s*flex-direction:\s*column/);
    expect(rule('.panel > .vlist')).toMatch(/flex:\s*0 1 auto/);
  });
  it('holds the screen-reader-only text inside the scrolling panel, not hung below the popup', () => {
    expect(rule('.visually-hidden')).toMatch(/position:\s*absolute/);
    expect(rule('.panel')).toMatch(/position:\s*relative/);
  });
  it('keeps a list of few rows no taller than its rows (no blank box under one hit)', () => {
    expect(rule('.panel > .vlist')).toMatch(/min-height:\s*min\(160px,\s*var\(--rows-height/);
  });
  it('gives the scrollbars dark colours under a dark scheme (Firefox drew a white strip)', () => {
    const dark = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/.exec(CSS)?.[1] ?? '';
    expect(dark).toMatch(/scrollbar-color:\s*var\(--field-line\) var\(--bg\)/);
  });
});
