// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ExportFile, type ImportOutcome, type Settings, type SettingsPatch } from '../core/records';
import { SettingsView } from './settings-view';
import { StatusProvider } from './status';
import { click, renderWithDeps, settle, type FakeHandlers } from './test-deps';

function store(outcome: ImportOutcome = { ok: true, report: { added: { articles: 2, notes: 1 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 3 }, conflicts: { notes: 0 }, settingsReplaced: false } }) {
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const patches: SettingsPatch[] = [];
  const wipes: unknown[] = [];
  const imports: string[] = [];
  const handlers: FakeHandlers = {
    'settings/get': () => settings,
    'settings/site-off': ({ host }) => {
      settings = { ...settings, offSites: settings.offSites.includes(host) ? settings.offSites : [...settings.offSites, host] };
      return settings;
    },
    'settings/site-on': ({ host }) => {
      settings = { ...settings, offSites: settings.offSites.filter((h) => h !== host) };
      return settings;
    },
    'settings/set': (p) => {
      patches.push(p);
      settings = { ...settings, ...p, types: { ...settings.types, ...p.types }, colours: { ...settings.colours, ...p.colours } };
      return settings;
    },
    'backup/export': ({ format }) => ({ text: `{"format":"${format}"}`, filename: `backstory-${format}.json`, mime: 'application/json' }),
    'backup/import': (req) => {
      imports.push('text' in req ? req.text : `staged:${req.staged}`);
      return outcome;
    },
    'store/wipe': (req) => {
      wipes.push(req);
      return null;
    },
  };
  return { handlers, patches, wipes, imports };
}

