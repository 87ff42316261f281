// Which discovered names are the same entity: a surname and the full name, an acronym and
// its expansion, an organisation's clipped name ("Fed" → "Federal Reserve"), spelling
// variants of a country, a generic head after its full name ("the Strip" → "Gaza Strip"),
// and case, accent or possessive variants ("Erdoğan" and "Erdogan" are one person).

import { ACRONYM, isClippedWordsOf, lettersContain } from './acronym-match';
import { shortFormRightAfter } from './acronym-or-apposition';
import { CLIP_MIN, isClipOf, isInitialsOf, isLastWordOf, isWordAndInitialsOf } from './alias-pairs';
import { aliasKey, linkKey } from './alias-key';
import { airportAlone, isShortenedPlaceOf } from './aliases-places';
import { namedShortForms } from './alias-short-forms';
import { isOwnWordsOf } from './alias-owned-names';
import { isFirstWordOf } from './alias-surname-first';
import { riverAlone, spelledOut, withoutOwnerCountry, withoutOwnerPlace, withoutWhose } from './alias-shortened-names';
import { dedicationAlone, dedicationOf } from './name-streets';
import { ORG_HEADS } from './entity-cues';
import type { Lexicon } from './name-lexicon';
import { foldAccents } from './fold-accents';
import { weighType, type Weighed } from './stored-types';
import type { EntityMention, EntityType } from './types';

export { aliasKey } from './alias-key';

export interface AliasGroup {
  canonical: string;
  type: EntityType;
  aliases: string[];
}

// Heads whose bare first word names the same place: "Gaza" = "Gaza Strip". Other heads do
// not ("Jordan" ≠ "Jordan Valley", "Gaza City" is one city of the Gaza Strip).
const SAME_AS_FIRST_WORD = new Set(['Strip', 'Peninsula']);

interface Form extends Weighed {
  name: string;
  /** As first written, with any country prefix the name leaves out ("U.S. Agency for …"). */
  text: string;
  count: number;
  start: number;
  end: number;
  /** How often each written form (aliasKey) of it was used, in the order first seen. */
  spellings: Map<string, number>;
}

/** Forms differing only by case, accents or possessive are one form. */
const formKey = (name: string): string => linkKey(name).toLowerCase();

/** The form's name: the first spelling, unless the same name with other accents was written
 *  more often ("Erdoğan" ×5 over a first "Erdogan"). Case variants keep the first, as before. */
