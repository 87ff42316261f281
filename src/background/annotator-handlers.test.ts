import { beforeEach, describe, expect, it, vi } from 'vitest';
import { index, lexicon, nonNames } from '../../tests/support/seed-knowledge';
import { buildMatcherPackage } from '../core/matcher';
import { dispatch, type Sender } from '../messaging/handle';
import { decodeReport, reportKey } from '../messaging/stored-report';

// storage.session as a plain object; the knowledge is the seeds'.
const session: Record<string, unknown> = {};
const tabRemoved: ((tabId: number) => void)[] = [];
vi.mock('../platform/background-api', () => ({
  ext: {
    storage: {
      session: {
        get: async () => ({ ...session }),
        set: async (v: Record<string, unknown>) => Object.assign(session, v),
        remove: async (key: string) => void delete session[key],
      },
    },
    tabs: { onRemoved: { addListener: (fn: (tabId: number) => void) => tabRemoved.push(fn) } },
  },
}));
vi.mock('./knowledge-source', () => ({
  currentKnowledge: async () => ({ index, matcher: buildMatcherPackage(index, lexicon, nonNames) }),
}));
const { annotatorHandlers } = await import('./annotator-handlers');

const TOPIC = { score: 0.4, onTopic: true, top: [] };
const TEXT = 'Steve Witkoff met Benjamin Netanyahu in Gaza as 33 hostages were to be freed.';
/** As the tab's top frame, on the page the request names. */
const topFrame = (req: unknown) => {
  const r = req as { url?: string; reportUrl?: string };
  return { frameId: 0, url: r.url ?? r.reportUrl ?? 'https://a.example/' };
};
const ask = (kind: 'page/annotate' | 'page/report' | 'page/topic' | 'page/site-off', req: unknown, tabId = 5, frame: Partial<Sender> = topFrame(req)) =>
  dispatch(annotatorHandlers, { backstory: 1, kind, req } as never, { tabId, ...frame });

