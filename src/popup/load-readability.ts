// Readability for "Save this page", loaded when it is used: a second bundle,
// readability.js (entry readability-global.ts), added to the popup with a <script> tag on
// first use (script-global.ts). The popup's other bundles stay without it: most opens never
// save a page.
import type { Readability } from '@mozilla/readability';
import { loadScriptGlobal } from './script-global';

export type ReadabilityClass = typeof Readability;
export const READABILITY_GLOBAL = 'backstoryReadability';
export type ReadabilityHost = { [READABILITY_GLOBAL]?: ReadabilityClass };

/** The Readability class, from readability.js (loaded on first use). */
export function loadReadability(): Promise<ReadabilityClass> {
  return loadReadabilityScript();
}

/** Adds <script src="readability.js"> once and resolves with the class it defines. */
export function loadReadabilityScript(doc: Document = document, src = 'readability.js'): Promise<ReadabilityClass> {
  return loadScriptGlobal<ReadabilityClass>(src, READABILITY_GLOBAL, 'Readability', doc);
}
