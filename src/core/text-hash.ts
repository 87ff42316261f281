// A short fingerprint of an article's text, to spot the same article saved twice under
// another URL or title. Synchronous on purpose: the store's schema migration computes it
// inside an upgrade transaction, which an await on crypto.subtle would let commit early.
// Not a security hash; two 32-bit FNV-1a lanes with different seeds give 64 bits, plenty
// for telling articles apart in one library.

/** Whitespace collapsed, case folded, Unicode composed: re-wrapped or re-cased copies hash alike. */
export function normaliseText(paragraphs: readonly string[]): string {
  return paragraphs.join(' ').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** 32-bit FNV-1a of one string from `seed` (0x811c9dc5 is the standard offset basis). */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function textHash(paragraphs: readonly string[]): string {
  const text = normaliseText(paragraphs);
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return hex(fnv1a32(text)) + hex(fnv1a32(text, 0x9747b28c));
}