describe('page/report', () => {
  beforeEach(() => {
    for (const k of Object.keys(session)) delete session[k];
  });

  it('keeps what the background matched for the named run, not what the page says it found', async () => {
    await ask('page/annotate', { text: TEXT, base: 0, run: 'r1' });
    const forged = [{ text: 'Nobody', kind: 'person', start: 0, end: 6, entityId: null, canonical: 'Nobody' }];
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r1', annotations: forged });
    const kept = decodeReport(session[reportKey(5)])!;
    expect(kept.annotations.map((a) => a.text)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Benjamin Netanyahu', 'Gaza']));
    expect(kept.annotations.some((a) => a.text === 'Nobody')).toBe(false);
    expect(Object.keys(kept).sort()).toEqual(['annotations', 'title', 'topic', 'url']);
  });

  it('keeps the palette the page is drawn in, for the popup’s colour pickers; nothing else the page names', async () => {
    await ask('page/annotate', { text: TEXT, base: 0, run: 'r1' });
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r1', scheme: 'dark' });
    expect(decodeReport(session[reportKey(5)])?.scheme).toBe('dark');
    await ask('page/annotate', { text: TEXT, base: 0, run: 'r2' }, 6);
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r2', scheme: 'sepia' }, 6);
    expect(decodeReport(session[reportKey(6)])).toBeTruthy();
    expect(decodeReport(session[reportKey(6)])).not.toHaveProperty('scheme');
  });

  it('keeps every kind the run found, whatever kinds the page says it shows: the popup picks those switched on when it asks', async () => {
    await ask('page/annotate', { text: TEXT, base: 0, run: 'r1' });
    // A page whose run started with Places switched off: its marks are kept and shown again
    // when Places is switched back on, so the report must list them.
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r1', kinds: ['person'] });
    const kept = decodeReport(session[reportKey(5)])!;
    expect(kept.annotations.find((a) => a.text === 'Gaza')?.kind).toBe('place');
    expect(kept.annotations.some((a) => a.kind === 'number')).toBe(true);
  });

  it('is kept by the topic gate for an off-topic top frame (reportUrl), and only then', async () => {
    const off = 'The county agricultural board said the spring harvest of apples and pears was early this year.';
    await ask('page/topic', { title: 'Harvest', text: off, sensitivity: 0.5, reportUrl: 'https://c.example/' });
    const kept = decodeReport(session[reportKey(5)])!;
    expect(kept).toMatchObject({ url: 'https://c.example/', title: 'Harvest', annotations: [] });
    expect(kept.topic.onTopic).toBe(false);
    // The bar with the setting that set it: the popup names both from this one report.
    expect(kept.topic).toMatchObject({ threshold: 0.15, sensitivity: 0.5 });
    // A subframe (no reportUrl) and an on-topic page (its report comes after matching) keep none.
    await ask('page/topic', { title: 'Harvest', text: off, sensitivity: 0.5 }, 6);
    await ask('page/topic', { title: 'Gaza cease-fire', text: TEXT, sensitivity: 0.5, reportUrl: 'https://d.example/' }, 7);
    expect(session[reportKey(6)]).toBeUndefined();
    expect(session[reportKey(7)]).toBeUndefined();
  });

  it('gives an on-topic page its first slice matched as page/annotate matches it (the gate’s names, kept), and its run keeps them', async () => {
    const gated = await ask('page/topic', { title: 'Gaza cease-fire', text: TEXT, sensitivity: 0.5, annotate: true, run: 'r4', reportUrl: 'https://e.example/' }, 10);
    expect(gated).toMatchObject({ ok: true, res: { onTopic: true } });
    const direct = await ask('page/annotate', { text: TEXT, base: 0 }, 11);
    expect(gated && 'res' in gated && (gated.res as { first?: unknown }).first).toEqual(direct && 'res' in direct && direct.res);
    await ask('page/report', { url: 'https://e.example/', title: 'A', topic: TOPIC, run: 'r4' }, 10);
    expect(decodeReport(session[reportKey(10)])?.annotations.map((a) => a.text)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Benjamin Netanyahu', 'Gaza']));
  });

  it("is let go when the tab's next page starts, or the tab closes; kept while its page runs again", async () => {
    const { forgetTabReport } = await import('./annotator-handlers');
    await ask('page/report', { url: 'https://a.example/x?y="1"', title: 'A', topic: TOPIC }, 8);
    await ask('page/report', { url: 'https://b.example/', title: 'B', topic: TOPIC }, 9);
    await forgetTabReport(8, 'https://a.example/x?y="1"#top');
    expect(session[reportKey(8)]).toBeDefined();
    await forgetTabReport(8, 'https://c.example/');
    expect(session[reportKey(8)]).toBeUndefined();
    expect(session[reportKey(9)]).toBeDefined();
    for (const removed of tabRemoved) removed(9);
    await vi.waitFor(() => expect(session[reportKey(9)]).toBeUndefined());
  });

  it("is dropped when the tab's top frame finds its site off, with what its run gathered; not by a subframe", async () => {
    await ask('page/annotate', { text: TEXT, base: 0, run: 'r1' });
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r1' });
    expect(decodeReport(session[reportKey(5)])!.annotations.length).toBeGreaterThan(0);
    const sub = await ask('page/site-off', { url: 'https://a.example/' }, 5, { frameId: 2, url: 'https://a.example/' });
    expect(sub).toMatchObject({ ok: false });
    expect(session[reportKey(5)]).toBeDefined();
    expect(await ask('page/site-off', { url: 'https://a.example/' })).toEqual({ ok: true, res: null });
    expect(session[reportKey(5)]).toBeUndefined();
    // What run r1 gathered went too: a late report of it is not kept.
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r1' });
    expect(session[reportKey(5)]).toBeUndefined();
  });

  it('keeps no report of a run this worker did not gather from its start (it stopped between the chunks and the report)', async () => {
    // The page before, kept whole; then its page runs again.
    await ask('page/annotate', { text: TEXT, base: 0, run: 'r1' });
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r1' });
    expect(decodeReport(session[reportKey(5)])!.annotations.length).toBeGreaterThan(0);
    // The worker restarted after the run's chunks: no gathering of r2 at all.
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r2' });
    expect(session[reportKey(5)]).toBeUndefined();
    // …or after its first chunk: only the later ones reached this worker.
    await ask('page/annotate', { text: TEXT, base: 5000, run: 'r3' });
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r3' });
    expect(session[reportKey(5)]).toBeUndefined();
    // A run gathered whole that found nothing is kept, with no terms.
    await ask('page/annotate', { text: 'Nothing here.', base: 0, run: 'r4' });
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'r4' });
    expect(decodeReport(session[reportKey(5)])!.annotations).toEqual([]);
  });

  it('keeps no annotations for a page without a run (off-topic), whatever it sends', async () => {
    await ask('page/report', { url: 'https://b.example/', title: 'B', topic: { ...TOPIC, onTopic: false }, annotations: [{ text: 'x' }] });
    expect(decodeReport(session[reportKey(5)])!.annotations).toEqual([]);
  });
});

