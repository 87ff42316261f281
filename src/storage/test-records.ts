// Records for the storage and handler tests: synthetic wire-style articles and notes.
import { articleFromInput } from '../core/article-input';
import type { Note, StoredArticle } from '../core/records';
import { noteFromDraft } from './notes';

let counter = 0;
/** A fresh database name per test, so tests never share state. */
export function freshName(): string {
  counter += 1;
  return `backstory-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function article(n: number, over: Partial<StoredArticle> = {}): StoredArticle {
  return {
    ...articleFromInput(
      {
        title: `Cease-fire talks, day ${n}`,
        source: 'Wire',
        url: `https://news.example.com/gaza/${n}`,
        date: '2025-02-03',
        paragraphs: [`Israel and Hamas negotiators met for round ${n} of talks on the second phase of the Gaza cease-fire.`, `Steve Witkoff said ${n} issues remain.`],
      },
      '2025-02-03T10:00:00.000Z',
    ),
    ...over,
  };
}

export function note(n: number, over: { entityId?: string; page?: string; quote?: string; text?: string; modified?: string } = {}): Note {
  const page = over.page ?? `https://news.example.com/page/${n % 3}`;
  const made = noteFromDraft(
    {
      text: over.text ?? `Note ${n}: check the hostage figures`,
      pageUrl: page,
      pageTitle: `Page ${n % 3}`,
      entityId: over.entityId,
      selector: over.quote
        ? [
            { type: 'TextQuoteSelector', exact: over.quote, prefix: 'before ', suffix: ' after' },
            { type: 'TextPositionSelector', start: 7, end: 7 + over.quote.length },
          ]
        : undefined,
    },
    over.modified ?? `2025-02-0${1 + (n % 9)}T10:00:${String(n % 60).padStart(2, '0')}.000Z`,
    `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  );
  return made;
}
