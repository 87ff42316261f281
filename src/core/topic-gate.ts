// The topic gate: is this page about the stored articles' topics? The content script sends
// the title and the start of the page's visible text (page/topic); the background scores
// it. Below the threshold the page run stops before matching, so an off-topic page gets no
// highlight and no listener beyond the navigation watch.
//
// Scored on the title plus the first GATE_SAMPLE characters of the visible text: a news
// page says what it is about early, and scoring a 1 M-word page whole would cost for nothing.
//
// A page that only a raised sensitivity lets in (its score under the default threshold) must
// also name STORED_NAMES_BELOW_DEFAULT of the stored entities: there, words shared with the
// story and one shared name ("Potomac", "Nippon") are what an eagles' nest on the river or a
// film festival have too; a near story names the story's actors (Trump, Israel, Iran).
import { DEFAULT_THRESHOLD, scoreTopic } from './topic';
import type { PageAnnotation, TopicProfile, TopicScore } from './types';

export const GATE_SAMPLE = 60_000;

/** The part of the page's text the gate reads. */
export function gateSample(text: string): string {
  return text.length > GATE_SAMPLE ? text.slice(0, GATE_SAMPLE) : text;
}

/** Distinct stored entities a page must name to pass under the default threshold. */
export const STORED_NAMES_BELOW_DEFAULT = 2;

/** How many distinct stored entities the annotations link. */
export function storedNamesIn(annotations: readonly PageAnnotation[]): number {
  return new Set(annotations.flatMap((a) => (a.entityId === null ? [] : [a.entityId]))).size;
}

/** The gate's verdict. `annotate` (the page matcher, as the background holds it) is run only
 *  on a page that passes under the default threshold; without it that page passes as scored. */
export function scorePage(profile: TopicProfile, title: string, text: string, annotate?: (text: string) => PageAnnotation[]): TopicScore {
  const sample = gateSample(text);
  const read = title ? `${title}\n${sample}` : sample;
  const score = scoreTopic(profile, read);
  if (!score.onTopic || !annotate || score.score >= DEFAULT_THRESHOLD) return score;
  return storedNamesIn(annotate(read)) >= STORED_NAMES_BELOW_DEFAULT ? score : { ...score, onTopic: false };
}
