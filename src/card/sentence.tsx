// A stored sentence with the term marked: the [start, end) span becomes a <mark>. Text is
// rendered as text (never HTML), whatever the stored article holds.
import type { JSX } from 'preact';

export function MarkedSentence({ sentence, start, end }: { sentence: string; start: number; end: number }): JSX.Element {
  const s = Math.max(0, Math.min(start, sentence.length));
  const e = Math.max(s, Math.min(end, sentence.length));
  return (
    <blockquote>
      {sentence.slice(0, s)}
      <mark>{sentence.slice(s, e)}</mark>
      {sentence.slice(e)}
    </blockquote>
  );
}

export function Source({ title, source, date }: { title: string; source: string; date: string }): JSX.Element {
  return (
    <div class="source">
      <b>{title}</b> — {source}, <time dateTime={date}>{date}</time>
    </div>
  );
}
