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

  it('escapes note text so it shows as written, never as HTML or links', () => {
    const md = notesToMarkdown([note('a', 'https://x.example/1', '<img src=x onerror=alert(1)> [click](javascript:x) *bold*')]);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]\\(javascript:x\\) \\*bold\\*');
  });

  it('keeps a line starting like a list or heading literal', () => {
    expect(escapeMarkdown('- item\n1. first\n# head')).toBe('\\- item\n1\\. first\n\\# head');
  });
});
