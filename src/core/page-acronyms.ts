// On a page, an organisation's acronym the store does not know is the same entity as the
// longer name it abbreviates on that page: "the International Atomic Energy Agency
// (IAEA) … IAEA inspectors" is one entity, named by the long form, in the card and in the
// popup's list. The knowledge build does the same for stored articles (aliases.ts).

import { ACRONYM, bracketedAfter, initials, initialsForms, lettersContain } from './acronym-match';
import { linkKey } from './alias-key';
import { LAW_HEADS } from './entity-cues';
import { foldAccents } from './fold-accents';
import { NAME_KINDS } from './page-heads';
import type { PageAnnotation } from './types';

type Named = Pick<PageAnnotation, 'kind' | 'entityId' | 'canonical'>;

/** Unlinked acronyms in `found` (page order) take the kind, link and name of the page's one
 *  longer name they abbreviate: written in brackets right after it (then also further on),
 *  or its initials. A person's initials never count ("AP" is not Ana Perez); two names with
 *  the same initials leave the acronym alone. Changes `found` in place. */
export function foldPageAcronyms(found: PageAnnotation[], text: string): void {
  const byInitials = new Map<string, Named | null>(); // null: two different names
  for (const a of found) {
    const name = a.canonical ?? a.text;
    if (!NAME_KINDS.has(a.kind) || !name.includes(' ')) continue;
    // "HHS" for the Department of Health and Human Services, "CDC" for the Centers for
    // Disease Control and Prevention (initialsForms).
    // Accents aside, as the page may write a name and its acronym with and without them
    // ("Česká Národní Banka" … "CNB").
    for (const key of initialsForms(foldAccents(name))) {
      const had = byInitials.get(key);
      if (had === undefined) byInitials.set(key, a);
      else if (had !== null && linkKey(had.canonical ?? '') !== linkKey(a.canonical ?? '')) byInitials.set(key, null);
    }
  }
  // Acronyms the page has spelled out in brackets: later mentions take the same name, also
  // where its letters are no initials ("USAID" after "U.S. Agency for …").
  const spelled = new Map<string, Named>();
  let previous: PageAnnotation | undefined;
  for (const a of found) {
    const short = linkKey(a.text);
    if (a.entityId === null && NAME_KINDS.has(a.kind) && ACRONYM.test(short)) {
      const before = previous;
      // The written name may spell more than its canonical one: "U.S. Agency for
      // International Development (USAID)" is named "Agency for International Development".
      const bracketed =
        before &&
        NAME_KINDS.has(before.kind) &&
        bracketedAfter(text, before.end, a.start) &&
        (lettersContain(foldAccents(before.canonical ?? before.text), short) || lettersContain(foldAccents(before.text), short))
          ? before
          : undefined;
      if (bracketed) spelled.set(short, bracketed);
      const target = bracketed ?? spelled.get(short) ?? byInitials.get(short) ?? undefined;
      if (target) {
        a.kind = target.kind;
        a.entityId = target.entityId;
        a.canonical = target.canonical ?? a.canonical;
      }
    }
    previous = a;
  }
}

// A law's name: capitalised words (with "of", "and", "the", "for" between) ending in a law's
// head word ("Endangered Species Act", "Treaty of Rome" is read by its opener alone).
const LAW_NAME = new RegExp(
  `(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|and|the|for)\\s+)?){1,6}(?:${[...LAW_HEADS].join('|')})(?![\\p{L}])`,
  'gu',
);
const LEADING_THE = /^The\s+/;

/** A stored acronym is what the page makes it when the page never names the stored long
 *  form: "ISS" after "Institutional Shareholder Services" is the adviser, not a stored
 *  "International Space Station" (it takes the page name's kind, link and name); "ESA" after
 *  "Endangered Species Act" is the law's acronym, unmarked like the law. Returns `found`
 *  without the dropped ones; the rest change in place. */
export function yieldStoredAcronyms(found: PageAnnotation[], text: string): PageAnnotation[] {
  const laws: { at: number; key: string }[] = [];
  for (const m of text.matchAll(LAW_NAME)) laws.push({ at: m.index, key: initials(foldAccents(m[0].replace(LEADING_THE, ''))) });
  // Names and acronyms compare accents aside (see foldPageAcronyms); the page's text is
  // folded only when a stored acronym might yield.
  let folded: string | undefined;
  const inText = (name: string): boolean => text.includes(name) || (folded ??= foldAccents(text)).includes(foldAccents(name));
  const out: PageAnnotation[] = [];
  // "the German Solar Association (BSW)" on a page that never names the stored Sahra
  // Wagenknecht Alliance: the page's own bracketed name, there and further on.
  const spelled = new Map<string, PageAnnotation>();
  for (const a of found) {
    const short = linkKey(a.text);
    const stored = a.canonical ?? '';
    const yields = a.entityId !== null && ACRONYM.test(short) && linkKey(stored) !== short && !inText(stored);
    if (!yields) {
      out.push(a);
      continue;
    }
    if (laws.some((l) => l.at < a.start && l.key === short)) continue;
    const before = out[out.length - 1];
    const bracketed =
      before && NAME_KINDS.has(before.kind) && before.kind !== 'person' && before.entityId !== a.entityId && bracketedAfter(text, before.end, a.start)
        ? before
        : undefined;
    if (bracketed) spelled.set(short, bracketed);
    const named =
      bracketed ??
      spelled.get(short) ??
      out.findLast(
        (b) =>
          NAME_KINDS.has(b.kind) &&
          b.kind !== 'person' &&
          b.entityId !== a.entityId &&
          (b.canonical ?? b.text).includes(' ') &&
          initials(foldAccents(b.canonical ?? b.text)) === short,
      );
    if (named) {
      a.kind = named.kind;
      a.entityId = named.entityId;
      a.canonical = named.canonical ?? named.text;
    }
    out.push(a);
  }
  return out;
}
