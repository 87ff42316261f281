// The topic gate: is this page about the stored articles' topics? Below the threshold the
// page run stops before matching, so an off-topic page gets no highlight and no listener
// beyond the navigation watch.
//
// Scored on the title plus the first GATE_SAMPLE characters of the visible text: a news
// page says what it is about early, and scoring a 1 M-word page whole would be one long task.
import { scoreTopic } from '../core/topic';
import type { TopicProfile, TopicScore } from '../core/types';

export const GATE_SAMPLE = 60_000;

export function gateText(title: string, text: string): string {
  const sample = text.length > GATE_SAMPLE ? text.slice(0, GATE_SAMPLE) : text;
  return title ? `${title}\n${sample}` : sample;
}

export function scorePage(profile: TopicProfile, title: string, text: string): TopicScore {
  return scoreTopic(profile, gateText(title, text));
}
