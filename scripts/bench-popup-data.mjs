// The synthetic store bench-popup.mjs fills the extension with (bench-library-search.ts and
// bench-worker-restart.mjs take the same articles): wire copy and W3C notes, made from an index.
// Synthetic wire copy: the seeds' names plus generated ones, so the index has many entities.
const FIRST = ['Amir', 'Dana', 'Yusuf', 'Miriam', 'Khalil', 'Noa', 'Omar', 'Tamar', 'Rami', 'Leila', 'Eitan', 'Samira'];
const LAST = ['Haddad', 'Levin', 'Nasser', 'Katz', 'Barakat', 'Shapiro', 'Mansour', 'Friedman', 'Aziz', 'Peretz', 'Khoury', 'Dahan'];
const PLACES = ['Gaza', 'Jenin', 'Rafah', 'Doha', 'Cairo', 'Tel Aviv', 'Khan Younis', 'Nablus'];
export function article(i) {
  const who = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const where = PLACES[i % PLACES.length];
  return {
    title: `Truce talks, day ${i}: ${who} in ${where}`,
    source: 'Bench Wire',
    url: `https://bench.example.com/story/${i}`,
    date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    text: [
      `${where.toUpperCase()} — Negotiator ${who} said on Tuesday that ${20 + (i % 80)} hostages could be released in the next phase of the ceasefire between Israel and Hamas.`,
      `Steve Witkoff met Benjamin Netanyahu in Jerusalem on day ${i} of the talks. ${who} told reporters that ${100 + (i % 900)} prisoners would be freed in exchange.`,
      `The health ministry in Gaza said at least ${40000 + i} people had been killed since the war began. Aid agencies said ${i % 500} trucks had crossed at Rafah.`,
    ].join('\n\n'),
  };
}

export function note(i, pageUrl) {
  const quote = `hostages could be released in phase ${i % 7}`;
  const at = new Date(Date.UTC(2025, 1, 1) + i * 60_000).toISOString();
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: 'Annotation',
    created: at,
    modified: at,
    body: { type: 'TextualBody', value: `Bench note ${i}: check the figure against the ministry's count.`, format: 'text/plain' },
    target: {
      source: i % 10 === 0 ? pageUrl : `https://bench.example.com/story/${i % 5000}`,
      ...(i % 2 ? { selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: 'said that ', suffix: ' in the next' }, { type: 'TextPositionSelector', start: 90, end: 90 + quote.length }] } : {}),
    },
    backstory: i % 5 === 0 ? { entityId: 'person:steve-witkoff' } : {},
  };
}
