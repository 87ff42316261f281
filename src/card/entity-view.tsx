// An entity's card: name, type, linked or not, description, where the stored articles
// mention it (sentence with the term marked, article title, source, date), related names
// (buttons that show that name's backstory in the same card, where the card can ask).
// The reader's notes on it come right after the description.
import type { JSX } from 'preact';
import type { EntityCard } from '../messaging/contract';
import { MarkedSentence, Source } from './sentence';

const TYPE_LABEL: Record<EntityCard['type'], string> = { person: 'Person', org: 'Organisation', place: 'Place', event: 'Event' };

export type RelatedName = EntityCard['related'][number];

export function EntityView({ card, onOpen }: { card: EntityCard; onOpen?: (name: RelatedName) => void }): JSX.Element {
  return (
    <>
      <header>
        <h1>{card.name}</h1>
        <span class={`badge type-${card.type}`}>{TYPE_LABEL[card.type]}</span>
        <span class="badge muted">{card.linked ? 'In your articles' : 'Only on this page'}</span>
      </header>
      {card.description && <p class="description">{card.description}</p>}
      {card.aliases.length > 0 && <p class="description muted">Also: {card.aliases.join(', ')}</p>}
      {/* The reader's own words first: below the mentions a tall card hid them. */}
      {card.notes.length > 0 && (
        <>
          <h2>Your notes</h2>
          <ul class="card-notes">
            {card.notes.map((n) => (
              <li key={n.id}>
                {n.text}
                {/* Written on the name before the library knew it: say which name. */}
                {n.term && <span class="muted note-term"> — on “{n.term}”</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {card.mentions.length > 0 ? (
        <>
          <h2>In your stored articles</h2>
          <ul>
            {card.mentions.map((m, i) => (
              <li key={i}>
                <MarkedSentence sentence={m.sentence} start={m.start} end={m.end} />
                {/* Sentences of one article in a row name it once, under the last. */}
                {card.mentions[i + 1]?.article.id !== m.article.id && <Source title={m.article.title} source={m.article.source} date={m.article.date} />}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{card.savedHere ? `Only your saved copy of this page mentions ${card.name}.` : `No stored article mentions ${card.name} yet.`}</p>
      )}
      {card.related.length > 0 && (
        <>
          <h2>Related</h2>
          <ul class="related">
            {card.related.map((r) => (
              <li key={r.id}>
                {onOpen ? (
                  <button type="button" class={`badge type-${r.type}`} data-related-id={r.id} onClick={() => onOpen(r)}>
                    {r.name}
                  </button>
                ) : (
                  <span class={`badge type-${r.type}`}>{r.name}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
