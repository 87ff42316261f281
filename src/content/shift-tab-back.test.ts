// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { armShiftTabBack } from './shift-tab-back';

afterEach(() => {
  (document.activeElement as HTMLElement | null)?.blur();
  document.body.innerHTML = '';
});

/** A key the reader pressed (trusted, as a page's synthetic one is not); whether the
 *  browser's own move was prevented. */
function press(key: string, init: KeyboardEventInit = {}, trusted = true): boolean {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  (document.activeElement ?? document.body).dispatchEvent(e);
  return e.defaultPrevented;
}

const hasFocus = (el: HTMLElement): boolean => document.activeElement === el;

function arm(): HTMLAnchorElement {
  document.body.innerHTML = '<a id="earlier" href="#earlier">earlier</a> <a id="place" href="#place">place</a> <p>Port Ellis</p> <button id="other">other</button>';
  const place = document.getElementById('place') as HTMLAnchorElement;
  armShiftTabBack([place], hasFocus);
  return place;
}

describe('armShiftTabBack', () => {
  it('gives the place the focus on Shift+Tab, Shift going down first, in place of the browser’s move', () => {
    const place = arm();
    expect(press('Shift', { shiftKey: true })).toBe(false);
    expect(press('Tab', { shiftKey: true })).toBe(true);
    expect(document.activeElement).toBe(place);
  });

  it('serves one Shift+Tab only', () => {
    const place = arm();
    press('Tab', { shiftKey: true });
    place.blur();
    expect(press('Tab', { shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  it('leaves Tab, another key, a pointer press or a focus to the browser, and is gone after them', () => {
    for (const first of [() => press('Tab'), () => press('j'), () => window.dispatchEvent(new Event('pointerdown')), () => document.getElementById('other')!.focus()]) {
      arm();
      (document.activeElement as HTMLElement | null)?.blur();
      first();
      (document.activeElement as HTMLElement | null)?.blur();
      expect(press('Tab', { shiftKey: true })).toBe(false);
      expect(document.activeElement).toBe(document.body);
    }
  });

  it('ignores a page’s synthetic Shift+Tab and Ctrl+Shift+Tab', () => {
    arm();
    expect(press('Tab', { shiftKey: true }, false)).toBe(false);
    arm();
    expect(press('Tab', { shiftKey: true, ctrlKey: true })).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });

  it('tries the fields between the term and the place first, nearest first, past one that is disabled', () => {
    document.body.innerHTML = '<a id="place" href="#place">place</a> <input id="search"> <input id="off" disabled> <p>Port Ellis</p>';
    const [place, search, off] = ['place', 'search', 'off'].map((id) => document.getElementById(id) as HTMLElement);
    armShiftTabBack([off!, search!, place!], hasFocus);
    expect(press('Tab', { shiftKey: true })).toBe(true);
    expect(document.activeElement).toBe(search);
  });
});
