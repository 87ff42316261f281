// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lazyPanel } from './lazy-panel';
import { StatusProvider } from './status';
import { renderWithDeps } from './test-deps';

function Hello({ who }: { who: string }): preact.JSX.Element {
  return <p data-hello>Hello {who}</p>;
}

describe('lazyPanel', () => {
  it('shows a busy line until the chunk is in, then the view with its props; loads once', async () => {
    let loads = 0;
    let resolve: (c: typeof Hello) => void = () => undefined;
    const panel = lazyPanel<{ who: string }>(() => {
      loads++;
      return new Promise((r) => (resolve = r));
    });
    const r = await renderWithDeps(<StatusProvider><panel.Panel who="Dana" /></StatusProvider>);
    expect(r.$('[aria-busy="true"]')).not.toBeNull();
    resolve(Hello);
    await r.settle();
    expect(r.$('[data-hello]')?.textContent).toBe('Hello Dana');
    await panel.preload();
    expect(loads).toBe(1);
  });

  it('says so in the status region when the chunk cannot be loaded, and tries again later', async () => {
    let loads = 0;
    const panel = lazyPanel<{ who: string }>(() => (++loads === 1 ? Promise.reject(new Error('gone')) : Promise.resolve(Hello)));
    const r = await renderWithDeps(<StatusProvider><panel.Panel who="Omar" /></StatusProvider>);
    expect(r.$('[data-status]')?.textContent).toContain('Could not load this panel');
    await panel.preload();
    expect(loads).toBe(2);
  });
});
