import { describe, expect, it } from 'vitest';
import { blame, describeColdTasks } from './bench-cold-loads.mjs';

describe('blame', () => {
  it('counts a task long only with our script, by wall time or by the thread’s CPU', () => {
    // 40 ms of the page and 30 of ours, the thread running all of it.
    expect(blame({ ms: 70, cpu: 70, backstory: 30, backstoryCpu: 30 })).toEqual({ caused: true, waiting: false });
    // A busy machine: the page's part stretched to 130 ms wall for 44 of CPU, ours 12 of CPU.
    expect(blame({ ms: 190, cpu: 56, backstory: 60, backstoryCpu: 12 })).toEqual({ caused: true, waiting: false });
  });

  it('counts apart, as waiting, a task long in wall time only', () => {
    expect(blame({ ms: 97, cpu: 6.9, backstory: 96.8, backstoryCpu: 6.4 })).toEqual({ caused: true, waiting: true });
  });

  it('leaves to the page a task long without our script, or with none of it', () => {
    expect(blame({ ms: 300, cpu: 120, backstory: 10, backstoryCpu: 5 })).toEqual({ caused: false, waiting: false });
    expect(blame({ ms: 263, cpu: 78, backstory: 0, backstoryCpu: 0 })).toEqual({ caused: false, waiting: false });
  });
});

describe('describeColdTasks', () => {
  it('gives the thread’s CPU of a task with our script in ms, as its wall time', () => {
    const task = { ms: 97, cpu: 6.9, backstory: 96.8, backstoryCpu: 6.4, mostly: 'EvaluateScript', caused: true, waiting: true, ran: 'EvaluateScript 96.8/6.4', sampled: 'samples: boot 5.1 ms', others: 18.3 };
    expect(describeColdTasks([[task]]).details).toEqual(['97 ms, the thread ran 6.9 ms: ours (wall/CPU ms) EvaluateScript 96.8/6.4; samples: boot 5.1 ms; other traced threads 18.3 ms CPU meanwhile']);
  });
});
