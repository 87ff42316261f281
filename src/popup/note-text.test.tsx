// @vitest-environment happy-dom
// A note's text in the list: "Show all" only when the text is cut (its box is shorter than
// the text), tied to the box by aria-controls and aria-expanded; the text stays text.
import { afterEach, describe, expect, it } from 'vitest';
import { NoteText } from './note-text';
import { click, renderWithDeps } from './test-deps';

/** happy-dom lays nothing out: each .note-text says it is `text` px tall in a `box` px box. */
function layout(text: number, box: number): () => void {
  const proto = HTMLElement.prototype;
  const was = { scroll: Object.getOwnPropertyDescriptor(proto, 'scrollHeight'), client: Object.getOwnPropertyDescriptor(proto, 'clientHeight') };
  const open = (el: HTMLElement): boolean => el.classList.contains('open');
  Object.defineProperty(proto, 'scrollHeight', { configurable: true, get(this: HTMLElement) { return this.classList.contains('note-text') ? text : 0; } });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get(this: HTMLElement) { return this.classList.contains('note-text') ? (open(this) ? text : box) : 0; } });
  return () => {
    for (const [key, d] of [['scrollHeight', was.scroll], ['clientHeight', was.client]] as const) {
      if (d) Object.defineProperty(proto, key, d);
      else delete (proto as unknown as Record<string, unknown>)[key];
    }
  };
}

let restore = (): void => undefined;
afterEach(() => {
  restore();
  document.body.innerHTML = '';
});

describe('NoteText', () => {
  it('offers "Show all" for a cut note, opens it and closes it again', async () => {
    restore = layout(400, 110);
    const r = await renderWithDeps(<NoteText text={'<b>long</b> '.repeat(50)} />);
    const text = r.$('.note-text');
    const more = r.$('[data-action="note-more"]');
    expect(text?.innerHTML.startsWith('&lt;b&gt;long&lt;/b&gt;')).toBe(true);
    expect(more?.textContent).toBe('Show all');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    expect(more?.getAttribute('aria-controls')).toBe(text?.id);
    await click(more);
    expect(r.$('.note-text')?.classList.contains('open')).toBe(true);
    expect(r.$('[data-action="note-more"]')?.textContent).toBe('Show less');
    expect(r.$('[data-action="note-more"]')?.getAttribute('aria-expanded')).toBe('true');
    await click(r.$('[data-action="note-more"]'));
    expect(r.$('.note-text')?.classList.contains('open')).toBe(false);
    expect(r.$('[data-action="note-more"]')?.textContent).toBe('Show all');
  });

  it('names the button by the note, as Edit and Delete are', async () => {
    restore = layout(400, 110);
    const r = await renderWithDeps(<NoteText text="Check the toll" piece="Check the toll" />);
    expect(r.$('[data-action="note-more"]')?.getAttribute('aria-label')).toBe('Show all of note “Check the toll”');
    await click(r.$('[data-action="note-more"]'));
    expect(r.$('[data-action="note-more"]')?.getAttribute('aria-label')).toBe('Show less of note “Check the toll”');
  });

  it('has no button for a note that fits', async () => {
    restore = layout(40, 110);
    const r = await renderWithDeps(<NoteText text="A short one." />);
    expect(r.$('.note-text')?.textContent).toBe('A short one.');
    expect(r.$('[data-action="note-more"]')).toBeNull();
  });
});
