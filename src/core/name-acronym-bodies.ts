// "NHS England", "BBC Scotland", "ITV Wales": a body's initials before a known place name
// the body's branch there, an org, whatever a verb of speech after it votes. No person's
// name opens with a word in capitals and ends in a country or region.

const ACRONYM_THEN_REST = /^(\p{Lu}{2,6})[ \t\u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \t\u00a0]\p{Lu}[\p{L}'’-]*)?)$/u;

/** Org votes for a name of initials and a known place ("NHS England"), else 0. */
export function acronymBranchVotes(name: string, isPlace: (name: string) => boolean): number {
  const m = ACRONYM_THEN_REST.exec(name);
  const rest = m?.[2];
  return rest !== undefined && isPlace(rest) ? 4 : 0;
}
