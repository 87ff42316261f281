// @vitest-environment happy-dom
// Settings: the kinds and their colours, the site switch, sensitivity and hover delay, and
// an export downloaded (import: settings-import*.test.tsx; wipe: settings-wipe.test.tsx).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS, type ExportFile } from '../core/records';
import { SettingsView } from './settings-view';
import { StatusProvider } from './status';
import { change, settingsStore } from './settings-test-store';
import { click, renderWithDeps } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Settings', () => {
  it('switches kinds, colours, the site, sensitivity and hover delay', async () => {
    const s = settingsStore();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl="https://www.news.example/story" /></StatusProvider>, { handlers: s.handlers });
    expect(r.$<HTMLInputElement>('[data-setting="type-person"]')?.checked).toBe(true);
    await change(r.$('[data-setting="type-org"]'), (e) => (e.checked = false));
    await change(r.$('[data-setting="colour-date"]'), (e) => (e.value = '#123456'));
    await change(r.$('[data-setting="site-off"]'), (e) => (e.checked = true));
    await change(r.$('[data-setting="sensitivity"]'), (e) => (e.value = '0.75'));
    await change(r.$('[data-setting="hover-delay"]'), (e) => (e.value = '500'));
    expect(s.patches).toEqual([{ types: { org: false } }, { colours: { date: '#123456' } }, { topicSensitivity: 0.75 }, { hoverDelayMs: 500 }]);
    expect(r.calls.filter((c) => c.kind === 'settings/site-off').map((c) => c.req)).toEqual([{ host: 'www.news.example' }]);
    expect(r.$<HTMLInputElement>('[data-setting="site-off"]')?.checked).toBe(true);
    expect(r.root.textContent).toContain('Backstory off on www.news.example');
  });

  it('keeps a site turned off elsewhere (a hover card) while the popup was open', async () => {
    const s = settingsStore();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl="https://www.news.example/story" /></StatusProvider>, { handlers: s.handlers });
    const elsewhere = async (host: string): Promise<void> => void (await s.handlers['settings/site-off']?.({ host }));
    await elsewhere('a.example');
    await change(r.$('[data-setting="site-off"]'), (e) => (e.checked = true));
    expect(r.$<HTMLInputElement>('[data-setting="site-off"]')?.checked).toBe(true);
    await elsewhere('b.example');
    await change(r.$('[data-setting="site-off"]'), (e) => (e.checked = false));
    expect(r.$<HTMLInputElement>('[data-setting="site-off"]')?.checked).toBe(false);
    const read = (await s.handlers['settings/get']?.({})) ?? null;
    expect(read?.offSites).toEqual(['a.example', 'b.example']);
  });

  it('turns the site back on with one request: a site turned off meanwhile is kept', async () => {
    const s = settingsStore();
    await s.handlers['settings/site-off']?.({ host: 'www.news.example' });
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl="https://www.news.example/story" /></StatusProvider>, { handlers: s.handlers });
    // A card turns b.example off while the popup's request is on its way.
    const read = s.handlers['settings/get']!;
    s.handlers['settings/get'] = async (req) => {
      const got = await read(req);
      await s.handlers['settings/site-off']?.({ host: 'b.example' });
      return got;
    };
    const switchOn = s.handlers['settings/site-on']!;
    s.handlers['settings/site-on'] = async (req) => {
      await s.handlers['settings/site-off']?.({ host: 'b.example' });
      return switchOn(req);
    };
    r.calls.length = 0;
    await change(r.$('[data-setting="site-off"]'), (e) => (e.checked = false));
    expect((await read({})).offSites).toEqual(['b.example']);
    expect(r.calls.map((c) => c.kind)).toEqual(['settings/site-on']);
    expect(r.$<HTMLInputElement>('[data-setting="site-off"]')?.checked).toBe(false);
  });

  it('refuses a hover delay out of range without saving it', async () => {
    const s = settingsStore();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    expect(r.$<HTMLInputElement>('[data-setting="site-off"]')?.disabled).toBe(true);
    await change(r.$('[data-setting="hover-delay"]'), (e) => (e.value = '-5'));
    expect(s.patches).toEqual([]);
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    // The field shows the delay in force again; emptied, it is refused too (not 0 ms).
    expect(r.$<HTMLInputElement>('[data-setting="hover-delay"]')?.value).toBe('350');
    await change(r.$('[data-setting="hover-delay"]'), (e) => (e.value = ''));
    expect(s.patches).toEqual([]);
    expect(r.$<HTMLInputElement>('[data-setting="hover-delay"]')?.value).toBe('350');
  });

  it('without a page scheme, shows the colours of the system’s scheme, as the page would be drawn', async () => {
    const dark = vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: q.includes('dark'), media: q }) as MediaQueryList);
    const s = settingsStore();
    await s.handlers['settings/set']!({ colours: { org: '#123456' }, darkColours: { date: '#654321' } });
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    expect(r.$<HTMLInputElement>('[data-setting="colour-person"]')?.value).toBe(DARK_DEFAULT_COLOURS.person);
    // A light pages' colour is not what a dark page shows.
    expect(r.$<HTMLInputElement>('[data-setting="colour-org"]')?.value).toBe(DARK_DEFAULT_COLOURS.org);
    expect(r.$<HTMLInputElement>('[data-setting="colour-date"]')?.value).toBe('#654321');
    expect(r.$<HTMLInputElement>('[data-setting="scheme-dark"]')?.checked).toBe(true);
    expect(r.root.textContent).not.toContain('(this page)');
    dark.mockRestore();
  });

  it('shows and edits the colours of the scheme the page is drawn in, not the system’s; the other set a switch away', async () => {
    const light = vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: false, media: q }) as MediaQueryList);
    const s = settingsStore();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl="https://news.example/" pageScheme="dark" /></StatusProvider>, { handlers: s.handlers });
    const person = (): HTMLInputElement | null => r.$<HTMLInputElement>('[data-setting="colour-person"]');
    expect(person()?.value).toBe(DARK_DEFAULT_COLOURS.person);
    expect(person()?.getAttribute('aria-label')).toBe('Colour of people on dark pages');
    const dark = r.$<HTMLInputElement>('[data-setting="scheme-dark"]');
    expect(dark?.checked).toBe(true);
    expect(dark?.parentElement?.textContent).toContain('dark pages (this page)');
    await change(person(), (e) => (e.value = '#abcdef'));
    expect(s.patches).toEqual([{ darkColours: { person: '#abcdef' } }]);
    expect(person()?.value).toBe('#abcdef');

    await change(r.$('[data-setting="scheme-light"]'), (e) => (e.checked = true));
    expect(person()?.value).toBe(DEFAULT_SETTINGS.colours.person);
    expect(r.$('[data-colour-scheme]')?.getAttribute('data-colour-scheme')).toBe('light');
    await change(person(), (e) => (e.value = '#010203'));
    expect(s.patches[1]).toEqual({ colours: { person: '#010203' } });
    light.mockRestore();
  });

  it('names the sensitivity slider by its label', async () => {
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: settingsStore().handlers });
    const slider = r.$<HTMLInputElement>('[data-setting="sensitivity"]');
    const by = slider?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(by)?.textContent).toMatch(/Topic sensitivity: 0\.50/);
    // The highest setting no longer lets every page in; the help says so.
    const help = document.getElementById(slider?.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(help).toMatch(/Even at the highest, a page must share/);
  });

  it('downloads an export', async () => {
    const s = settingsStore();
    const files: ExportFile[] = [];
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers, deps: { download: (f) => void files.push(f) } });
    await click(r.$('[data-action="export-markdown"]'));
    expect(files.map((f) => f.filename)).toEqual(['backstory-markdown.json']);
  });
});
