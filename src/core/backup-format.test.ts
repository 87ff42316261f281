import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, escapeMarkdown, notesToJsonLd, notesToMarkdown } from './backup-format';
import type { Note } from './records';

function note(id: string, page: string, text: string, quote?: string, title?: string): Note {
  return {
    id, type: 'Annotation', created: '2025-02-04T09:00:00.000Z', modified: `2025-02-04T09:0${id.length % 10}:00.000Z`,
    body: { type: 'TextualBody', value: text, format: 'text/plain' },
    target: quote ? { source: page, selector: [{ type: 'TextQuoteSelector', exact: quote }, { type: 'TextPositionSelector', start: 0, end: quote.length }] } : { source: page },
    backstory: title ? { pageTitle: title } : {},
  };
}

describe('notesToJsonLd', () => {
  it('is a W3C AnnotationCollection with the anno.jsonld context', () => {
    const doc = JSON.parse(notesToJsonLd([note('a', 'https://x.example/1', 'hi')]));
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(1);
    expect(doc.first.items[0].body).toEqual({ type: 'TextualBody', value: 'hi', format: 'text/plain' });
  });

  it('gives the collection and its page urn:uuid ids, and every annotation an IRI id', () => {
    const doc = JSON.parse(notesToJsonLd([note('urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'https://x.example/1', 'a'), note('n2 x', 'https://x.example/1', 'b')]));
    expect(doc.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(doc.first.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(doc.first.id).not.toBe(doc.id);
    expect(doc.first.items.map((a: { id: string }) => a.id)).toEqual(['urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'urn:backstory:note:n2%20x']);
  });
});

describe('notesToMarkdown', () => {
  it('groups by page with the quote as a blockquote', () => {
    const md = notesToMarkdown([
      note('a', 'https://x.example/1', 'first thought', 'a quoted line', 'Truce talks'),
      note('bb', 'https://x.example/2', 'second page'),
      note('ccc', 'https://x.example/1', 'another'),
    ]);
    expect(md.match(/^## .*/gm)).toEqual(['## Truce talks', '## https://x.example/2']);
    expect(md).toContain('> a quoted line\n\nfirst thought');
    expect(md.indexOf('another')).toBeLessThan(md.indexOf('first thought'));
  });

  it('says which name a note is on: its entity, or the page-only name it was written on', () => {
    const onTerm = { ...note('a', 'https://x.example/1', 'watch him', 'Kassif'), backstory: { term: 'Ofer Kassif' } };
    const onEntity = { ...note('bb', 'https://x.example/1', 'envoy'), backstory: { entityId: 'person:steve-witkoff' } };
    const heads = (md: string) => md.match(/^### .*/gm)?.map((h) => h.replace(/^### [\d-]+ [\d:]+/, ''));
    const notes = [onTerm, onEntity, note('ccc', 'https://x.example/1', 'plain')];
    const names: Record<string, string> = { 'person:steve-witkoff': 'Steve Witkoff' };
    expect(heads(notesToMarkdown(notes, (id) => names[id]))).toEqual(['', ' · on Steve Witkoff', ' · on “Ofer Kassif”']);
    // An entity the library no longer knows: its id, rather than nothing.
    expect(heads(notesToMarkdown(notes))).toEqual(['', ' · on person:steve-witkoff', ' · on “Ofer Kassif”']);
  });

  it('escapes note text so it shows as written, never as HTML or links', () => {
    const md = notesToMarkdown([note('a', 'https://x.example/1', '<img src=x onerror=alert(1)> [click](javascript:x) *bold*')]);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]\\(javascript:x\\) \\*bold\\*');
  });

  it('keeps a line starting like a list or heading literal, each line its own (hard breaks)', () => {
    expect(escapeMarkdown('- item\n1. first\n# head')).toBe('\\- item\\\n1\\. first\\\n\\# head');
  });

  it('keeps "---" and "===" lines from turning the line above into a heading or a rule', () => {
    expect(escapeMarkdown('Toll figures\n---\nSecond\n===\n+++')).toBe('Toll figures\\\n\\---\\\nSecond\\\n\\===\\\n\\+++');
  });

  it('keeps an indented line from becoming a code block, and shows its indent', () => {
    expect(escapeMarkdown('code?\n    indented\n\ttabbed')).toBe('code?\\\n&nbsp;&nbsp;&nbsp;&nbsp;indented\\\n&nbsp;&nbsp;&nbsp;&nbsp;tabbed');
  });

  it('leaves a line of spaces blank', () => {
    expect(escapeMarkdown('one\n   \ntwo')).toBe('one\n\ntwo');
  });

  it('keeps single line breaks as hard breaks, and a blank line as a paragraph break', () => {
    expect(escapeMarkdown('one\ntwo\n\nthree')).toBe('one\\\ntwo\n\nthree');
    expect(notesToMarkdown([note('a', 'https://x.example/1', 'n', 'q1\nq2')])).toContain('> q1\\\n> q2');
  });
});
