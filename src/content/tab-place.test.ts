// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isCardHost } from './card-element';
import { tabPlaceBefore } from './tab-place';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('tabPlaceBefore', () => {
  it('puts a focusable element of ours right before the term’s node, outside the text', () => {
    document.body.innerHTML = '<p id="p">The mayor of <b>Port Ellis</b> spoke.</p>';
    const term = document.querySelector('b')!.firstChild!;
    const place = tabPlaceBefore(term);
    expect(place?.nextSibling).toBe(term);
    expect(place?.tabIndex).toBe(-1);
    expect(isCardHost(place!)).toBe(true); // the observers pass over it
    place!.focus();
    expect(document.activeElement).toBe(place);
    expect(document.getElementById('p')!.textContent).toBe('The mayor of Port Ellis spoke.');
  });

  it('gives no place for a term no longer on the page', () => {
    const gone = document.createTextNode('Port Ellis');
    expect(tabPlaceBefore(gone)).toBeNull();
    expect(tabPlaceBefore(null)).toBeNull();
    document.body.innerHTML = '<p>x</p>';
    expect(document.body.innerHTML).toBe('<p>x</p>');
  });
});
