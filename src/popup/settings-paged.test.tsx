// @vitest-environment happy-dom
// Settings' export and import of a backup too large for one runtime message (Chrome
// refuses over 64 MiB): no message the popup sends carries more than one part, and the
// file downloaded is the whole export, joined from its parts.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ExportFile } from '../core/records';
import { BACKUP_PART_CHARS } from '../messaging/backup-parts';
import { SettingsView } from './settings-view';
import { StatusProvider } from './status';
import { click, renderWithDeps, settle, type FakeHandlers } from './test-deps';

const view = <StatusProvider><SettingsView pageUrl={null} /></StatusProvider>;
const OK = { ok: true as const, report: { added: { articles: 1, notes: 0 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: false } };
/** A backup a little over one part and a half: two parts. */
const BIG = `{"format":"backstory-backup","pad":"${'ab🕊'.repeat(Math.ceil(BACKUP_PART_CHARS / 2.5))}"}`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Settings with a backup larger than one message', () => {
  it('imports it in parts, no message longer than a part, and then imports what was staged', async () => {
    const staged = new Map<number, string>();
    const handlers: FakeHandlers = {
      'settings/get': () => structuredClone(DEFAULT_SETTINGS),
      'backup/import-part': ({ index, text }) => {
        staged.set(index, text);
        return null;
      },
      'backup/import': () => OK,
    };
    const r = await renderWithDeps(view, { handlers });
    const input = r.$<HTMLInputElement>('input[data-import-backup]');
    Object.defineProperty(input, 'files', { value: [new File([BIG], 'big.json')], configurable: true });
    input?.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(200);
    const sizes = r.calls.map((c) => JSON.stringify(c.req).length);
    expect(Math.max(...sizes)).toBeLessThan(BACKUP_PART_CHARS + 1000);
    expect([...staged.keys()]).toEqual([0, 1]);
    expect([...staged.values()].join('')).toBe(BIG);
    expect(r.calls.filter((c) => c.kind.startsWith('backup/')).map((c) => c.kind)).toEqual(['backup/import-part', 'backup/import-part', 'backup/import']);
    expect(r.$('[data-import-result]')?.getAttribute('data-ok')).toBe('true');
  });

  it('downloads the whole export, joined from its parts', async () => {
    const files: ExportFile[] = [];
    const handlers: FakeHandlers = {
      'settings/get': () => structuredClone(DEFAULT_SETTINGS),
      'backup/export': () => ({ text: BIG.slice(0, 10), filename: 'b.json', mime: 'application/json', paged: { id: 'e', parts: 3, length: BIG.length } }),
      'backup/export-part': ({ index }) => ({ text: index === 1 ? BIG.slice(10, 20) : BIG.slice(20) }),
    };
    const r = await renderWithDeps(view, { handlers, deps: { download: (f) => void files.push(f) } });
    await click(r.$('[data-action="export-backup"]'));
    await settle(50);
    expect(files).toHaveLength(1);
    expect(files[0]?.text).toBe(BIG);
  });
});
