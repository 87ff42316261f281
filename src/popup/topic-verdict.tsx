// "This page"'s topic box: whether the page is about the stored topics, its score against
// the bar in the terms Settings uses (topic-words.ts), the terms it shares with them, and
// for an off-topic page how it could count. The bar and the setting come together in the
// page's report (the run's threshold and the sensitivity it ran at).
import type { JSX, RefObject } from 'preact';
import type { PageSummary } from '../messaging/contract';
import { topTopicTerms } from './page-terms';
import { topicWords } from './topic-words';

/** Shown only while the library holds articles (with none, page-view.tsx says so instead).
 *  `focusRef`: where the focus may be put (library-unknown.ts, after "Try again"). */
export function Topic({ summary, focusRef }: { summary: PageSummary; focusRef?: RefObject<HTMLDivElement | null> }): JSX.Element {
  const { topic } = summary;
  const shared = topTopicTerms(topic, summary.terms);
  // The setting from the page's own report, never asked apart: a setting asked for when the
  // report changed came a moment after it, and meanwhile the new bar was named with the old
  // setting (and one asked for before the page ran again would be newer than its bar).
  const { sensitivity } = topic;
  return (
    <div ref={focusRef} tabIndex={-1} data-topic data-on-topic={topic.onTopic ? 'true' : 'false'} class={`topic ${topic.onTopic ? 'on' : 'off'}`}>
      <p class="topic-verdict">
        <strong>{topic.onTopic ? 'About your stored topics' : 'Not about your stored topics'}</strong>
        <span class="muted">
          {' '}
          {topicWords(topic, sensitivity)}
        </span>
      </p>
      {shared.length > 0 && <p class="muted small">Shared terms: {shared.join(', ')}</p>}
      {!topic.onTopic && <p class="muted small">Highlights stay off on pages outside your topics.</p>}
      {!topic.onTopic && (
        <p class="muted small" data-off-topic-next>
          If this page is on a story you follow, save it in the Library (Save this page): its names then count towards your topics. Settings → Topic sensitivity lets more pages count.
        </p>
      )}
    </div>
  );
}
