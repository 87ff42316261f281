// @vitest-environment happy-dom
// Settings → Import a backup, when the backup is refused: what the reader is told of the
// file and its problems, and where the problems are.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ImportOutcome } from '../core/records';
import { SettingsView } from './settings-view';
import { StatusProvider } from './status';
import { renderWithDeps, settle, type FakeHandlers, type Rendered } from './test-deps';

function store(outcome: ImportOutcome) {
  const imports: string[] = [];
  const handlers: FakeHandlers = {
    'settings/get': () => structuredClone(DEFAULT_SETTINGS),
    'backup/import': (req) => {
      imports.push('text' in req ? req.text : `staged:${req.staged}`);
      return outcome;
    },
  };
  return { handlers, imports };
}

const view = <StatusProvider><SettingsView pageUrl={null} /></StatusProvider>;

/** Choose `file` with the import input, as the file dialog does. */
async function chooseBackup(r: Rendered, file: File): Promise<void> {
  const input = r.$<HTMLInputElement>('input[data-import-backup]');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input?.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(20);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('A refused backup import', () => {
  it('says plainly that a binary file is not a backup, and sends none of its bytes', async () => {
    const s = store({ ok: true, report: { added: { articles: 0, notes: 0 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: false } });
    const r = await renderWithDeps(view, { handlers: s.handlers });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    await chooseBackup(r, new File([png], 'x.png'));
    expect(s.imports).toEqual([]);
    expect(r.$('[data-import-result]')?.getAttribute('data-ok')).toBe('false');
    expect(r.$$('[data-import-result] li').map((li) => li.textContent)).toEqual(['x.png is not a Backstory backup: it is not a text file.']);
    expect(r.$('[data-status]')?.textContent).toBe('The backup was not imported: 1 problem, shown under Import. Nothing changed.');
    expect(r.$('[data-import-problems] [data-import-advice]')?.textContent).toMatch(/^Choose a backup made with Export → “Backup \(JSON\)”/);
  });

  it('names the file where the background says "(file)"', async () => {
    const s = store({ ok: false, errors: ['(file): not a Backstory backup or a W3C annotation collection, but other data (its fields: hello), perhaps another app’s export'] });
    const r = await renderWithDeps(view, { handlers: s.handlers });
    await chooseBackup(r, new File(['{"hello": 1}'], 'x.json'));
    expect(r.$$('[data-import-result] li').map((li) => li.textContent)).toEqual(['x.json: not a Backstory backup or a W3C annotation collection, but other data (its fields: hello), perhaps another app’s export']);
    // What to do, in the focused block the problems are read from.
    expect(r.$('[data-import-problems] [data-import-advice]')?.textContent).toMatch(/“Add from files…” in the Library\.$/);
  });

  it('says a file that is not JSON in our words, the parser\'s own only in a disclosure', async () => {
    const parser = 'JSON.parse: unexpected character at line 1 column 1 of the JSON data';
    const s = store({ ok: false, errors: [`(file): not valid JSON (${parser})`] });
    const r = await renderWithDeps(view, { handlers: s.handlers });
    await chooseBackup(r, new File(['hello'], 'x.json'));
    const li = r.$('[data-import-result] li');
    expect(li?.firstChild?.textContent).toBe('x.json is not JSON, so it could not be read as a backup (at line 1, column 1).');
    expect(li?.querySelector('details')?.textContent).toContain(parser);
    expect(li?.querySelector('details')?.hasAttribute('open')).toBe(false);
  });

  it('says a backup is being imported while it is checked, the last file\'s refusal gone', async () => {
    let answer: (o: ImportOutcome) => void = () => undefined;
    const outcomes = [Promise.resolve<ImportOutcome>({ ok: false, errors: ['(file): the file is empty'] }), new Promise<ImportOutcome>((r) => (answer = r))];
    const handlers: FakeHandlers = { 'settings/get': () => structuredClone(DEFAULT_SETTINGS), 'backup/import': () => outcomes.shift() as Promise<ImportOutcome> };
    const r = await renderWithDeps(view, { handlers });
    await chooseBackup(r, new File([' '], 'empty.json'));
    expect(r.$('[data-import-result]')?.getAttribute('data-ok')).toBe('false');
    await chooseBackup(r, new File(['{"format": "backstory-backup"}'], 'big.json'));
    expect(r.$('[data-status]')?.textContent).toBe('Importing big.json…');
    expect(r.$('[data-import-result]')).toBeNull();
    answer({ ok: false, errors: ['notes[0].id: missing (required)'] });
    await settle(20);
    expect(r.$('[data-status]')?.textContent).toBe('The backup was not imported: 1 problem, shown under Import. Nothing changed.');
  });

  it('takes one backup at a time: no second file can be chosen while one is checked, so its verdict cannot be overtaken', async () => {
    // Chosen while a large file was still checked, a small one's verdict came first and the
    // large one's then replaced it: the status spoke of the file chosen first.
    let answer: (o: ImportOutcome) => void = () => undefined;
    const handlers: FakeHandlers = { 'settings/get': () => structuredClone(DEFAULT_SETTINGS), 'backup/import': () => new Promise<ImportOutcome>((r) => (answer = r)) };
    const r = await renderWithDeps(view, { handlers });
    const input = r.$<HTMLInputElement>('input[data-import-backup]')!;
    input.focus();
    await chooseBackup(r, new File(['{"format": "backstory-backup"}'], 'big.json'));
    expect(r.$('[data-status]')?.textContent).toBe('Importing big.json…');
    expect(input.disabled).toBe(true);
    answer({ ok: true, report: { added: { articles: 1, notes: 0 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: false } });
    await settle(20);
    expect(input.disabled).toBe(false);
    // The focus, taken by the disabling, is back on the chooser.
    expect(document.activeElement).toBe(input);
  });

  it('gives no advice to choose another file when the backup is refused for its records', async () => {
    const s = store({ ok: false, errors: ['notes[3].created: expected an ISO date-time'] });
    const r = await renderWithDeps(view, { handlers: s.handlers });
    await chooseBackup(r, new File(['{"format": "backstory-backup"}'], 'x.json'));
    expect(r.$$('[data-import-result] li')).toHaveLength(1);
    expect(r.$('[data-import-advice]')).toBeNull();
  });

  it('counts the problems of a refused backup in the status and brings their list into view, focused', async () => {
    const errors = [...Array.from({ length: 50 }, (_, i) => `notes[${i}].created: expected an ISO date-time`), '… and 3 more'];
    const s = store({ ok: false, errors });
    const r = await renderWithDeps(view, { handlers: s.handlers });
    const scrolled: Element[] = [];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    await chooseBackup(r, new File(['{"format":"backstory-backup"}'], 'b.json'));
    scroll.mockRestore();
    expect(r.$('[data-status]')?.textContent).toBe('The backup was not imported: 53 problems, listed under Import. Nothing changed.');
    const problems = r.$('[data-import-problems]');
    expect(problems?.querySelectorAll('li')).toHaveLength(51);
    expect(scrolled).toEqual([problems]);
    // Focused, not put in the tab order: Tab from the chooser still goes straight on.
    expect(document.activeElement).toBe(problems);
    expect(problems?.getAttribute('tabindex')).toBe('-1');
  });

  it('writes a flood of problems\' count with its digits grouped, read from the background\'s grouped rest', async () => {
    const errors = [...Array.from({ length: 50 }, (_, i) => `notes[${i}].created: expected an ISO date-time`), '… and 1,950 more'];
    const r = await renderWithDeps(view, { handlers: store({ ok: false, errors }).handlers });
    await chooseBackup(r, new File(['{"format":"backstory-backup"}'], 'b.json'));
    expect(r.$('[data-status]')?.textContent).toBe('The backup was not imported: 2,000 problems, listed under Import. Nothing changed.');
  });
});
