// The measure lexicon: the handful of verbs and nouns news states figures with, each
// surface word mapped to its lemma (killed, held, released; ceasefire, budget, fine…).

/** What happened to the counted things. Surface word → lemma. */
const EVENT_WORDS: Record<string, string> = {};
/** What the figure is about (the event a date belongs to, the thing a % or sum is of). */
export const TOPIC_WORDS: Record<string, string> = {};

function lexicon(target: Record<string, string>, entries: Record<string, string>): void {
  for (const [lemma, words] of Object.entries(entries)) for (const w of words.split(' ')) target[w] = lemma;
}

lexicon(EVENT_WORDS, {
  dead: 'killed kill kills killing dead death deaths died die dies fatalities fatality toll perished',
  wounded: 'wounded injured injuring injure injures injuries injury hurt',
  // "91 hostages still in Gaza"; "the CDU/CSU keeps 208" seats it held.
  held: 'held hold holds holding captive captivity remaining remain remains still keep keeps kept keeping',
  taken: 'taken seized kidnapped abducted', // not "took": "took effect"
  release: 'released release releases releasing freed free freeing freedom',
  returned: 'returned return returns returning',
  displaced: 'displaced displacement fled uprooted homeless',
  detained: 'detained detention detentions arrested arrest arrests detaining',
  missing: 'missing',
  // What a ban does to a player, and what a player's absence is: "suspended for six matches" is
  // not "missed six matches", which an injury or a choice may explain.
  suspended: 'suspended suspension suspensions',
  missed: 'missed',
  // Ships, trucks or people held up in a line: "a queue of 422 ships waiting at both ends" is
  // the count of "as 422 vessels waited", and "321 vessels were waiting" an earlier one.
  waiting: 'waiting waited wait waits queue queues queued queuing queueing',
  // What divers or searchers did with the dead or the wreckage: "had recovered 28 bodies".
  recovered: 'recovered recover recovers recovering retrieved',
  // What a quake or a blast did to buildings: "1,590 buildings had collapsed". Not the noun:
  // "the toll from the collapse of the tower rose to 63" counts the dead.
  collapsed: 'collapsed collapses collapsing',
  // What a fire or a storm did to buildings: "12,300 structures have been destroyed".
  destroyed: 'destroyed destroy destroys destroying',
  evacuated: 'evacuated evacuation',
  // What a fire did to land: "had burned 19,978 acres".
  burned: 'burned burnt burn burns burning scorched charred',
  // A body approving something does so by a vote: "the Bundestag approved a €500 billion fund".
  vote: 'voted vote votes voting turnout ballots approved approve approves',
  // What countries or members did with a pledge or a plan: "118 countries backed a pledge".
  backed: 'backed backing endorsed endorse endorses',
  // What a count of flights says happened: flown, or ordered ("orders for 30 flights").
  // Not "flying": "before flying home on Feb. 8" dates a trip, not a flight count.
  flown: 'fly flies flew flown',
  // An outbreak's cases, by the nouns that say so ("712 cases had been confirmed", "confirmed
  // infections … have reached 34,500"); not "reported": "Israel reported the deaths of 50".
  cases: 'cases infections',
  hospitalized: 'hospitalized hospitalised hospitalization hospitalisation hospitalizations hospitalisations',
  delivered: 'delivered deliver delivers delivering shipped ship ships shipping',
  ordered: 'order orders ordered',
  // What an insurer or an office was sent: "had received 3,500 claims", "claims filed".
  received: 'received receive receives receiving filed',
  // A body's members counted as its size (a mark from measure-phrases, and the word itself).
  membership: 'membership',
  // People a body employs, its staff (a mark from measure-members).
  employed: 'employed',
  // People on strike, counted by any noun (a mark from measure-strikers).
  'on-strike': 'on-strike',
  // People an aid effort reached with supplies ("reached 100,000 people with food"): a mark
  // from measure-phrases.
  aided: 'aided',
  // What a count must reach ("the 316 needed for a majority"): a mark from measure-phrases,
  // as the words themselves say nothing of the counts around them.
  'needed-for': 'needed-for',
});

