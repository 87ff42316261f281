// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shadowRootOf } from './shadow-root';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

/** A host with a closed root, and Chrome's chrome.dom call that reveals it (and logs who asked). */
function chromeWithClosedRoot(tag = 'news-story'): { host: HTMLElement; root: ShadowRoot; asked: string[] } {
  const host = document.createElement(tag);
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const asked: string[] = [];
  vi.stubGlobal('chrome', {
    runtime: {},
    dom: { openOrClosedShadowRoot: (el: HTMLElement) => (asked.push(el.localName), el === host ? root : null) },
  });
  return { host, root, asked };
}

describe('shadowRootOf', () => {
  it('is the open root, or null, outside an extension (unit tests)', () => {
    const open = document.createElement('div');
    const sr = open.attachShadow({ mode: 'open' });
    const closed = document.createElement('div');
    closed.attachShadow({ mode: 'closed' });
    expect(shadowRootOf(open)).toBe(sr);
    expect(shadowRootOf(closed)).toBeNull();
    expect(shadowRootOf(document.createElement('p'))).toBeNull();
  });

  it('reaches a closed root through chrome.dom (Chrome)', () => {
    const { host, root } = chromeWithClosedRoot();
    expect(shadowRootOf(host)).toBe(root);
  });

  it('reaches a closed root through the element’s own property (Firefox’s content scripts)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    Object.defineProperty(host, 'openOrClosedShadowRoot', { value: root });
    const plain = document.createElement('div');
    Object.defineProperty(plain, 'openOrClosedShadowRoot', { value: null });
    expect(shadowRootOf(host)).toBe(root);
    expect(shadowRootOf(plain)).toBeNull();
  });

  it('never gives a browser widget’s own root (Firefox’s property has a <details>’s)', () => {
    const details = document.createElement('details');
    const widget = document.createElement('div').attachShadow({ mode: 'closed' });
    Object.defineProperty(details, 'openOrClosedShadowRoot', { value: widget });
    expect(shadowRootOf(details)).toBeNull();
  });

  it('asks Chrome only about custom elements and empty built-in hosts: the call is dear', () => {
    const { asked } = chromeWithClosedRoot();
    document.body.insertAdjacentHTML('beforeend', '<p>text</p><div><span>x</span></div><a></a><li></li><div> </div><span></span><x-card>light</x-card>');
    for (const el of document.body.querySelectorAll('*')) shadowRootOf(el);
    expect(asked).toEqual(['news-story', 'div', 'span', 'x-card']);
  });

  it('finds a closed root on an empty built-in host (declarative shadow DOM)', () => {
    const { host, root } = chromeWithClosedRoot('section');
    expect(shadowRootOf(host)).toBe(root);
  });

  it('is null when the binding refuses the element', () => {
    vi.stubGlobal('chrome', { runtime: {}, dom: { openOrClosedShadowRoot: () => { throw new TypeError('Error in invocation'); } } });
    expect(shadowRootOf(document.createElement('x-card'))).toBeNull();
  });
});
