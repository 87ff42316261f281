// A company named for its trade after "General" ("General Mills", "General Electric"): the
// title word opens the body's name, not a general's. The trade words here are also surnames
// ("Janet Mills", "Evan Steel"), so they are no heads of a body's name on their own; after
// "General" no rank and surname is meant ("General Milley", "General Adams" stay people).

const TRADE_WORDS = new Set(['Mills', 'Steel', 'Electric', 'Motor', 'Motors', 'Foods', 'Dynamics', 'Atomics', 'Chemical', 'Instruments']);

/** "General Mills": a body's name of "General" and a trade, though a title opens it. */
export function isGeneralTrade(words: readonly string[]): boolean {
  return words.length === 2 && words[0] === 'General' && TRADE_WORDS.has(words[1] ?? '');
}
