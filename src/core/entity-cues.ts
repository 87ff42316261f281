// Word lists that type or reject capitalised spans. They describe how English news names
// things (titles before people, head nouns of organisations and places), not any article.

import { words } from './word-set';

/** Words that end a title before a person: "Prime Minister", "Secretary", "Mr.", "envoy". */
export const TITLE_HEADS = words(`
  President Minister Secretary Advisor Adviser Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor
  King Queen Prince Princess Sheikh Sheik General Gen Gen. Senator Sen Sen. Rep Rep.
  Representative Congressman Congresswoman Governor Gov Gov. Chancellor Ambassador Envoy
  Pope Judge Justice Speaker Leader Commander Colonel Col Col. Captain Capt Capt. Lt Lt.
  Lieutenant Sergeant Sgt Sgt. Admiral Adm Adm. Marshal Rabbi Imam Cardinal Archbishop Bishop Sir
  Lord Lady Dame Mayor Chairman Chairwoman Chair Director Spokesman Spokeswoman Spokesperson
  CEO Coach Emir Sultan Ayatollah Premier Vice-President Secretary-General Attorney-General
  Officer Chief Negotiator Coordinator Mediator Minister-President Councillor Councilor
  Superintendent Inspector Detective Manager Striker Midfielder Goalkeeper Defender
  Commissioner PM Sheriff Attorney Father Reverend Rev Rev. Pastor Monsignor
  Maj. Brig. Cpl. Pvt. Cmdr.
`);
/** Lower-case nouns that name a role just before a name: "envoy Steve Witkoff". */
export const ROLE_NOUNS = words(`
  president minister secretary advisor adviser envoy ambassador spokesman spokeswoman
  spokesperson leader chief commander general senator governor mayor chairman director
  negotiator coordinator mediator official journalist reporter correspondent analyst
  professor lawyer coach manager striker midfielder goalkeeper defender captain founder
  executive ceo rabbi imam cleric sheikh king prince premier chancellor astronaut
  astronauts cosmonaut cosmonauts commissioner commissioners chairwoman epidemiologist physician
`);
/** Lower-case nouns after a name that make it a person's: "the Trump administration". Only a
 *  president or a governor heads one. */
export const PERSON_NOUNS_AFTER = words('administration');
/** Words that may stand before a title head inside a title: "Prime", "Foreign", "National";
 *  the offices of law ("Advocate General", "Solicitor General", "District Judge"). */
export const TITLE_MODIFIERS = words(`
  Prime Foreign Defense Defence Finance Vice Deputy Chief Special National Security Supreme
  Former Acting Interim Senior Assistant Attorney Home Interior Health Treasury Crown
  Minority Majority Senate House Middle East Economy Economic Trade Justice Education
  Energy Transport Culture Agriculture Labor Labour Environment Strategic Affairs Military
  Presidential Executive Managing Head Lead Top Regional State of the Mr Mrs Dr Envoy
  Democratic Republican Opposition Shadow Junior General Principal Press Foreign-Affairs
  Far-Right Right-Wing Left-Wing Hardline Veteran Longtime Top Finance Communications Staff
  Advocate Solicitor Surgeon District Circuit Magistrate Bankruptcy
  Insurance Commerce Industry Housing Immigration Mining Water Tourism Science Technology
  Climate Fisheries Forestry Aviation Banking Police Fire Transportation Rear
`);
/** Last words of organisation names. "Bank" is here, not among places: a bank is usually an
 *  institution ("World Bank"); the West Bank comes from the places lexicon. No person's name
 *  ends in "International" ("Amnesty International") or "State" ("Islamic State", "Ohio
 *  State"); airports add "Airport". A charity named for its "Aid" ("Christian Aid",
 *  "Norwegian People's Aid") is no person: no surname is "Aid", nor is a company's
 *  "Healthcare" ("Change Healthcare"), "Lines" ("Delta Air Lines") or "Air" ("Endeavor Air"), nor a plant's "Works"
 *  ("Gary Works", "Irvin Works"), nor a people's "Nation" or "Tribe" ("the Navajo Nation"),
 *  nor a maker's "Motor", "Electric", "Chemical" ("Ford Motor", "Dow Chemical"; "Mills" and
 *  "Steel" are surnames: name-trade-heads.ts).
 *  A firm of advice or analysis is named for its trade ("Moody's Analytics", "Oxford
 *  Economics", "BMO Capital Markets"), no person's surname, nor a shipping firm's "Marine",
 *  "Maritime", "Shipping" or "Shipmanagement" ("Evergreen Marine"; "Marine" opens a given
 *  name, "Marine Le Pen", never ends one). No surname is "Global" either ("Top Shine Global").
 *  An investment or asset manager is named for its trade too ("Knighthead Capital
 *  Management", "Certares Management"), no surname. Nor is a railway's "Railway" or
 *  "Railroad" ("Norfolk Southern Railway", "Union Pacific Railroad").
 *  ("Relief" is not here:
 *  it would split "UN Relief and Works Agency".) */
