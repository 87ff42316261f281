// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECKS_MS, LateHosts } from './late-hosts';

describe('LateHosts', () => {
  let stop: AbortController;
  let found: ReturnType<typeof vi.fn<(host: Element) => void>>;
  let hosts: LateHosts;

  beforeEach(() => {
    vi.useFakeTimers();
    stop = new AbortController();
    found = vi.fn<(host: Element) => void>();
    hosts = new LateHosts(stop.signal, found);
  });
  afterEach(() => {
    stop.abort();
    document.body.innerHTML = '';
    vi.useRealTimers();
  });

  const element = (name: string): Element => document.body.appendChild(document.createElement(name));

  it('hands on an element at the first look after it gained a shadow root, once', async () => {
    const el = element('story-late-one');
    hosts.note([el]);
    await vi.advanceTimersByTimeAsync(CHECKS_MS[0]!);
    expect(found).not.toHaveBeenCalled();
    el.attachShadow({ mode: 'open' });
    await vi.advanceTimersByTimeAsync(CHECKS_MS[1]! - CHECKS_MS[0]!);
    expect(found).toHaveBeenCalledWith(el);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(found).toHaveBeenCalledTimes(1);
    expect(hosts.size).toBe(0);
  });

  it('hands on one whose root is closed, where the extension reaches closed roots', async () => {
    const el = element('story-late-closed');
    hosts.note([el]);
    const root = el.attachShadow({ mode: 'closed' });
    vi.stubGlobal('chrome', { runtime: {}, dom: { openOrClosedShadowRoot: (e: Element) => (e === el ? root : null) } });
    try {
      await vi.advanceTimersByTimeAsync(CHECKS_MS[0]!);
      expect(found).toHaveBeenCalledWith(el);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('looks in time while a page keeps adding elements more often than the first look', async () => {
    const early = element('story-early');
    hosts.note([early]);
    early.attachShadow({ mode: 'open' });
    for (let i = 0; i < 20 && found.mock.calls.length === 0; i++) {
      await vi.advanceTimersByTimeAsync(300);
      hosts.note([element(`story-slot-${i}`)]);
    }
    expect(found).toHaveBeenCalledWith(early);
  });

  it('forgets elements that left the page, and gives up after the last look', async () => {
    const gone = element('story-gone');
    const never = element('story-never');
    hosts.note([gone, never]);
    gone.remove();
    await vi.advanceTimersByTimeAsync(CHECKS_MS[0]!);
    expect(hosts.size).toBe(1);
    await vi.advanceTimersByTimeAsync(CHECKS_MS[CHECKS_MS.length - 1]!);
    expect(hosts.size).toBe(0);
    never.attachShadow({ mode: 'open' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(found).not.toHaveBeenCalled();
  });

  it('starts the looks over for elements noted later, and stops when the run ends', async () => {
    const first = element('story-first');
    hosts.note([first]);
    await vi.advanceTimersByTimeAsync(CHECKS_MS[CHECKS_MS.length - 1]! - 100);
    const second = element('story-second');
    hosts.note([second]);
    second.attachShadow({ mode: 'open' });
    await vi.advanceTimersByTimeAsync(CHECKS_MS[0]!);
    expect(found).toHaveBeenCalledWith(second);
    stop.abort();
    first.attachShadow({ mode: 'open' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(found).toHaveBeenCalledTimes(1);
  });
});
