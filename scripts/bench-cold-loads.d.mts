// Types for scripts/bench-cold-loads.mjs, imported by its test.
export interface TaskTimes { ms: number; cpu: number; backstory: number; backstoryCpu: number }
export function blame(task: TaskTimes): { caused: boolean; waiting: boolean };
