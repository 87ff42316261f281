// notes/draft-get, notes/draft-keep and notes/draft-for-tab: the popup's note in the
// making, per page, kept in storage.session (core/note-drafts.ts says what is kept and for
// how long). Only the extension's own pages may ask (page-senders.ts lets no web page's
// content script). A page's draft is kept under its address without the fragment: the
// same article reached by a link to one of its sections is the same page to its reader.
import { draftOf, isNoteEditorDraft, readDrafts, withDraft, type KeptDrafts, type NoteEditorDraft } from '../core/note-drafts';
import type { Handlers } from '../messaging/handle';
import { ext } from '../platform/background-api';
import { serialQueue } from './serial-queue';
import { storedSize, withRoom } from './session-room';
import { tabPage } from './tab-address';

const DRAFTS_KEY = 'note-drafts';

async function stored(): Promise<ReturnType<typeof readDrafts>> {
  return readDrafts((await ext.storage.session.get(DRAFTS_KEY))[DRAFTS_KEY]);
}

function pageUrlOf(req: unknown): string {
  const url = (req as { pageUrl?: unknown } | null)?.pageUrl;
  if (typeof url !== 'string' || url === '') throw new Error('A note draft is kept on a page: pageUrl is missing');
  return url;
}

/** The key `pageUrl`'s draft is kept under: the address without its fragment ('#' comes
 *  unescaped only before the fragment). */
export function draftKey(pageUrl: string): string {
  const hash = pageUrl.indexOf('#');
  return hash === -1 ? pageUrl : pageUrl.slice(0, hash);
}

/** The page's kept drafts: under its key, and any kept under the full address before drafts
 *  were keyed so (storage.session may hold them until the browser closes). */
function pageEntries(drafts: KeptDrafts, pageUrl: string): string[] {
  const key = draftKey(pageUrl);
  return Object.keys(drafts).filter((url) => draftKey(url) === key);
}

/** The page's draft, the last kept of its entries. */
function pageDraft(drafts: KeptDrafts, pageUrl: string): NoteEditorDraft | null {
  const latest = pageEntries(drafts, pageUrl).sort((a, b) => drafts[b]!.at - drafts[a]!.at)[0];
  return latest === undefined ? null : draftOf(drafts, latest);
}

/** Read-modify-writes of the drafts wait for each other: a keep as the popup closes and a
 *  keep just before it must not both read the same drafts. */
const drafting = serialQueue();

/** `pageOf`: the address of the page a tab shows (tab-address.ts). */
export function createDraftHandlers(
  now: () => number = Date.now,
  pageOf: (tabId: number | 'active') => Promise<string | null> = tabPage,
): Pick<Handlers, 'notes/draft-get' | 'notes/draft-keep' | 'notes/draft-for-tab'> {
  return {
    'notes/draft-get': async (req) => pageDraft(await stored(), pageUrlOf(req)),
    'notes/draft-for-tab': async (req) => {
      const tabId = (req as { tabId?: unknown } | null)?.tabId;
      if (tabId !== 'active' && !Number.isInteger(tabId)) throw new Error('notes/draft-for-tab: tabId: expected a tab id');
      const drafts = await stored();
      // Most popups open with no draft kept anywhere: then the tab is not even looked up.
      if (Object.keys(drafts).length === 0) return null;
      const pageUrl = await pageOf(tabId as number | 'active');
      const draft = pageUrl === null ? null : pageDraft(drafts, pageUrl);
      return pageUrl !== null && draft !== null ? { pageUrl, draft } : null;
    },
    'notes/draft-keep': (req) => {
      const pageUrl = pageUrlOf(req);
      const draft = (req as { draft?: unknown }).draft;
      if (draft !== null && !isNoteEditorDraft(draft)) return Promise.reject(new Error('notes/draft-keep: a draft is { target, text } or null'));
      return drafting(async () => {
        const kept = await stored();
        // One draft per page: those under its full address (kept before) go with the new one.
        for (const url of pageEntries(kept, pageUrl)) delete kept[url];
        const drafts = withDraft(kept, draftKey(pageUrl), draft, now());
        await withRoom('the note drafts', () => ext.storage.session.set({ [DRAFTS_KEY]: drafts }), storedSize(DRAFTS_KEY, drafts));
        return null;
      });
    },
  };
}

export const draftHandlers = createDraftHandlers();
