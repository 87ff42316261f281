// Types for scripts/bench-cold-loads.mjs, imported by its test.
export interface TaskTimes { ms: number; cpu: number; backstory: number; backstoryCpu: number }
export function blame(task: TaskTimes): { caused: boolean; waiting: boolean };
export interface ColdTask extends TaskTimes { mostly: string; caused: boolean; waiting: boolean; ran?: string; sampled?: string; others?: number }
export function describeColdTasks(loads: ColdTask[][]): { text: string; details: string[]; caused: number; waiting: number; mostBackstory: number };
