// Backups too large for one runtime message (Chrome refuses over 64 MiB): the popup's
// export and import (src/popup/backup-transfer.ts) through the real handlers, with a part
// size of a few hundred characters so a "large" file is a few KB.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../core/records';
import { EXPORT_INTERRUPTED, IMPORT_INTERRUPTED } from '../messaging/backup-parts';
import type { RequestKind, Requests } from '../messaging/contract';
import { exportBackup, importBackup } from '../popup/backup-transfer';
import type { SendFn } from '../popup/deps';
import { createBackupParts, PART_TTL_MS } from './backup-parts';
import { storeHarness } from './store-test-deps';

const PART = 500;

/** A harness whose parts are PART characters, on a clock the test moves; `sent` lists
 *  every request as it went (its kind and its length as JSON). */
function setup(partSize = PART) {
  let clock = 1_000_000;
  const h = storeHarness({ parts: createBackupParts(partSize, () => clock) });
  const sent: { kind: RequestKind; chars: number }[] = [];
  const send = (async <K extends RequestKind>(kind: K, req: Requests[K]['req']) => {
    sent.push({ kind, chars: JSON.stringify(req).length });
    return h.ask(kind, req);
  }) as SendFn;
  return { ...h, send, sent, later: (ms: number) => void (clock += ms) };
}

/** Articles whose text holds characters of two UTF-16 units, so some part boundary may fall inside one. */
async function fill(ask: ReturnType<typeof setup>['ask'], n = 12): Promise<void> {
  const articles = Array.from({ length: n }, (_, i) => ({ title: `Talks, day ${i} 🕊️`, text: `Hamas and Witkoff met again (${i}) — «cease-fire» 🕊️🕊️ ${'é'.repeat(i * 7)}.` }));
  await ask('library/add', { articles });
}

