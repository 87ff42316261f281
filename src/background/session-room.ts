// Room in storage.session, which holds 10 MB (QUOTA_BYTES, Chrome and Firefox alike) for
// every tab's page report and the card stash. Reports are kept only when a tab closes or
// navigates, so with many long tabs open they would fill the area, and then no hover card
// could open in any tab (the stash is written on every hover). So the reports together stay
// within REPORTS_BYTES, the least recently updated tab's going first, which leaves the stash
// its own room; and a write the area refuses all the same (its sizes are counted a little
// differently) lets older reports go and is tried once more.
//
// Which tabs have a report, oldest first, with their sizes, is kept beside them (INDEX_KEY),
// so letting one go needs no read of the reports. Writes of it wait for each other.
import { reportKey } from '../messaging/stored-report';
import { ext } from '../platform/background-api';
import { serialQueue } from './serial-queue';

/** All tabs' reports together: about 30 long pages, with 2 MB left for the stash. */
export const REPORTS_BYTES = 8 * 1024 * 1024;
const INDEX_KEY = 'page-report-index';

/** [tabId, stored size], least recently updated first. */
type ReportIndex = [number, number][];

/** How much storage.session counts for one item, near enough: its key and its JSON. */
export function storedSize(key: string, value: unknown): number {
  return key.length + JSON.stringify(value).length;
}

const queued = serialQueue();

async function readIndex(): Promise<ReportIndex> {
  const got = (await ext.storage.session.get(INDEX_KEY))[INDEX_KEY];
  return Array.isArray(got) ? (got as ReportIndex) : [];
}

/** Drop the oldest reports (not `keepTab`'s) until `free` bytes are let go or none is left;
 *  returns the index without them. */
async function letGo(index: ReportIndex, free: number, keepTab?: number): Promise<ReportIndex> {
  const gone = new Set<number>();
  let freed = 0;
  for (const [tabId, bytes] of index) {
    if (freed >= free) break;
    if (tabId === keepTab) continue;
    gone.add(tabId);
    freed += bytes;
  }
  if (gone.size > 0) await ext.storage.session.remove([...gone].map(reportKey));
  return index.filter(([tabId]) => !gone.has(tabId));
}

/** Keep `stored` as tab `tabId`'s report, letting the least recently updated tabs' go to stay
 *  within REPORTS_BYTES (or when the area refuses it). Throws when it is refused twice. */
export function putReport(tabId: number, stored: string): Promise<void> {
  return queued(async () => {
    const key = reportKey(tabId);
    const size = storedSize(key, stored);
    let index = (await readIndex()).filter(([t]) => t !== tabId);
    const held = index.reduce((n, [, bytes]) => n + bytes, 0);
    index = await letGo(index, held + size - REPORTS_BYTES);
    const write = () => ext.storage.session.set({ [key]: stored, [INDEX_KEY]: [...index, [tabId, size]] });
    try {
      await write();
    } catch {
      index = await letGo(index, size);
      await write().catch((err: unknown) => refused(`the page report of tab ${tabId}`, err));
    }
  });
}

/** Forget tab `tabId`'s report. */
export function dropReport(tabId: number): Promise<void> {
  return queued(async () => {
    const index = await readIndex();
    await ext.storage.session.remove(reportKey(tabId));
    if (index.some(([t]) => t === tabId)) await ext.storage.session.set({ [INDEX_KEY]: index.filter(([t]) => t !== tabId) });
  });
}

/** Run `write` (of `what`, about `size` bytes, not a report); when the area refuses it, let
 *  the oldest reports (not `keepTab`'s) go and run it once more. */
export async function withRoom<T>(what: string, write: () => Promise<T>, size: number, keepTab?: number): Promise<T> {
  try {
    return await write();
  } catch {
    await queued(async () => {
      const index = await readIndex();
      const left = await letGo(index, size, keepTab);
      if (left.length !== index.length) await ext.storage.session.set({ [INDEX_KEY]: left });
    });
    return write().catch((err: unknown) => refused(what, err));
  }
}

function refused(what: string, err: unknown): never {
  console.warn(`Backstory: storage.session refused ${what} after older page reports were let go`, err);
  throw err instanceof Error ? err : new Error(String(err));
}
