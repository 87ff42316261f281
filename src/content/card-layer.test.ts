// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { attachHost, inTopLayer, topLayerOf } from './card-layer';

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

/** A card host whose showPopover records the popover state it was shown in. */
function stubHost(): { host: HTMLElement; shown: string[] } {
  const host = document.createElement('backstory-card');
  const shown: string[] = [];
  host.showPopover = vi.fn(() => {
    shown.push(host.getAttribute('popover') ?? '');
  });
  return { host, shown };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  for (const el of [...document.documentElement.children]) if (el.localName === 'backstory-card') el.remove();
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
    const host = document.createElement('backstory-card');
    attachHost(host, document.querySelector('p')!.firstChild);
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.hasAttribute('popover')).toBe(false);
  });

  it('puts it inside the term’s top-layer element and shows it there as a manual popover', () => {
    fakeTopLayer();
    document.body.innerHTML = '<dialog data-top><p>Smotrich</p></dialog>';
    const host = document.createElement('backstory-card');
    const shown: string[] = [];
    host.showPopover = vi.fn(() => {
      shown.push(host.getAttribute('popover') ?? '');
    });
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
    const leaving = document.createElement('backstory-card');
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
});
