// Import, step one: read a file's text into checked data, or say precisely what is wrong
// and where. Nothing is written until this passes. Accepts a Backstory backup and a W3C
// AnnotationCollection (notes only). Note text and titles stay plain strings: never
// parsed as HTML here, rendered as text by the UI.
import * as v from 'valibot';
import { annotationCollectionSchema, backupSchema, formatIssues, LIMITS } from './backup-schemas';
import type { Note, Settings } from './records';
import type { Article } from './types';

/** An article from a file: the stored fields may be missing (added by the merge). */
export type ImportedArticle = Article & { textHash?: string; added?: string };

export interface ImportData {
  kind: 'backup' | 'annotations';
  articles: ImportedArticle[];
  notes: Note[];
  settings?: Settings;
}

export type ParsedImport = { ok: true; data: ImportData } | { ok: false; errors: string[] };

/** More than this many messages helps nobody; the count of the rest is reported. */
const MAX_ERRORS = 50;

export function parseImport(text: string): ParsedImport {
  if (text.length > LIMITS.file) return fail([`(file): larger than ${LIMITS.file} characters`]);
  if (text.trim() === '') return fail(['(file): the file is empty']);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return fail([`(file): not valid JSON (${err instanceof Error ? err.message : String(err)})`]);
  }
  // A Library articles file (assets/articles form) is a likely wrong pick: say where it goes.
  if (Array.isArray(json) && json.some(looksLikeArticle)) return fail([`This looks like a list of articles, ${NOT_A_BACKUP}`]);
  if (looksLikeArticle(json)) return fail([`This looks like an article, ${NOT_A_BACKUP}`]);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(['(file): expected a JSON object']);
  const form = json as Record<string, unknown>;
  if (form.format === 'backstory-backup') {
    const got = v.safeParse(backupSchema, json, { abortEarly: false });
    if (!got.success) return fail(formatIssues(got.issues));
    const data: ImportData = { kind: 'backup', articles: got.output.articles, notes: got.output.notes, settings: got.output.settings };
    return checkDuplicates(data, 'articles', 'notes');
  }
  if (form.type === 'AnnotationCollection') {
    const got = v.safeParse(annotationCollectionSchema, json, { abortEarly: false });
    if (!got.success) return fail(formatIssues(got.issues));
    return checkDuplicates({ kind: 'annotations', articles: [], notes: got.output.first.items }, 'articles', 'first.items');
  }
  return fail(['(file): not a Backstory backup ("format": "backstory-backup") or a W3C AnnotationCollection']);
}

const NOT_A_BACKUP = 'not a backup: add it from Library → Add from files.';

/** An article as Library → Add from files takes it: a title and a text, and no backup or
 *  annotation marks. */
function looksLikeArticle(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const o = value as Record<string, unknown>;
  return typeof o.title === 'string' && ('paragraphs' in o || 'text' in o) && !('format' in o) && !('version' in o) && !('type' in o);
}

function checkDuplicates(data: ImportData, articlePath: string, notePath: string): ParsedImport {
  const errors = [...duplicateIds(data.articles, articlePath), ...duplicateIds(data.notes, notePath)];
  return errors.length ? fail(errors) : { ok: true, data };
}

function duplicateIds(items: readonly { id: string }[], path: string): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else errors.push(`${path}[${i}].id: duplicate of ${path}[${seen}] ("${item.id.slice(0, 60)}")`);
  });
  return errors;
}

function fail(errors: string[]): ParsedImport {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`] };
}
