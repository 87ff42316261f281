// A problem the article checks name by path ("articles[3].url: expected an http(s) URL"),
// said to a reader adding files: which article (its number and title, in a list), which
// field in words, and what is wrong ("article 4 (“Harbour works”): its address (url)
// should be a web address starting with http:// or https://").

const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  text: 'text',
  paragraphs: 'paragraphs',
  url: 'address (url)',
  date: 'date',
  source: 'source',
  language: 'language',
  id: 'id',
};

/** The check's words for what is wrong, as the rest of a sentence about the field. */
function predicate(message: string): string {
  if (message === 'missing (required)') return 'is missing';
  if (message === 'must not be empty') return 'is empty';
  if (message === 'expected an http(s) URL') return 'should be a web address starting with http:// or https://';
  const found = /^expected (.+), found (.+)$/.exec(message);
  if (found) return `should be ${found[1]!}, not ${found[2]!}`;
  if (message.startsWith('expected ')) return `should be ${message.slice('expected '.length)}`;
  if (/^(longer|too long) /.test(message)) return `is ${message}`;
  if (/^(more than|no) /.test(message)) return `has ${message}`;
  return message;
}

/** "the 4th article" said as "article 4 (“Title”)" when the file holds a list; null for a
 *  file of one article (no need to say which). */
function articleName(index: number, articles: readonly unknown[], list: boolean): string | null {
  if (!list) return null;
  const raw: unknown = articles[index];
  const title = typeof raw === 'object' && raw !== null && 'title' in raw && typeof raw.title === 'string' ? raw.title.trim() : '';
  const shown = title.length > 60 ? `${title.slice(0, 57)}…` : title;
  return shown ? `article ${index + 1} (“${shown}”)` : `article ${index + 1}`;
}

/** One problem of file `name` in words. `articles`: what the file held (for titles);
 *  `list`: whether it held a list rather than one article. A problem not about one
 *  article's field (the whole list) is given as the check words it. */
export function articleProblemInWords(name: string, problem: string, articles: readonly unknown[], list: boolean): string {
  const m = /^articles\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?: (.*)$/s.exec(problem);
  if (!m) return `${name}: ${problem.replace(/^articles: /, '')}.`;
  const [, index, field, item, message] = m;
  const article = articleName(Number(index), articles, list);
  // Too many paragraphs is said of the article ("it has more than 5,000 paragraphs"), not of
  // its paragraphs ("the paragraphs has more than…").
  const whole = field === 'paragraphs' && item === undefined && message!.startsWith('more than ');
  const what = !field || whole ? null : item !== undefined && field === 'paragraphs' ? `paragraph ${Number(item) + 1}` : (FIELD_WORDS[field] ?? field);
  const words = predicate(message!);
  // "its title is missing" after the article's name; "the title is missing" alone.
  const subject = !what ? (article ? 'it' : 'the article') : item !== undefined && !article ? what : `${article ? 'its' : 'the'} ${what}`;
  const sentence = `${subject} ${words}`;
  return article ? `${name}, ${article}: ${sentence}.` : `${name}: ${sentence}.`;
}

/** A problem of file `name` as a whole ("is empty", "not a text file", "too long for one
 *  article (…)") as one sentence: "notes.txt is empty.", "photo.png is not a text file." */
export function fileProblemInWords(name: string, problem: string): string {
  const verb = /^(is|has|holds) /.test(problem) ? '' : 'is ';
  return `${name} ${verb}${problem}.`;
}