export const ORG_HEADS = words(`
  Ministry Department Party Forces Force Army Navy Council Authority Agency Organization
  Organisation Committee Commission Court Parliament Congress Senate Assembly Cabinet
  Government Administration Fund Association Union League Federation Alliance Front Project Initiative
  Movement Brigades Brigade Corps Guard Guards Police Service Services Bureau Institute
  University College School Hospital Foundation Group Company Corporation Corp Corp. Co. Inc
  Inc. Ltd Ltd. Holdings Airlines Airways Times Post News Network Press Club United
  FC Rovers Wanderers Athletic Knesset House Center Centre Centers Centres Watch
  Reserve Exchange Industries Technologies Motors Systems Labs Capital Partners Society
  Nations Programme Program Radio Television Rail Railways Railway Railroad Railroads Crescent Cross Broadcasting
  Tribunal Unit Command Directorate Secretariat Board Jihad Bank Office Archdiocese Diocese
  Semiconductor Semiconductors Electronics Pharmaceuticals Pharma Therapeutics Biosciences
  Biotech Software Robotics Aerospace Dynamics Telecom Telecommunications Networks Energy
  Petroleum Mining Chemicals Insurance Financial Investments Securities Bancorp Logistics
  Enterprises Ventures Brands Foods Entertainment Studios Wire Newswire International State
  Platforms Aid Healthcare Lines Air Works Nation Tribe Motor Electric Chemical Museum Convention Stores
  Analytics Economics Markets Consulting Consultancy Advisors Advisers
  Marine Maritime Shipping Shipmanagement Global
  Automobiles Automotive Associations Management
  Baseball Basketball Football Soccer Hockey Rugby
  Coal Observatory Observatories Chamber
`);
/** Organisation heads that alone are a common noun ("the Bank", "the Reserve"), a name
 *  only as the short form of a longer one in the same text ("World Bank" … "the Bank").
 *  Not "Congress", "Knesset", "Senate", "Parliament": those name one body on their own. */
export const GENERIC_HEADS = words(`
  Bank Reserve Agency Fund Ministry Department Committee Commission Council Authority
  Organization Organisation Association Federation Institute Foundation Group Company
  Corporation Bureau Office Board Unit Directorate Secretariat Programme Program Exchange
  Forces Force Brigades Brigade Front Movement Alliance League Union Society Centre Center
  Court Tribunal State Aid Nation Tribe
`);
/** Last words of event names. */
export const EVENT_HEADS = words(`
  War Wars Summit Conference Cup Bowl Games Olympics Forum Holocaust Championship
  Championships Open Festival Election Elections Revolution Uprising Offensive Intifada Massacre
  Crisis Talks Marathon Grand Prix Series Week Day Nakba
  Tournament Derby Prix Expo Awards Oscars Fair Regatta Sprints Relays
`);
/** Last words of the names of laws, treaties and agreements: "Digital Markets Act",
 *  "Abraham Accords", "Treaty of Rome". None of the four types, so never marked (see
 *  docs/annotation-guidelines.md). Not "Law" ("Jude Law") or "Bill" ("Buffalo Bill"); not a
 *  singular "Convention": a party's is an event (name-party-conventions), another a body. */
export const LAW_HEADS = words(`
  Act Acts Accord Accords Treaty Treaties Agreement Agreements Directive Regulation
  Conventions Protocol Charter Amendment
`);
/** Parts of a law or a document numbered after them: "Section 301", "Article 5", "Title IX". */
export const NUMBERED_PARTS = words(`
  Section Article Chapter Title Clause Paragraph Rule Resolution Amendment Annex Schedule
`);
/** Last words of place names. "Office" is not one: it names institutions ("Met Office",
 *  "Foreign Office"); the Oval Office comes from the places lexicon. */
