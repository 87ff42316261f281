// Expansions of organisation acronyms that news writes without ever spelling them out, so
// "UN" in a stored article and "United Nations" on a page are one entity. Only bodies the
// followed topics name, and only where the acronym is unambiguous in news text.
// Background side (knowledge.ts); pages receive the result as aliases.

export const ORG_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['UN', 'United Nations'],
  ['IDF', 'Israel Defense Forces'],
  ['EU', 'European Union'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['UNRWA', 'United Nations Relief and Works Agency'],
  ['UNIFIL', 'United Nations Interim Force in Lebanon'],
  ['WHO', 'World Health Organization'],
  ['ICC', 'International Criminal Court'],
  ['ICJ', 'International Court of Justice'],
  ['IRGC', 'Islamic Revolutionary Guard Corps'],
  ['PA', 'Palestinian Authority'],
  ['PLO', 'Palestine Liberation Organization'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['OCHA', 'Office for the Coordination of Humanitarian Affairs'],
  ['ICRC', 'International Committee of the Red Cross'],
  ['CIA', 'Central Intelligence Agency'],
  ['FBI', 'Federal Bureau of Investigation'],
]);
