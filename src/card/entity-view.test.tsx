// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
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

  it('makes related names buttons that open them, where the card can', () => {
    const card: EntityCard = {
      id: 'person:steve-witkoff', name: 'Steve Witkoff', type: 'person', linked: true, description: null, aliases: [], notes: [], mentions: [],
      related: [{ id: 'place:qatar', name: 'Qatar', type: 'place', count: 2 }, { id: 'org:hamas', name: 'Hamas', type: 'org', count: 1 }],
    };
    const root = document.createElement('div');
    const onOpen = vi.fn();
    render(<EntityView card={card} onOpen={onOpen} />, root);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.related button')];
    expect(buttons.map((b) => [b.textContent, b.dataset.relatedId])).toEqual([['Qatar', 'place:qatar'], ['Hamas', 'org:hamas']]);
    buttons[1]!.click();
    expect(onOpen).toHaveBeenCalledWith(card.related[1]);

    render(<EntityView card={card} />, root);
    expect(root.querySelectorAll('.related button')).toHaveLength(0);
    expect([...root.querySelectorAll('.related .badge')].map((b) => b.textContent)).toEqual(['Qatar', 'Hamas']);
  });

  it('puts the reader’s notes before the stored mentions, where a tall card cannot hide them', () => {
    const card: EntityCard = {
      id: 'person:bezalel-smotrich', name: 'Bezalel Smotrich', type: 'person', linked: true, description: 'finance minister', aliases: [], related: [],
      notes: [{ id: 'n1', text: 'Check his budget claims.', created: '2025-02-04T10:00:00Z' }],
      mentions: [mention('a1', 'Truce holds', 'Smotrich threatened to quit.')],
    };
    const root = document.createElement('div');
    render(<EntityView card={card} />, root);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Your notes', 'In your stored articles']);
  });

  it('says which name a note was written on before the library knew it', () => {
    const card: EntityCard = {
      id: 'person:bezalel-smotrich', name: 'Bezalel Smotrich', type: 'person', linked: true, description: null, aliases: ['Smotrich'], related: [], mentions: [],
      notes: [
        { id: 'n1', text: 'Check his budget claims.', created: '2025-02-04T10:00:00Z', term: 'SMOTRICH' },
        { id: 'n2', text: 'Made on him.', created: '2025-02-03T10:00:00Z' },
      ],
    };
    const root = document.createElement('div');
    render(<EntityView card={card} />, root);
    expect([...root.querySelectorAll('h2 + ul li')].map((li) => li.textContent)).toEqual(['Check his budget claims. — on “SMOTRICH”', 'Made on him.']);
  });
});
