// Readability for "Save this page", loaded when it is used. build.mjs bundles IIFE, which
// has no code splitting (esbuild inlines a dynamic import()), so the second bundle is a
// classic script, readability.js (entry readability-global.ts), added to the popup with a
// <script> tag on first use.
// popup.js stays without it: the popup opens faster, and most opens never save a page.
import type { Readability } from '@mozilla/readability';

export type ReadabilityClass = typeof Readability;
export const READABILITY_GLOBAL = 'backstoryReadability';
export type ReadabilityHost = { [READABILITY_GLOBAL]?: ReadabilityClass };

/** The Readability class, from readability.js (loaded on first use). */
export function loadReadability(): Promise<ReadabilityClass> {
  return loadReadabilityScript();
}

let loading: Promise<ReadabilityClass> | null = null;

/** Adds <script src="readability.js"> once and resolves with the class it defines. */
export function loadReadabilityScript(doc: Document = document, src = 'readability.js'): Promise<ReadabilityClass> {
  const host = (doc.defaultView ?? globalThis) as ReadabilityHost;
  const ready = host[READABILITY_GLOBAL];
  if (ready) return Promise.resolve(ready);
  loading ??= new Promise<ReadabilityClass>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => {
      const loaded = host[READABILITY_GLOBAL];
      if (loaded) resolve(loaded);
      else reject(new Error(`${src} loaded but did not define Readability`));
    };
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    doc.head.append(script);
  }).finally(() => {
    loading = null;
  });
  return loading;
}
