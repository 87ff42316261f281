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

/** An AnnotationCollection with every note in its first (only) page. */
export function notesToJsonLd(notes: readonly Note[], label = 'Backstory notes'): string {
  const doc = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes },
  };
  return JSON.stringify(doc, null, 1);
}

/** Markdown's active characters, escaped so note text shows as written (no links, no HTML). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#|~!]/g, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*)([-+=]|\d+\.)(?=\s|$)/, (_m, space: string, mark: string) => `${space}${mark.replace(/([-+=.])/, '\\$1')}`))
    .join('\n');
}

function quoteBlock(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Grouped by page (pages in order of their newest note), quote as a blockquote. */
export function notesToMarkdown(notes: readonly Note[]): string {
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
      const on = n.backstory.entityId ? ` · on ${escapeMarkdown(n.backstory.entityId)}` : '';
      out.push(`### ${n.modified.slice(0, 16).replace('T', ' ')}${on}`, '');
      const quote = n.target.selector?.[0].exact;
      if (quote) out.push(quoteBlock(quote), '');
      out.push(escapeMarkdown(n.body.value), '');
    }
  }
  return out.join('\n');
}
