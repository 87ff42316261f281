// "JOHN SMITH, a farmer, said the crops had failed": capitals at a line's start then a comma
// look like a dateline ("PORT SUDAN, Sudan —"), but a dateline's comma is followed by its
// region or its date, both capitalised ("JENIN, West Bank —", "GAZA CITY, Dec. 5 —"); a
// lower-case word after it (", a farmer", ", the mayor") opens an apposition, so the
// capitals are a name in running text, typed as such (name-caps-persons.ts). The apposition
// must close with a second comma before any dash: wires in other languages write a dateline's
// date or credit lower-case ("PARIS, le 3 mars —", "BUENOS AIRES, oct 3 —", "BERLIN, dpa —").

const APPOSITION_AFTER = /^,[ \t]*\p{Ll}[^,—–\n]*,/u;

/** Whether the capitals ending at `end` of `line` are followed by an apposition, not a region. */
export function appositionNotDateline(line: string, end: number): boolean {
  return APPOSITION_AFTER.test(line.slice(end));
}