lexicon(TOPIC_WORDS, {
  ceasefire: 'ceasefire cease-fire truce',
  war: 'war conflict fighting',
  // A cyberattack is an attack; ransomware is what one is made with ("the ALPHV ransomware group").
  attack: 'attack attacks assault massacre cyberattack cyberattacks cyber-attack cyber-attacks ransomware',
  // An accident of aircraft, trains or cars, by what news calls it: "the Jan. 29 collision",
  // "the jet that crashed on Jan. 29".
  crash: 'crash crashes crashed collision collisions collided collide collides',
  // A run on a bank, by what depositors did: "pulled about $42 billion from the bank on
  // Thursday, March 9" is the day customers "withdrew" it.
  withdrawal: 'withdrew withdraw withdraws withdrawn withdrawing withdrawal withdrawals pulled',
  offensive: 'offensive operation incursion raid raids',
  strike: 'strike strikes airstrike airstrikes bombardment bombing shelling',
  // A takeover is a deal by its own names: "the $14.9 billion merger", "its $14.9 billion purchase",
  // and the price a buyer paid ("HSBC bought the British arm for £1"); not "buys" of the present,
  // which news uses of terms still running ("loans, which it buys at a discount of $16.5 billion").
  deal: 'deal agreement accord hostage-deal merger mergers takeover takeovers acquisition acquisitions buyout purchase bought',
  phase: 'phase stage',
  talks: 'talks negotiations',
  // How long a jury took: "a verdict after less than five hours of deliberation" is the time of
  // "after deliberating for less than five hours".
  deliberation: 'deliberation deliberations deliberating deliberated',
  election: 'election elections poll polls referendum elected',
  // What a party or a candidate got at a vote: "fell to 16.4%, … its worst result".
  result: 'result results',
  // The share a party needs for seats ("the 5% threshold"): a mark from measure-phrases, as
  // a share beside the word ("at 4.3%, … fell short of the 5% threshold") is no threshold.
  'share-threshold': 'share-threshold',
  meeting: 'meeting meet meets summit visit',
  // An inquiry a body opens: "opened an investigation on March 13" is the day of "has been
  // investigating since March 13", and a day only that body's (figure owners keep it apart).
  investigation: 'investigation investigations investigate investigates investigated investigating inquiry inquiries probe probes',
  // A crew's arrival at a station: "docked … about 15 hours after" lift-off.
  docking: 'dock docks docked docking',
  aid: 'aid assistance relief trucks',
  // A share vaccinated ("82% of kindergartners had received both doses") is not the share
  // needed to stop a virus spreading.
  vaccination: 'vaccination vaccinated vaccine vaccines dose doses immunisation immunization',
  spread: 'spread spreads spreading',
  // A sum appealed for is not one spent: "the $258 million that Africa CDC and the WHO appealed for".
  appeal: 'appeal appeals appealed',
  // What a plan is costed at: a mark from measure-plans, one measure with an appeal for it.
  'plan-cost': 'plan-cost',
  // A sum a claimant demands, however worded: a mark from measure-demanded-sums.
  'sum-demanded': 'sum-demanded',
  // What a sum of money is: each kind its own lemma, so a fine is never an investment,
  // the same sum or not. Turnover is revenue by another name.
  budget: 'budget budgets',
  cost: 'cost costs spent spending',
  pledge: 'pledge pledged pledges',
  // What givers gave: "Donations reached €846 million", "the largest gifts".
  donation: 'donation donations donated gift gifts',
  // Time spent shut in below ground or under rubble: "trapped for 69 days"; "69 days
  // underground" is measure-time-underground's (the word alone is no such time).
  trapped: 'trapped entombed',
  collapse: 'collapse',
  // What remains of a sum: a mark from measure-sums-left.
  'sum-left': 'sum-left',
  revenue: 'revenue revenues sales turnover',
  profit: 'profit profits earnings',
  // Money a body loses ("hospitals were losing up to $100 million a day") is neither its
  // revenue nor a cost it reports; a topic of sums only (SUM_TOPICS). Not "losses":
  // "insured losses" are a modeler's estimate, told by whose it is, and restated without the
  // word ("the $28 billion that Verisk estimated").
  loss: 'loss losing lose loses lost',
  // The cover a bank's deposits have ("the $250,000 that deposit insurance covers", "their
  // insured money, up to $250,000 each"): a mark from measure-words, read from two words, as
  // insurance alone is of many things ("insured losses" of a fire).
  'deposit-insurance': 'deposit-insurance',
  fine: 'fine fines fined penalty penalties',
  // What hackers or kidnappers are paid: "a ransom of $22 million" is no fine or cost.
  ransom: 'ransom ransoms',
  damages: 'damages compensation',
  // A sum paid "to settle" a suit is the settlement's.
  settlement: 'settlement settlements settle settles settled settling',
  investment: 'investment investments invest invests invested investing',
  subsidy: 'subsidy subsidies',
  // What a sum is spent or budgeted on: "budgeted €28 million for the short campaign".
  campaign: 'campaign campaigns',
  // Lower-case only: a capitalised "Commission" inside a sentence is a name, not a fee.
  fee: 'fee fees commission commissions',
  // Periodic payments for each day a breach goes on are not the fine for the breach.
  'penalty-payment': 'penalty-payment penalty-payments',
  deadline: 'deadline deadlines',
  'in-force': 'in-force',
  'first-flight': 'first-flight',
  // A prison term a court gave, the most a charge carries, what a side asked for: marks from
  // measure-prison-terms.
  'prison-term': 'prison-term',
  'prison-maximum': 'prison-maximum',
  'prison-asked': 'prison-asked',
  // How long systems have been down: a mark from measure-phrases.
  'out-of-service': 'out-of-service',
  // The share of something working again: a mark from measure-phrases.
  'back-in-service': 'back-in-service',
  // How far apart two places are: a mark from measure-phrases.
  'distance-apart': 'distance-apart',
  // A length between things of a series: a mark from measure-spacings.
  'spaced-apart': 'spaced-apart',
  // A craft's height, or the most it may fly at: marks from measure-heights.
  altitude: 'altitude',
  'height-limit': 'height-limit',
  // A price for each one of something ("$72 million a seat"): marks from measure-phrases.
  'per-seat': 'per-seat',
  'per-ticket': 'per-ticket',
  'per-passenger': 'per-passenger',
  'per-person': 'per-person',
  'per-barrel': 'per-barrel',
  'per-share': 'per-share',
  // What a deal's value is taken over, the equity or the equity with debt: marks from
  // measure-values.
  'equity-value': 'equity-value',
  'with-debt': 'with-debt',
  // Which step of a deal a date is of: marks from measure-steps.
  'deal-signed': 'deal-signed',
  // The day a status was declared, or began (a mark from measure-declarations).
  'declared-on': 'declared-on',
  'deal-closing': 'deal-closing',
  // What a company's shares trade at or moved by: a mark from measure-stocks.
  'share-price': 'share-price',
  salary: 'salary salaries wage wages',
  // Money paid ahead, to be paid back: "advanced more than $2 billion to providers".
  debt: 'debt debts loan loans advance advances advanced',
  deficit: 'deficit deficits',
  tax: 'tax taxes',
  inflation: 'inflation',
  unemployment: 'unemployment jobless',
  growth: 'growth gdp grow grows grew growing',
  price: 'price prices',
  tariff: 'tariff tariffs levy levies duty duties',
  odds: 'odds bets probability chance chances',
  rate: 'rate rates',
  population: 'population',
  term: 'term tenure mandate',
  yield: 'yield yields',
  // A currency's price: "the euro rose to $1.1480" (not "the euro zone", see topicsIn).
  euro: 'euro',
  sterling: 'sterling pound',
  yen: 'yen',
  reconstruction: 'reconstruction rebuilding',
  // How much of a fire's edge crews hold: "was 8% contained", "with 3% containment".
  containment: 'contained containment',
  // Named so a day of one is not taken for the day of an attack that fell on the same date.
  // A quake's aftershocks are quakes of their own: "a magnitude 6.4 aftershock followed 12
  // minutes later" is not the main shock's figure.
  aftershock: 'aftershock aftershocks',
  // An army seizing power: "the 2021 coup" (and "seized power in 2021", a mark from
  // measure-phrases).
  coup: 'coup coups putsch',
  disaster: 'disaster disasters flood floods flooding earthquake quake hurricane typhoon cyclone tornado wildfire wildfires fires blaze blazes landslide tsunami',  // A closed place's return to use: "reopened on Dec. 7" is the day it "reopened on December 7".
  reopening: 'reopened reopen reopens reopening',
});

