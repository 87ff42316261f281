// @vitest-environment happy-dom
// CardHost under the page's top layer: what the page shows after a card opened (card-layer.ts).
import { expect, it, describe, onTestFinished, vi } from 'vitest';

vi.mock('../platform/runtime', () => ({ runtime: { getURL: (path: string) => `https://extension.backstory.test/${path}` } }));
let stashed = 0;
vi.mock('../messaging/send', () => ({ send: vi.fn(() => Promise.resolve({ nonce: `nonce-${++stashed}` })) }));
import type { CardTarget } from '../messaging/contract';
import { CardHost } from './card-host';
import type { Box } from './card-placement';

describe('CardHost under what the page shows later', () => {
  const target: CardTarget = { kind: 'entity', entityId: null, name: 'Smotrich', type: 'person', pageUrl: 'https://example.com/', focus: false };
  const anchor = (): Box => ({ left: 100, top: 100, width: 80, height: 20 });

  it('asks to close the card at the next frame once the page opened a modal dialog, not for a popover of its own', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    onTestFinished(() => {
      controller.abort();
      vi.runAllTimers();
      vi.useRealTimers();
      vi.restoreAllMocks();
      document.body.innerHTML = '';
    });
    const onClose = vi.fn();
    const card = new CardHost({ onPointer: () => {}, onClose, onStep: () => {} }, controller.signal);
    await card.open(target, anchor);
    document.body.innerHTML = '<div id="toast"></div><dialog id="signup"></dialog>';
    const open = { modal: false };
    const query = document.querySelectorAll.bind(document);
    vi.spyOn(document, 'querySelectorAll').mockImplementation(((selector: string) => {
      if (selector === 'dialog:modal') return query(open.modal ? '#signup' : 'none-such');
      return query(selector);
    }) as typeof document.querySelectorAll);
    const shows = (id: string): void => {
      document.getElementById(id)!.dispatchEvent(Object.assign(new Event('beforetoggle'), { newState: 'open' }));
    };
    shows('toast');
    vi.advanceTimersByTime(50);
    expect(onClose).not.toHaveBeenCalled();
    open.modal = true;
    shows('signup');
    expect(onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(onClose).toHaveBeenCalledTimes(1);
    // A page showing its own again on every toggle: one card answers a bounded number of times.
    for (let i = 0; i < 20; i++) {
      shows('signup');
      vi.advanceTimersByTime(50);
    }
    expect(onClose).toHaveBeenCalledTimes(7); // eight answers in all, the toast's the first
    await card.open(target, anchor);
    shows('signup');
    vi.advanceTimersByTime(50);
    expect(onClose).toHaveBeenCalledTimes(8);
  });
});
