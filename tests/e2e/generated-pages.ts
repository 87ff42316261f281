// Pages too big to keep in the repo, generated on request by the fixture server: synthetic
// wire-style text about the stored articles' topics, varied by a seeded random source so
// the same URL always serves the same page (tests and benchmark runs stay comparable).

/** Small, fast, seeded PRNG (mulberry32): the pages must not change between runs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Benjamin Netanyahu', 'Bezalel Smotrich', 'Steve Witkoff', 'Donald Trump', 'Mike Waltz', 'Marco Rubio', 'Netanyahu', 'Smotrich', 'Witkoff', 'Trump'];
const ORGS = ['Hamas', 'the IDF', 'the Israel Defense Forces', 'the United Nations', 'the Red Cross', 'the White House', 'the health ministry'];
const PLACES = ['Gaza', 'the Gaza Strip', 'the West Bank', 'Jenin', 'Tel Aviv', 'Jerusalem', 'Egypt', 'Qatar', 'the Philadelphi Corridor', 'Rafah', 'Khan Younis', 'Washington'];
const QUALIFIERS = ['at least', 'more than', 'nearly', 'about', 'over', 'approximately', 'up to', ''];
const UNITS = ['hostages', 'prisoners', 'people', 'deaths', 'trucks', 'families', 'soldiers', 'militants', 'tents'];
const MONTHS = ['January', 'February', 'March', 'October'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Sunday'];

type Pick = <T>(list: readonly T[]) => T;

function figure(rand: () => number, pick: Pick): string {
  const n = Math.floor(rand() * (rand() < 0.5 ? 900 : 60_000)) + 2;
  const q = pick(QUALIFIERS);
  return `${q ? `${q} ` : ''}${n.toLocaleString('en-US')} ${pick(UNITS)}`;
}

function date(rand: () => number, pick: Pick): string {
  return `${pick(MONTHS)} ${1 + Math.floor(rand() * 28)}, ${2023 + Math.floor(rand() * 3)}`;
}

const TEMPLATES: ((r: () => number, p: Pick) => string)[] = [
  (r, p) => `${p(PEOPLE)} said on ${p(WEEKDAYS)} that talks on the second phase of the cease-fire would resume in ${p(PLACES)}.`,
  (r, p) => `Officials in ${p(PLACES)} said ${figure(r, p)} were still waiting for the exchange agreed under the truce.`,
  (r, p) => `According to ${p(ORGS)}, ${figure(r, p)} had been counted by ${date(r, p)}, a figure mediators did not dispute.`,
  (r, p) => `${p(PEOPLE)} met ${p(PEOPLE)} to discuss the release of hostages and the return of displaced families to northern Gaza.`,
  (r, p) => `Aid agencies reported that ${figure(r, p)} crossed into ${p(PLACES)} during the first weeks of the cease-fire.`,
  (r, p) => `The operation in ${p(PLACES)} that began on ${date(r, p)} left ${figure(r, p)} displaced, ${p(ORGS)} said.`,
  (r, p) => `Families of the hostages gathered in ${p(PLACES)} as ${p(PEOPLE)} warned that the agreement could still collapse.`,
  (r, p) => `Negotiators expect ${figure(r, p)} to be released in the next stage, while ${p(PEOPLE)} insisted Hamas cannot govern Gaza.`,
];

// Off-topic prose: a regional farming and weather round-up, nothing the stored articles are about.
const TOWNS = ['Millbrook', 'Ashford', 'Kettering Vale', 'Port Elswick', 'Harlow Cross', 'Dunmore'];
const GROWERS = ['Ruth Calloway', 'Owen Pryce', 'the growers’ cooperative', 'the county agricultural board', 'Maya Lindqvist'];
const CROPS = ['barley', 'apples', 'potatoes', 'strawberries', 'hops', 'oats'];
const OFF_TOPIC_TEMPLATES: ((r: () => number, p: Pick) => string)[] = [
  (r, p) => `Farmers near ${p(TOWNS)} began harvesting ${p(CROPS)} on ${p(WEEKDAYS)} after a dry week, ${p(GROWERS)} said.`,
  (r, p) => `Rainfall in ${p(TOWNS)} reached ${Math.floor(r() * 90) + 5} millimetres last month, well above the seasonal average.`,
  (r, p) => `${p(GROWERS)} expects the ${p(CROPS)} yield to rise by ${Math.floor(r() * 30) + 2} percent this year.`,
  (r, p) => `The market in ${p(TOWNS)} sold ${(Math.floor(r() * 9000) + 100).toLocaleString('en-US')} crates of ${p(CROPS)} over the weekend.`,
  (r, p) => `Volunteers planted hedgerows along the river at ${p(TOWNS)}, where ${p(GROWERS)} hopes to bring back nesting birds.`,
  (r, p) => `Frost warnings were lifted for ${p(TOWNS)} on ${p(WEEKDAYS)}, and orchards reported little damage to ${p(CROPS)}.`,
];

/** `words` words of on-topic prose in paragraphs of about 80 words. */
export function onTopicParagraphs(words: number, seed = 1): string[] {
  return paragraphs(words, seed, TEMPLATES);
}

