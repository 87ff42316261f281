// The page side's requests against storage.session with its real quota: many long tabs, or
// one page with a huge title, must neither lose the newest tab's report nor stop hover cards.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { index, lexicon, nonNames } from '../../tests/support/seed-knowledge';
import { fakeSession, QUOTA } from '../../tests/support/fake-session';
import { LIMITS } from '../core/backup-schemas';
import { buildMatcherPackage } from '../core/matcher';
import { dispatch } from '../messaging/handle';
import { decodeReport, reportKey } from '../messaging/stored-report';

vi.mock('../platform/background-api', async () => {
  const { fakeSession: s } = await import('../../tests/support/fake-session');
  return { ext: { storage: { session: s.area }, tabs: { onRemoved: { addListener: () => undefined } } } };
});
// Built once, as the background's knowledge source keeps one until the library changes.
const knowledge = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('./knowledge-source', () => ({ currentKnowledge: async () => (knowledge.current ??= { index, matcher: buildMatcherPackage(index, lexicon, nonNames) }) }));
const { annotatorHandlers } = await import('./annotator-handlers');
const { REPORT_BYTES } = await import('./report-size');

const ask = (kind: string, req: unknown, tabId: number, url = 'https://news.example/') =>
  dispatch(annotatorHandlers, { backstory: 1, kind, req } as never, { tabId, frameId: 0, url });
const stash = (tabId: number) => ask('card/stash', { kind: 'entity', entityId: null, name: 'Hamas', type: 'org', pageUrl: 'https://news.example/0', focus: false }, tabId);

// A long on-topic page: figures in ordinary long sentences (a live blog, a data-heavy report);
// 250 of them give more than a report holds, so each is cut to about REPORT_BYTES.
const sentence = (i: number) => `On day ${i} of the Gaza ceasefire, officials in Rafah said that ${1000 + i} trucks of aid, ${20 + (i % 30)} hostages and ${i % 90}% of the fuel promised had crossed, according to a statement that Hamas and Israeli negotiators in Cairo, Doha and Washington were said to be studying closely before the next round of talks. `;
const text = Array.from({ length: 250 }, (_, i) => sentence(i)).join('');

describe('storage.session shared by page reports and the card stash', () => {
  beforeEach(() => fakeSession.clear());

  it('every long tab keeps its report, each within REPORT_BYTES, and hover cards still open', { timeout: 120_000 }, async () => {
    // The timeout is a hang guard: 20 pages annotated take 10-25 s on a loaded machine.
    for (let tab = 0; tab < 20; tab++) {
      for (let base = 0; base < text.length; base += 50_000) await ask('page/annotate', { text: text.slice(base, base + 50_000), base, run: `r${tab}` }, tab);
      const r = await ask('page/report', { url: `https://news.example/${tab}`, title: 't', topic: { score: 1, onTopic: true, top: [] }, run: `r${tab}` }, tab);
      expect(r).toMatchObject({ ok: true });
      const stored = fakeSession.items[reportKey(tab)];
      expect(decodeReport(stored)?.annotations.length).toBeGreaterThan(200);
      expect(JSON.stringify(stored).length).toBeLessThanOrEqual(REPORT_BYTES + 100);
      expect(JSON.stringify(stored).length).toBeGreaterThan(REPORT_BYTES * 0.9);
    }
    // Then thousands of ordinary off-topic tabs: the oldest reports go, the stash keeps room.
    for (let tab = 1000; tab < 6000; tab++) {
      const r = await ask('page/report', { url: `https://other.example/${tab}`, title: 'Weather '.repeat(200), topic: { score: 0, onTopic: false, top: [] } }, tab, `https://other.example/${tab}`);
      expect(r?.ok).toBe(true);
    }
    expect(fakeSession.items[reportKey(0)]).toBeUndefined();
    expect(fakeSession.items[reportKey(5999)]).toBeDefined();
    expect(await stash(0)).toMatchObject({ ok: true });
  });

  it("a page's huge document.title and address are clipped: the report stays small and cards open", async () => {
    const huge = 'x'.repeat(QUOTA - 2000);
    const url = `https://weather.example/?q=${'y'.repeat(1_000_000)}`;
    const gate = await ask('page/topic', { title: huge, text: 'Weather in Oslo: sunny.', sensitivity: 0.5, annotate: true, reportUrl: url }, 3, 'https://weather.example/');
    expect(gate?.ok).toBe(true);
    const kept = decodeReport(fakeSession.items[reportKey(3)])!;
    expect(kept.title.length).toBe(LIMITS.title);
    expect(kept.url.length).toBeLessThan(20_000);
    expect(fakeSession.used).toBeLessThan(50_000);
    expect(await stash(9)).toMatchObject({ ok: true });
  });
});
