// @vitest-environment happy-dom
// Settings → Import a backup: the report of what went in, where it is said, and a partly
// bad backup's valid records taken on request (refusals: settings-import.test.tsx).
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsView } from './settings-view';
import { StatusProvider } from './status';
import { settingsStore } from './settings-test-store';
import { click, renderWithDeps, settle } from './test-deps';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Settings import', () => {
  it('imports a backup and shows the report, or each error as text', async () => {
    const ok = settingsStore();
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: ok.handlers });
    const input = r.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input, 'files', { value: [new File(['{"backup":1}'], 'b.json')], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(ok.imports).toEqual(['{"backup":1}']);
    expect(r.$('[data-import-result]')?.getAttribute('data-ok')).toBe('true');
    expect(r.$('[data-import-result]')?.textContent).toMatch(/Added 2 articles and 1 note; skipped 0 articles and 3 notes/);
    document.body.innerHTML = '';

    const bad = settingsStore({ ok: false, errors: ['notes[3].target.source: expected an http(s) URL', '<b>bold</b>: not HTML'] });
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
    const s = settingsStore();
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
    expect(r.$('[data-status]')?.textContent).toBe('The backup was not imported: 2 problems, listed under Import. Nothing changed. Its valid records can be imported without the invalid ones.');

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
    const ok = settingsStore();
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
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: settingsStore({ ok: false, errors: ['version: unsupported backup version (expected 1)'] }).handlers });
    const input = r.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'b.json')], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(r.$('[data-import-result]')?.getAttribute('data-ok')).toBe('false');
    expect(r.$('[data-action="import-valid"]')).toBeNull();
  });

  it('chooses the backup file in a tab where a file dialog would close the popup (Firefox)', async () => {
    const opened: string[] = [];
    const r = await renderWithDeps(<StatusProvider><SettingsView pageUrl={null} /></StatusProvider>, { handlers: settingsStore().handlers, deps: { openInTab: (panel) => void opened.push(panel) } });
    expect(r.$('input[data-import-backup]')).toBeNull();
    await click(r.$('[data-action="import-backup-in-tab"]'));
    expect(opened).toEqual(['settings']);
  });
});
