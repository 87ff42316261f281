// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG, isCardHost, makeHost } from './card-element';
import { attachHost, inTopLayer, restack, topLayerOf, watchTopLayer } from './card-layer';

// The test DOM has no top layer: an element is "in" it when it carries data-top (the
// browser's :modal / :popover-open / :fullscreen), and popovers are stubbed.
function fakeTopLayer(): void {
  const real = Element.prototype.matches;
  vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
    if ([':modal', ':popover-open', ':fullscreen'].includes(selector)) return this.hasAttribute('data-top');
    return real.call(this, selector);
  });
  // The document's queries: data-top="modal" is an open modal dialog, any other a popover.
  const query = document.querySelectorAll.bind(document);
  vi.spyOn(document, 'querySelectorAll').mockImplementation(((selector: string) => {
    if (selector === 'dialog:modal') return query('dialog[data-top="modal"]');
    if (selector === ':popover-open') return query('[data-top]:not([data-top="modal"])');
    if (selector === ':fullscreen') return query('[data-fullscreen]');
    return query(selector);
  }) as typeof document.querySelectorAll);
}

/** An open shadow root on a new <x-widget> holding `html`, its :popover-open query faked
 *  as fakeTopLayer() fakes the document's. */
function pageRoot(html: string): ShadowRoot {
  const root = document.body.appendChild(document.createElement('x-widget')).attachShadow({ mode: 'open' });
  root.innerHTML = html;
  const query = root.querySelectorAll.bind(root);
  vi.spyOn(root, 'querySelectorAll').mockImplementation(((selector: string) =>
    query(selector === ':popover-open' ? '[data-top]' : selector === ':fullscreen' ? '[data-fullscreen]' : selector)) as typeof root.querySelectorAll);
  return root;
}

/** A card host of ours (made, so registered, as CardHost makes it). */
function ourHost(): HTMLElement {
  return makeHost().host;
}

/** A card host whose showPopover records the popover state it was shown in. */
function stubHost(): { host: HTMLElement; shown: string[] } {
  const host = ourHost();
  const shown: string[] = [];
  host.showPopover = vi.fn(() => {
    shown.push(host.getAttribute('popover') ?? '');
  });
  return { host, shown };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  for (const el of [...document.documentElement.children]) if (el.localName === CARD_TAG) el.remove();
});

describe('topLayerOf', () => {
  it('finds the innermost top-layer element holding a node, across shadow roots', () => {
    fakeTopLayer();
    document.body.innerHTML = '<dialog data-top><div data-top id="inner"><p>Smotrich</p></div><x-box></x-box></dialog><p id="out">Gaza</p>';
    const inner = document.getElementById('inner')!;
    expect(topLayerOf(inner.querySelector('p')!.firstChild!)).toBe(inner);
    const box = document.querySelector('x-box')!;
    box.attachShadow({ mode: 'open' }).innerHTML = '<p>Witkoff</p>';
    expect(topLayerOf(box.shadowRoot!.querySelector('p')!.firstChild!)).toBe(document.querySelector('dialog'));
    expect(topLayerOf(document.getElementById('out')!.firstChild!)).toBeNull();
  });

  it('takes a selector the engine does not parse as no top layer', () => {
    vi.spyOn(Element.prototype, 'matches').mockImplementation(() => {
      throw new SyntaxError('unknown pseudo-class');
    });
    expect(inTopLayer(document.body)).toBe(false);
  });
});

