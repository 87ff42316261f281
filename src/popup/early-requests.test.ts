import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../messaging/contract';
import type { FoundTab } from './current-tab';
import { EARLY_KEY, sendSummary, startRequests, takeEarly } from './early-requests';
import { fakeSend, type Call } from './test-deps';

const SUMMARY = { url: 'https://news.example/a', title: 'A' } as PageSummary;
const found = (id: number | null): FoundTab => ({ tab: { id, url: null, title: null }, openedAsTab: false });

describe('the first panel’s requests', () => {
  it('with ?tab=<id> asks for the summary at once, without waiting for the tab lookup', async () => {
    const calls: Call[] = [];
    const early = startRequests(12, () => new Promise<FoundTab>(() => undefined), fakeSend({ 'page/summary': () => SUMMARY }, calls));
    expect(calls).toEqual([{ kind: 'page/summary', req: { tabId: 12 } }]);
    await expect(early.summary).resolves.toBe(SUMMARY);
  });

  it("without ?tab= asks about the active tab at once, beside the tab lookup", async () => {
    const calls: Call[] = [];
    const early = startRequests(null, () => new Promise<FoundTab>(() => undefined), fakeSend({ 'page/summary': () => SUMMARY }, calls));
    expect(calls).toEqual([{ kind: 'page/summary', req: { tabId: 'active' } }]);
    await expect(early.summary).resolves.toBe(SUMMARY);
  });

  it('has no summary when the background finds no tab', async () => {
    const early = startRequests(null, async () => found(null), fakeSend({ 'page/summary': () => null }));
    await expect(early.summary).resolves.toBeNull();
  });

  it('keeps a failure for the panel to show', async () => {
    const early = startRequests(5, async () => found(5), fakeSend({}));
    await expect(early.summary).rejects.toThrow('Unknown request kind: page/summary');
  });

  it('hands popup.js the summary request popup-early.js left, once, and does not ask again', async () => {
    const calls: Call[] = [];
    const win: Record<string, unknown> = { [EARLY_KEY]: sendSummary(null, fakeSend({ 'page/summary': () => SUMMARY }, calls)) };
    const sent = takeEarly(win);
    expect(takeEarly(win)).toBeNull();
    const early = startRequests(null, async () => found(3), fakeSend({ 'page/summary': () => SUMMARY }, calls), sent);
    await expect(early.summary).resolves.toEqual(SUMMARY);
    expect(calls).toEqual([{ kind: 'page/summary', req: { tabId: 'active' } }]);
    expect(takeEarly({ [EARLY_KEY]: 'not a request' })).toBeNull();
  });
});
