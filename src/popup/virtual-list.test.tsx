// @vitest-environment happy-dom
// The list that fills the panel (the Library's, the Notes') tells the stylesheet how tall its rows are,
// so a list of one or two rows is no taller than they are; a fixed-height list keeps its cap.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from './virtual-list';

afterEach(() => {
  render(null, document.body);
});

describe('VirtualList box size', () => {
  it('sets --rows-height from its rows when it fills the panel', () => {
    render(<VirtualList count={1} estimate={58} height={320} fill label="Stored articles" row={() => <p>one</p>} />, document.body);
    const box = document.querySelector<HTMLElement>('.vlist')!;
    expect(box.classList.contains('fill')).toBe(true);
    expect(box.style.getPropertyValue('--rows-height')).toBe('60px');
    expect(box.style.maxHeight).toBe('');
  });

  it('keeps the fixed cap and no row height when it does not fill', () => {
    render(<VirtualList count={1} estimate={58} height={320} label="Notes" row={() => <p>one</p>} />, document.body);
    const box = document.querySelector<HTMLElement>('.vlist')!;
    expect(box.style.maxHeight).toBe('320px');
    expect(box.style.getPropertyValue('--rows-height')).toBe('');
  });
});
