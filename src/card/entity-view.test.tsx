// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { CardMention, EntityCard } from '../messaging/contract';
import { EntityView } from './entity-view';

const article = (id: string, title: string) => ({ id, title, source: 'Wire', url: null, date: '2025-02-03' });
const mention = (id: string, title: string, sentence: string): CardMention => ({ articleId: id, sentence, start: 0, end: 9, article: article(id, title) });

describe('EntityView', () => {
  it('names an article once under its sentences in a row', () => {
    const card: EntityCard = {
      id: 'person:benjamin-netanyahu', name: 'Benjamin Netanyahu', type: 'person', linked: true, description: null, aliases: [], related: [], notes: [],
      mentions: [mention('a1', 'Truce holds', 'Netanyahu met envoys.'), mention('a1', 'Truce holds', 'Netanyahu said so.'), mention('a2', 'Talks resume', 'Netanyahu flew out.')],
    };
    const root = document.createElement('div');
    render(<EntityView card={card} />, root);
    expect(root.querySelectorAll('blockquote')).toHaveLength(3);
    expect([...root.querySelectorAll('.source b')].map((b) => b.textContent)).toEqual(['Truce holds', 'Talks resume']);
  });
});
