// The topic gate: is this page about the stored articles' topics? The content script sends
// the title and the start of the page's visible text (page/topic); the background scores
// it. Below the threshold the page run stops before matching, so an off-topic page gets no
// highlight and no listener beyond the navigation watch.
//
// Scored on the title plus the first GATE_SAMPLE characters of the visible text: a news
// page says what it is about early, and scoring a 1 M-word page whole would cost for nothing.
import { scoreTopic } from './topic';
import type { TopicProfile, TopicScore } from './types';

export const GATE_SAMPLE = 60_000;

/** The part of the page's text the gate reads. */
export function gateSample(text: string): string {
  return text.length > GATE_SAMPLE ? text.slice(0, GATE_SAMPLE) : text;
}

export function scorePage(profile: TopicProfile, title: string, text: string): TopicScore {
  const sample = gateSample(text);
  return scoreTopic(profile, title ? `${title}\n${sample}` : sample);
}