function mostUsedSpelling(form: Form): string {
  const first = foldAccents(form.name);
  let best = form.name;
  let bestCount = form.spellings.get(best) ?? 0;
  for (const [spelling, count] of form.spellings) {
    if (count > bestCount && foldAccents(spelling) === first) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/** Groups the mentions' names into entities; canonical is the fullest form. `afterOr` holds
 *  the starts of short forms written after ", or " (acronym-or-apposition.ts). */
export function groupAliases(mentions: EntityMention[], lexicon: Lexicon, afterOr: ReadonlySet<number> = new Set()): AliasGroup[] {
  const variants = lexicon.variants;
  // Case, accent and possessive variants share a form: "HAMAS"/"Hamas", "Israel's"/"Israel",
  // "Sánchez"/"Sanchez".
  const forms = new Map<string, Form>();
  for (const m of mentions) {
    const key = aliasKey(m.canonical);
    const folded = formKey(key);
    const form = forms.get(folded);
    if (form) {
      weighType(form, m);
      form.count++;
      form.spellings.set(key, (form.spellings.get(key) ?? 0) + 1);
    } else forms.set(folded, { name: key, text: m.text, type: m.type, evidence: m.evidence, count: 1, start: m.start, end: m.end, spellings: new Map([[key, 1]]) });
  }
  for (const form of forms.values()) if (form.spellings.size > 1) form.name = mostUsedSpelling(form);
  const parent = new Map<string, string>(); // form key → canonical form key (one level)
  const formList = [...forms.entries()];
  const multi = formList.filter(([, f]) => f.name.includes(' '));
  const orgsByPrefix = byClipPrefix(multi);

  const shortForms = namedShortForms(mentions, (name) => formKey(aliasKey(name)));
  for (const [key, form] of formList) {
    const target = resolveForm(form, multi, lexicon, variants, formList, orgsByPrefix, afterOr.has(form.start));
    if (target !== null && target !== key) parent.set(key, target);
    else if (target === null && form.type === 'org') {
      // "Ford" alone in one text, "Ford Motor Co. … Ford" in another: the company's.
      const named = shortForms.get(key);
      if (named && named !== key && forms.has(named)) parent.set(key, named);
    }
  }

  const groups = new Map<string, AliasGroup>();
  const canonicalOf = (key: string): string => parent.get(key) ?? key;
  for (const [key, form] of formList) {
    const root = canonicalOf(key);
    const rootForm = forms.get(root);
    const written = rootForm?.name ?? form.name;
    const variantName = variants?.get(aliasKey(written));
    const canonical = variantName !== undefined && !spelledOut(written, variantName) ? variantName : written;
    let group = groups.get(root);
    if (!group) {
      group = { canonical, type: rootForm?.type ?? form.type, aliases: [] };
      groups.set(root, group);
    }
    for (const n of [canonical, form.name, variantName ?? canonical]) if (!group.aliases.includes(n)) group.aliases.push(n);
  }
  // Mentions written differently from their key ("U.S." keyed "US") are aliases too, and so
  // is a short form named by its organisation's first word or words ("Meta" of "Meta
  // Platforms", "First Citizens" of "First Citizens BancShares").
  for (const m of mentions) {
    const key = aliasKey(m.canonical);
    const group = groups.get(canonicalOf(formKey(key)));
    if (!group) continue;
    if (!group.aliases.includes(m.canonical)) group.aliases.push(m.canonical);
    const short = aliasKey(m.text);
    if (m.type === 'org' && key.startsWith(`${short} `) && !group.aliases.includes(short)) group.aliases.push(short);
  }
  for (const group of groups.values()) {
    if (group.type !== 'org' && group.type !== 'place') continue;
    for (const alias of [...group.aliases]) {
      const shorts =
        group.type === 'org'
          ? [withoutWhose(alias), withoutOwnerPlace(alias, lexicon), withoutOwnerCountry(alias, lexicon)]
          : [riverAlone(alias, lexicon), airportAlone(alias, lexicon), dedicationAlone(alias)];
      for (const short of shorts) {
        if (short !== null && !forms.has(formKey(short)) && !group.aliases.includes(short)) group.aliases.push(short);
      }
    }
  }
  return [...groups.values()];
}

/** The key of the form this one is an alias of, or null when it stands on its own. */
function resolveForm(
  form: Form,
  multi: [string, Form][],
  lexicon: Lexicon,
  variants: Map<string, string> | undefined,
  all: [string, Form][],
  orgsByPrefix: Map<string, [string, Form][]>,
  afterOr = false,
): string | null {
  // Spelling variants known to the lexicon: "US", "U.S.", "USA" → "United States".
  const variant = variants?.get(form.name);
  if (variant !== undefined) {
    const plain = foldAccents(variant);
    const target =
      all.find(([, f]) => foldAccents(f.name) === plain) ?? all.find(([, f]) => variants?.get(f.name) === variant);
    if (target && target[1] !== form) return target[0];
  }
  // "the Social Democrats" for the Social Democratic Party: a party named by its members.
  if (form.type === 'org' && form.name.endsWith('s')) {
    const byMembers = multi.filter(([, f]) => f !== form && f.type === 'org' && membersOf(form.name, f.name));
    if (byMembers.length === 1) return byMembers[0]?.[0] ?? null;
  }
  if (form.name.includes(' ')) {
    const byWordAndInitials = multi.filter(([, f]) => f.type !== 'person' && f !== form && isWordAndInitialsOf(form.name, f.name));
    if (byWordAndInitials.length === 1) return byWordAndInitials[0]?.[0] ?? null;
    const byBracket = multi.find(([, f]) => f.type !== 'person' && form.start === f.end + 2 && isClippedWordsOf(form.name, f.name));
    if (byBracket) return byBracket[0];
    const shortened = form.type === 'place' ? multi.filter(([, f]) => f.type === 'place' && isShortenedPlaceOf(form.name, f.name)) : [];
    return shortened.length === 1 ? (shortened[0]?.[0] ?? null) : null;
  }
  // Acronym ↔ expansion: initials, or "Name (ABC)" written right after the name.
  if (ACRONYM.test(form.name) || BRACKET_SHORT.test(form.name)) {
    // A person's initials are not an organisation's acronym ("Ana Perez" ≠ "AP").
    const byInitials = multi.filter(([, f]) => f.type !== 'person' && isInitialsOf(form.name, f.name));
    if (byInitials.length === 1) return byInitials[0]?.[0] ?? null;
    const byParenthesis = multi.find(
      ([, f]) =>
        f.type !== 'person' &&
        shortFormRightAfter(form.start, f.end, afterOr) &&
        (lettersContain(f.name, form.name) || lettersContain(f.text, form.name) || sharesInitials(f.name, form.name)),
    );
    if (byParenthesis) return byParenthesis[0];
    return null;
  }
  if (lexicon.names.has(form.name) || lexicon.names.has(linkKey(form.name))) {
    // A known place may still be the first word of "<place> Strip".
    const strip = multi.filter(([, f]) => f.name.split(' ')[0] === form.name && SAME_AS_FIRST_WORD.has(f.name.split(' ')[1] ?? ''));
    return strip.length === 1 ? (strip[0]?.[0] ?? null) : null;
  }
  // A surname or generic head: the last word of exactly one longer name of the same kind.
  const byLast = multi.filter(([, f]) => isLastWordOf(form.name, f.name) && (f.type === form.type || form.type === 'org'));
  if (byLast.length === 1) return byLast[0]?.[0] ?? null;
  // "Hui" of "Hui Ka Yan", surname first (alias-surname-first), where no name ends with it.
  const byFirst = form.type === 'person' && byLast.length === 0 ? multi.filter(([, f]) => f.type === 'person' && isFirstWordOf(form.name, f.name)) : [];
  if (byFirst.length === 1) return byFirst[0]?.[0] ?? null;
  // After the head rule: "Bank" after "World Bank" is that bank.
  const clipped = clippedFrom(form, orgsByPrefix);
  if (clipped !== null) return clipped;
  // "Evergrande" of "China Evergrande Group" (alias-owned-names).
  const owned = form.type === 'org' ? multi.filter(([, f]) => f.type === 'org' && isOwnWordsOf(form.name, f.name, lexicon)) : [];
  if (owned.length === 1) return owned[0]?.[0] ?? null;
  // … and "Notre-Dame" of "Notre-Dame de Paris", a church by its dedication (name-streets).
  const strip = multi.filter(([, f]) => (f.name.split(' ')[0] === form.name && SAME_AS_FIRST_WORD.has(f.name.split(' ')[1] ?? '')) || (f.type === 'place' && dedicationOf(form.name, f.name)));
  return strip.length === 1 ? (strip[0]?.[0] ?? null) : null;
}

// "AfD": a short form with a small word's letter inside, as parties and groups are abbreviated.
const BRACKET_SHORT = /^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,5}$/u;

/** A short form in brackets right after a name, from the name in its own language: "Social
 *  Democratic Party (SPD)", "Sahra Wagenknecht Alliance (BSW)", "Alternative for Germany
 *  (AfD)". The brackets say it is that name's; two of its letters opening the name's words,
 *  in any order, are enough to tell it from a bracketed aside ("(UK)"). */
function sharesInitials(name: string, short: string): boolean {
  const initialsOf = new Set(name.split(/[\s-]+/).map((w) => w.charAt(0).toUpperCase()));
  const shared = new Set([...short.toUpperCase()].filter((c) => initialsOf.has(c)));
  return shared.size >= 2;
}

/** "Social Democrats", "Free Democrats", "Republicans": the members' plural of a party or
 *  union whose name is the same words, the last one's adjective, and a head ("Social
 *  Democratic Party", "Free Democratic Party", "Republican Party"). */
export function membersOf(plural: string, name: string): boolean {
  const members = plural.split(' ');
  const words = name.split(' ');
  const last = members.length - 1;
  const stem = (members[last] ?? '').slice(0, -1);
  if (words.length !== members.length + 1 || stem.length < 3 || !ORG_HEADS.has(words[words.length - 1] ?? '')) return false;
  return members.slice(0, last).every((w, i) => words[i] === w) && (words[last] ?? '').startsWith(stem);
}

/** Multi-word organisation names by the first letters of their first word, so a clipped
 *  name is looked up, not compared with every name of a large library. */
function byClipPrefix(multi: [string, Form][]): Map<string, [string, Form][]> {
  const out = new Map<string, [string, Form][]>();
  for (const entry of multi) {
    if (entry[1].type !== 'org') continue;
    const key = entry[1].name.slice(0, CLIP_MIN);
    const list = out.get(key);
    if (list) list.push(entry);
    else out.set(key, [entry]);
  }
  return out;
}

/** An organisation's clipped name: news shortens some names to the start of their first
 *  word ("Fed" for "Federal Reserve", "Met" for "Metropolitan Police"), not to initials.
 *  Of the organisations whose first word it begins, the one with the fewest words is meant
 *  ("Federal Reserve", not "Federal Open Market Committee"); a tie leaves it on its own. */
function clippedFrom(form: Form, orgsByPrefix: Map<string, [string, Form][]>): string | null {
  // A generic head alone ("Bank", "Union") is any such body, never a clip of one.
  if (form.type !== 'org') return null;
  const words = (f: Form) => f.name.split(' ');
  const candidates = (orgsByPrefix.get(form.name.slice(0, CLIP_MIN)) ?? []).filter(([, f]) => isClipOf(form.name, f.name));
  if (candidates.length === 0) return null;
  const fewest = Math.min(...candidates.map(([, f]) => words(f).length));
  const shortest = candidates.filter(([, f]) => words(f).length === fewest);
  return shortest.length === 1 ? (shortest[0]?.[0] ?? null) : null;
}