function change(el: Element | null, set: (el: HTMLInputElement) => void): Promise<void> {
  if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
  set(el);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Settings', () => {
  it('switches kinds, colours, the site, sensitivity and hover delay', async () => {
    const s = store();
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
    const s = store();
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
    const s = store();
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
    const s = store();
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

  it('shows a kind left at its default in the colour the page paints it, dark schemes too', async () => {
    const dark = vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: q.includes('dark'), media: q }) as MediaQueryList);
    const s = store();
    await s.handlers['settings/set']!({ colours: { org: '#123456' } });
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    expect(r.$<HTMLInputElement>('[data-setting="colour-person"]')?.value).toBe('#93c5fd');
    expect(r.$<HTMLInputElement>('[data-setting="colour-org"]')?.value).toBe('#123456');
    dark.mockRestore();
  });

  it('names the sensitivity slider by its label', async () => {
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: store().handlers });
    const slider = r.$<HTMLInputElement>('[data-setting="sensitivity"]');
    const by = slider?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(by)?.textContent).toMatch(/Topic sensitivity: 0\.50/);
    // The highest setting no longer lets every page in; the help says so.
    const help = document.getElementById(slider?.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(help).toMatch(/Even at the highest, a page must share/);
  });

  it('downloads an export', async () => {
    const s = store();
    const files: ExportFile[] = [];
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers, deps: { download: (f) => void files.push(f) } });
    await click(r.$('[data-action="export-markdown"]'));
    expect(files.map((f) => f.filename)).toEqual(['backstory-markdown.json']);
  });

  it('imports a backup and shows the report, or each error as text', async () => {
    const ok = store();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: ok.handlers });
    const input = r.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input, 'files', { value: [new File(['{"backup":1}'], 'b.json')], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(ok.imports).toEqual(['{"backup":1}']);
    expect(r.$('[data-import-result]')?.getAttribute('data-ok')).toBe('true');
    expect(r.$('[data-import-result]')?.textContent).toMatch(/Added 2 articles and 1 note; skipped 0 articles and 3 notes/);
    document.body.innerHTML = '';

    const bad = store({ ok: false, errors: ['notes[3].target.source: expected an http(s) URL', '<b>bold</b>: not HTML'] });
    const b = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: bad.handlers });
    const input2 = b.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input2, 'files', { value: [new File(['{}'], 'b.json')], configurable: true });
    input2?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(b.$('[data-import-result]')?.getAttribute('data-ok')).toBe('false');
    expect(b.$$('[data-import-result] li').map((li) => li.textContent)).toEqual(['notes[3].target.source: expected an http(s) URL', '<b>bold</b>: not HTML']);
    expect(b.$('[data-import-result] b')).toBeNull();
  });

  it('offers to import the valid records of a partly bad backup, and then says what it skipped', async () => {
    const s = store();
    const sent: object[] = [];
    const counts = (notes: number) => ({ articles: 1, notes, settings: 1 });
    s.handlers['backup/import'] = (req) => {
      sent.push(req);
      return req.skipInvalid
        ? { ok: true, report: { added: { articles: 1, notes: 497 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: true, invalid: { articles: 0, notes: 2, settings: 0 } } }
        : { ok: false, errors: ['notes[3].target.source: expected an http(s) URL', 'notes[9].created: expected an ISO date-time'], skippable: { valid: counts(497), invalid: { articles: 0, notes: 2, settings: 0 } } };
    };
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    const input = r.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input, 'files', { value: [new File(['{"partly":"bad"}'], 'b.json')], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(r.$$('[data-import-result] li').map((li) => li.textContent)).toHaveLength(2);
    const button = r.$<HTMLButtonElement>('[data-import-result] button[data-action="import-valid"]');
    expect(button?.textContent).toBe('Import the 499 valid records, skipping 2 invalid ones');
    // A real, enabled button: in the tab order right after the file chooser.
    expect(button?.tabIndex).toBe(0);
    expect(button?.getAttribute('aria-disabled')).not.toBe('true');
    expect(r.$('[data-status]')?.textContent).toBe('The backup was not imported: 2 problems, listed below. Nothing changed. Its valid records can be imported without the invalid ones.');

    button?.focus();
    await click(button);
    await click(button);
    await settle(20);
    expect(sent).toEqual([{ text: '{"partly":"bad"}' }, { text: '{"partly":"bad"}', skipInvalid: true }]);
    expect(r.$('[data-action="import-valid"]')).toBeNull();
    const report = r.$('[data-import-result]');
    expect(report?.getAttribute('data-ok')).toBe('true');
    expect(report?.textContent).toBe("Took the file's 499 valid records and left out 2 invalid ones (2 notes): added 1 article and 497 notes; skipped 0 articles and 0 notes already here; settings replaced.");
    // The refusal's count is gone from the status, and the report is not said there again.
    expect(r.$('[data-status]')?.textContent).toBe('');
    // The button is gone: the focus is on the report that says what happened, not on <body>,
    // and read from there: its region is not live as well, which would say it twice.
    expect(document.activeElement).toBe(report);
    expect(r.$('[data-import-live]')?.getAttribute('aria-live')).toBe('off');
  });

  it('shows an import\'s report once, under the chooser, in a live region drawn before it', async () => {
    const ok = store();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: ok.handlers });
    // There before the report: a region that appears with its text is often not announced.
    const live = r.$('[data-import-live]');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.textContent).toBe('');
    const input = r.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input, 'files', { value: [new File(['{"backup":1}'], 'b.json')], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    const said = /Added 2 articles and 1 note/;
    expect(r.$('[data-import-live] [data-import-result]')?.textContent).toMatch(said);
    expect(r.root.textContent?.split('Added 2 articles and 1 note')).toHaveLength(2);
    const announcing = r.$$('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]').filter((e) => said.test(e.textContent ?? ''));
    expect(announcing).toEqual([live]);
  });

  it('offers no partial import when the background does not', async () => {
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: store({ ok: false, errors: ['version: unsupported backup version (expected 1)'] }).handlers });
    const input = r.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'b.json')], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(r.$('[data-import-result]')?.getAttribute('data-ok')).toBe('false');
    expect(r.$('[data-action="import-valid"]')).toBeNull();
  });

  it('chooses the backup file in a tab where a file dialog would close the popup (Firefox)', async () => {
    const opened: string[] = [];
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: store().handlers, deps: { openInTab: (panel) => void opened.push(panel) } });
    expect(r.$('input[data-import-backup]')).toBeNull();
    await click(r.$('[data-action="import-backup-in-tab"]'));
    expect(opened).toEqual(['settings']);
  });

  it('wipes only after the confirmation', async () => {
    const s = store();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: s.handlers });
    expect(r.$('[data-action="wipe-confirm"]')).toBeNull();
    await click(r.$('[data-action="wipe"]'));
    expect(s.wipes).toEqual([]);
    await click(r.$('[data-action="wipe-confirm"]'));
    expect(s.wipes).toEqual([{ confirm: 'wipe-everything' }]);
    expect(r.$('[data-action="wipe-confirm"]')).toBeNull();
  });

  it('sends one wipe for a double click on Yes', async () => {
    const s = store();
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
    const s = store();
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
