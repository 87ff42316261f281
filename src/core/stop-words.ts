// Sentence openers that are never names: function words, pronouns, auxiliaries and the like,
// capitalised only because a sentence starts with them. Split from entity-cues.ts.

import { words } from './word-set';

/** Function words and common sentence openers that are never names at a sentence start. */
export const STOP_WORDS = words(`
  The A An This That These Those There Here It Its He She They We I You Me Him Her His Our
  Their Your My Who Whom Whose What Which When Where Why How If In On At As By For From To
  Of With Without Within Into Onto Over Under Above Below After Before Since Until Till
  During Despite Although Though While Whereas Because But And Or Nor So Yet Not No Yes
  Also Still Now Then Thus Hence However Meanwhile Moreover Furthermore Nevertheless
  Nonetheless Instead Indeed Earlier Later Today Yesterday Tomorrow Tonight Once Some Many
  Most Much More Less Few Several All Any Each Every Both Either Neither Other Others Another
  Such One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next New
  Nobody Nothing Everyone Everybody Someone Somebody Anyone Anything Something Everything
  Asked Speaking According According-to Among Amid Against Around Along Across Beyond
  Following Ahead Regarding Overall Finally Additionally Separately Similarly Likewise
  Already Just Only Even Perhaps Maybe Please Well Oh OK Okay Mr Mrs Ms Dr Sir Madam
  Breaking Update Updated Exclusive Analysis Opinion Editorial Watch Read Live Photo Video
  Officials Sources Police Witnesses Residents Critics Experts Analysts Observers Lawmakers
  Economists Strategists Investors Traders Markets Diplomats Negotiators Mediators Medics
  Doctors Paramedics Rescuers Protesters Demonstrators Activists Researchers Scientists
  Authorities Prosecutors Lawyers Judges Voters Workers Farmers Soldiers Troops Militants
  Hostages Prisoners Families Relatives Survivors Journalists Reporters Leaders Ministers
  Legislators Officers Aides Advisers Advisors Opponents Supporters Donors Citizens
  Civilians Refugees Inspectors Regulators Bankers Executives Employees Consumers Forecasters
  Pollsters Students Teachers Parents Patients Nurses Mourners Gunmen Fighters Attackers
  Organisers Organizers Volunteers Campaigners Engineers Firefighters Miners Villagers
  Shares Sales Revenue Profit Tickets Fans
  Abroad Nearby Elsewhere Overseas Afterwards Afterward Again Regardless Otherwise Outside Inside
  Let Don’t Don't Isn’t Isn't It’s It's That’s That's There’s There's
  Would Could Should Shall Might Must Did Does Do Has Have Had Is Are Was Were Am
`);
