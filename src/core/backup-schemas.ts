// The shapes an import may contain, as valibot schemas with limits: sizes of strings,
// counts of items, http(s) URLs, ISO dates. Everything from a file is text: nothing here
// (or anywhere after) parses it as HTML; the UI renders it as text.
import * as v from 'valibot';
import { cleanTerm } from './note-terms';
import { siteHost } from './off-sites';
import { typeIssueInWords } from './issue-words';
import { groupedCount } from './grouped-number';

export const LIMITS = {
  id: 200,
  url: 4096,
  title: 1000,
  source: 300,
  paragraph: 100_000,
  paragraphs: 5000,
  noteText: 100_000,
  quote: 10_000,
  context: 1000,
  /** Characters of the name a note was written on. */
  term: 300,
  articles: 50_000,
  notes: 200_000,
  offSites: 10_000,
  /** Characters of a host name (the most DNS allows; an IPv6 literal is shorter). */
  host: 253,
  /** Characters of a whole import file. */
  file: 200_000_000,
} as const;

/** `value` cut to at most `max` UTF-16 units, never between the two halves of a character. */
export function clipText(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const text = (max: number) => v.pipe(v.string('expected text'), v.maxLength(max, `longer than ${groupedCount(max)} characters`));
const nonEmpty = (max: number) => v.pipe(text(max), v.nonEmpty('must not be empty'));

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export const httpUrl = v.pipe(v.string('expected an http(s) URL'), v.maxLength(LIMITS.url, `longer than ${groupedCount(LIMITS.url)} characters`), v.check(isHttpUrl, 'expected an http(s) URL'));
/** A BCP 47 language tag as stored ("en", "pt-BR"): the one definition, also for the popup. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const languageTag = v.pipe(v.string('expected a language tag'), v.regex(LANGUAGE_TAG, 'expected a language tag such as "en"'));
export const isoDate = v.pipe(v.string('expected a date (yyyy-mm-dd)'), v.isoDate('expected a date (yyyy-mm-dd)'));
export const isoTime = v.pipe(v.string('expected an ISO date-time'), v.isoTimestamp('expected an ISO date-time'));
const count = v.pipe(v.number('expected a number'), v.integer('expected a whole number'), v.minValue(0, 'must not be negative'));

export const articleSchema = v.object({
  id: nonEmpty(LIMITS.id),
  title: nonEmpty(LIMITS.title),
  source: text(LIMITS.source),
  url: v.nullable(httpUrl),
  date: isoDate,
  language: languageTag,
  paragraphs: v.pipe(v.array(text(LIMITS.paragraph), 'expected a list of paragraphs'), v.minLength(1, 'needs at least one paragraph'), v.maxLength(LIMITS.paragraphs, `more than ${groupedCount(LIMITS.paragraphs)} paragraphs`)),
  textHash: v.optional(v.pipe(v.string('expected text'), v.regex(/^[0-9a-f]{16}$/, 'expected 16 hex digits'))),
  added: v.optional(isoTime),
}, 'expected an article');

const quoteSelector = v.object({
  type: v.literal('TextQuoteSelector', 'expected "TextQuoteSelector"'),
  exact: nonEmpty(LIMITS.quote),
  prefix: v.optional(text(LIMITS.context)),
  suffix: v.optional(text(LIMITS.context)),
}, 'expected a TextQuoteSelector');
const positionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector', 'expected "TextPositionSelector"'), start: count, end: count }, 'expected a TextPositionSelector'),
  v.check((p) => p.start < p.end, 'start must come before end'),
);

export const noteSchema = v.object({
  id: nonEmpty(LIMITS.id),
  type: v.literal('Annotation', 'expected "Annotation"'),
  created: isoTime,
  modified: isoTime,
  body: v.object({
    type: v.literal('TextualBody', 'expected "TextualBody"'),
    value: text(LIMITS.noteText),
    format: v.literal('text/plain', 'expected "text/plain"'),
  }, 'expected a TextualBody'),
  target: v.object({
    source: httpUrl,
    selector: v.optional(v.tuple([quoteSelector, positionSelector], 'expected [TextQuoteSelector, TextPositionSelector]')),
  }, 'expected a target with a source'),
  backstory: v.optional(
    // `term` is absent in backups made before notes kept the name they were written on. It is
    // kept as the popup keeps one (note-terms: cleanTerm): all spaces is as empty as "".
    v.object({ entityId: v.optional(nonEmpty(LIMITS.id)), pageTitle: v.optional(text(LIMITS.title)), term: v.optional(v.pipe(v.string('expected text'), v.transform(cleanTerm), v.maxLength(LIMITS.term, `longer than ${groupedCount(LIMITS.term)} characters`), v.nonEmpty('must not be empty'))) }, 'expected an object'),
    {},
  ),
}, 'expected a note (W3C Annotation)');

const kinds = ['person', 'org', 'place', 'event', 'number', 'date'] as const;
const perKind = <T extends v.GenericSchema>(item: T) => v.object(Object.fromEntries(kinds.map((k) => [k, item])) as Record<(typeof kinds)[number], T>, 'expected a value per kind (person, org, place, event, number, date)');
const colour = v.pipe(v.string('expected a colour'), v.regex(/^#[0-9a-fA-F]{3,8}$/, 'expected a colour such as #f4b400'));
/** A host an off switch may name: exactly what siteHost() reads from an http(s) address
 *  (location.hostname agrees), in any case: "my_blog.example.com", "[::1]", "127.0.0.1";
 *  no port, path or user. The one test for settings/site-off, settings/set and import. */
export function isSiteHost(host: string): boolean {
  return host.length > 0 && host.length <= LIMITS.host && siteHost(`http://${host}/`) === host.toLowerCase();
}
export const HOST_MESSAGE = 'expected a host name such as www.example.com';
const hostName = v.pipe(v.string('expected a host name'), v.check(isSiteHost, HOST_MESSAGE));

export const settingsSchema = v.object({
  types: perKind(v.boolean('expected true or false')),
  colours: perKind(colour),
  /** Absent in backups made before dark pages had colours of their own. */
  darkColours: v.optional(perKind(colour)),
  offSites: v.pipe(v.array(hostName, 'expected a list of host names'), v.maxLength(LIMITS.offSites, `more than ${groupedCount(LIMITS.offSites)} sites`)),
  topicSensitivity: v.pipe(v.number('expected a number'), v.minValue(0, 'must be 0 or more'), v.maxValue(1, 'must be 1 or less')),
  hoverDelayMs: v.pipe(count, v.maxValue(10_000, 'must be 10000 or less')),
}, 'expected settings');

/** For settings/set: any subset, with whole per-kind maps or parts of them. */
export const settingsPatchSchema = v.partial(
  v.object({
    ...settingsSchema.entries,
    types: v.partial(settingsSchema.entries.types),
    colours: v.partial(settingsSchema.entries.colours),
    darkColours: v.partial(settingsSchema.entries.colours),
  }),
);

// The frames of the two file forms, their records left unchecked: backup-validate.ts checks
// each record on its own, so a file whose frame holds can still give its valid records.
const records = (what: string, max: number) => v.pipe(v.array(v.unknown(), `expected a list of ${what}`), v.maxLength(max, `more than ${groupedCount(max)} ${what === 'annotations' ? 'notes' : what}`));

export const backupFrameSchema = v.object({
  format: v.literal('backstory-backup', 'expected "backstory-backup"'),
  version: v.literal(1, 'unsupported backup version (expected 1)'),
  exported: isoTime,
  articles: records('articles', LIMITS.articles),
  notes: records('notes', LIMITS.notes),
  settings: v.optional(v.unknown()),
});

/** A W3C AnnotationCollection as exported by Backstory (items in the first page). */
export const annotationCollectionFrameSchema = v.object({
  type: v.literal('AnnotationCollection', 'expected "AnnotationCollection"'),
  first: v.object({
    type: v.literal('AnnotationPage', 'expected "AnnotationPage"'),
    items: records('annotations', LIMITS.notes),
  }),
});

/** "notes[3].target.source: expected an http(s) URL" */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[], root = ''): string[] {
  return issues.map((issue) => {
    let path = root;
    for (const item of issue.path ?? []) {
      const key = item.key;
      path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
    }
    // A missing key comes as "Invalid key: Expected "x" but received undefined", or as its
    // object's own message where the schema gives one: "notes[0].type: expected a note" said
    // a note was no note where its type was only missing. Both name the key as expected.
    const last = issue.path?.at(-1)?.key;
    const missing = issue.input === undefined && last !== undefined && (issue.message.startsWith('Invalid key:') || (issue.type === 'object' && issue.expected === JSON.stringify(last)));
    return `${path || '(file)'}: ${missing ? 'missing (required)' : typeIssueInWords(issue.message)}`;
  });
}
