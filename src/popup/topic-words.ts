// The topic gate's verdict in the reader's words, in the terms Settings uses: the page's
// score, the bar a page must reach to be highlighted, and the Topic sensitivity that set
// that bar (the slider scales the threshold: higher sensitivity, lower bar). Not
// "threshold": jargon, and nothing in Settings is called that.
import type { TopicScore } from '../core/types';
import { formatScore } from './page-terms';

/** "Scores 0.51; pages scoring 0.15 or more are highlighted (at Topic sensitivity 0.50, in
 *  Settings)." `sensitivity` undefined: not known (yet), and left unsaid. A page can reach
 *  the bar and still be kept off by the gate's other rules (one term carrying it, only the
 *  stored places, too few stored names under a raised sensitivity): then that is said. */
export function topicWords(topic: Pick<TopicScore, 'score' | 'onTopic' | 'threshold'>, sensitivity?: number): string {
  const score = formatScore(topic.score);
  if (topic.threshold === undefined) return `Scores ${score}.`;
  const bar = formatScore(topic.threshold);
  const setting = sensitivity === undefined ? '' : ` (at Topic sensitivity ${formatScore(sensitivity)}, in Settings)`;
  if (topic.onTopic) return `Scores ${score}; pages scoring ${bar} or more are highlighted${setting}.`;
  if (topic.score < topic.threshold) return `Scores ${score}; a page needs ${bar} or more to be highlighted${setting}.`;
  return `Scores ${score}, reaching the ${bar} a page needs${setting}, but too little of it is the stored articles' own names and words.`;
}
