// @vitest-environment happy-dom
// Settings' export buttons where Firefox's toolbar popup would lose the download to a save
// dialog: they open the popup page in a tab with the export named, and that tab runs it once.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ExportFile, type ExportFormat } from '../core/records';
import type { TabName } from './tabs';
import { DepsContext, type PopupDeps } from './deps';
import { SettingsView } from './settings-view';
import { StatusProvider } from './status';
import { click, renderWithDeps, settle, type FakeHandlers } from './test-deps';

const handlers: FakeHandlers = {
  'settings/get': () => structuredClone(DEFAULT_SETTINGS),
  'trash/list': () => [],
  'backup/export': ({ format }) => ({ text: `{"format":"${format}"}`, filename: `backstory-${format}.json`, mime: 'application/json' }),
};
const view = <StatusProvider><SettingsView pageUrl={null} /></StatusProvider>;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Settings export where a save dialog would close the popup', () => {
  it('in Firefox’s toolbar popup, opens the popup page in a tab with the export named, and saves nothing itself', async () => {
    const opened: [TabName, ExportFormat | undefined][] = [];
    const files: ExportFile[] = [];
    const r = await renderWithDeps(view, { handlers, deps: { openInTab: (panel, format) => void opened.push([panel, format]), download: (f) => void files.push(f) } });
    await click(r.$('[data-action="export-backup"]'));
    await click(r.$('[data-action="export-markdown"]'));
    expect(opened).toEqual([['settings', 'backup'], ['settings', 'markdown']]);
    expect(r.calls.filter((c) => c.kind === 'backup/export')).toEqual([]);
    expect(files).toEqual([]);
    expect(r.$('[data-action="export-backup"]')?.closest('fieldset')?.textContent).toMatch(/exports open in a tab/);
  });

  it('the tab opened to export runs it once, says so, and puts the focus on what it says', async () => {
    const files: ExportFile[] = [];
    // No ?tab= (the popup knew no tab): the page still counts as a popup, yet must not send
    // the export on to another tab.
    const deps: Partial<PopupDeps> = { exportOnLoad: 'jsonld', openInTab: () => { throw new Error('sent on again'); }, download: (f) => void files.push(f) };
    const r = await renderWithDeps(view, { handlers, deps });
    expect(files.map((f) => f.filename)).toEqual(['backstory-jsonld.json']);
    expect(r.$('[data-status]')?.textContent).toBe('Exported backstory-jsonld.json.');
    expect(document.activeElement).toBe(r.$('[data-status]'));
    // main.tsx draws again when the tab lookup answers: no second export.
    await act(() => {
      render(<DepsContext.Provider value={{ send: (kind, req) => Promise.reject(new Error(`${kind} ${JSON.stringify(req)} again`)), sendTab: () => Promise.reject(new Error('no tab')), tab: { id: 3, url: null, title: null }, openedAsTab: true, closeWindow: () => undefined, download: (f) => void files.push(f), now: () => new Date(), exportOnLoad: 'jsonld', laterViews: () => Promise.reject(new Error('not needed')) }}>{view}</DepsContext.Provider>, r.root);
    });
    await settle();
    expect(files).toHaveLength(1);
    expect(r.calls.filter((c) => c.kind === 'backup/export')).toEqual([{ kind: 'backup/export', req: { format: 'jsonld' } }]);
  });

  it('Chrome’s popup and the popup page in a tab save at once, with no note about tabs', async () => {
    const files: ExportFile[] = [];
    const r = await renderWithDeps(view, { handlers, deps: { download: (f) => void files.push(f) } });
    expect(files).toEqual([]);
    expect(r.$('[data-action="export-backup"]')?.closest('fieldset')?.textContent).not.toMatch(/tab/);
    await click(r.$('[data-action="export-backup"]'));
    expect(files.map((f) => f.filename)).toEqual(['backstory-backup.json']);
    expect(r.$('[data-status]')?.textContent).toBe('Exported backstory-backup.json.');
  });
});