// The timeout is a hang guard: a parted export over IndexedDB took 1.5 s at load 20 on two cores.
describe('a backup larger than one message', { timeout: 60_000 }, () => {
  it('exports in parts that join to exactly the file one message would have carried', async () => {
    const whole = setup(1e9);
    await fill(whole.ask);
    const expected = await exportBackup(whole.send, 'backup');
    const paged = setup();
    await fill(paged.ask);
    const file = await exportBackup(paged.send, 'backup');
    expect(expected.text.length).toBeGreaterThan(PART * 4);
    expect(file).toEqual(expected);
    expect(paged.sent.filter((s) => s.kind === 'backup/export-part').length).toBe(Math.ceil(expected.text.length / PART) - 1);
  });

  it('drops an export once every part is read', async () => {
    const s = setup();
    await fill(s.ask);
    const first = await s.ask('backup/export', { format: 'backup' });
    const id = first.paged?.id ?? '';
    for (let index = 1; index < (first.paged?.parts ?? 0); index++) await s.ask('backup/export-part', { id, index });
    await expect(s.ask('backup/export-part', { id, index: 1 })).rejects.toThrow(EXPORT_INTERRUPTED);
    await expect(s.ask('backup/export-part', { id, index: 0 })).rejects.toThrow(EXPORT_INTERRUPTED);
  });

  it('sends a small export whole, in one answer, as before', async () => {
    const s = setup(1e9);
    await fill(s.ask, 1);
    const answer = await s.ask('backup/export', { format: 'backup' });
    expect(answer.paged).toBeUndefined();
    expect(JSON.parse(answer.text).articles).toHaveLength(1);
  });

  it('imports in parts to the same store and answer as in one piece, no message longer than a part', async () => {
    const source = setup();
    await fill(source.ask);
    const { text } = await exportBackup(source.send, 'backup');
    const one = setup(1e9);
    const inOne: ImportOutcome = await importBackup(one.send, text, false, 1e9);
    const parts = setup();
    const inParts = await importBackup(parts.send, text, false, PART);
    expect(inParts).toEqual(inOne);
    expect(inParts.ok).toBe(true);
    expect((await exportBackup(parts.send, 'backup')).text).toBe((await exportBackup(one.send, 'backup')).text);
    expect(parts.sent.filter((s) => s.kind === 'backup/import-part').length).toBe(Math.ceil(text.length / PART));
    // A part's text, with its envelope of id and numbers, and no more.
    for (const m of parts.sent.filter((s) => s.kind.startsWith('backup/import'))) expect(m.chars).toBeLessThan(PART * 2 + 200);
  });

  it('still checks the whole staged file and skips invalid records on request', async () => {
    const s = setup();
    const bad = JSON.stringify({ format: 'backstory-backup', version: 1, exported: '2025-02-05T08:00:00.000Z', articles: [], notes: [{ broken: 'x'.repeat(PART * 3) }] });
    const out = await importBackup(s.send, bad, false, PART);
    expect(out.ok).toBe(false);
    expect((await s.ask('library/list', {})).total).toBe(0);
  });

  it('says the import was interrupted when its parts expired or never came', async () => {
    const s = setup();
    await s.ask('backup/import-part', { id: 'a', index: 0, count: 2, text: '{"format":' });
    await s.ask('backup/import-part', { id: 'a', index: 1, count: 2, text: '1}' });
    s.later(PART_TTL_MS + 1);
    await expect(s.ask('backup/import', { staged: 'a' })).rejects.toThrow(IMPORT_INTERRUPTED);
    await expect(s.ask('backup/import', { staged: 'never' })).rejects.toThrow(IMPORT_INTERRUPTED);
    // A later part whose earlier ones are gone (a service-worker restart) is not a new import.
    await expect(s.ask('backup/import-part', { id: 'b', index: 1, count: 2, text: 'x' })).rejects.toThrow(IMPORT_INTERRUPTED);
    // Missing a part: not imported.
    await s.ask('backup/import-part', { id: 'c', index: 0, count: 2, text: '{}' });
    await expect(s.ask('backup/import', { staged: 'c' })).rejects.toThrow(IMPORT_INTERRUPTED);
  });

  it('refuses a part larger than the part size', async () => {
    const s = setup();
    await expect(s.ask('backup/import-part', { id: 'a', index: 0, count: 1, text: 'x'.repeat(PART + 1) })).rejects.toThrow(/at most one part/);
  });

  it('says the export was interrupted when the background no longer holds it', async () => {
    const s = setup();
    await fill(s.ask);
    const first = await s.ask('backup/export', { format: 'backup' });
    expect(first.paged?.parts).toBeGreaterThan(2);
    expect(first.text.length).toBeLessThanOrEqual(PART);
    s.later(PART_TTL_MS + 1);
    await expect(s.ask('backup/export-part', { id: first.paged?.id ?? '', index: 1 })).rejects.toThrow(EXPORT_INTERRUPTED);
    // A restarted service worker holds no export at all: the popup says so.
    const restarted = setup();
    const send = (async <K extends RequestKind>(kind: K, req: Requests[K]['req']) => (kind === 'backup/export' ? first : restarted.ask(kind, req))) as SendFn;
    await expect(exportBackup(send, 'backup')).rejects.toThrow(EXPORT_INTERRUPTED);
  });

  it('holds at most two exports: a third drops the oldest', async () => {
    const s = setup();
    await fill(s.ask);
    const [a, b, c] = [await s.ask('backup/export', { format: 'backup' }), await s.ask('backup/export', { format: 'backup' }), await s.ask('backup/export', { format: 'backup' })];
    await expect(s.ask('backup/export-part', { id: a.paged?.id ?? '', index: 1 })).rejects.toThrow(EXPORT_INTERRUPTED);
    expect((await s.ask('backup/export-part', { id: b.paged?.id ?? '', index: 1 })).text.length).toBeGreaterThan(0);
    expect((await s.ask('backup/export-part', { id: c.paged?.id ?? '', index: 1 })).text.length).toBeGreaterThan(0);
  });
});
