import { describe, expect, it } from 'vitest';
import { onePerRow } from './one-per-row';

/** A task that ends when `finish` is called, counting its starts. */
function gated(): { task: () => Promise<void>; finish: () => void; starts: () => number } {
  let starts = 0;
  let finish = (): void => undefined;
  const task = (): Promise<void> => {
    starts++;
    return new Promise<void>((resolve) => (finish = resolve));
  };
  return { task, finish: () => finish(), starts: () => starts };
}

describe('onePerRow', () => {
  it("ignores a row's second request while its first is out", async () => {
    const guard = onePerRow();
    const t = gated();
    const first = guard('a', t.task);
    const second = guard('a', t.task);
    expect(t.starts()).toBe(1);
    await second;
    t.finish();
    await first;
  });

  it('lets the row ask again once its request is done', async () => {
    const guard = onePerRow();
    const t = gated();
    const first = guard('a', t.task);
    t.finish();
    await first;
    const second = guard('a', t.task);
    expect(t.starts()).toBe(2);
    t.finish();
    await second;
  });

  it('lets other rows ask meanwhile', async () => {
    const guard = onePerRow();
    const a = gated();
    const b = gated();
    const first = guard('a', a.task);
    const other = guard('b', b.task);
    expect(b.starts()).toBe(1);
    a.finish();
    b.finish();
    await Promise.all([first, other]);
  });

  it('frees the row when its request fails, and passes the failure on', async () => {
    const guard = onePerRow();
    await expect(guard('a', () => Promise.reject(new Error('no answer')))).rejects.toThrow('no answer');
    let ran = false;
    await guard('a', async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
