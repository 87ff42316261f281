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
});
