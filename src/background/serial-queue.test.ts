import { describe, expect, it } from 'vitest';
import { serialQueue } from './serial-queue';

describe('serialQueue', () => {
  it('starts each piece of work after the one before settled, failed or not', async () => {
    const queued = serialQueue();
    const log: string[] = [];
    const slow = (name: string, fail = false) => async () => {
      log.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      log.push(`${name} end`);
      if (fail) throw new Error(name);
      return name;
    };
    const a = queued(slow('a', true));
    const b = queued(slow('b'));
    await expect(a).rejects.toThrow('a');
    await expect(b).resolves.toBe('b');
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });
});
