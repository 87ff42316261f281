import { describe, expect, it, vi } from 'vitest';
vi.mock('../platform/background-api', () => ({ ext: {} }));
import { DEFAULT_SETTINGS } from '../core/records';
import { DARK_PALETTE } from '../content/highlight-palettes';
import { colourRules } from '../content/settings-colours';
import { schemePalette } from '../content/page-scheme';
import { linkedFallback } from '../content/linked-fallback';
import type { CssInjection, CssInjector } from '../platform/background-api';
import { inShadowTrees, SHADOW_SCOPE, SHADOW_SHEET } from './shadow-highlights';
import { onlyHighlightRules, shadowSheetHandlers } from './shadow-sheet';

const FIREFOX_140 = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const supports = (): boolean => true;
/** What a run adopts on a dark page under a light system scheme in Firefox 140, with the
 *  reader's own colour for people. */
const RUN_CSS = colourRules({ ...DEFAULT_SETTINGS.colours, person: '#c2410c' }, supports, [schemePalette(true, false), linkedFallback(true, FIREFOX_140)].join('\n'));

function fakeScripting(): CssInjector & { calls: string[] } {
  const calls: string[] = [];
  const log = (verb: string) => (i: CssInjection): Promise<void> => {
    calls.push(`${verb} ${i.target.tabId}/${i.target.frameIds.join()} ${i.origin} ${'files' in i ? i.files.join() : i.css}`);
    return Promise.resolve();
  };
  return { calls, insertCSS: log('insert'), removeCSS: log('remove') };
}

const ask = (scripting: CssInjector | undefined, req: { css: string; was?: string }, sender: { tabId?: number; frameId?: number } = { tabId: 7, frameId: 3 }) =>
  shadowSheetHandlers(() => scripting)['page/shadow-sheet'](req, { ...sender, pageOrigin: 'https://news.example.com' });

describe('onlyHighlightRules', () => {
  it('takes what a run adopts: palettes, the linked wash and the reader’s colours, in their @media blocks', () => {
    expect(RUN_CSS).toContain(DARK_PALETTE.split('\n')[0]);
    expect(RUN_CSS).toContain('backstory-linked');
    expect(RUN_CSS).toContain('#c2410c');
    expect(onlyHighlightRules(RUN_CSS)).toBe(true);
    expect(onlyHighlightRules('')).toBe(true);
  });

  it('refuses anything else: other selectors, properties that load or hide, comments, escapes, strings, unbalanced blocks', () => {
    for (const css of [
      '* { display: none; }',
      '::highlight(backstory-person), body { color: red; }',
      '::highlight(backstory-person) { background-image: url(https://evil.example/x); }',
      '::highlight(backstory-person) { background-color: red } backstory-card { display: none; }',
      '::highlight(backstory-person) { background-color: red /* } */; }',
      '::highlight(backstory-person) { background-color: \\72 ed; }',
      '::highlight(backstory-person) { background-color: "red"; }',
      '::highlight(backstory-person) { background-color: red; color: red; }',
      '@import url(https://evil.example/x.css);',
      '@media not print { ::highlight(backstory-person) { background-color: red; }',
      '}',
    ]) expect(onlyHighlightRules(css), css).toBe(false);
  });
});

describe('inShadowTrees', () => {
  it('scopes every rule to elements of shadow trees, in @media blocks and selector lists too', () => {
    const css = '::highlight(backstory-person) { background-color: red; }\n@media print {\n  ::highlight(backstory-org),\n  ::highlight(backstory-date) { text-decoration: none; }\n}';
    expect(inShadowTrees(css)).toBe(
      `${SHADOW_SCOPE}::highlight(backstory-person) { background-color: red; }\n@media print {\n  ${SHADOW_SCOPE}::highlight(backstory-org),\n  ${SHADOW_SCOPE}::highlight(backstory-date) { text-decoration: none; }\n}`,
    );
    expect(inShadowTrees('/* ::highlight(x) */::highlight(backstory-person){}')).toBe(`${SHADOW_SCOPE}::highlight(backstory-person){}`);
  });
});

describe('page/shadow-sheet', () => {
  it('puts content.css’s shadow copy, then the run’s rules, into the asking frame as user sheets', async () => {
    const scripting = fakeScripting();
    await expect(ask(scripting, { css: RUN_CSS })).resolves.toBeNull();
    expect(scripting.calls).toEqual([`insert 7/3 USER ${SHADOW_SHEET}`, `insert 7/3 USER ${inShadowTrees(RUN_CSS)}`]);
  });

  it('swaps the run’s rules when they change, the new in before the old go; none for none', async () => {
    const scripting = fakeScripting();
    const next = colourRules({ ...DEFAULT_SETTINGS.colours, person: '#0000ff' }, supports);
    await ask(scripting, { css: next, was: RUN_CSS });
    await ask(scripting, { css: '', was: next });
    await ask(scripting, { css: '' });
    expect(scripting.calls).toEqual([
      `insert 7/3 USER ${inShadowTrees(next)}`,
      `remove 7/3 USER ${inShadowTrees(RUN_CSS)}`,
      `remove 7/3 USER ${inShadowTrees(next)}`,
      `insert 7/3 USER ${SHADOW_SHEET}`,
    ]);
  });

  it('refuses other rules, a sender that is not a frame of a tab, and a build without the API, asking nothing', async () => {
    const scripting = fakeScripting();
    await expect(ask(scripting, { css: '* { display: none; }' })).rejects.toThrow(/highlight rules only/);
    await expect(ask(scripting, { css: '' }, { frameId: 0 })).rejects.toThrow(/frame of a tab/);
    await expect(ask(scripting, { css: '' }, { tabId: 7 })).rejects.toThrow(/frame of a tab/);
    expect(scripting.calls).toEqual([]);
    await expect(ask(undefined, { css: '' })).rejects.toThrow(/No scripting API/);
  });
});
