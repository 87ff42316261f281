// The words around one mention that say what a name is: a fixture's verb before a side, staff
// "at" a firm, a bearing "south of" a place. Patterns over the text just before (ending in $)
// or just after (opening with ^) a name; entity-typing.ts and a few name rules vote with them.
// Split from entity-cues.ts, which keeps the word lists.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

/** Words before a name that make it a sports side: "a win over Brighton", "drew with Spurs". */
export const TEAM_BEFORE = new RegExp(String.raw`\b(?:win|victory|defeat|loss|draw|drew|lost|losing|play|plays|playing|host|hosts|hosting|face|faces|facing)${S}(?:over${S}|to${S}|with${S}|by${S}|at${S})?$`, 'i');
/** A player's move from a club, before its name: "joined from Tottenham Hotspur", "on loan
 *  from"; and a season's first game: "opens against RB Leipzig". */
export const TRANSFER_FROM = new RegExp(String.raw`\b(?:(?:joined|joins|signed|signs|bought|buys|loan|loaned)${S}from|(?:opens?|opened|begins?|began|starts?|started)${S}against)${S}$`, 'i');
/** People who work at an organisation, before "at": "analysts at Commerzbank said". */
export const STAFF_AT = new RegExp(String.raw`\b(?:analysts|economists|strategists|researchers|scientists|engineers|executives|officials|employees|workers|staff|bankers|traders|lawyers|doctors|spokesman|spokeswoman|spokesperson)${S}(?:at|from)${S}(?:the${S})?$`, 'i');
/** A holding in a company, before its name: "shares in Volkswagen", "a stake in Nvidia". */
export const HOLDING_IN = new RegExp(String.raw`\b(?:shares|share|stock|stocks|stake|stakes|shareholding|holdings|bonds)${S}(?:in|of)${S}(?:the${S})?$`, 'i');
/** "fell to third in the", "top of the": a side's place in a table, so what follows is the
 *  league or conference it plays in ("the Eastern Conference"), not an event. A verb of
 *  standing is required: "finished third in the" a race names an event. */
export const STANDING_IN = new RegExp(String.raw`\b(?:(?:fell|fall|falls|dropped|drops|slipped|slips|rose|rises|climbed|climbs|moved|moves|sit|sits|sat|lie|lies|stay|stays|stayed|remain|remains|remained|is|are|was|were)${S}(?:up${S}|down${S})?(?:to${S})?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))${S}(?:place${S})?in|(?:top|bottom|foot)${S}of)${S}the${S}$`, 'i');
/** Parts of a site after its name: "the Rose Bowl car park", "the Wembley turnstiles". An
 *  event has no car park; the ground named for it has. */
export const SITE_AFTER = new RegExp(String.raw`^${S}(?:car${S}park|car${S}parks|parking${S}(?:lot|lots|garage|area)|forecourt|concourse|turnstiles|grounds|stadium|arena)\b`);
/** A place's surroundings before its name: "the area around Grójec", "the town of Verviers". */
export const AREA_BEFORE = new RegExp(String.raw`\b(?:area|areas|region|regions|town|towns|village|villages|city|cities|suburbs|outskirts|district|districts|province|municipality|borough)${S}(?:around|near|outside|of)${S}$`, 'i');
/** A bearing from another place after the name: "Grójec, south of Warsaw", "Pepinster, 20km
 *  east of Liège", "the Trocadéro, across the river from the Eiffel Tower". */
export const BEARING_AFTER =
  new RegExp(String.raw`^,?${S}(?:(?:about${S}|some${S})?(?:\d[\d.,]*${S_OPT}(?:km|kilometres|kilometers|miles)${S})?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?${S}of|across${S}the${S}(?:river|street|road|square|bay|harbou?r|canal|lake)${S}from(?:${S}the)?)${S}\p{Lu}`, 'u');
/** "on 44 points": a side's place in a league table. */
export const ON_POINTS = new RegExp(String.raw`^${S}(?:on|with)${S}\d+${S}points\b`);
