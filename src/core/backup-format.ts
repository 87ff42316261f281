// Export: notes as W3C Web Annotation JSON-LD and as Markdown, and the whole store as
// one JSON backup that backup-validate.ts reads back.
import type { Note, Settings, StoredArticle } from './records';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface BackupDocument {
  format: 'backstory-backup';
  version: 1;
  exported: string;
  articles: StoredArticle[];
  notes: Note[];
  settings: Settings;
}

export function backupToJson(data: { articles: StoredArticle[]; notes: Note[]; settings: Settings }, exported: string): string {
  const doc: BackupDocument = { format: 'backstory-backup', version: 1, exported, ...data };
  return JSON.stringify(doc, null, 1);
}

/** An absolute IRI: a scheme, a colon, and no spaces ("urn:uuid:…", "https://…"). */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;

/** A note's id as the Web Annotation model wants it, an IRI: stored ids are "urn:uuid:…",
 *  but an imported file may have brought others ("n2"), exported in one stable IRI form
 *  (the stored id is not changed). */
export function annotationIri(id: string): string {
  return IRI.test(id) ? id : `urn:backstory:note:${encodeURIComponent(id)}`;
}

const newUrn = (): string => `urn:uuid:${crypto.randomUUID()}`;

/** An AnnotationCollection with every note in its first (only) page. The collection and
 *  the page need their own ids (IRIs) in the W3C model: fresh urn:uuid: ones per export. */
export function notesToJsonLd(notes: readonly Note[], label = 'Backstory notes', ids: { collection: string; page: string } = { collection: newUrn(), page: newUrn() }): string {
  const doc = {
    '@context': ANNO_CONTEXT,
    id: ids.collection,
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { id: ids.page, type: 'AnnotationPage', startIndex: 0, items: notes.map((n) => ({ ...n, id: annotationIri(n.id) })) },
  };
  return JSON.stringify(doc, null, 1);
}

/** Markdown's active characters, escaped so note text shows as written (no links, no HTML).
 *  Line by line: a leading - + = or "1." is escaped (a list, or a "---"/"===" line that
 *  would make the line above a heading or draw a rule); leading spaces become &nbsp; (four
 *  would start a code block); a line followed by another ends in a backslash, Markdown's
 *  hard break, so single line breaks stay (a blank line stays a paragraph break). */
export function escapeMarkdown(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#|~!]/g, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(/^([ \t]*)([-+=]|\d+\.)/, (_m, space: string, mark: string) => `${space}${mark.replace(/([-+=.])/, '\\$1')}`))
    .map((line) => (line.trim() === '' ? '' : line))
    .map((line) => line.replace(/^[ \t]+/, (space) => space.replace(/\t/g, '    ').replace(/ /g, '&nbsp;')));
  const blank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
  return lines.map((line, i) => (blank(line) || blank(lines[i + 1]) ? line : `${line}\\`)).join('\n');
}

function quoteBlock(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Grouped by page (pages in order of their newest note), quote as a blockquote. A note on
 *  an entity says the entity's name (`nameOf`, from the knowledge), or its id when the
 *  library no longer knows it; a note on a page-only name says that name, quoted. */
export function notesToMarkdown(notes: readonly Note[], nameOf: (entityId: string) => string | undefined = () => undefined): string {
  const byPage = new Map<string, Note[]>();
  const sorted = [...notes].sort((a, b) => b.modified.localeCompare(a.modified));
  for (const n of sorted) {
    const list = byPage.get(n.target.source);
    if (list) list.push(n);
    else byPage.set(n.target.source, [n]);
  }
  const out: string[] = ['# Backstory notes', ''];
  for (const [page, list] of byPage) {
    const title = list.find((n) => n.backstory.pageTitle)?.backstory.pageTitle;
    out.push(`## ${escapeMarkdown(title ?? page)}`, '', `<${page.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
    for (const n of list) {
      const { entityId, term } = n.backstory;
      const about = entityId ? (nameOf(entityId) ?? entityId) : term ? `“${term}”` : undefined;
      const on = about ? ` · on ${escapeMarkdown(about)}` : '';
      out.push(`### ${n.modified.slice(0, 16).replace('T', ' ')}${on}`, '');
      const quote = n.target.selector?.[0].exact;
      if (quote) out.push(quoteBlock(quote), '');
      out.push(escapeMarkdown(n.body.value), '');
    }
  }
  return out.join('\n');
}