function paragraphs(words: number, seed: number, templates: readonly ((r: () => number, p: Pick) => string)[]): string[] {
  const rand = seeded(seed);
  const pick: Pick = (list) => list[Math.floor(rand() * list.length)] as (typeof list)[number];
  const paragraphs: string[] = [];
  let count = 0;
  let current: string[] = [];
  let inParagraph = 0;
  while (count < words) {
    const sentence = (templates[Math.floor(rand() * templates.length)] as (typeof templates)[number])(rand, pick);
    const n = sentence.split(' ').length;
    current.push(sentence);
    count += n;
    inParagraph += n;
    if (inParagraph >= 80) {
      paragraphs.push(current.join(' '));
      current = [];
      inParagraph = 0;
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><article><h1>${escape(title)}</h1>${body}</article>${script}</body></html>`;
}

/** A long on-topic article: one <p> per paragraph (the benchmark page and the 1M-word page). */
export function longArticle(words: number, seed = 1): string {
  const body = onTopicParagraphs(words, seed).map((p) => `<p>${escape(p)}</p>`).join('\n');
  return page(`Gaza cease-fire: ${words.toLocaleString('en-US')} words of coverage`, body);
}

/** A long article about nothing the stored articles cover (farming and weather). */
export function longOffTopic(words: number, seed = 1): string {
  const body = paragraphs(words, seed, OFF_TOPIC_TEMPLATES).map((p) => `<p>${escape(p)}</p>`).join('\n');
  return page(`Harvest and weather round-up: ${words.toLocaleString('en-US')} words`, body);
}

/** An on-topic article whose last paragraph sits `depth` elements deep. The HTML parser caps
 *  nesting (about 512 in Chromium), so the page builds the chain itself before load. The
 *  chain is `display: contents`: Chromium's renderer itself crashes laying out ~3,000
 *  nested boxes, with or without any extension; the DOM stays 10k deep. */
export function deepArticle(depth: number): string {
  const intro = onTopicParagraphs(400, 7).map((p) => `<p>${escape(p)}</p>`).join('\n');
  const deepText = 'Deep in the page, Steve Witkoff said at least 50 militants were killed in Jenin.';
  const script = `<div id="deep-root"></div><script>
(function () {
  var parent = document.getElementById('deep-root');
  for (var i = 0; i < ${depth}; i++) { var d = document.createElement('div'); d.style.display = 'contents'; parent.appendChild(d); parent = d; }
  var p = document.createElement('p'); p.id = 'deepest'; p.textContent = ${JSON.stringify(deepText)}; parent.appendChild(p);
})();
</script>`;
  return page('Deep page: cease-fire and hostages', intro, script);
}

/** An on-topic article whose body is one text node of about `words` words. The HTML parser
 *  splits long text into 64 KiB nodes, so the page merges them with normalize(). */
export function hugeTextNode(words: number): string {
  const text = onTopicParagraphs(words, 11).join(' ');
  const script = `<script>document.getElementById('huge').normalize();</script>`;
  return page('One text node: hostages and the cease-fire', `<p id="huge">${escape(text)}</p>`, script);
}

/** A long on-topic article that scrolls inside a box, not the window (app-like sites): the
 *  body does not scroll; a full-height box under a fixed masthead holds the article. */
export function scrollerArticle(words: number, seed = 1): string {
  const body = onTopicParagraphs(words, seed).map((p) => `<p>${escape(p)}</p>`).join('\n');
  const title = 'Gaza cease-fire: coverage in a scrolling pane';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    '<style>body{margin:0;overflow:hidden;font:18px/1.6 Georgia,serif}' +
    '#bar{height:48px;background:#222;color:#eee;line-height:48px;padding:0 1rem}' +
    '#scroller{height:calc(100vh - 48px);overflow:auto}article{max-width:44rem;margin:0 auto;padding:0 1rem}</style></head>' +
    `<body><div id="bar">The Ledger app</div><div id="scroller"><article><h1>${title}</h1>${body}</article></div></body></html>`;
}
