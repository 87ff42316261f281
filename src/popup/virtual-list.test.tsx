// @vitest-environment happy-dom
// The list fills the panel (the Library's, the Notes') and tells the stylesheet how tall its
// rows are, so a list of one or two rows is no taller than they are.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from './virtual-list';

afterEach(() => {
  render(null, document.body);
});

describe('VirtualList box size', () => {
  it('sets --rows-height from its rows, and no fixed cap', () => {
    render(<VirtualList count={1} estimate={58} height={320} label="Stored articles" row={() => <p>one</p>} />, document.body);
    const box = document.querySelector<HTMLElement>('.vlist')!;
    expect(box.style.getPropertyValue('--rows-height')).toBe('60px');
    expect(box.style.maxHeight).toBe('');
  });
});
