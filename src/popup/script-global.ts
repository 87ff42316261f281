// Loads one of the popup's later bundles (readability.js, popup-more.js): a classic script
// added with a <script> tag on first use, which leaves what it defines on a global. Classic,
// not an ES module with import(): build.mjs bundles the popup as IIFE, and an ES-module
// popup measured slower to first render (scripts/bench-popup.mjs).

const loading = new Map<string, Promise<unknown>>();

/** What `src` leaves on `doc`'s window under `name`; adds the script once (again after a
 *  failure). `what` names the export in the error when the script defines nothing. */
export function loadScriptGlobal<T>(src: string, name: string, what: string, doc: Document = document): Promise<T> {
  const host = (doc.defaultView ?? globalThis) as unknown as Record<string, T | undefined>;
  const ready = host[name];
  if (ready) return Promise.resolve(ready);
  const pending = loading.get(src);
  if (pending) return pending as Promise<T>;
  const started = new Promise<T>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => {
      const loaded = host[name];
      if (loaded) resolve(loaded);
      else reject(new Error(`${src} loaded but did not define ${what}`));
    };
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    doc.head.append(script);
  }).finally(() => loading.delete(src));
  loading.set(src, started);
  return started;
}
