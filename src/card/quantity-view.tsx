// A figure's card: what was read (value, unit, qualifier) and every stored figure that
// measures the same thing, with the verdict on an element carrying data-verdict.
import type { JSX } from 'preact';
import { groupedFigure } from '../core/grouped-number';
import { MONTH_NAMES } from '../core/month-names';
import type { QuantityCard } from '../messaging/contract';
import { MarkedSentence, Source } from './sentence';

/** An ISO date as read; a day without a year ("--01-19") in words. */
function formatIso(iso: string): string {
  const day = /^--(\d\d)-(\d\d)$/.exec(iso);
  const month = day ? MONTH_NAMES[Number(day[1]) - 1] : undefined;
  return day && month ? `${month} ${Number(day[2])} (no year given)` : iso;
}

function formatValue(card: QuantityCard): string {
  const q = card.quantity;
  if (q.iso) return formatIso(q.iso);
  if (q.value === null) return q.text;
  const v = groupedFigure(q.value);
  return q.high !== undefined ? `${v}–${groupedFigure(q.high)}` : v;
}

export function QuantityView({ card }: { card: QuantityCard }): JSX.Element {
  const q = card.quantity;
  const kind = q.kind === 'date' ? 'date' : 'number';
  return (
    <>
      <header>
        <h1>{q.text}</h1>
        <span class={`badge type-${kind}`}>{q.kind === 'date' ? 'Date' : 'Figure'}</span>
      </header>
      <dl class="figures">
        <dt>Value</dt>
        <dd>{formatValue(card)}</dd>
        {q.unit && (
          <>
            <dt>Unit</dt>
            <dd>{q.unit}</dd>
          </>
        )}
        {q.qualifier && (
          <>
            <dt>Qualifier</dt>
            <dd>{q.qualifier}</dd>
          </>
        )}
      </dl>
      {card.comparisons.length > 0 ? (
        <>
          <h2>Your stored articles say</h2>
          <ul>
            {card.comparisons.map((c) => (
              <li key={c.fact.id} data-verdict={c.verdict}>
                <div>
                  <span class="verdict">{c.verdict === 'agrees' ? 'Agrees' : 'Differs'}</span>
                  <span class="muted"> — {c.reason}</span>
                </div>
                <dl class="figures">
                  <dt>This page</dt>
                  <dd>{q.text}</dd>
                  <dt>Stored</dt>
                  <dd>{c.fact.quantity.text}</dd>
                </dl>
                <MarkedSentence sentence={c.fact.where.sentence} start={c.fact.where.start} end={c.fact.where.end} />
                <Source title={c.article.title} source={c.article.source} date={c.article.date} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        // "figure" on a date's card, and "measures", were the index's words, not a reader's.
        <p class="muted" data-no-comparison>{q.kind === 'date' ? 'No stored article gives a date for the same thing.' : 'No stored article gives a figure for the same thing.'}</p>
      )}
    </>
  );
}
