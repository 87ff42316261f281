// Loads content-more.js once, on first need (see content-more.ts); a failed load is tried
// again at the next need. Where the import is refused (Firefox before 153, in a sandboxed
// document), the background injects the module's classic copy into this frame instead
// (content-more-classic.ts), which leaves its exports under MORE_HANDOFF.
import { send } from '../messaging/send';
import { importModule } from '../platform/runtime';
import type * as More from './content-more';
import { MORE_HANDOFF } from './more-handoff';

export type ContentMore = typeof More;

let loading: Promise<ContentMore> | null = null;

export function loadMore(): Promise<ContentMore> {
  if (!loading) {
    const p = importModule<ContentMore>('content-more.js').catch((refused: unknown) => injected().catch(() => Promise.reject(refused)));
    loading = p;
    p.catch(() => {
      if (loading === p) loading = null;
    });
  }
  return loading;
}

/** The classic copy's exports, taken from the global it left them in. */
async function injected(): Promise<ContentMore> {
  await send('page/inject-more', {});
  const g = globalThis as Record<string, unknown>;
  const more = g[MORE_HANDOFF] as ContentMore | undefined;
  delete g[MORE_HANDOFF];
  if (!more) throw new Error('content-more-classic.js left no exports');
  return more;
}
