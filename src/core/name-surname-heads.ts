// "Ms. Stores said", "Judge Mary Lines ruled": a few organisation heads are surnames too
// ("Dollar General Stores", "Delta Air Lines", "the Washington Post"), and after a person's
// title the surname wins. Only heads that are people's surnames: a generic body's noun after
// a title still opens a body ("Mr. Cooper Group", "Judge Business School"). A lone surname
// needs a courtesy title, which no body's name opens with ("American President Lines" is a
// shipping line); a given name and the surname may follow any title but a royal's ("Senator
// Tom Service", not "Queen Elizabeth House").
// Used by name-trim.ts, where the title would otherwise be read as the body's first word.

// A place's head is a common surname as often ("Mr. Park said", "Ms. Hill testified", "Rep.
// Dave Camp said" were places).
const PLACE_SURNAMES_LIST = ['Camp', 'Park', 'Hill', 'Wall', 'Street', 'Lake', 'Church', 'Temple', 'Bridge', 'Beach', 'Gate'];
const PLACE_SURNAMES = new Set(PLACE_SURNAMES_LIST);
const SURNAME_HEADS = new Set(['Stores', 'Lines', 'Post', 'House', 'Cross', 'Press', 'Wire', 'Works', 'Guard', 'Bank', 'Service', 'Watch', ...PLACE_SURNAMES_LIST]);
// A rank's abbreviation ("Gen. Hill", "Maj. Park") opens no body's or place's name either.
const COURTESY_TITLES = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx', 'Mx.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Judge', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Sgt.', 'Adm.', 'Maj.', 'Brig.', 'Cpl.', 'Pvt.', 'Cmdr.']);
// A royal, a pope or a priest is called by the given name alone, so the head after "Queen
// Elizabeth" is no surname: "Queen Elizabeth House", "King Edward House" are buildings.
const GIVEN_NAME_TITLES = new Set(['King', 'Queen', 'Prince', 'Princess', 'Emperor', 'Empress', 'Pope', 'Father', 'Brother', 'Sister']);

/** Whether `rest`, the words after the title `title`, is a person's name ending in a surname
 *  that is also a body's head: one word after a courtesy title, or a given name and the
 *  surname after any title. `isOther(word)` says a word is a known name or a common word on
 *  the page, which no given name here is. `verbAfter`: a person's verb follows the words
 *  ("President Park said"), which lets a place's head alone follow any title but a royal's;
 *  a body's head still needs a courtesy title ("American President Lines said" is the line). */
export function titledSurnameHead(title: string, rest: string[], isOther: (word: string) => boolean, verbAfter = false): boolean {
  const last = rest[rest.length - 1] ?? '';
  if (!SURNAME_HEADS.has(last)) return false;
  if (rest.length === 1) return COURTESY_TITLES.has(title) || (verbAfter && PLACE_SURNAMES.has(last) && !GIVEN_NAME_TITLES.has(title));
  return rest.length === 2 && !GIVEN_NAME_TITLES.has(title) && !isOther(rest[0] ?? '');
}

/** "Judge Mary Stores ruled": a name of at most two words ending in such a head is a
 *  person's where the person's cues are strong (a title: votes.person >= 3) and beat the
 *  body's, as mention-head-votes' `surnamed` does for an event's head ("Coach Ryan Day"); so
 *  is the head alone where it is the surname of a person the page names in full ("… Stores
 *  said the case was closed"), unless the page speaks of it as a body more than as a person:
 *  "Sen. Tom House … The House voted" is the chamber. */
export function surnameHeadPerson(words: string[], person: number, org: number, surnameOfPerson: boolean): boolean {
  if (words.length > 2 || !SURNAME_HEADS.has(words[words.length - 1] ?? '')) return false;
  return (person >= 3 && person > org) || (words.length === 1 && surnameOfPerson && org <= person);
}