export const PLACE_HEADS = words(`
  Strip Corridor Airport City Province Valley Sea Square Street Road Avenue Bridge
  River Lake Mountain Mountains Mount Hills Heights Island Islands Peninsula Desert Gulf
  Bay Coast Ocean Canal Crossing Camp Port Harbor Harbour Station Park Stadium Arena
  Palace Mosque Church Temple Wall Plaza District County Region Territory Territories
  Border Gate Hospital Capitol Kremlin Room Quarter Town Village Hill Dome
  Superdome Garden Gardens Base Refuge Cosmodrome Spaceport Plains Aquifer Basin Plateau Prairie
  Falls Reservoir Glacier Marsh Swamp Wetlands Highlands Lowlands
  Coliseum Colosseum Auditorium Amphitheatre Amphitheater Monument Cathedral Pagoda Monastery Dam
  Canyon Canyons Gorge Creek Beach Strait Straits Cape Isle Township
`);
/** First words of place names: "Cape Canaveral", "Mount Kenya", "Fort Bragg", "Lake Geneva",
 *  and the heads French, Spanish and Italian put first: "Stade de France", "Place de la
 *  Concorde", "Pont Marie", "Promenade des Anglais", "Piazza Navona", "Île de la Cité" (not "Plaza": "the
 *  Plaza Hotel"). None names a person or a body on its own (a "Cape" is no given name). */
export const PLACE_OPENERS = words(`
  Cape Mount Mt Mt. Fort Ft Ft. Lake Isle Glen
  Stade Estadio Stadio Place Piazza Pont Ponte Puente Quai Parc Jardin Promenade Gare Île Ile Isola
`);
/** Words before "Center" or "Centre" that make it a site, not an institution: launch sites
 *  ("Kennedy Space Center", "Guiana Space Centre", "Jiuquan Satellite Launch Center"). */
export const SITE_CENTRE_WORDS = words('Space Launch');
/** Buildings named for a person in full, a place ("the Konrad Adenauer House", "Royal Albert
 *  Hall"); after one word they are often a body or a surname ("Chatham House", "Jerry Hall"). */
export const BUILDING_HEADS = words('House Hall Tower');
/** Building words that are hardly ever surnames: with no other cue, "Grenfell Tower" is the
 *  building ("Jerry Hall" and "Chatham House" are not). */
export const TOWER_HEADS = words('Tower Towers');
/** Event names that are whole names on their own (most heads need a modifier: "World Cup"). */
export const SELF_NAMING_EVENTS = words('Holocaust Olympics Paralympics Oscars Nakba Intifada Brexit');
/** Words that start a name of an operation or event: "Operation Iron Wall". */
export const EVENT_OPENERS = words('Operation Battle Siege Storm Hurricane Typhoon Cyclone Tropical');

/** Verbs after a name that mark a person: "Witkoff said", "Smith told reporters". */
export const SPEECH_VERBS = words(`
  said says told tells added adds stated explained wrote writes noted argued insisted
  warned claimed declared announced asked replied responded recalled acknowledged
  confirmed denied urged tweeted posted scored praised criticised criticized described
  vowed pledged testified resigned
`);
/** Lower-case nouns after a name that mark an organisation: "Hamas officials". */
export const ORG_MEMBER_NOUNS = words(`
  officials official representatives representative spokesman spokeswoman spokesperson
  fighters militants terrorists members member leaders leadership chief commanders
  operatives gunmen supporters executives shareholders employees staff board insurgents
  jihadists rebels loyalists economists analysts strategists
`);
/** Hyphenated suffixes that mark an organisation: "Hamas-run", "Iran-backed". */
export const ORG_SUFFIXES = words('run led backed controlled affiliated aligned linked owned');
/** Prepositions before a name that suggest a place: "in Jenin", "near Rafah". */
export const PLACE_PREPOSITIONS = words('in near across outside inside into toward towards throughout');
/** Lower-case nouns right before a name that say what it is: "kibbutz Be’eri", "rival Nvidia". */
export const PLACE_NOUNS = words(`
  city town village kibbutz camp district province region port island capital suburb
  neighbourhood neighborhood state county cities towns villages municipality municipalities
`);
/** Lower-case nouns after a name that make it an organisation's: "Likud party". */
export const ORG_NOUNS_AFTER = words('party movement faction militia group coalition alliance');
export const ORG_NOUNS = words(`
  organisation organization group party company firm club militia movement agency broadcaster newspaper network
  carrier airline insurer retailer bank rivals rival startup regulator charity utility operator
  maker manufacturer lender publisher chain automaker carmaker chipmaker subsidiary
  affiliate contractor supplier cooperative co-op conglomerate restaurant bistro brasserie cafe café bakery
`);

