// The wire shape of every request and reply between contexts. The popup's requests to a tab
// (tab-contract.ts) travel in the same shape under their own mark, so a content script tells
// them from the runtime's requests it may also hear.
import type { RequestKind, Requests } from './contract';

export interface RequestEnvelope<K extends RequestKind = RequestKind> {
  backstory: 1;
  kind: K;
  req: Requests[K]['req'];
}

/** A reply: the answer, or why there is none. */
export type Reply<Res> = { ok: true; res: Res } | { ok: false; error: string };

export type ReplyEnvelope<K extends RequestKind = RequestKind> = Reply<Requests[K]['res']>;

/** Whether `value` is an envelope under `mark` (its mark set to 1, its kind a string). */
export function isMarkedEnvelope(value: unknown, mark: 'backstory' | 'backstoryTab'): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v[mark] === 1 && typeof v.kind === 'string';
}

export function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  return isMarkedEnvelope(value, 'backstory');
}