describe('attachHost', () => {
  it('puts the host on <html> for a term outside the top layer', () => {
    fakeTopLayer();
    document.body.innerHTML = '<p>Gaza</p>';
    const host = ourHost();
    attachHost(host, document.querySelector('p')!.firstChild);
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.hasAttribute('popover')).toBe(false);
  });

  it('puts it inside the term’s top-layer element and shows it there as a manual popover', () => {
    fakeTopLayer();
    document.body.innerHTML = '<dialog data-top><p>Smotrich</p></dialog>';
    const { host, shown } = stubHost();
    attachHost(host, document.querySelector('p')!.firstChild);
    expect(host.parentNode).toBe(document.querySelector('dialog'));
    expect(shown).toEqual(['manual']);
  });

  it('shows it on <html> as a manual popover while the page shows a popover of its own', () => {
    fakeTopLayer();
    document.body.innerHTML = '<p>Gaza</p><div data-top id="toast">Live</div>';
    const { host, shown } = stubHost();
    attachHost(host, document.querySelector('p')!.firstChild);
    expect(host.parentNode).toBe(document.documentElement);
    expect(shown).toEqual(['manual']);
  });

  it('does not for a shown card host of ours, nor while a modal dialog is open', () => {
    fakeTopLayer();
    document.body.innerHTML = '<p>Gaza</p>';
    const leaving = ourHost();
    leaving.setAttribute('data-top', '');
    document.documentElement.appendChild(leaving);
    const first = stubHost();
    attachHost(first.host, document.querySelector('p')!.firstChild);
    expect(first.shown).toEqual([]);
    expect(first.host.hasAttribute('popover')).toBe(false);
    // A toast shown, but a modal dialog open: a popover outside the dialog would be inert.
    document.body.insertAdjacentHTML('beforeend', '<div data-top>Live</div><dialog data-top="modal"><p>Smotrich</p></dialog>');
    const second = stubHost();
    attachHost(second.host, document.querySelector('p')!.firstChild);
    expect(second.host.parentNode).toBe(document.documentElement);
    expect(second.shown).toEqual([]);
  });

  it('shows it as a manual popover while the page shows a popover in a shadow root read', () => {
    fakeTopLayer();
    document.body.innerHTML = '<p>Gaza</p>';
    const root = pageRoot('<div data-top>Live</div>');
    const { host, shown } = stubHost();
    attachHost(host, document.querySelector('p')!.firstChild, () => [root]);
    expect(host.parentNode).toBe(document.documentElement);
    expect(shown).toEqual(['manual']);
  });

  it('counts a page’s own <backstory-card> in the top layer as the page’s overlay, not a card host', () => {
    fakeTopLayer();
    document.body.innerHTML = `<p>Gaza</p><${CARD_TAG} data-top id="look-alike">Live</${CARD_TAG}>`;
    const { host, shown } = stubHost();
    attachHost(host, document.querySelector('p')!.firstChild);
    expect(host.parentNode).toBe(document.documentElement);
    expect(shown).toEqual(['manual']);
  });
});

describe('restack', () => {
  /** A host whose popover calls are logged, shown (data-top) and hidden as the browser would. */
  function loggedHost(): { host: HTMLElement; calls: string[] } {
    const host = ourHost();
    const calls: string[] = [];
    host.showPopover = vi.fn(() => {
      calls.push(`show ${host.getAttribute('popover') ?? ''}`);
      host.setAttribute('data-top', '');
    });
    host.hidePopover = vi.fn(() => {
      calls.push('hide');
      host.removeAttribute('data-top');
    });
    return { host, calls };
  }

  it('shows a card host that is a popover again, last, over what the page showed since', () => {
    fakeTopLayer();
    document.body.innerHTML = '<div data-top id="lightbox"><p>Witkoff</p></div>';
    const { host, calls } = loggedHost();
    host.popover = 'manual';
    host.setAttribute('data-top', '');
    document.getElementById('lightbox')!.appendChild(host);
    expect(restack(host)).toBe(true);
    expect(calls).toEqual(['hide', 'show manual']);
  });

  it('makes a host on <html> a manual popover once the page shows one of its own, and leaves it else', () => {
    fakeTopLayer();
    document.body.innerHTML = '<p>Gaza</p>';
    const { host, calls } = loggedHost();
    document.documentElement.appendChild(host);
    expect(restack(host)).toBe(true);
    expect(calls).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<div data-top id="toast">Live</div>');
    expect(restack(host)).toBe(true);
    expect(calls).toEqual(['show manual']);
  });

  it('goes over a page’s own <backstory-card> shown after it: the page’s, not ours', () => {
    fakeTopLayer();
    document.body.innerHTML = '<p>Gaza</p>';
    const { host, calls } = loggedHost();
    document.documentElement.appendChild(host);
    document.body.insertAdjacentHTML('beforeend', `<${CARD_TAG} data-top id="look-alike">Live</${CARD_TAG}>`);
    expect(restack(host)).toBe(true);
    expect(calls).toEqual(['show manual']);
  });

  it('answers false, doing nothing, while a modal dialog not holding the host is open', () => {
    fakeTopLayer();
    document.body.innerHTML = '<div data-top id="toast">Live</div><dialog data-top="modal" id="signup"><p>Sign up</p></dialog>';
    const outside = loggedHost();
    document.documentElement.appendChild(outside.host);
    expect(restack(outside.host)).toBe(false);
    expect(outside.calls).toEqual([]);
    const inside = loggedHost();
    inside.host.popover = 'manual';
    inside.host.setAttribute('data-top', '');
    document.getElementById('signup')!.appendChild(inside.host);
    expect(restack(inside.host)).toBe(true);
    expect(inside.calls).toEqual(['hide', 'show manual']);
  });
});

