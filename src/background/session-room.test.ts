import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSession, QUOTA } from '../../tests/support/fake-session';
import { reportKey } from '../messaging/stored-report';

vi.mock('../platform/background-api', async () => {
  const { fakeSession: s } = await import('../../tests/support/fake-session');
  return { ext: { storage: { session: s.area } } };
});
const { putReport, dropReport, REPORTS_BYTES } = await import('./session-room');
const { stashTarget, takeTarget } = await import('./card-stash');

const KB = 1024;
const long = (tab: number, kb = 300) => `{"url":"https://news.example/${tab}"}`.padEnd(kb * KB, ' ');
const kept = () => Object.keys(fakeSession.items).filter((k) => k.startsWith('page-report:'));
const target = { kind: 'entity', entityId: null, name: 'Hamas', type: 'org', pageUrl: 'https://news.example/0', focus: false } as const;

describe('room in storage.session for page reports and the card stash', () => {
  beforeEach(() => {
    fakeSession.clear();
    vi.restoreAllMocks();
  });

  it('keeps the reports within REPORTS_BYTES, letting the least recently updated tabs go first', async () => {
    for (let tab = 0; tab < 40; tab++) {
      await putReport(tab, long(tab));
      if (tab === 20) await putReport(0, long(0)); // tab 0's page ran again
    }
    expect(fakeSession.used).toBeLessThanOrEqual(REPORTS_BYTES + KB);
    expect(fakeSession.items[reportKey(39)]).toBeDefined();
    expect(fakeSession.items[reportKey(0)]).toBeDefined();
    expect(fakeSession.items[reportKey(1)]).toBeUndefined();
    // Those kept are the most recent: every tab from some point on, and tab 0.
    const tabs = kept().map((k) => Number(k.split(':')[1])).sort((a, b) => a - b);
    const first = tabs[1]!;
    expect(tabs).toEqual([0, ...Array.from({ length: 40 - first }, (_, i) => first + i)]);
    // A hover card still has room.
    const nonce = await stashTarget(target);
    expect(await takeTarget(nonce)).toMatchObject({ name: 'Hamas' });
  });

  it('a forgotten report leaves the index, so it is not counted against the others', async () => {
    for (let tab = 0; tab < 20; tab++) await putReport(tab, long(tab));
    for (let tab = 0; tab < 19; tab++) await dropReport(tab);
    for (let tab = 20; tab < 45; tab++) await putReport(tab, long(tab));
    expect(fakeSession.items[reportKey(19)]).toBeDefined();
  });

  it('when the area refuses a write all the same, older reports make room and it is tried once more', async () => {
    for (let tab = 0; tab < 10; tab++) await putReport(tab, long(tab));
    // Something else (or the browser's own counting) takes the rest of the area.
    await fakeSession.area.set({ other: 'x'.repeat(QUOTA - fakeSession.used - 100 * KB) });
    await putReport(10, long(10));
    expect(fakeSession.items[reportKey(10)]).toBeDefined();
    expect(fakeSession.items[reportKey(0)]).toBeUndefined();
    expect(fakeSession.items[reportKey(9)]).toBeDefined();
    const nonce = await stashTarget(target);
    expect(await takeTarget(nonce)).toMatchObject({ name: 'Hamas' });
  });

  it('says so when a write is refused after every other report has gone', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await putReport(1, long(1, 100));
    await fakeSession.area.set({ other: 'x'.repeat(QUOTA - fakeSession.used - 10 * KB) });
    await expect(putReport(2, long(2))).rejects.toThrow(/quota/);
    expect(fakeSession.items[reportKey(1)]).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('page report of tab 2'), expect.any(Error));
  });

  it('the card stash keeps to its own budget, its oldest targets going first', async () => {
    const { STASH_BYTES } = await import('./card-stash');
    const big = (i: number) => ({ ...target, name: `${i} `.padEnd(10 * KB, 'x') });
    const nonces: string[] = [];
    for (let i = 0; i < 150; i++) nonces.push(await stashTarget(big(i), 1000 + i));
    expect(JSON.stringify(fakeSession.items['card-stash']).length).toBeLessThanOrEqual(STASH_BYTES);
    expect(await takeTarget(nonces[149]!, 2000)).toMatchObject({ name: big(149).name });
    expect(await takeTarget(nonces[0]!, 2000)).toBeNull();
    await expect(stashTarget({ ...target, name: 'x'.repeat(100 * KB) })).rejects.toThrow(/at most/);
  });
});
