import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../messaging/contract';
import type { FoundTab } from './current-tab';
import { startRequests } from './early-requests';
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

  it('without ?tab= asks about the tab the lookup found, once it has', async () => {
    const calls: Call[] = [];
    let answer: (t: FoundTab) => void = () => undefined;
    const early = startRequests(null, () => new Promise<FoundTab>((r) => (answer = r)), fakeSend({ 'page/summary': () => SUMMARY }, calls));
    expect(calls).toEqual([]);
    answer(found(31));
    await expect(early.summary).resolves.toBe(SUMMARY);
    expect(calls).toEqual([{ kind: 'page/summary', req: { tabId: 31 } }]);
  });

  it('has no summary and asks nothing when no tab is found', async () => {
    const calls: Call[] = [];
    const early = startRequests(null, async () => found(null), fakeSend({}, calls));
    await expect(early.summary).resolves.toBeNull();
    expect(calls).toEqual([]);
  });

  it('keeps a failure for the panel to show', async () => {
    const early = startRequests(5, async () => found(5), fakeSend({}));
    await expect(early.summary).rejects.toThrow('Unknown request kind: page/summary');
  });
});
