// "Doctors at Mass General Brigham said": "General" between two plain words is a body's word
// (a hospital's, "Mass General"; a chain's, "Dollar General"), not a rank before a surname,
// where a rank has a force or an office before it ("Army General Milley", "Attorney General
// Bondi", "Major General Cole") or a people's word ("Ukrainian General Syrskyi"). Used by
// name-trim.ts before it splits a title out of a run ("Bundesbank President Nagel").

import { TITLE_HEADS, TITLE_MODIFIERS } from './entity-cues';

// Forces, offices and ranks that hold or qualify the rank of general.
const RANK_HOLDERS = new Set([
  'Army', 'Air', 'Force', 'Marine', 'Marines', 'Corps', 'Navy', 'Guard', 'Police', 'Brigadier', 'Major', 'Lieutenant', 'Lt', 'Lt.',
  'Surgeon', 'Solicitor', 'Advocate', 'Secretary', 'Inspector', 'Governor', 'Postmaster', 'Auditor', 'Comptroller', 'Registrar',
  'Director', 'Consul', 'Vicar', 'Paymaster', 'Quartermaster', 'Adjutant', 'Provost', 'Accountant', 'Receiver', 'Retired', 'Brig', 'Brig.', 'Maj', 'Maj.',
  // A side at war, whose general it names ("Union General Sherman", "Rebel General Hemedti").
  'Union', 'Confederate', 'Rebel', 'Rebels', 'Junta', 'Coalition', 'Allied', 'Militia', 'Insurgent', 'Opposition', 'Regime',
]);

/** Whether the run's words are one plain word, "General" and one more: a body's name. */
export function generalInBody(words: readonly string[], isKnownOrNonName: (w: string) => boolean): boolean {
  if (words.length !== 3 || words[1] !== 'General') return false;
  const before = words[0] ?? '';
  return !RANK_HOLDERS.has(before) && !TITLE_HEADS.has(before) && !TITLE_MODIFIERS.has(before) && !isKnownOrNonName(before);
}
