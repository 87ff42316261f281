// Import, step one: read a file's text into checked data, or say precisely what is wrong
// and where. Nothing is written until this passes. Accepts a Backstory backup and a W3C
// AnnotationCollection (notes only). Note text and titles stay plain strings: never
// parsed as HTML here, rendered as text by the UI.
// Each record is checked on its own, so a file whose frame holds (a backup of this
// version) but has a few bad records can, when asked (skipInvalid), give the rest. Records
// do not point at each other: a note names its page by URL and its entity by id, never
// an article, so leaving out an article leaves no note without what it needs.
import * as v from 'valibot';
import { annotationCollectionFrameSchema, articleSchema, backupFrameSchema, formatIssues, LIMITS, noteSchema, settingsSchema } from './backup-schemas';
import { otherJsonProblem } from './backup-other-json';
import { newerBackupText } from './backup-version';
import { jsonErrorText } from './json-error';
import { cleanTerm } from './note-terms';
import { countRecords, inheritedDarkColours, type Note, type RecordCounts, type Settings, type SkippableImport } from './records';
import type { Article } from './types';
import { groupedCount } from './grouped-number';

/** An article from a file: the stored fields may be missing (added by the merge). */
export type ImportedArticle = Article & { textHash?: string; added?: string };

export interface ImportData {
  kind: 'backup' | 'annotations';
  articles: ImportedArticle[];
  notes: Note[];
  settings?: Settings;
  /** Records of the file left out as invalid (only when asked to skip them). */
  invalid?: RecordCounts;
  /** Notes taken without the name they were written on, which was too long (absent: none). */
  termsDropped?: number;
}

export type ParsedImport = { ok: true; data: ImportData } | { ok: false; errors: string[]; skippable?: SkippableImport };

export interface ImportOptions {
  /** Take the valid records of a file whose other records are invalid. Default: refuse it. */
  skipInvalid?: boolean;
}

/** More than this many messages helps nobody; the count of the rest is reported. */
const MAX_ERRORS = 50;

export function parseImport(text: string, options: ImportOptions = {}): ParsedImport {
  if (text.length > LIMITS.file) return fail([`(file): larger than ${groupedCount(LIMITS.file)} characters`]);
  if (text.trim() === '') return fail(['(file): the file is empty']);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail([`(file): not valid JSON (${jsonErrorText(err)})`]);
  }
  // A Library articles file (assets/articles form) is a likely wrong pick: say where it goes.
  if (Array.isArray(json) && json.some(looksLikeArticle)) return fail([`This looks like a list of articles, ${NOT_A_BACKUP}`]);
  if (looksLikeArticle(json)) return fail([`This looks like an article, ${NOT_A_BACKUP}`]);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail([otherJsonProblem(json)]);
  const form = json as Record<string, unknown>;
  if (form.format === 'backstory-backup') {
    const newer = newerBackupText(form.version);
    if (newer) return fail([newer]);
    const frame = v.safeParse(backupFrameSchema, json, { abortEarly: false });
    const articles = sift(form.articles, articleSchema, 'articles');
    const notes = sift(form.notes, noteSchema, 'notes', withoutLongTerm);
    const settings = form.settings === undefined ? undefined : v.safeParse(settingsSchema, form.settings, { abortEarly: false });
    const kept = {
      kind: 'backup' as const,
      articles: articles.valid,
      notes: notes.valid,
      settings: settings?.success ? { ...settings.output, darkColours: settings.output.darkColours ?? inheritedDarkColours(settings.output.colours) } : undefined,
      ...(notes.adjusted && { termsDropped: notes.adjusted }),
      invalid: { articles: articles.invalid, notes: notes.invalid, settings: settings && !settings.success ? 1 : 0 },
      errors: [...(frame.success ? [] : formatIssues(frame.issues)), ...articles.errors, ...notes.errors, ...(settings && !settings.success ? formatIssues(settings.issues, 'settings') : [])],
    };
    return decide(frame.success, kept, options);
  }
  if (form.type === 'AnnotationCollection') {
    const frame = v.safeParse(annotationCollectionFrameSchema, json, { abortEarly: false });
    const page = form.first;
    const notes = sift(typeof page === 'object' && page !== null ? (page as Record<string, unknown>).items : undefined, noteSchema, 'first.items', withoutLongTerm);
    const kept = { kind: 'annotations' as const, articles: [], notes: notes.valid, ...(notes.adjusted && { termsDropped: notes.adjusted }), invalid: { articles: 0, notes: notes.invalid, settings: 0 }, errors: [...(frame.success ? [] : formatIssues(frame.issues)), ...notes.errors] };
    return decide(frame.success, kept, options);
  }
  return fail([otherJsonProblem(json)]);
}

