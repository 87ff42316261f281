import { describe, expect, it, vi } from 'vitest';
import { exportFromSearch, fileDialogsCloseThePopup, openedInTabBySearch, openPopupInTab, panelFromSearch, takeExportFromAddress } from './open-in-tab';

const runtime: { getURL: (p: string) => string; getBrowserInfo?: () => Promise<unknown> } = { getURL: (p) => `moz-extension://id/${p}` };
const created: string[] = [];
// The native namespace the seams in src/platform look up on use.
vi.stubGlobal('browser', { runtime, tabs: { create: async ({ url }: { url: string }) => void created.push(url) } });

describe('open-in-tab', () => {
  it('knows Firefox’s toolbar popup by getBrowserInfo, and never the popup page in a tab', () => {
    expect(fileDialogsCloseThePopup(false)).toBe(false);
    runtime.getBrowserInfo = async () => ({ name: 'Firefox' });
    expect(fileDialogsCloseThePopup(false)).toBe(true);
    expect(fileDialogsCloseThePopup(true)).toBe(false);
  });

  it('opens the popup page for the tab on a panel, which the page reads back', async () => {
    await openPopupInTab(12, 'library');
    expect(created).toEqual(['moz-extension://id/popup.html?panel=library&tab=12']);
    expect(panelFromSearch('?panel=library&tab=12')).toBe('library');
    expect(panelFromSearch('?panel=elsewhere')).toBeUndefined();
  });

  it('opens the popup page on Settings with the export named, which the page reads back', async () => {
    created.length = 0;
    await openPopupInTab(12, 'settings', 'jsonld');
    await openPopupInTab(null, 'settings', 'markdown');
    expect(created).toEqual(['moz-extension://id/popup.html?panel=settings&tab=12&export=jsonld', 'moz-extension://id/popup.html?panel=settings&export=markdown']);
    expect(exportFromSearch('?panel=settings&tab=12&export=jsonld')).toBe('jsonld');
    expect(exportFromSearch('?export=backup')).toBe('backup');
    expect(exportFromSearch('?export=json')).toBeUndefined();
    expect(exportFromSearch('?panel=settings')).toBeUndefined();
  });

  it('knows the popup page in a tab by its panel too: a popup that knew no tab opens one without ?tab=', () => {
    expect(openedInTabBySearch('?panel=settings&export=markdown')).toBe(true);
    expect(openedInTabBySearch('?tab=12')).toBe(true);
    expect(openedInTabBySearch('')).toBe(false);
  });

  it('takes the export out of the address, so a reload does not export again', () => {
    const replaced: string[] = [];
    const at = (href: string) => ({ location: { href }, history: { replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) } });
    expect(takeExportFromAddress(at('moz-extension://id/popup.html?panel=settings&tab=12&export=backup'))).toBe('backup');
    expect(replaced).toEqual(['moz-extension://id/popup.html?panel=settings&tab=12']);
    // Reloaded, the address names no export: nothing to run, nothing to rewrite.
    expect(takeExportFromAddress(at(replaced[0] as string))).toBeUndefined();
    expect(replaced).toHaveLength(1);
    // A name that is no export is dropped all the same.
    expect(takeExportFromAddress(at('moz-extension://id/popup.html?export=zip'))).toBeUndefined();
    expect(replaced[1]).toBe('moz-extension://id/popup.html');
  });
});
