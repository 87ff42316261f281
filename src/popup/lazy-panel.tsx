// The panels not shown first (Notes, Library, Settings) and what only they use (the virtual
// list, valibot's schemas, the file readers) live in chunks of their own, fetched when the
// panel is first opened or when the popup is idle after "This page" is on screen: popup.js
// then holds only what the first frame needs. build.mjs bundles the popup as ESM with
// code splitting, so each import() below becomes a chunk file.
import { h, type ComponentType, type JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useStatus } from './status';

export interface LazyPanel<P> {
  Panel: (props: P) => JSX.Element;
  /** Starts fetching the chunk (once); resolves when the panel can render at once. */
  preload: () => Promise<ComponentType<P>>;
}

export function lazyPanel<P extends object>(load: () => Promise<ComponentType<P>>): LazyPanel<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (c) => (loaded = c),
      (err: unknown) => {
        loading = null; // a later visit tries again
        throw err;
      },
    );
    return loading;
  };

  function Panel(props: P): JSX.Element {
    const status = useStatus();
    const [view, setView] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (view) return;
      preload()
        .then((c) => setView(() => c))
        .catch((err: unknown) => status.fail(err, 'Could not load this panel'));
    }, [view, status]);
    return view ? h(view, props) : <p class="muted" aria-busy="true">Loading…</p>;
  }
  return { Panel, preload };
}

export const notesPanel = lazyPanel(() => import('./notes-view').then((m) => m.NotesView));
export const libraryPanel = lazyPanel(() => import('./library-view').then((m) => m.LibraryView));
export const settingsPanel = lazyPanel(() => import('./settings-view').then((m) => m.SettingsView));

/** Fetches the other panels once the browser is idle, so a tab switch does not wait. */
export function preloadPanels(): void {
  const all = (): void => {
    for (const p of [notesPanel, libraryPanel, settingsPanel]) void p.preload().catch(() => undefined);
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(all, { timeout: 1000 });
  else setTimeout(all, 200);
}
