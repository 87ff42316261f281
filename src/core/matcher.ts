// The page matcher: the background packs what a content script needs to link names to the
// store (entities, their written forms, the typed lexicon, non-names, topic) into plain data;
// the content script compiles it once per version into an automaton and lookup tables.
// Nothing here imports places.ts or the knowledge builder, so the content bundle stays small.

import { AhoCorasick } from './aho-corasick';
import { aliasKey, linkKey } from './alias-key';
import { surnameOf } from './alias-pairs';
import { patronymicGivenName } from './name-patronymics';
import { titleCaseForms } from './alias-caps-forms';
import { compileLexicon, type Lexicon } from './entities';
import { GENERIC_HEADS } from './entity-cues';
import { storedTowns } from './stored-towns';
import { foldAccents } from './fold-accents';
import type { Entity, EntityType, KnowledgeIndex, MatcherPackage, TopicProfile } from './types';

export interface CompiledMatcher {
  version: string;
  automaton: AhoCorasick;
  /** Pattern index (automaton) → entity index. */
  patternEntity: number[];
  entities: MatcherPackage['entities'];
  /** For discovery: lexicon names typed, demonyms skipped, stored person surnames known. */
  lexicon: Lexicon;
  /** linkKey of every alias → entity index, to link a discovered name written another way
   *  (accents included: "Sanchez" finds "Sánchez"). */
  byKey: Map<string, number>;
  topic: TopicProfile;
}

