// A word list written as one string of words, split on white space into a set.

/** The set of the white-space separated words in `s`. */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
