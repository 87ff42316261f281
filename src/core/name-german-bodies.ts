// "Deutsche Bahn", "Deutsche Telekom", "Deutsche Welle", "Deutscher Wetterdienst", "Deutsches
// Rotes Kreuz": the German adjective for German opens the name of a firm, a broadcaster or a
// federal body, never a person's, as "Die", "Der", "Das" open a party's or a paper's
// (entity-cues.ts ARTICLE_ORG_OPENERS). Used by name-form.ts.

const GERMAN_ORG_OPENERS = new Set(['Deutsche', 'Deutscher', 'Deutsches', 'Deutschen']);

/** Whether a name of two or more words opens on the German adjective "deutsch". */
export function opensOnDeutsch(words: readonly string[]): boolean {
  return words.length > 1 && GERMAN_ORG_OPENERS.has(words[0] ?? '');
}
