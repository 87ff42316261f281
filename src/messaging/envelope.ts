// The wire shape of every request and reply between contexts.
import type { RequestKind, Requests } from './contract';

export interface RequestEnvelope<K extends RequestKind = RequestKind> {
  backstory: 1;
  kind: K;
  req: Requests[K]['req'];
}

export type ReplyEnvelope<K extends RequestKind = RequestKind> =
  | { ok: true; res: Requests[K]['res'] }
  | { ok: false; error: string };

export function isRequestEnvelope(value: unknown): value is RequestEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.backstory === 1 && typeof v.kind === 'string';
}
