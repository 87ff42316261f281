// @vitest-environment happy-dom
// Settings → Delete everything: only after the confirmation, once, with the focus never
// lost to the body.
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsView } from './settings-view';
import { StatusProvider } from './status';
import { settingsStore } from './settings-test-store';
import { click, renderWithDeps } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Settings wipe', () => {
  it('wipes only after the confirmation', async () => {
    const s = settingsStore();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    expect(r.$('[data-action="wipe-confirm"]')).toBeNull();
    await click(r.$('[data-action="wipe"]'));
    expect(s.wipes).toEqual([]);
    await click(r.$('[data-action="wipe-confirm"]'));
    expect(s.wipes).toEqual([{ confirm: 'wipe-everything' }]);
    expect(r.$('[data-action="wipe-confirm"]')).toBeNull();
  });

  it('sends one wipe for a double click on Yes', async () => {
    const s = settingsStore();
    let answer: () => void = () => undefined;
    s.handlers['store/wipe'] = (req) => {
      s.wipes.push(req);
      return new Promise<null>((resolve) => (answer = () => resolve(null)));
    };
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    await click(r.$('[data-action="wipe"]'));
    const yes = r.$('[data-action="wipe-confirm"]');
    await click(yes);
    await click(yes);
    // Cancel cannot take back a wipe under way: the dialog stays to say how it ended.
    await click(r.$('[data-action="wipe-cancel"]'));
    expect(r.$('[data-action="wipe-cancel"]')?.getAttribute('aria-disabled')).toBe('true');
    answer();
    await r.settle();
    expect(s.wipes).toEqual([{ confirm: 'wipe-everything' }]);
    expect(r.$('[data-status]')?.textContent).toMatch(/Everything was deleted/);
  });

  it('moves the focus through the wipe confirmation, never to the body', async () => {
    const s = settingsStore();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    const open = async (): Promise<void> => {
      r.$('[data-action="wipe"]')?.focus();
      await click(r.$('[data-action="wipe"]'));
      expect(document.activeElement).toBe(r.$('[data-action="wipe-cancel"]'));
    };
    await open();
    await click(r.$('[data-action="wipe-cancel"]'));
    expect(document.activeElement).toBe(r.$('[data-action="wipe"]'));

    // Escape closes it the same way, and goes no further.
    await open();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    let escaped = false;
    document.addEventListener('keydown', () => (escaped = true), { once: true });
    await act(() => void r.$('[data-action="wipe-cancel"]')?.dispatchEvent(escape));
    await r.settle();
    expect(r.$('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(r.$('[data-action="wipe"]'));
    expect(escaped).toBe(false);
    expect(s.wipes).toEqual([]);

    await open();
    r.$('[data-action="wipe-confirm"]')?.focus();
    await click(r.$('[data-action="wipe-confirm"]'));
    expect(s.wipes).toHaveLength(1);
    expect(r.$('[data-status]')?.textContent).toMatch(/Everything was deleted/);
    expect(document.activeElement).toBe(r.$('[data-status]'));
  });
});
