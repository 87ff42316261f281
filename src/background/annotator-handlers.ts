// Requests of the page side: the compact matcher, the page report for the popup, and the
// card-target stash that keeps what a card is about out of the page.
//
// Both the stash and the reports live in storage.session (memory-backed, gone when the
// browser closes) rather than in variables: an MV3 worker can stop between the content
// script stashing a target and the card asking for it.
import type { CardTarget, PageReport } from '../messaging/contract';
import type { Handlers } from '../messaging/handle';
import { ext } from '../platform/browser';
import { currentKnowledge } from './knowledge-source';

/** A card asks for its target within a second; ten minutes is generous. */
const STASH_TTL_MS = 10 * 60_000;
const STASH_KEY = 'card-stash';
/** The report kept for the popup holds at most this many annotations. */
const MAX_REPORTED = 2000;

interface Stashed {
  target: CardTarget;
  at: number;
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function readStash(): Promise<Record<string, Stashed>> {
  const got = await ext.storage.session.get(STASH_KEY);
  return (got[STASH_KEY] as Record<string, Stashed> | undefined) ?? {};
}

export async function stashTarget(target: CardTarget, now = Date.now()): Promise<string> {
  const stash = await readStash();
  for (const [nonce, entry] of Object.entries(stash)) if (now - entry.at > STASH_TTL_MS) delete stash[nonce];
  const nonce = randomNonce();
  stash[nonce] = { target, at: now };
  await ext.storage.session.set({ [STASH_KEY]: stash });
  return nonce;
}

export async function takeTarget(nonce: string, now = Date.now()): Promise<CardTarget | null> {
  const entry = (await readStash())[nonce];
  if (!entry || now - entry.at > STASH_TTL_MS) return null;
  // Not deleted on read: a card reloads (dark-mode switch, zoom) and asks again.
  return entry.target;
}

export function reportKey(tabId: number): string {
  return `page-report:${tabId}`;
}

async function keepReport(report: PageReport, tabId: number | undefined): Promise<null> {
  if (tabId === undefined) return null;
  const trimmed: PageReport = { ...report, annotations: report.annotations.slice(0, MAX_REPORTED) };
  await ext.storage.session.set({ [reportKey(tabId)]: trimmed });
  return null;
}

export const annotatorHandlers: Partial<Handlers> = {
  'matcher/get': async () => (await currentKnowledge()).matcher,
  'page/report': (req, sender) => keepReport(req, sender.tabId),
  'card/stash': async (req) => ({ nonce: await stashTarget(req) }),
  'card/target': (req) => takeTarget(req.nonce),
};
