import { describe, expect, it } from 'vitest';
import { PagedRows } from './paged-rows';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function source(total: number) {
  const asked: [number, number][] = [];
  const fetchPage = async (offset: number, limit: number) => {
    asked.push([offset, limit]);
    return { total, entries: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i) };
  };
  return { asked, fetchPage };
}

describe('PagedRows', () => {
  it('asks only for the pages in view, once each', async () => {
    const s = source(10_000);
    let changes = 0;
    const rows = new PagedRows(s.fetchPage, () => changes++, () => undefined, 50);
    rows.ensure(0, 49);
    await tick();
    expect(rows.total).toBe(10_000);
    expect(rows.get(49)).toBe(49);
    expect(rows.get(50)).toBeUndefined();
    rows.ensure(40, 120);
    rows.ensure(40, 120);
    await tick();
    expect(s.asked).toEqual([[0, 50], [50, 50], [100, 50]]);
    expect(rows.get(120)).toBe(120);
    expect(changes).toBe(3);
  });

  it('does not ask past the end', async () => {
    const s = source(60);
    const rows = new PagedRows(s.fetchPage, () => undefined, () => undefined, 50);
    rows.ensure(0, 10);
    await tick();
    rows.ensure(0, 500);
    await tick();
    expect(s.asked).toEqual([[0, 50], [50, 50]]);
  });

  it('reports errors and lets a failed page be asked again; says nothing once disposed', async () => {
    const errors: unknown[] = [];
    let fail = true;
    let changes = 0;
    const rows = new PagedRows(async (offset) => {
      if (fail) throw new Error('store closed');
      return { total: 1, entries: [offset] };
    }, () => changes++, (e) => errors.push(e), 50);
    rows.ensure(0, 0);
    await tick();
    expect(errors).toHaveLength(1);
    fail = false;
    rows.dispose();
    rows.ensure(0, 0);
    await tick();
    expect(changes).toBe(0);
  });
});
