// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageWith } from '../../tests/support/styled-page';
import { pageIsDark } from './page-darkness';

afterEach(() => {
  document.head.innerHTML = '';
  vi.restoreAllMocks();
});

/** A page whose reading points (a third, half and two thirds down the viewport) hit the
 *  elements `ids` name, in that order. */
function hitting(doc: Document, ids: string[]): void {
  const spy = vi.spyOn(doc, 'elementFromPoint');
  for (const id of ids) spy.mockReturnValueOnce(doc.getElementById(id));
}

describe('pageIsDark', () => {
  it('reads the body background', () => {
    expect(pageIsDark(pageWith('body { background-color: rgb(18, 18, 18); color: rgb(220, 220, 220) }'), window, false)).toBe(true);
    expect(pageIsDark(pageWith('body { background-color: rgb(250, 250, 250); color: rgb(26, 26, 26) }'), window, true)).toBe(false);
  });

  it('reads the root background when the body paints none', () => {
    expect(pageIsDark(pageWith('html { background-color: rgb(15, 23, 42) }'), window, false)).toBe(true);
  });

  it('paints the body over the root, and translucent colours over what is under them', () => {
    expect(pageIsDark(pageWith('html { background-color: rgb(0, 0, 0) } body { background-color: rgb(255, 255, 255) }'), window, false)).toBe(false);
    // A faint grey over a black root is still dark; over the white canvas it is light.
    expect(pageIsDark(pageWith('html { background-color: rgb(0, 0, 0) } body { background-color: rgba(128, 128, 128, 0.2) }'), window, false)).toBe(true);
    expect(pageIsDark(pageWith('body { background-color: rgba(0, 0, 0, 0.2) }'), window, false)).toBe(false);
  });

  it('falls back to the canvas its color-scheme gives when nothing is painted', () => {
    expect(pageIsDark(pageWith('html { color-scheme: dark }'), window, false)).toBe(true);
    expect(pageIsDark(pageWith('html { color-scheme: light dark }'), window, false)).toBe(false);
    expect(pageIsDark(pageWith('html { color-scheme: light dark }'), window, true)).toBe(true);
    // A dark canvas under a light body background: the body decides.
    expect(pageIsDark(pageWith('html { color-scheme: dark } body { background-color: rgb(255, 255, 255) }'), window, false)).toBe(false);
  });

  it('takes light text on transparent backgrounds for a dark page painted deeper in', () => {
    expect(pageIsDark(pageWith('body { color: rgb(230, 230, 230) }'), window, false)).toBe(true);
    expect(pageIsDark(pageWith('body { color: rgb(20, 20, 20) }'), window, false)).toBe(false);
    expect(pageIsDark(pageWith('body { background-color: rgba(0, 0, 0, 0) }'), window, false)).toBe(false);
  });

  it('reads the background a wrapper paints under the text, not just the body’s', () => {
    const doc = pageWith('#app { background-color: rgb(17, 17, 17); color: rgb(230, 230, 230) }');
    doc.body.innerHTML = '<div id="app"><p id="a">Smotrich spoke.</p><p id="b">Hamas said.</p><p id="c">Gaza.</p></div>';
    hitting(doc, ['a', 'b', 'c']);
    expect(pageIsDark(doc, window, false)).toBe(true);
  });

  it('goes by most of the reading points, so one light box on a dark page does not decide', () => {
    const doc = pageWith('#app { background-color: rgb(17, 17, 17) } #ad { background-color: rgb(255, 255, 255) }');
    doc.body.innerHTML = '<div id="app"><p id="a">Smotrich spoke.</p><aside id="ad">Buy now</aside><p id="c">Gaza.</p></div>';
    hitting(doc, ['a', 'ad', 'c']);
    expect(pageIsDark(doc, window, false)).toBe(true);
    hitting(doc, ['ad', 'ad', 'c']);
    expect(pageIsDark(doc, window, false)).toBe(false);
  });

  it('hit-tests the third point only when the first two disagree', () => {
    const doc = pageWith('#app { background-color: rgb(17, 17, 17) } #ad { background-color: rgb(255, 255, 255) }');
    doc.body.innerHTML = '<div id="app"><p id="a">Smotrich spoke.</p><aside id="ad">Buy now</aside><p id="c">Gaza.</p></div>';
    const hits = vi.spyOn(doc, 'elementFromPoint');
    hitting(doc, ['a', 'c', 'ad']);
    expect(pageIsDark(doc, window, false)).toBe(true);
    expect(hits).toHaveBeenCalledTimes(2);
    hits.mockClear();
    hitting(doc, ['a', 'ad', 'ad']);
    expect(pageIsDark(doc, window, false)).toBe(false);
    expect(hits).toHaveBeenCalledTimes(3);
  });

  it('falls back to the root and the body where nothing is hit (a frame with no size yet)', () => {
    const doc = pageWith('body { background-color: rgb(18, 18, 18) } #light { background-color: rgb(255, 255, 255) }');
    vi.spyOn(doc, 'elementFromPoint').mockReturnValue(null);
    expect(pageIsDark(doc, window, false)).toBe(true);
  });

  it('leaves colours it cannot read out rather than guess', () => {
    expect(pageIsDark(pageWith('body { background-color: oklch(0.2 0 0); color: rgb(20, 20, 20) }'), window, false)).toBe(false);
  });
});
