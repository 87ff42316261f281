// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { makeHost } from './card-element';
import { focusPlaceBefore, keepTabPlace } from './tab-place';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  (document.activeElement as HTMLElement | null)?.blur();
  document.body.innerHTML = '';
});

/** The page's elements that had the focus, in order, and lost it. */
function focusLog(): string[] {
  const log: string[] = [];
  document.addEventListener('focusin', (e) => log.push(`in:${(e.target as Element).id}`));
  document.addEventListener('focusout', (e) => log.push(`out:${(e.target as Element).id}`));
  return log;
}

const page = `<p><a id="top" href="#top">top</a></p>
  <p id="before">A link <a id="near" href="#near">near</a>, <span id="quiet">no link</span>, a frame <iframe id="frame"></iframe>
  and a closed one <button id="off" disabled>off</button>.</p>
  <p id="term">The mayor of Port Ellis spoke.</p>
  <p><a id="after" href="#after">after</a></p>`;
const termText = (): Text => document.getElementById('term')!.firstChild as Text;

describe('keepTabPlace', () => {
  it('gives the focus to the last link before the term and takes it back, when nothing has it', () => {
    document.body.innerHTML = page;
    const markup = document.documentElement.outerHTML;
    const log = focusLog();
    keepTabPlace(termText());
    expect(log).toEqual(['in:near', 'out:near']);
    expect(document.activeElement).toBe(document.body);
    expect(document.documentElement.outerHTML).toBe(markup); // nothing added, no attribute changed
  });

  it('has the reader’s next Shift+Tab land on that link, which the browser’s own would skip', () => {
    document.body.innerHTML = page;
    keepTabPlace(termText());
    const shiftTab = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    Object.defineProperty(shiftTab, 'isTrusted', { value: true }); // the reader's key
    document.body.dispatchEvent(shiftTab);
    expect(shiftTab.defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe('near');
  });

  it('has Shift+Tab land on a field between that link and the term, which the place passes over', () => {
    document.body.innerHTML = '<p><a id="near" href="#near">near</a> <input id="search"> <input type="hidden" id="token"></p><p id="term">The mayor of Port Ellis spoke.</p>';
    const log = focusLog();
    keepTabPlace(termText());
    expect(log).toEqual(['in:near', 'out:near']);
    const shiftTab = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    Object.defineProperty(shiftTab, 'isTrusted', { value: true });
    document.body.dispatchEvent(shiftTab);
    expect(document.activeElement?.id).toBe('search');
  });

  it('never moves the reader’s own selection, nor makes one', () => {
    document.body.innerHTML = page;
    keepTabPlace(termText());
    expect(document.getSelection()!.rangeCount).toBe(0);
    const words = document.getElementById('quiet')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(words, 0, words, 7);
    keepTabPlace(termText());
    expect(document.getSelection()!.anchorNode).toBe(words);
    expect(document.getSelection()!.toString()).toBe('no link');
  });

  it('leaves the focus where it is when the page has one (a field the reader is in)', () => {
    document.body.innerHTML = `${page}<input id="field">`;
    const field = document.getElementById('field') as HTMLInputElement;
    field.focus();
    const log = focusLog();
    keepTabPlace(termText());
    expect(document.activeElement).toBe(field);
    expect(log).toEqual([]);
  });

  it('goes on when the focus is still on a card’s host', () => {
    document.body.innerHTML = page;
    const { host } = makeHost();
    host.tabIndex = -1;
    document.documentElement.appendChild(host);
    host.focus();
    const log = focusLog();
    keepTabPlace(termText());
    expect(log).toContain('in:near');
    expect(document.activeElement).toBe(document.body);
    host.remove();
  });

  it('does nothing for a term no longer on the page', () => {
    document.body.innerHTML = page;
    const log = focusLog();
    keepTabPlace(document.createTextNode('Port Ellis'));
    keepTabPlace(null);
    expect(log).toEqual([]);
  });
});

describe('focusPlaceBefore', () => {
  it('gives the focus to the last link before the term, past a frame and a disabled control, and takes it back', () => {
    document.body.innerHTML = page;
    const log = focusLog();
    expect(focusPlaceBefore(termText())?.id).toBe('near');
    expect(log).toEqual(['in:near', 'out:near']);
    expect(document.activeElement).toBe(document.body);
  });

  it('counts a link the term is in', () => {
    document.body.innerHTML = '<p><a id="top" href="#top">top</a> and <a id="in" href="#in">Port Ellis</a> <a id="after" href="#after">after</a></p>';
    const log = focusLog();
    expect(focusPlaceBefore(document.getElementById('in')!.firstChild!)?.id).toBe('in');
    expect(log).toEqual(['in:in', 'out:in']);
  });

  it('passes over a field before the term (a search box that shows suggestions on focus)', () => {
    document.body.innerHTML = `<p><a id="top" href="#top">top</a> <input id="search"> <textarea id="box"></textarea> <select id="pick"></select></p>
      <p id="term">The mayor of Port Ellis spoke.</p>`;
    const log = focusLog();
    expect(focusPlaceBefore(termText())?.id).toBe('top');
    expect(log).toEqual(['in:top', 'out:top']);
  });

  it('finds none before the page’s first link, and gives the focus to nothing', () => {
    document.body.innerHTML = '<p id="term">The mayor of Port Ellis spoke.</p><p><a id="after" href="#after">after</a></p>';
    const log = focusLog();
    expect(focusPlaceBefore(termText())).toBeNull();
    expect(log).toEqual([]);
  });

  it('finds a link in an open shadow root before the term, and one in the term’s own root', () => {
    document.body.innerHTML = '<p><a id="top" href="#top">top</a></p><share-bar id="bar"></share-bar><p id="term">The mayor of Port Ellis spoke.</p>';
    const root = document.getElementById('bar')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<nav><a id="share" href="#share">Share</a> <span>and more</span></nav>';
    const share = root.getElementById('share');
    expect(focusPlaceBefore(termText())).toBe(share);
    expect(document.activeElement).toBe(document.body);
    expect(root.activeElement).toBeNull();
    root.innerHTML = '<a id="inside" href="#inside">inside</a><p id="shadow-term">Port Ellis</p>';
    expect(focusPlaceBefore(root.getElementById('shadow-term')!.firstChild!)?.id).toBe('inside');
  });
});