const POSSESSIVE = /['’]s?$/;
const formKey = (form: string): string => foldAccents(form.replace(POSSESSIVE, '').trim());
// One-word forms that are ordinary words as often as names: never link them on their own.
const TOO_SHORT = 2;

/** Dotted and undotted acronyms name the same thing: "U.S." ⇄ "US", "U.N." ⇄ "UN". */
function acronymForms(alias: string): string[] {
  if (/^(?:\p{Lu}\.){2,}$/u.test(alias)) return [alias, alias.replace(/\./g, '')];
  if (/^\p{Lu}{2,4}$/u.test(alias)) return [alias, `${alias.split('').join('.')}.`];
  return [alias];
}

/** A stored place's other names from the lexicon's variants (alias → canonical, places.ts
 *  placeVariants): a store that writes only "United States" still links a page's "U.S.".
 *  Only for places the store names, so the package grows with the store, not the world. */
function placeForms(e: Entity, byForm: Map<string, string>, byName: Map<string, string[]>): string[] {
  if (e.type !== 'place') return [];
  const name = [e.name, ...e.aliases].map((a) => byForm.get(aliasKey(a))).find((c) => c !== undefined);
  return name === undefined ? [] : (byName.get(name) ?? []);
}

/** The compact package a content script receives (serialisable as JSON). `variants` are the
 *  places' written forms (places.ts placeVariants); the background passes them, as this file
 *  must not import places.ts. */
export function buildMatcherPackage(
  index: KnowledgeIndex,
  lexicon: readonly (readonly [string, EntityType])[],
  nonNames: readonly string[],
  variants: readonly (readonly [alias: string, canonical: string])[] = [],
): MatcherPackage {
  const entities = index.entities.map((e) => ({ id: e.id, name: e.name, type: e.type }));
  const aliases: [string, number][] = [];
  // Keyed by the form without accents, as the automaton reads it: "Sanchez" and "Sánchez" are
  // one pattern, so two entities that claim them are as ambiguous as two claiming one form.
  const owner = new Map<string, number>(); // folded form → entity index; first claim wins
  const written = new Map<string, string>(); // folded form → the first form written
  const ambiguous = new Set<string>();
  const claim = (form: string, i: number): void => {
    const f = form.replace(POSSESSIVE, '').trim();
    if (f.length < TOO_SHORT || !/^[\p{Lu}\p{N}]/u.test(f)) return;
    const key = foldAccents(f);
    const had = owner.get(key);
    if (had === undefined) {
      owner.set(key, i);
      written.set(key, f);
    } else if (had !== i) ambiguous.add(key);
  };
  index.entities.forEach((e, i) => {
    for (const a of e.aliases) {
      // "Bank" of the World Bank links only after the full name on the page (annotate's
      // heads): alone it is any bank.
      if (GENERIC_HEADS.has(a) && e.name !== a) continue;
      for (const f of acronymForms(a)) claim(f, i);
      for (const f of titleCaseForms(a)) claim(f, i);
    }
  });
  // The lexicon's other names of a stored place go only where nothing stored claims them, so
  // they never make a stored form ambiguous; two places claiming one drop it.
  const byForm = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const [alias, name] of variants) {
    if (!byForm.has(aliasKey(alias))) byForm.set(aliasKey(alias), name);
    const forms = byName.get(name);
    if (!forms) byName.set(name, [alias]);
    else if (!forms.includes(alias)) forms.push(alias);
  }
  // Not a demonym the package lists too ("Thai" for Thailand is "Thai officials").
  const taken = new Set([...owner.keys(), ...nonNames.map(formKey)]);
  index.entities.forEach((e, i) => {
    for (const a of placeForms(e, byForm, byName)) {
      for (const f of acronymForms(a)) if (!taken.has(formKey(f))) claim(f, i);
    }
  });
  // A stored person's surname links on its own ("Witkoff" → "Steve Witkoff") unless another
  // entity or a known place/organisation already goes by that word.
  // Accents aside: "Sanchez" of one person and "Sánchez" of another are one surname.
  const lexiconNames = new Set(lexicon.map(([n]) => linkKey(n)));
  const surnames = new Map<string, { surname: string; entity: number }>();
  index.entities.forEach((e, i) => {
    if (e.type !== 'person' || e.name.split(' ').length < 2) return;
    // … and an Icelander's given name ("Þorvaldur" of "Þorvaldur Þórðarson", name-patronymics).
    for (const surname of [surnameOf(e.name), patronymicGivenName(e.name)]) {
      if (surname === null) continue;
      const key = foldAccents(surname);
      if (owner.has(key) || lexiconNames.has(linkKey(surname))) continue;
      surnames.set(key, { surname, entity: surnames.has(key) ? -1 : i });
    }
  });
  for (const { surname, entity } of surnames.values()) if (entity >= 0) claim(surname, entity);
  for (const [key, i] of owner) if (!ambiguous.has(key)) aliases.push([written.get(key) ?? key, i]);
  aliases.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // The lexicon only has to carry what the store does not already link.
  const linked = new Set(aliases.map(([a]) => aliasKey(a)));
  // Copied pairs: the package is the caller's to keep, the shared lexicon is frozen.
  const lex = lexicon.filter(([name]) => !linked.has(aliasKey(name))).map(([name, type]): [string, EntityType] => [name, type]);
  const pkg: MatcherPackage = { version: index.version, entities, aliases, lexicon: lex, nonNames: [...new Set(nonNames)], topic: index.topic };
  if (index.products !== undefined && index.products.length > 0) pkg.products = index.products;
  const towns = storedTowns(lexicon, index.entities);
  if (towns.length > 0) pkg.towns = towns;
  return pkg;
}

/** Ready-to-run matcher from a package; content scripts cache it by `version`. */
export function compileMatcher(pkg: MatcherPackage): CompiledMatcher {
  const automaton = new AhoCorasick(pkg.aliases.map(([a]) => a));
  const patternEntity = pkg.aliases.map(([, i]) => i);
  const byKey = new Map<string, number>();
  for (const [a, i] of pkg.aliases) byKey.set(linkKey(a), i);
  // Stored entities' names type discovered names too, so a lone "Waltz" reads as a person.
  const typed: [string, EntityType][] = [...pkg.lexicon];
  for (const [a, i] of pkg.aliases) {
    const e = pkg.entities[i];
    if (e) typed.push([a, e.type]);
  }
  for (const e of pkg.entities) typed.push([e.name, e.type]);
  const lexicon = compileLexicon(typed, pkg.nonNames);
  for (const town of pkg.towns ?? []) lexicon.minor?.add(town);
  return {
    version: pkg.version,
    automaton,
    patternEntity,
    entities: pkg.entities,
    lexicon: { ...lexicon, products: new Set(pkg.products ?? []) },
    byKey,
    topic: pkg.topic,
  };
}