describe('watchTopLayer', () => {
  function toggle(target: Element, newState: 'open' | 'closed'): void {
    target.dispatchEvent(Object.assign(new Event('beforetoggle'), { newState }));
  }

  it('tells once, at the next frame, that the page showed a popover, a dialog or a fullscreen element', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    document.body.innerHTML = '<div id="toast"></div><dialog></dialog>';
    const own = ourHost();
    document.body.appendChild(own);
    const changed = vi.fn();
    const ctl = new AbortController();
    watchTopLayer((el) => el instanceof Node && isCardHost(el), changed, ctl.signal);
    toggle(document.getElementById('toast')!, 'open');
    toggle(document.querySelector('dialog')!, 'open');
    expect(changed).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(changed).toHaveBeenCalledTimes(1);
    // Our own host's toggles, and the page's elements leaving the top layer, are no news.
    toggle(own, 'open');
    toggle(document.getElementById('toast')!, 'closed');
    expect(frames).toHaveLength(0);
    document.body.dispatchEvent(new Event('fullscreenchange', { bubbles: true }));
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(changed).toHaveBeenCalledTimes(2);
    ctl.abort();
    toggle(document.getElementById('toast')!, 'open');
    expect(frames).toHaveLength(0);
    vi.unstubAllGlobals();
  });

  it('hears a popover shown in a shadow root read, once told of the root (beforetoggle stays in its root)', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const roots: ShadowRoot[] = [];
    const ctl = new AbortController();
    const hearRoots = watchTopLayer(() => false, vi.fn(), ctl.signal, () => roots);
    const root = pageRoot('<div id="chat"></div>');
    toggle(root.getElementById('chat')!, 'open');
    expect(frames).toHaveLength(0);
    roots.push(root);
    hearRoots();
    hearRoots(); // a root is listened to once
    toggle(root.getElementById('chat')!, 'open');
    expect(frames).toHaveLength(1);
    ctl.abort();
    vi.unstubAllGlobals();
  });

  it('tells of a root read that already shows a popover (shown as its component was added, before anyone listened)', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const roots: ShadowRoot[] = [];
    const changed = vi.fn();
    const ctl = new AbortController();
    const hearRoots = watchTopLayer((el) => el instanceof Node && isCardHost(el), changed, ctl.signal, () => roots);
    // A root whose only shown element is a card host of ours (inside the page's lightbox): no news.
    const lightbox = pageRoot('<div id="lightbox"></div>');
    const own = ourHost();
    own.setAttribute('data-top', '');
    lightbox.getElementById('lightbox')!.appendChild(own);
    roots.push(lightbox, pageRoot('<div id="quiet"></div>'));
    hearRoots();
    expect(frames).toHaveLength(0);
    roots.push(pageRoot('<div id="toast" data-top></div>'));
    hearRoots();
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(changed).toHaveBeenCalledTimes(1);
    // Once: a root already heard is not looked at again.
    hearRoots();
    expect(frames).toHaveLength(0);
    ctl.abort();
    vi.unstubAllGlobals();
  });
});
