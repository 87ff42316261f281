// The topic gate: is this page about the stored articles' topics? The content script sends
// the title and the start of the page's visible text (page/topic); the background scores
// it. Below the threshold the page run stops before matching, so an off-topic page gets no
// highlight and no listener beyond the navigation watch.
//
// Scored on the title plus the first GATE_SAMPLE characters of the visible text: a news
// page says what it is about early, and scoring a 1 M-word page whole would cost for nothing.
//
// A page that passes on its score must also name STORED_NAMES of the stored entities. Words
// shared with the story and one shared name ("Potomac", "Nippon", the story's bank written once
// in passing) are what an eagles' nest on the river, a film festival or another bank's quarter
// have too. A stored place counts half a name: a story's places are where other things happen
// as well (a gold price quoted in Paris and Beijing, a rodeo under a copy of the Eiffel Tower),
// its actors (a person, a body, an event) are its own. A page on the story, or near it, names
// an actor and a place or two, or several of its places. A brief names fewer: one actor, said
// again ("Netanyahu convenes cabinet …", "Netanyahu convened …"). An actor the page names twice
// (title and text read together) is what the page is about, not a name in passing, and counts
// as two names (topic-gate-briefs.test.ts); as a page's visible text repeats its headline, an
// actor in the headline is enough. A place named again still counts half. An actor named once
// counts ONLY_ACTOR_WEIGHT where the page names nothing the store does not know more often
// (topic-own-subject.ts): it is what the page is about, and with a stored place the item passes
// ("regulators closed Silicon Valley Bank" beside "start-ups in California"); where the page has a
// subject of its own ("Boeing" five times beside the stored union once) it counts one, and so
// where the page names it only after its lead (topic-lead.ts: a teachers' strike ending "Shawn
// Fain sent a message of support"). Its cost: a page on another story of the stored actor's,
// named in its lead (drones over Washington and the FAA against the Potomac collision, the CDC's
// salmonella outbreak in Texas against measles), passes (topic-gate-briefs.test.ts). A stored person named by the surname alone is none of the store's
// names on a page about a namesake ("Merz scores nine", Jonas Merz; topic-namesakes.ts).
import { scoreTopic } from './topic';
import { leadEnd } from './topic-lead';
import { withoutNamesakes } from './topic-namesakes';
import { ownSubjectLeads } from './topic-own-subject';
import type { PageAnnotation, TopicProfile, TopicScore } from './types';

export const GATE_SAMPLE = 60_000;

/** The part of the page's text the gate reads. */
export function gateSample(text: string): string {
  return text.length > GATE_SAMPLE ? text.slice(0, GATE_SAMPLE) : text;
}

/** Stored names a page must name to pass, each distinct stored entity counted once. */
export const STORED_NAMES = 2;
/** What a stored place counts for: a story's places are where other things happen too (a
 *  city, a country), its actors are its own, so two places alone do not make a page on topic. */
const PLACE_WEIGHT = 0.5;

/** What an actor (no place) the page names more than once counts for. */
const REPEATED_ACTOR_WEIGHT = 2;
/** What an actor named once counts for on a page with no subject of its own named more often. */
const ONLY_ACTOR_WEIGHT = 1.5;

/** Stored entity ids start with their type (knowledge.ts). */
const PLACE_ID = 'place:';

/** The distinct stored entities the annotations link, a place counted as PLACE_WEIGHT, an actor
 *  linked more than once as REPEATED_ACTOR_WEIGHT, and one linked once as ONLY_ACTOR_WEIGHT
 *  where it is `inLead` and the page's own subject does not lead (1 otherwise). A place named
 *  again is still only where things happen (a gold price quoted in Paris twice). */
export function storedNamesIn(annotations: readonly PageAnnotation[], inLead: (a: PageAnnotation) => boolean = () => true): number {
  const times = new Map<string, number>();
  const first = new Map<string, PageAnnotation>();
  for (const a of annotations) {
    if (a.entityId === null) continue;
    times.set(a.entityId, (times.get(a.entityId) ?? 0) + 1);
    if (!first.has(a.entityId)) first.set(a.entityId, a);
  }
  const ownLeads = ownSubjectLeads(annotations);
  const once = (id: string): number => {
    const a = first.get(id);
    return !ownLeads && a !== undefined && inLead(a) ? ONLY_ACTOR_WEIGHT : 1;
  };
  let sum = 0;
  for (const [id, n] of times) sum += id.startsWith(PLACE_ID) ? PLACE_WEIGHT : n > 1 ? REPEATED_ACTOR_WEIGHT : once(id);
  return sum;
}

/** The gate's verdict. `annotate` (the page matcher, as the background holds it) is run, on
 *  the title and on the text read, only for a page that passes on its score: that page is
 *  matched next anyway, and the background keeps the text's matches for it. Without it a
 *  page passes as scored. */
export function scorePage(profile: TopicProfile, title: string, text: string, annotate?: (text: string) => PageAnnotation[]): TopicScore {
  const sample = gateSample(text);
  const score = scoreTopic(profile, title ? `${title}\n${sample}` : sample);
  if (!score.onTopic || !annotate) return score;
  const headline = title ? annotate(title) : [];
  const read = annotate(sample);
  // The headline and the text's first sentences are the lead (topic-lead.ts).
  const end = leadEnd(title, sample);
  const lead = new Set([...headline, ...read.filter((a) => a.start < end)]);
  const names = storedNamesIn(withoutNamesakes(headline, read), (a) => lead.has(a));
  return names >= STORED_NAMES ? score : { ...score, onTopic: false };
}
