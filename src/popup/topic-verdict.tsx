// "This page"'s topic box: whether the page is about the stored topics, its score against
// the bar in the terms Settings uses (topic-words.ts), the terms it shares with them, and
// for an off-topic page how it could count.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../messaging/contract';
import { useDeps } from './deps';
import { topTopicTerms } from './page-terms';
import { topicWords } from './topic-words';

/** The Topic sensitivity setting, asked again whenever `when` changes (a report made at a
 *  new sensitivity carries a new threshold); undefined while unknown or when asking fails. */
function useSensitivity(when: unknown): number | undefined {
  const { send } = useDeps();
  const [sensitivity, setSensitivity] = useState<number | undefined>(undefined);
  useEffect(() => {
    let live = true;
    send('settings/get', {})
      .then((s) => live && setSensitivity(s.topicSensitivity))
      .catch(() => live && setSensitivity(undefined)); // the line then leaves the setting out
    return () => {
      live = false;
    };
  }, [when, send]);
  return sensitivity;
}

/** Shown only while the library holds articles (with none, page-view.tsx says so instead). */
export function Topic({ summary }: { summary: PageSummary }): JSX.Element {
  const { topic } = summary;
  const shared = topTopicTerms(topic, summary.terms);
  const sensitivity = useSensitivity(topic.threshold);
  return (
    <div data-topic data-on-topic={topic.onTopic ? 'true' : 'false'} class={`topic ${topic.onTopic ? 'on' : 'off'}`}>
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
