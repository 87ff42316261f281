// Loads content-more.js once, on first need (see content-more.ts); a failed load is tried
// again at the next need.
import { runtime } from '../platform/runtime';
import type * as More from './content-more';

export type ContentMore = typeof More;

let loading: Promise<ContentMore> | null = null;

export function loadMore(): Promise<ContentMore> {
  if (!loading) {
    const p = runtime.importModule<ContentMore>('content-more.js');
    loading = p;
    p.catch(() => {
      if (loading === p) loading = null;
    });
  }
  return loading;
}
