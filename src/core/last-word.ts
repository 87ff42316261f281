// The last word of a name as the page and the store write it ("Bezalel Smotrich" →
// "Smotrich"): the word a lone surname, a lone head ("the Strip") or a short form is matched
// by. One helper for the page folds (page-surnames, page-surname-orgs, page-surname-towns,
// page-heads). alias-pairs' surnameOf differs on purpose: it drops a suffix ("Jr.", "III")
// when pairing aliases in the store; so does topic-namesakes': it folds case and any white space.

/** The text after the name's last space; the whole name when it is one word. */
export function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}