describe("a tab's report is its top frame's", () => {
  beforeEach(() => {
    for (const k of Object.keys(session)) delete session[k];
  });
  const off = 'The county agricultural board said the spring harvest of apples and pears was early this year.';

  it('a subframe, or a top frame naming another site, does not replace it', async () => {
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC });
    const sub = await ask('page/report', { url: 'https://a.example/', title: 'Ad', topic: TOPIC }, 5, { frameId: 3, url: 'https://a.example/' });
    expect(sub).toMatchObject({ ok: false });
    await ask('page/report', { url: 'https://a.example/', title: 'Elsewhere', topic: TOPIC }, 5, { frameId: 0, url: 'https://ads.example/' });
    await ask('page/topic', { title: 'Embed', text: off, sensitivity: 0.5, reportUrl: 'https://a.example/' }, 5, { frameId: 7, url: 'https://a.example/' });
    await ask('page/topic', { title: 'Forged', text: off, sensitivity: 0.5, reportUrl: 'https://a.example/' }, 5, { frameId: 0, url: 'https://b.example/' });
    expect(decodeReport(session[reportKey(5)])!.title).toBe('A');
  });

  it("a subframe's matching neither replaces nor adds to the top frame's run", async () => {
    await ask('page/annotate', { text: TEXT, base: 0, run: 'top' });
    await ask('page/annotate', { text: 'Hamas in Cairo.', base: 0, run: 'top' }, 5, { frameId: 2, url: 'https://a.example/' });
    await ask('page/annotate', { text: 'Hamas in Cairo.', base: 0, run: 'frame' }, 5, { frameId: 2, url: 'https://a.example/' });
    await ask('page/report', { url: 'https://a.example/', title: 'A', topic: TOPIC, run: 'top' });
    const texts = decodeReport(session[reportKey(5)])!.annotations.map((a) => a.text);
    expect(texts).toEqual(expect.arrayContaining(['Steve Witkoff', 'Gaza']));
    expect(texts).not.toContain('Hamas');
  });
});

describe('card stash', () => {
  const target = (name: string) => ({ kind: 'entity', entityId: null, name, type: 'person', pageUrl: 'https://a.example/', focus: false }) as const;

  it('keeps every target stashed at once (no write drops another)', async () => {
    const { stashTarget, takeTarget } = await import('./card-stash');
    const names = ['A', 'B', 'C', 'D'];
    const nonces = await Promise.all(names.map((n) => stashTarget(target(n))));
    expect(new Set(nonces).size).toBe(4);
    for (const [i, nonce] of nonces.entries()) expect(await takeTarget(nonce)).toMatchObject({ name: names[i] });
  });
});
