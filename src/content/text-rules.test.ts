// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { foldedSummary, isBlock, isFolded, isSkipped, isUndefinedCustomElement, touchesText } from './text-rules';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('isSkipped', () => {
  it('skips scripts, form fields, hidden, inert, aria-hidden and editable elements, and the excluded one', () => {
    const body = page('<script></script><textarea></textarea><p hidden></p><p inert></p><p aria-hidden="true"></p><p contenteditable></p><p contenteditable="false"></p><p class="x"></p>');
    const [script, textarea, hidden, inert, ariaHidden, editable, notEditable, plain] = [...body.children];
    for (const el of [script!, textarea!, hidden!, inert!, ariaHidden!, editable!]) expect(isSkipped(el)).toBe(true);
    expect(isSkipped(notEditable!)).toBe(false);
    expect(isSkipped(plain!)).toBe(false);
    expect(isSkipped(plain!, plain)).toBe(true);
  });
});

describe('blocks, folds and custom elements', () => {
  it('knows block elements, a closed <details> and its summary, and custom elements not yet defined', () => {
    const body = page('<details><p>body</p><summary>More</summary></details><details open></details><span></span><x-late></x-late>');
    const [closed, open, span, late] = [...body.children];
    expect(isBlock(closed!)).toBe(true);
    expect(isBlock(span!)).toBe(false);
    expect(isFolded(closed!)).toBe(true);
    expect(isFolded(open!)).toBe(false);
    expect(foldedSummary(closed!)?.textContent).toBe('More');
    expect(foldedSummary(open!)).toBeNull();
    expect(isUndefinedCustomElement(span!)).toBe(false);
    expect(isUndefinedCustomElement(late!)).toBe(true);
  });
});

describe('touchesText', () => {
  /** Whether the mutations `change` makes under a fresh page count as text changes. */
  async function counts(change: (body: HTMLElement) => void): Promise<boolean> {
    const body = page('<p id="p">Gaza</p><script id="s"></script>');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    change(body);
    await new Promise((r) => setTimeout(r, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.length).toBeGreaterThan(0);
    return records.some(touchesText);
  }

  it('leaves out scripts, styles and comments added or removed', async () => {
    expect(await counts((b) => b.append(document.createElement('script'), document.createElement('style'), document.createComment('ad')))).toBe(false);
    expect(await counts((b) => b.querySelector('#s')!.remove())).toBe(false);
    expect(await counts((b) => b.append(Object.assign(document.createElement('div'), { hidden: true })))).toBe(false);
  });

  it('counts text and elements that may hold text, added, removed or edited', async () => {
    expect(await counts((b) => b.append(document.createElement('p')))).toBe(true);
    expect(await counts((b) => b.append('late words'))).toBe(true);
    expect(await counts((b) => b.querySelector('#p')!.remove())).toBe(true);
    expect(await counts((b) => ((b.querySelector('#p')!.firstChild as Text).data = 'Rafah'))).toBe(true);
    expect(await counts((b) => b.append(document.createElement('script'), document.createElement('span')))).toBe(true);
  });
});