/** Every record valid: the data. Otherwise nothing, with the errors and, when the frame
 *  holds and some records are valid, what skipping the rest would take; or, asked to skip
 *  them, the valid records and the count of the others. */
function decide(frameOk: boolean, kept: ImportData & { invalid: RecordCounts; errors: string[] }, options: ImportOptions): ParsedImport {
  const { errors, invalid, ...data } = kept;
  if (!errors.length) return { ok: true, data };
  const valid: RecordCounts = { articles: data.articles.length, notes: data.notes.length, settings: data.settings ? 1 : 0 };
  if (!frameOk || countRecords(valid) === 0) return fail(errors);
  if (options.skipInvalid) return { ok: true, data: { ...data, invalid } };
  return fail(errors, { valid, invalid });
}

interface Sifted<T> {
  valid: T[];
  invalid: number;
  /** Valid records that `adjust` changed first. */
  adjusted: number;
  errors: string[];
}

/** A note whose name (`backstory.term`) is longer than a stored one may be is taken without
 *  it, not left out: the text is the reader's, the name only joins the note to an entity's
 *  card, and no entity has a name that long. The same record when there is nothing to drop. */
function withoutLongTerm(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const backstory = (item as { backstory?: unknown }).backstory;
  if (typeof backstory !== 'object' || backstory === null) return item;
  const { term, ...rest } = backstory as { term?: unknown };
  if (typeof term !== 'string' || cleanTerm(term).length <= LIMITS.term) return item;
  return { ...item, backstory: rest };
}

/** Each record checked apart: the valid ones, and what is wrong with the others. A record
 *  with the id of an earlier valid one is invalid too: which of the two is meant is not
 *  known, and the first is kept. `adjust` mends a record before it is checked. */
function sift<S extends v.GenericSchema<unknown, { id: string }>>(items: unknown, schema: S, path: string, adjust: (item: unknown) => unknown = (item) => item): Sifted<v.InferOutput<S>> {
  const out: Sifted<v.InferOutput<S>> = { valid: [], invalid: 0, adjusted: 0, errors: [] };
  if (!Array.isArray(items)) return out;
  const first = new Map<string, number>();
  items.forEach((given: unknown, i) => {
    const item = adjust(given);
    const got = v.safeParse(schema, item, { abortEarly: false });
    const seen = got.success ? first.get(got.output.id) : undefined;
    if (!got.success) out.errors.push(...formatIssues(got.issues, `${path}[${i}]`));
    else if (seen !== undefined) out.errors.push(`${path}[${i}].id: duplicate of ${path}[${seen}] ("${got.output.id.slice(0, 60)}")`);
    else {
      first.set(got.output.id, i);
      out.valid.push(got.output);
      if (item !== given) out.adjusted++;
      return;
    }
    out.invalid++;
  });
  return out;
}

const NOT_A_BACKUP = 'not a backup: add it from Library → Add from files.';

/** An article as Library → Add from files takes it: a title and a text, and no backup or
 *  annotation marks. */
function looksLikeArticle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return typeof o.title === 'string' && ('paragraphs' in o || 'text' in o) && !('format' in o) && !('version' in o) && !('type' in o);
}

function fail(errors: string[], skippable?: SkippableImport): ParsedImport {
  const shown = errors.length <= MAX_ERRORS ? errors : [...errors.slice(0, MAX_ERRORS), `… and ${groupedCount(errors.length - MAX_ERRORS)} more`];
  return skippable ? { ok: false, errors: shown, skippable } : { ok: false, errors: shown };
}
