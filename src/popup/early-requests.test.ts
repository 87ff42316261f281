import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../messaging/contract';
import type { FoundTab } from './current-tab';
import { EARLY_DRAFT_KEY, EARLY_KEY, sendDraftCheck, sendSummary, startRequests, takeEarly, type TabDraft } from './early-requests';
import { fakeSend, type Call } from './test-deps';

const SUMMARY = { url: 'https://news.example/a', title: 'A' } as PageSummary;
const DRAFT: TabDraft = { pageUrl: 'https://news.example/a', draft: { target: { kind: 'page' }, text: 'Half a thought' } };
const found = (id: number | null): FoundTab => ({ tab: { id, url: null, title: null }, openedAsTab: false });

describe('the first panel’s requests', () => {
  it('with ?tab=<id> asks for the summary at once, without waiting for the tab lookup', async () => {
    const calls: Call[] = [];
    const early = startRequests(12, () => new Promise<FoundTab>(() => undefined), fakeSend({ 'page/summary': () => SUMMARY, 'notes/draft-for-tab': () => null }, calls));
    // The draft check rides along: the same moment, the same tab, no wait for either answer.
    expect(calls).toEqual([{ kind: 'page/summary', req: { tabId: 12 } }, { kind: 'notes/draft-for-tab', req: { tabId: 12 } }]);
    await expect(early.summary).resolves.toBe(SUMMARY);
  });

  it("without ?tab= asks about the active tab at once, beside the tab lookup", async () => {
    const calls: Call[] = [];
    const early = startRequests(null, () => new Promise<FoundTab>(() => undefined), fakeSend({ 'page/summary': () => SUMMARY, 'notes/draft-for-tab': () => null }, calls));
    expect(calls).toEqual([{ kind: 'page/summary', req: { tabId: 'active' } }, { kind: 'notes/draft-for-tab', req: { tabId: 'active' } }]);
    await expect(early.summary).resolves.toBe(SUMMARY);
  });

  it('has no summary when the background finds no tab', async () => {
    const early = startRequests(null, async () => found(null), fakeSend({ 'page/summary': () => null }));
    await expect(early.summary).resolves.toBeNull();
  });

  it('keeps a failure for the panel to show; a failed draft check is no draft', async () => {
    const early = startRequests(5, async () => found(5), fakeSend({}));
    await expect(early.summary).rejects.toThrow('Unknown request kind: page/summary');
    await expect(early.draft).resolves.toBeNull();
  });

  it('hands popup.js the requests popup-early.js left, once, and does not ask again', async () => {
    const calls: Call[] = [];
    const send = fakeSend({ 'page/summary': () => SUMMARY, 'notes/draft-for-tab': () => DRAFT }, calls);
    const win: Record<string, unknown> = { [EARLY_KEY]: sendSummary(null, send), [EARLY_DRAFT_KEY]: sendDraftCheck(null, send) };
    const sent = takeEarly(win);
    const draft = takeEarly<TabDraft>(win, EARLY_DRAFT_KEY);
    expect(takeEarly(win)).toBeNull();
    expect(takeEarly(win, EARLY_DRAFT_KEY)).toBeNull();
    const early = startRequests(null, async () => found(3), send, { summary: sent, draft });
    await expect(early.summary).resolves.toEqual(SUMMARY);
    await expect(early.draft).resolves.toEqual(DRAFT);
    expect(calls.map((c) => c.kind)).toEqual(['page/summary', 'notes/draft-for-tab']);
    expect(takeEarly({ [EARLY_KEY]: 'not a request' })).toBeNull();
  });
});
