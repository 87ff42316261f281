// @vitest-environment happy-dom
// The colour pickers' scheme: the page's once its summary says, the system's until then,
// and the reader's own choice over both.
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS, type ColourScheme } from '../core/records';
import { change } from './settings-test-store';
import { KindsSection } from './settings-kinds';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

it('takes the page’s scheme when it arrives after the section is drawn, unless the reader chose one', async () => {
  vi.spyOn(window, 'matchMedia').mockImplementation((q: string) => ({ matches: false, media: q }) as MediaQueryList);
  const root = document.body.appendChild(document.createElement('div'));
  const draw = (pageScheme?: ColourScheme): void => render(<KindsSection settings={DEFAULT_SETTINGS} update={() => undefined} pageScheme={pageScheme} />, root);
  const person = (): string | undefined => root.querySelector<HTMLInputElement>('[data-setting="colour-person"]')?.value;

  draw();
  expect(person()).toBe(DEFAULT_SETTINGS.colours.person);
  draw('dark');
  expect(person()).toBe(DARK_DEFAULT_COLOURS.person);
  await change(root.querySelector('[data-setting="scheme-light"]'), (e) => (e.checked = true));
  expect(person()).toBe(DEFAULT_SETTINGS.colours.person);
  draw('dark');
  expect(person()).toBe(DEFAULT_SETTINGS.colours.person);
  expect(root.querySelector('[data-setting="scheme-dark"]')?.parentElement?.textContent).toContain('(this page)');
});