/** Topics only a sum has: a party that "lost 9.3 percentage points" fell by a share, and the
 *  clause says nothing of what the share is of. */
export const SUM_TOPICS = new Set(['loss']);
// Words whose topic holds for a sum or a date but no count: "pulled $42 billion on March 9" is
// a withdrawal and "bought it for £1" a deal's price, but "pulled 12 survivors from the
// rubble", "pulled within 3 points" and "fans bought 20,000 tickets" are neither.
const SUM_WORDS = new Set(['pulled', 'bought']);

/** Whether `topic`, said by `word`, is one a figure that is no sum (nor, for `word`'s own
 *  topics, a date) does not take. */
export function sumOnlyTopic(word: string | undefined, topic: string, date: boolean): boolean {
  return SUM_TOPICS.has(topic) || (!date && word !== undefined && SUM_WORDS.has(word));
}

export function eventLemma(word: string): string | null {
  return EVENT_WORDS[word] ?? null;
}
export function topicLemma(word: string): string | null {
  return TOPIC_WORDS[word] ?? null;
}

// Plural demonyms used as counted nouns carry a place: "545,000 displaced Gazans".
const DEMONYM_PLACE: Record<string, string> = {
  gazans: 'gaza', israelis: 'israel', lebanese: 'lebanon', syrians: 'syria', iranians: 'iran',
  egyptians: 'egypt', americans: 'united states', ukrainians: 'ukraine', russians: 'russia',
};
export function demonymPlace(unit: string): string | null {
  return DEMONYM_PLACE[unit] ?? null;
}

export const EVENT_LEMMAS = new Set(Object.values(EVENT_WORDS));
