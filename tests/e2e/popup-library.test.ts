// Saving a page to the library from the popup, in Chromium and Firefox with the built
// extension: a name only the saved page tells about ("Faisal Al-Rumaihi", written for the
// test) is unlinked on another open page before, and linked there after — without a reload,
// since the background tells open tabs to refetch the matcher.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForHighlights } from './harness';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, openPopup, showPanel, waitForHighlight, waitInPopup, type PopupHandle, evaluateUntil } from './popup-driver';

const NAME = 'Faisal Al-Rumaihi';
/** A stored sample whose title names neither "staggered" (a word of its text) nor Witkoff
 *  (a name its body mentions). */
const SEED_TITLE = 'Trump says "no guarantees" the Gaza ceasefire will hold';
const ENTITY = 'person:faisal-al-rumaihi';

const server = useFixtureServer();

interface LibraryRowSeen {
  title: string;
  match: string | null;
  why: string;
  marks: string[];
}

/** Search the popup's Library as a reader types, and read the rows once they answer it. */
async function searchLibrary(popup: Page, query: string, settled: (rows: LibraryRowSeen[]) => boolean): Promise<LibraryRowSeen[]> {
  await popup.$eval('[data-library-search]', (el) => (el as HTMLInputElement).select());
  await popup.type('[data-library-search]', query);
  const read = (): Promise<LibraryRowSeen[]> =>
    // The Library's list (the page panel lists related articles with the same attribute).
    popup.$$eval('[aria-label="Stored articles"] [data-article-id]', (rows) =>
      rows.map((row) => {
        const why = row.querySelector('[data-library-match]');
        return { title: row.querySelector('.title')?.textContent ?? '', match: why?.getAttribute('data-library-match') ?? null, why: why?.textContent ?? '', marks: [...(why?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? '') };
      }),
    );
  const end = Date.now() + 10_000;
  let rows = await read();
  while (!settled(rows) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    rows = await read();
  }
  return rows;
}

/** The popup's term rows that name `name`, with their link state. */
async function termsNamed(popup: Page, name: string): Promise<{ linked: string | null; id: string | null }[]> {
  return popup.$$eval(
    '[data-term]',
    (els, n) => els.filter((e) => (e.textContent ?? '').includes(n as string)).map((e) => ({ linked: e.getAttribute('data-linked'), id: e.getAttribute('data-entity-id') })),
    name,
  );
}

describe.each(BROWSERS)('library in %s', (kind) => {
  const session = useBrowser(kind, server);
  let followup: Page;
  let popup: PopupHandle | null = null;

  beforeAll(async () => {
    followup = await session.open('/popup/followup.html');
    await waitForHighlights(followup);
  });

  async function reopen(page: Page): Promise<PopupHandle> {
    await popup?.close();
    popup = await openPopup(session, page);
    return popup;
  }

  it('before: the new name is highlighted on the page but not linked', async () => {
    expect(await waitForHighlight(followup, 'backstory-person', (t) => t.includes(NAME))).toContain(NAME);
    const { page: p } = await reopen(followup);
    await waitInPopup(p, '[data-term]');
    expect(await termsNamed(p, NAME)).toEqual([{ linked: 'false', id: null }]);
  });

  it('"Save this page" stores the article once; the name then links on the other open page', async () => {
    const mediator = await session.open('/popup/mediator.html');
    await waitForHighlights(mediator);
    const { page: p } = await reopen(mediator);
    await showPanel(p, 'library');
    await waitInPopup(p, '[data-action="save-page"]:not([disabled])');
    await p.click('[data-action="save-page"]');
    await waitInPopup(p, '[data-status][data-status-kind="ok"]');

    const library = await askBackground(session, 'library/list', {});
    const saved = library.entries.find((e) => e.title.includes('Qatari mediator'));
    expect(saved).toBeTruthy();
    expect(saved?.url).toBe(mediator.url());
    // The page has no date metadata: it is dated by its byline, not by the day it was saved.
    expect(saved?.date).toBe('2025-02-06');
    expect(saved?.entityCount).toBeGreaterThan(2);
    await waitInPopup(p, `[data-article-id="${saved?.id}"]`);

    // Saving again, from the keyboard, is a duplicate (same URL): nothing added, and the
    // popup says so. The button, disabled meanwhile, has the focus again (not <body>).
    await p.focus('[data-action="save-page"]');
    await p.keyboard.press('Enter');
    await evaluateUntil(p, () => /already/i.test(document.querySelector('[data-status]')?.textContent ?? ''), { timeout: 10_000 });
    expect((await askBackground(session, 'library/list', {})).total).toBe(library.total);
    await waitInPopup(p, '[data-action="save-page"]:not([disabled])');
    const focused = await evaluateUntil(p, () => document.activeElement?.getAttribute('data-action') === 'save-page', { timeout: 2_000 }).then(
      () => 'save-page',
      () => p.evaluate(() => document.activeElement?.tagName ?? 'none'),
    );
    expect(focused).toBe('save-page');

    // The other tab picks up the new matcher by itself; its new report reaches the popup.
    await followup.bringToFront();
    const end = Date.now() + 20_000;
    let terms: { linked: string | null; id: string | null }[] = [];
    const shown: string[] = [];
    while (Date.now() < end) {
      const again = await reopen(followup);
      // While the page re-runs with the new matcher it may briefly have no report (the
      // popup says it is reading the page).
      await waitInPopup(again.page, '[data-term], [data-empty="page"], [data-reading]');
      terms = await termsNamed(again.page, NAME);
      shown.push(terms.length ? terms.map((t) => t.linked).join() : 'empty');
      if (terms.some((t) => t.linked === 'true')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    console.log(`${kind}: popup terms for ${NAME} while waiting: ${shown.join(' → ')}`);
    expect(terms).toEqual([{ linked: 'true', id: ENTITY }]);
    expect(await waitForHighlight(followup, 'backstory-person', (t) => t.includes(NAME))).toContain(NAME);
    // And the hover card knows the saved article now.
    const card = await askBackground(session, 'card/entity', { entityId: ENTITY, name: NAME, type: 'person', pageUrl: followup.url() });
    expect(card.mentions.some((m) => m.article.id === saved?.id)).toBe(true);
  });

  it('searching the Library finds a stored article by a word of its text and a name only its body holds', async () => {
    const { page: p } = await reopen(followup);
    await showPanel(p, 'library');
    await waitInPopup(p, '[data-library-search]');
    expect(await p.$eval('[data-library-search]', (el) => (el as HTMLInputElement).placeholder)).toBe('Search titles, names and text');

    // Neither word is in a title: the text and the names find the sample, and its row shows
    // the sentence with the word marked.
    const both = await searchLibrary(p, 'staggered witkoff', (rows) => rows.length === 1 && rows[0]?.match !== null);
    expect(both.map((r) => [r.title, r.match, r.marks])).toEqual([[SEED_TITLE, 'text', ['staggered']]]);
    expect(both[0]?.why).toContain('in exchange for the staggered release of approximately 1,900 Palestinian prisoners');

    // The name alone: the row says which name it mentions.
    const named = await searchLibrary(p, 'witkoff', (rows) => rows.some((r) => r.title === SEED_TITLE && r.match === 'names'));
    expect(named.find((r) => r.title === SEED_TITLE)?.why).toMatch(/^Mentions .*Witkoff/);

    // A word in no stored article: nothing, and the popup says so.
    await searchLibrary(p, 'zeppelinarium', (rows) => rows.length === 0);
    await waitInPopup(p, '[data-empty="library"]');
  });
});
