// Types for scripts/bench-trace-samples.mjs, imported by its test.
export interface CallFrame { functionName: string; url?: string; lineNumber: number; columnNumber: number }
export interface Sample { ts: number; stack: CallFrame[] }
export interface SampleSums { total: number; gaps: number; byWho: Map<string, number>; byWhat: Map<string, number> }
export const SAMPLES_TRACE: string;
export function threadSamples(traceEvents: readonly object[], pid: number, tid: number): Sample[];
export function sampleInterval(samples: readonly Sample[]): number;
export function samplesBetween(samples: readonly Sample[], from: number, to: number, interval: number): SampleSums;
export function describeSamples(sums: SampleSums, top?: number): string;
