// Words that say nothing of what a figure is of: function words and verbs of saying, which
// any two sentences share. The content-word tests (figure-restated-words.ts,
// figure-rate-things.ts) each add the words of their own kind of figure.

export const FUNCTION_WORDS: readonly string[] = 'about above after again against also among around because been before being below between both could down during each from further have having here into just more most much nearly only other over same some such than that their them then there these they this those through under until very were what when where which while whom with would will said says told'.split(' ');

/** A word without a plural's or a verb's ending ("containers", "handled"), so forms meet. */
export const stemmed = (word: string): string => word.replace(/(?:ies|es|s|ed|ing)$/u, '');
