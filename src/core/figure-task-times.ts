// The time a task takes: "it would take about four days to clear the backlog" is how long
// clearing takes, not how long something lasted ("lost revenue on each of the six days it was
// closed"); the two are set against each other only when both name the same task.

import type { Fact, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const TAKES_BEFORE = new RegExp(String.raw`\b(?:take|takes|took|taken|taking|need|needs|needed)(?:${S}(?:up${S})?(?:about|around|roughly|some|nearly|almost|at${S}least|more${S}than|less${S}than|up${S}to|only|just|another|a${S}further))*${S}$`, 'i');
const TO_VERB_AFTER = new RegExp(String.raw`^(?:${S}or${S}more)?${S}(?:for${S}[\p{L}'’-]+(?:${S}[\p{L}'’-]+)?${S})?to${S}(\p{Ll}+)`, 'u');

/** The task a duration `q` is the time of ("clear" for "take four days to clear"), or null. */
export function taskOf(sentence: string, q: Quantity): string | null {
  if (q.form !== 'duration') return null;
  const head = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (!TAKES_BEFORE.test(head)) return null;
  return TO_VERB_AFTER.exec(sentence.slice(q.end))?.[1]?.toLowerCase() ?? null;
}

/** True when one duration is the time a task takes and the other is not that task's time. */
export function taskTimesApart(sentence: string, q: Quantity, fact: Fact): boolean {
  if (q.form !== 'duration' || fact.quantity.form !== 'duration') return false;
  return taskOf(sentence, q) !== taskOf(fact.where.sentence, fact.quantity);
}
