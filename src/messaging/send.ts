// Send a typed request to the background and unwrap its reply. Errors from the background
// come back as rejected promises with the background's message.
import { runtime } from '../platform/runtime';
import type { RequestKind, Requests } from './contract';
import type { ReplyEnvelope, RequestEnvelope } from './envelope';

export async function send<K extends RequestKind>(kind: K, req: Requests[K]['req']): Promise<Requests[K]['res']> {
  const envelope: RequestEnvelope<K> = { backstory: 1, kind, req };
  const reply = (await runtime.sendMessage(envelope)) as ReplyEnvelope<K> | undefined;
  if (!reply) throw new Error(`No answer from the background to ${kind}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.res;
}
