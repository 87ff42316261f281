// Runs the matcher over a page's text in chunks and hands each chunk's annotations on in
// order. The matcher is the background's (page/annotate): the page's thread only sends text
// and draws ranges, with a few chunks in flight so the background never waits on the page.
// A local, synchronous matcher (unit tests) works through as many chunks as fit in a few
// milliseconds, then yields, so no task comes near the 50 ms long-task line either way.
import type { PageAnnotation, Span } from '../core/types';
import type { AnnotationBatch } from '../messaging/packed-annotations';
import { SEPARATOR } from './text-map';

/** One chunk's annotations: the background's packed answer, or a local matcher's list. */
export type ChunkAnnotations = AnnotationBatch | readonly PageAnnotation[];

/** Matches one chunk; offsets in the result are absolute (chunk start + local offset). */
export type MatchChunk = (chunk: string, base: number) => ChunkAnnotations | Promise<ChunkAnnotations>;

export interface ChunkOptions<T = ChunkAnnotations> {
  /** The first chunk's answer, already in hand (it came with the topic gate's). */
  first?: T;
  /** Target chunk length in characters. */
  chunkSize?: number;
  /** Target length of the first chunk, when it should differ. */
  firstChunkSize?: number;
  /** Milliseconds of work before yielding. */
  budgetMs?: number;
  /** Called after every slice (tests count them). */
  onYield?: () => void;
  /** Chunks asked for before the first answer is used (an async matcher only). */
  inFlight?: number;
}

const DEFAULT_CHUNK = 4000;
/** Chunk sizes and chunks in flight when the background matches: the first chunk (the top
 *  of the page, highlighted soon; the topic gate reads it), then messages of ~25k
 *  characters. Not larger: in Chromium a message's cost per character jumps somewhere
 *  between ~45k and ~100k characters (measured in a content script: 1–40 ns a character
 *  below, up to 200+ above), and on the 50k-word page 25k chunks took the page's script
 *  time from a median of 18.2 to 15.5 ms (21 interleaved loads each; 21.0 → 15.3 in 25
 *  more). Three in flight keep the background busy between answers. */
export const REMOTE = { firstChunkSize: 40_000, chunkSize: 25_000, inFlight: 3 } as const;

/** How much of a page to read before the topic gate: the first chunk is cut within 1.5× its
 *  size, so a text read this far gives the same first chunk as the whole text would. */
export const GATE_READ = Math.floor(REMOTE.firstChunkSize * 1.5) + 1;

/** The first chunk the background is sent (with the topic gate's request). */
export function firstChunk(text: string): string {
  const [first] = chunkSpans(text, REMOTE.chunkSize, REMOTE.firstChunkSize);
  return first ? text.slice(first.start, first.end) : '';
}
const DEFAULT_BUDGET_MS = 8;

/** Where to cut `text` near `target` without splitting a term: the last block separator
 *  before it, else the last sentence end, else the last space (each no further back than
 *  half the way from `from`); past `target` only in a run with no space, and a hard cut at
 *  `limit` only in an unbroken run of letters. */
function cutNear(text: string, from: number, target: number, limit: number): number {
  if (target >= text.length) return text.length;
  const lo = Math.max(from + 1, target - (target - from) / 2);
  const sep = text.lastIndexOf(SEPARATOR, target);
  if (sep >= lo) return sep + 1;
  for (let i = target; i >= lo; i--) {
    const c = text.charCodeAt(i);
    // ". " / "? " / "! " followed by a space: cut after the space.
    if ((c === 46 || c === 63 || c === 33) && text.charCodeAt(i + 1) === 32) return i + 2;
  }
  const space = text.lastIndexOf(' ', target);
  if (space >= lo) return space + 1;
  const ahead = text.indexOf(' ', target);
  return ahead >= 0 && ahead < limit ? ahead + 1 : Math.min(text.length, limit);
}

/** Chunk spans covering `text` in order, each at most ~1.5 × size long (the first sized by
 *  `firstSize`). */
export function chunkSpans(text: string, size = DEFAULT_CHUNK, firstSize = size): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const want = start === 0 ? firstSize : size;
    // A rest that fits in this chunk's slack goes with it, rather than as a tiny last message.
    const target = text.length - start <= want * 1.5 ? text.length : start + want;
    const end = cutNear(text, start, target, Math.min(text.length - 1, start + Math.floor(want * 1.5)));
    spans.push({ start, end });
    start = end;
  }
  return spans;
}

interface PageScheduler {
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
}

/** Give the thread back to the page: a background-priority task where the scheduler API
 *  exists, else a message-channel turn (no 4 ms timer clamp). Not `scheduler.yield()`: its
 *  continuations jump the queue ahead of the page's own tasks (timers, messages, network
 *  callbacks), so a long run of slices starved the page for seconds on a 1 M-word page. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PageScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Match `text` chunk by chunk and hand each chunk's annotations to `onChunk` (which builds
 * the ranges, inside the same time budget). Resolves when done; stops quietly on abort.
 */
export async function annotateInChunks<T = ChunkAnnotations>(
  text: string,
  match: (chunk: string, base: number) => T | Promise<T>,
  onChunk: (annotations: T) => void,
  signal: AbortSignal,
  options: ChunkOptions<T> = {},
): Promise<void> {
  const spans = chunkSpans(text, options.chunkSize ?? DEFAULT_CHUNK, options.firstChunkSize ?? options.chunkSize ?? DEFAULT_CHUNK);
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const inFlight = Math.max(1, options.inFlight ?? 1);
  const pending: (T | Promise<T>)[] = [];
  let next = 0;
  if (options.first !== undefined && spans.length > 0) {
    pending.push(options.first);
    next = 1;
  }
  const ask = (): void => {
    while (next < spans.length && pending.length < inFlight) {
      const span = spans[next++]!;
      const found = match(text.slice(span.start, span.end), span.start);
      // Answers still in flight after an abort or a failure are dropped without a warning.
      if (found instanceof Promise) found.catch(() => undefined);
      pending.push(found);
    }
  };
  let sliceStart = performance.now();
  ask();
  while (pending.length > 0) {
    if (signal.aborted) return;
    const head = pending.shift()!;
    let found: T;
    if (head instanceof Promise) {
      found = await head; // waiting on the background gives the page its thread back
      sliceStart = performance.now();
    } else {
      found = head;
    }
    if (signal.aborted) return;
    onChunk(found);
    ask();
    if (performance.now() - sliceStart >= budget) {
      options.onYield?.();
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
