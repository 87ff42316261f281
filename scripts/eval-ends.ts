// The topic gate at the Settings slider's two ends, for npm run eval: the off-topic pages the
// most sensitive setting lets through, and the pages expected on that the strictest keeps
// out. --check judges the default only; these lines say what a user moving the slider gets.
import { effectiveThreshold } from '../src/core/records';
import { DEFAULT_THRESHOLD } from '../src/core/topic';
import { SLIDER_ENDS, type PageResult } from './eval-page';

export interface SliderEnds {
  /** Off-topic pages on at the most sensitive setting. */
  offPassed: string[];
  /** Pages squarely on the topic (topic "on") off at the strictest setting. */
  onFailed: string[];
  /** Near pages expected on, off at the strictest setting (the strictest keeps only the pages
   *  squarely on the topic, records.ts). */
  nearFailed: string[];
}

export const END_THRESHOLDS = {
  strictest: effectiveThreshold(DEFAULT_THRESHOLD, SLIDER_ENDS.strictest),
  mostSensitive: effectiveThreshold(DEFAULT_THRESHOLD, SLIDER_ENDS.mostSensitive),
};

const t = (x: number) => x.toFixed(3).replace(/0$/, '');

/** One topic's pages at the slider's ends, ids prefixed with `prefix`. */
export function sliderEnds(results: PageResult[], prefix = ''): SliderEnds {
  const ids = (keep: (r: PageResult) => boolean) => results.filter(keep).map((r) => `${prefix}${r.resolved.page.id}`);
  return {
    offPassed: ids((r) => r.resolved.page.topic === 'off' && r.topic.mostSensitive),
    onFailed: ids((r) => r.resolved.page.topic === 'on' && !r.topic.strictest),
    nearFailed: ids((r) => r.resolved.page.topic === 'near' && r.resolved.page.expectOnTopic && !r.topic.strictest),
  };
}

export function addEnds(...all: SliderEnds[]): SliderEnds {
  return {
    offPassed: all.flatMap((e) => e.offPassed),
    onFailed: all.flatMap((e) => e.onFailed),
    nearFailed: all.flatMap((e) => e.nearFailed),
  };
}

const list = (ids: string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '');

/** The two lines for a topic's block or for all topics. */
export function endsLines(e: SliderEnds): string[] {
  return [
    `Most sensitive (threshold ${t(END_THRESHOLDS.mostSensitive)}): ${e.offPassed.length} off-topic page(s) pass${list(e.offPassed)}`,
    `Strictest (threshold ${t(END_THRESHOLDS.strictest)}): ${e.onFailed.length} on page(s) fail${list(e.onFailed)}; ${e.nearFailed.length} near page(s) expected on fail${list(e.nearFailed)}`,
  ];
}
