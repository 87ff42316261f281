// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG, cardFrame, focusedElement, removeCardHost, showLoaded } from './card-element';

/** A host of a card frame of `src`, and the frame (the test opens the closed root on the way). */
function makeCardHost(src: string, pageDark: boolean): { host: HTMLElement; frame: HTMLIFrameElement } {
  let root: ShadowRoot | null = null;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    return (root = attach.call(this, init));
  });
  const { host } = cardFrame(src, pageDark);
  spy.mockRestore();
  return { host, frame: (root as ShadowRoot | null)!.querySelector('iframe')! };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const el of [...document.documentElement.children]) if (el.localName === CARD_TAG) el.remove();
});

describe('cardFrame', () => {
  it('makes a fixed host, loading out of sight, whose frame the page cannot reach', () => {
    const { host, frame } = makeCardHost('https://extension.backstory.test/card.html#n', true);
    expect(host.localName).toBe(CARD_TAG);
    expect(host.isConnected).toBe(false);
    expect(host.shadowRoot).toBeNull(); // closed
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(host.style.getPropertyValue('opacity')).toBe('0');
    expect(host.inert).toBe(true);
    expect(frame.src).toBe('https://extension.backstory.test/card.html#n');
    expect(frame.style.getPropertyValue('color-scheme')).toBe('dark');
    showLoaded(host);
    expect(host.style.getPropertyValue('opacity')).toBe('');
    expect(host.inert).toBe(false);
  });
});

describe('removeCardHost', () => {
  it('removes a host that does not hold the focus at once', () => {
    const { host } = makeCardHost('https://extension.backstory.test/card.html', false);
    document.documentElement.appendChild(host);
    removeCardHost(host);
    expect(host.isConnected).toBe(false);
  });

  it('hides a host holding the focus, gives the focus back, and removes it once the key event is over', () => {
    vi.useFakeTimers();
    const { host } = makeCardHost('https://extension.backstory.test/card.html', false);
    document.documentElement.appendChild(host);
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {});
    removeCardHost(host);
    expect(host.style.getPropertyValue('visibility')).toBe('hidden');
    expect(focus).toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
    vi.advanceTimersByTime(100);
    expect(host.isConnected).toBe(false);
  });

  it('gives the focus back to where it was before the card took it, without scrolling, if that is still on the page', () => {
    vi.useFakeTimers();
    const { host } = makeCardHost('https://extension.backstory.test/card.html', false);
    document.documentElement.appendChild(host);
    const link = document.createElement('a');
    link.href = '#x';
    document.body.appendChild(link);
    const gone = document.createElement('button');
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    vi.spyOn(window, 'focus').mockImplementation(() => {});
    const linkFocus = vi.spyOn(link, 'focus');
    const goneFocus = vi.spyOn(gone, 'focus');
    removeCardHost(host, link);
    expect(linkFocus).toHaveBeenCalledWith({ preventScroll: true });
    removeCardHost(host, gone);
    expect(goneFocus).not.toHaveBeenCalled();
    link.remove();
  });
});

describe('focusedElement', () => {
  it('finds the focused element inside an open shadow root, and none for the body', () => {
    expect(focusedElement()).toBeNull();
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    root.appendChild(button);
    document.body.appendChild(outer);
    button.focus();
    expect(focusedElement()).toBe(button);
    outer.remove();
  });
});
