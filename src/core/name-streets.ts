// Streets, squares and bridges named in other languages, and churches named by their
// dedication: places by their own form, where the default would read two capitalised words
// as a person ("Notre-Dame de Paris", with its "de") or one word after "the" as a body
// ("the Petit Pont", "the Rue d'Arcole", "the Square Jean-XXIII").

import { EVENT_HEADS, NAME_CONNECTORS, ORG_HEADS } from './entity-cues';
import { churchBody } from './name-church-bodies';
import { isElidedParticle } from './name-elisions';
import type { EntityType } from './types';

// Heads a street or a square's name opens with in French, Spanish, Portuguese, Catalan and
// Italian ("Rue de Rivoli", "Calle Mayor", "Via Veneto", "Avenida Paulista"); English
// "Avenue" and "Boulevard" open them in French cities too ("Avenue Montaigne").
const STREET_OPENERS = new Set(['Rue', 'Avenue', 'Boulevard', 'Calle', 'Avenida', 'Paseo', 'Rua', 'Carrer', 'Plaça', 'Via', 'Viale', 'Corso', 'Vicolo', 'Largo']);
// Openers that are also a company's first word ("Square Enix"): a street only with
// what makes the rest a street's ("Square Jean-XXIII", "Square du Temple").
const SHARED_OPENERS = new Set(['Square']);
// Heads that close a street's, a square's or a bridge's name: "Potsdamer Platz", "Petit Pont"
// (entity-cues' PLACE_OPENERS has those that open one: "Pont Neuf", "Ponte Vecchio").
const STREET_HEADS = new Set(['Platz', 'Straße', 'Strasse', 'Gasse', 'Allee', 'Brücke', 'Pont']);
// German streets and squares written as one word: "Friedrichstraße", "Alexanderplatz", "Kurfürstendamm".
const COMPOUND_STREET = /^\p{Lu}\p{Ll}{2,}(?:straße|strasse|platz|gasse|allee|brücke|damm)$/u;
const HYPHEN = /[-‑]/;

// A church named by its dedication ("Our Lady"): "Notre-Dame de Paris", "the Sacré-Cœur",
// "Santa Maria Novella", "Nuestra Señora de Guadalupe". The hyphen of "Notre-Dame" is French
// spelling for the church; "Notre Dame" without it is as often the university or its team.
const DEDICATIONS = new Set(['Notre-Dame', 'Sacré-Cœur', 'Sacré-Coeur', 'Sacre-Coeur', 'Sainte-Chapelle']);
const DEDICATION_PAIRS = new Set(['Our Lady', 'Santa Maria', 'Nuestra Señora', 'Nossa Senhora']);

// How sure a street's form is: 'strong' with a particle or an elision after its opener ("Rue de
// Rivoli", "Rue d'Arcole"), which no person's or firm's name has; 'weak' for an opener or a
// closing head and a bare word, which a surname ("Anna Platz", "Rue McClanahan") or a firm
// ("Boulevard Brewing", "Via Verde, the toll operator") shares; null for no street.
function streetForm(words: readonly string[]): 'strong' | 'weak' | null {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length === 1) return COMPOUND_STREET.test(first) ? 'weak' : null;
  // "the Plaza Hotel", "Via Rail", "Avenue Capital": a body's head word decides first.
  if (words.some((w) => ORG_HEADS.has(w) || EVENT_HEADS.has(w))) return null;
  const particle = words.slice(1).some((w) => NAME_CONNECTORS.has(w) || isElidedParticle(w));
  if (STREET_OPENERS.has(first) && !SHARED_OPENERS.has(first)) return particle ? 'strong' : 'weak';
  if (SHARED_OPENERS.has(first)) return particle || words.slice(1).some((w) => HYPHEN.test(w)) ? 'strong' : null;
  // "Petit Pont", "Potsdamer Platz"; not "E.I. du Pont": a particle before it makes a surname.
  return STREET_HEADS.has(last) && !NAME_CONNECTORS.has(words[words.length - 2] ?? '') ? 'weak' : null;
}

/** 'place' for a street's, a square's, a bridge's or a dedicated church's name by its form.
 *  `personVotes` and `orgVotes` are the context's: any cue for a person ("the actress Rue
 *  McClanahan", "Coach Anna Platz") or a body's clear one ("Via Verde, the toll operator")
 *  outweighs a form that a surname or a firm shares. */
export function streetOrChurch(words: readonly string[], personVotes: number, orgVotes = 0): EntityType | null {
  if (churchBody(words)) return 'org';
  const first = words[0] ?? '';
  if (DEDICATIONS.has(first) || (words.length > 1 && DEDICATION_PAIRS.has(`${first} ${words[1] ?? ''}`))) {
    // "Our Lady of Mercy School" is the school's.
    return words.some((w) => ORG_HEADS.has(w)) ? null : 'place';
  }
  const form = streetForm(words);
  if (form === null) return null;
  return form === 'weak' && (personVotes >= 1 || orgVotes >= 2) ? null : 'place';
}

/** "Notre-Dame" of "Notre-Dame de Paris": a dedication alone names the church that opens with
 *  it, as a river's own word names the river (aliases). */
export function dedicationOf(short: string, name: string): boolean {
  return DEDICATIONS.has(short) && name.startsWith(`${short} `);
}

/** The dedication that opens a church's name, which names it alone ("Notre-Dame"), or null. */
export function dedicationAlone(name: string): string | null {
  const first = name.split(' ')[0] ?? '';
  return dedicationOf(first, name) ? first : null;
}
