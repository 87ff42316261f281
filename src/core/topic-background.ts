// Background frequencies for the topic profile: words every English news story uses, so a
// term the stored articles share with all of news ("said", "president", "Monday") weighs
// little. Two tiers instead of a corpus count table: function words weigh nothing, common
// words a fraction and never count as a shared topic term (topic.ts). The common tier also
// holds filler a handful of stored articles would otherwise make look topical: ordinals,
// generic verbs and adverbs, generic business words ("bank", "supply", "share"), and the
// words any story with figures moves them by ("rose", "fell", "a record").

import { words } from './word-set';

/** Function words: no topical weight at all. */
export const FUNCTION_WORDS = /* @__PURE__ */ words(`
  the and for are but not you all any can had her was one our out has him his how its may
  new now old see two way who did get let put say she too use that with have this will your
  from they been were said each which their them then these than what when where while
  there here some such only also into over just very would could should about after before
  other more most many much both being does done doing because through during without within
  upon again against between among until since though although whether either neither nor
  yet still even ever every those whom whose why own same few off onto per via amid
  i me my we us he it is be am an as at by do go if in no of on or so to up
  mr mrs ms dr st etc yes okay
  three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
`);

/** Common news and everyday words: present in almost any story, weighted down. */
export const COMMON_WORDS = /* @__PURE__ */ words(`
  say says saying told tell tells asked ask added add adds noted note explained explain
  according report reports reported reporter reporters statement statements comment comments
  call called calls calling week weeks day days month months year years time times today
  yesterday tomorrow tonight morning evening night hour hours minute minutes moment
  monday tuesday wednesday thursday friday saturday sunday january february march april june
  july august september october november december
  president presidents minister ministers prime official officials senior government governments
  chair chairman chairwoman governor governors
  administration leader leaders state states country countries nation national world
  international public people person man men woman women child children family families
  group groups member members part parts number numbers first second third last next end
  start began begin begins started start starting continue continued continues remain remains
  remained make made makes making take took taken takes give gave given gives go goes going
  went gone come came comes coming see saw seen look looked looking know knew known think
  thought want wanted need needed help helped work worked working plan plans planned
  meet meeting met meetings talk talks talked discuss discussed discussion visit visited
  issue issues question questions matter thing things way ways case cases point points
  place places area areas city cities home house white black red new old high low large
  small big little long short good bad best better great important major key main common
  political politics policy policies party parties vote votes election elections campaign seat seats
  office offices power powers right rights law laws court courts support supported
  process deal deals agreement agreements plan decision decisions effort efforts
  problem problems change changes changed level levels side sides team teams game games
  season player players win won lose lost play played score scored goal goals match
  company companies business market markets price prices money cost costs percent share
  shares sales revenue profit quarter billion million thousand hundred half
  including include includes included however also around across along toward towards
  among around early late later earlier recent recently former current currently ago
  while during near far away back front top open opened close closed set sets held hold
  holds keep kept run ran running show shows showed shown lead led leads leading
  told news media press tv radio online social video photo image story stories
  life live lives living death deaths died die killed kill health hospital
  school water food weather rain storm snow wind temperatures forecast
  economy economic financial security military force forces police war wars
  several many number total least most less more only already never always often
  department departments service services agency agencies ministry ministries
  across east west north south northern southern eastern western region regional
  local head chief director spokesperson spokesman spokeswoman source sources
  american americans united us washington
  describe described describes despite further ahead cannot can't prepare prepared push pushed
  step steps focus focused claim claimed claims confirm confirmed address addressed agree
  agreed responsible organization organisation return returned returns challenge challenges
  tolerate remaining ongoing outlook mostly shift shifted heavy line lines left right another
  expect expected expects hope hoped hopes likely possible possibly whether seem seemed
  become became becomes bring brought move moved moves pass passed follow followed
  try tried trying believe believed feel felt mean means meant allow allowed happen happened
  provide provided receive received reach reached build built carry carried stand stood
  want wants create created offer offered serve served send sent spend spent turn turned
  full free clear sure real certain recent early whole able available due final general
  according despite beyond within fact facts idea reason result results example sense
  word words name names plan plans hand hands eye eyes face line role step stage goal
  level term terms view views rest kind sort lot lots piece pieces period periods
  event events member certainly clearly simply really actually especially particularly
  nearly almost quite rather enough instead thing something nothing everything anything
  fourth fifth sixth seventh eighth ninth tenth twice once middle under together like
  meanwhile eventually approximately potentially obviously pretty thus nobody single strong
  significant critical important importance priority initial formal private individual majority
  following arrived awaiting begun bringing combined commenced anticipated intend aim ensure
  require prevent secure securing pursue engage enter expanded transformed resulted posed
  emphasized expressed reiterated replied stating speaking questioned opposed convey conveyed
  hear mark cover guide message outcome subject stress dimension testament readiness
  hopeful cautious optimism dedicated commitment looming slated spread staggered pave
  ive youll theyll dinner flight flights airport boarding
  bank banks banking supply supplies supplied trade trading stock stocks investor investors
  analyst analysts earnings income growth demand customer customers product products
  industry firm firms executive executives credit finance financial
  rose rise rising risen fell fall falling fallen jumped jump climbed climb dropped drop
  slipped slip gained gain record highest lowest
`);

/** Whether a term tells what a page is about: an entity id, or a word outside the common tier. */
export function carriesTopic(term: string): boolean {
  return term.includes(':') || !(COMMON_WORDS.has(term) || COMMON_WORDS.has(`${term}s`));
}
