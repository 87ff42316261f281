// Why a Library search found a row when its title and source do not say: the names it
// mentions that matched, or the sentence of its text with the query's words marked (as the
// hover card marks a term). Text is rendered as text, never as HTML.
import type { JSX } from 'preact';
import type { LibraryMatch } from '../messaging/contract';

export function LibraryHit({ match }: { match: LibraryMatch }): JSX.Element {
  if ('names' in match) {
    return (
      <span class="library-hit small" data-library-match="names">
        Mentions {match.names.join(', ')}
      </span>
    );
  }
  const { text, marks } = match.snippet;
  const parts: (string | JSX.Element)[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at || end > text.length) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return (
    <span class="library-hit small" data-library-match="text" title={text}>
      {parts}
    </span>
  );
}
