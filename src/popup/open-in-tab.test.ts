import { describe, expect, it, vi } from 'vitest';

const runtime: { getURL: (p: string) => string; getBrowserInfo?: () => Promise<unknown> } = { getURL: (p) => `moz-extension://id/${p}` };
const created: string[] = [];
vi.mock('../platform/browser', () => ({ ext: { runtime, tabs: { create: async ({ url }: { url: string }) => void created.push(url) } } }));
const { fileDialogsCloseThePopup, openPopupInTab, panelFromSearch } = await import('./open-in-tab');

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
});