/** Prepositions written with a capital only inside a name: "Doctors Without Borders",
 *  "Mothers Against Drunk Driving". No person's name has one. */
export const NAME_PREPOSITIONS = words('Without Against Beyond Across Within Between Among Behind Versus');

/** Lower-case words that may join capitalised words inside one name. */
export const NAME_CONNECTORS = words('bin ibn al el de da di du des del della van von der den le la dos das ter');

/** Acronyms of common nouns, not names: "its AI tools", "the CEO", "GDP grew". */
export const COMMON_ACRONYMS = words(`
  AI CEO CFO COO CTO GDP TV PC IPO EV EVs VPN DNA HIV COVID ID IDs PM AM OK FAQ URL API SUV
  ATM PhD MP MPs IQ IT HR PR RNA LGBT LGBTQ GPS USB LED LCD GMO CCTV VAT
`);
/** Lower-case nouns after a name that make it a place: "Kerem Shalom crossing". */
export const PLACE_NOUNS_AFTER = words(`
  crossing border checkpoint camp airport port refugee county counties province provinces district
  districts governorate river valley basin estuary delta region area
  volcano volcanoes crater craters caldera fissure glacier
  condominium condo building skyscraper
`);
/** Lower-case nouns after a name (or after one modifier) that make it an event: "the Nova
 *  music festival", "the Six Nations match". */
export const EVENT_NOUNS_AFTER = words(`
  festival concert summit conference tournament championship match game fixture final race
  rally ceremony parade marathon games contest fire fires wildfire blaze earthquake quake regatta
`);
/** The competition nouns among them: strong enough to outvote an organisation's head word
 *  ("the Six Nations match"), since a fixture is named for its competition, not its body. */
export const COMPETITION_NOUNS = words('tournament championship match fixture final race contest regatta');
/** Plural present-tense verbs: British news writes a team as a plural ("Brighton remain
 *  ninth", "Villa host Club Brugge"); a single person or place takes "remains", "hosts". */
export const PLURAL_VERBS = words(`
  remain host play face visit travel sit lead trail meet edge climb drop slip
`);
/** Compass words that open a region's name when the rest is a known place: "Southern
 *  California", "Lower Saxony", "East Jerusalem". */
export const COMPASS_WORDS = words(`
  North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner Outer
`);
/** Words that open a club's name: "Club Brugge", "FC Porto", "VfB Stuttgart", "RB Leipzig",
 *  "Borussia Dortmund", "AS Roma". */
export const CLUB_OPENERS = words(`
  Club FC AFC AC SC SV Sporting VfB VfL RB TSG TSV FSV SpVgg SSC AS SS CF CD UD RCD Borussia
  Eintracht Olympique Dynamo Dinamo Atlético Atletico Real
`);
/** Arabic nouns that open an armed group's or a party's name, as "Front", "Army" or "Party"
 *  end an English one: "Ahrar al-Sham", "Jaish al-Adl", "Kataib Hezbollah", "Harakat al-Nujaba".
 *  None is a given name. */
// "Die Linke", "Der Spiegel", "Die Zeit": a German article opens the name of a party, a paper
// or a band, never a person's (French and Italian articles do: "Le Pen", "La Russa").
export const ARTICLE_ORG_OPENERS = words(`Die Der Das`);
// Faith words that are also common given names: before a surname they open a person's name
// ("Christian Lindner"), where other faith words and demonyms stay outside ("Catholic bishops").
export const GIVEN_NAME_GROUP_WORDS = words('Christian');

export const ARABIC_ORG_OPENERS = words(`
  Jabhat Harakat Ahrar Jaish Kataib Kata’ib Kata'ib Faylaq Jamaat Jamaah Hizb Tanzim Jund
  Asaib Asa’ib Asa'ib Quwat Liwa
`);

/** Heads a body named after a person ends in, so its leading words may be that person. */
export const EPONYM_HEADS = words('Foundation Alliance Partnership Company Institute Trust Prize Award Memorial Museum Library Fund');
