// The sports a name may hold, capitalised as a name writes them: one list for a sport's
// governing body ("Cricket Australia", name-sport-bodies.ts) and a sport's kind written
// alone ("Field Hockey", name-sport-kinds.ts).
export const SPORTS: ReadonlySet<string> = new Set(
  ('Cricket Rugby Football Soccer Tennis Golf Hockey Basketball Volleyball Netball Athletics Swimming Swim ' +
    'Cycling Rowing Sailing Gymnastics Boxing Badminton Squash Triathlon Judo Baseball Softball Lacrosse Skiing ' +
    'Curling Archery Fencing Wrestling Canoeing Surfing Diving Handball Taekwondo Karate Skating Bobsleigh Biathlon').split(' '),
);
