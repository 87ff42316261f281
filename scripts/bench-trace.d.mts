// Types for scripts/bench-trace.mjs, imported by its test.
export interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts?: number; dur?: number; tdur?: number; args?: Record<string, unknown> }
export function pageMainThread(traceEvents: readonly TraceEvent[], path?: string): TraceEvent[] | null;
export function otherThreadsCpu(traceEvents: readonly TraceEvent[], thread: { pid: number; tid: number }, from: number, to: number): number;
