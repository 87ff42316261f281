// The card-target stash: what a hover card is about, kept under a random nonce so it never
// passes through the page (the content script stashes it, the card asks for it by nonce).
// In storage.session rather than a variable: an MV3 worker can stop between the two.
//
// Every hover card needs a write here, so the stash keeps to its own small budget (its
// oldest targets go first) and, when the area is full all the same, page reports make room
// for it (session-room.ts).
import type { CardTarget } from '../messaging/contract';
import { randomNonce } from '../messaging/nonce';
import { ext } from '../platform/background-api';
import { serialQueue } from './serial-queue';
import { storedSize, withRoom } from './session-room';

/** A card asks for its target within a second; ten minutes is generous. */
const STASH_TTL_MS = 10 * 60_000;
const STASH_KEY = 'card-stash';
/** The whole stash; the page reports keep clear of it (REPORTS_BYTES). */
export const STASH_BYTES = 1024 * 1024;
/** One target: a name, or a figure with its sentence and the one before (each about 1 KB). */
export const TARGET_BYTES = 16 * 1024;

interface Stashed {
  target: CardTarget;
  at: number;
}

async function readStash(): Promise<Record<string, Stashed>> {
  const got = await ext.storage.session.get(STASH_KEY);
  return (got[STASH_KEY] as Record<string, Stashed> | undefined) ?? {};
}

/** The stash's last read-modify-write: each waits for the one before, or two stashed at
 *  once (a card loading for a hovered term, then the next term's) could both read the same
 *  stash and the later write drop the other's target ("This card has expired"). */
const stashing = serialQueue();

export function stashTarget(target: CardTarget, now = Date.now(), tabId?: number): Promise<string> {
  const size = JSON.stringify(target ?? null).length;
  if (size > TARGET_BYTES) return Promise.reject(new Error(`card/stash: a target of at most ${TARGET_BYTES} characters`));
  return stashing(async () => {
    const stash = await readStash();
    for (const [nonce, entry] of Object.entries(stash)) if (now - entry.at > STASH_TTL_MS) delete stash[nonce];
    const nonce = randomNonce();
    stash[nonce] = { target, at: now };
    let bytes = storedSize(STASH_KEY, stash);
    for (const [old, entry] of Object.entries(stash).sort(([, a], [, b]) => a.at - b.at)) {
      if (bytes <= STASH_BYTES || old === nonce) break;
      delete stash[old];
      bytes -= storedSize(old, entry) + 2;
    }
    await withRoom('the card stash', () => ext.storage.session.set({ [STASH_KEY]: stash }), bytes, tabId);
    return nonce;
  });
}

export async function takeTarget(nonce: string, now = Date.now()): Promise<CardTarget | null> {
  const entry = (await readStash())[nonce];
  if (!entry || now - entry.at > STASH_TTL_MS) return null;
  // Not deleted on read: a card reloads (dark-mode switch, zoom) and asks again.
  return entry.target;
}
