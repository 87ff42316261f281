// Long texts in the popup's lists, in Chromium and Firefox with the built extension. A note
// longer than its row's five lines says so with "Show all", which opens it in place (from
// the keyboard too) and "Show less" closes it; a short note has no such button. Library
// titles that share their first sixty characters are told apart: a title wraps to three
// lines. Before, the note was cut mid-line with no sign of the rest, and every long title
// showed as the same one cut line. On This page, a related stored article's source line
// starts on a line of its own under a long title and a short one alike: it ran on after a
// title whose last line had room, and stood alone under one that filled its line.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { pollUntil, waitForHighlights } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { askBackground, openPopup, showPanel, waitInPopup, type PopupHandle } from './popup-driver';

const SHOTS = process.env.BACKSTORY_SHOTS;
const LONG_NOTE = `Check the toll. ${'The ministry updates its count each morning and the figure here may lag it. '.repeat(8)}THE LAST LINE.`;
const HEAD = 'Negotiators return to Doha as the cease-fire’s second phase stalls over the corridor';
const TITLES = [`${HEAD}, officials say`, `${HEAD}, Egypt warns`];
/** A short title, related to the page by the names it shares with it. */
const SHORT = { title: 'Envoy flies to Doha', source: 'Test Wire', url: 'https://news.example.com/envoy', date: '2025-02-06', text: 'Steve Witkoff met Benjamin Netanyahu before the talks.\n\nHamas said the Gaza Strip truce would hold.' };

describe.each(BROWSERS)('long texts in the %s popup', (kind) => {
  const session = useBrowser(kind);
  let page: Page;
  let popup: PopupHandle;

  beforeAll(async () => {
    page = await session.open('/popup/briefing.html');
    await waitForHighlights(page);
    await askBackground(session, 'notes/create', { text: LONG_NOTE, pageUrl: page.url(), pageTitle: 'Briefing' });
    await askBackground(session, 'notes/create', { text: 'A short one.', pageUrl: page.url(), pageTitle: 'Briefing' });
    await askBackground(session, 'library/add', { articles: [SHORT] });
    await askBackground(session, 'library/add', { articles: TITLES.map((title, i) => ({ title, source: 'Test Wire', url: `https://news.example.com/doha-${i}`, date: '2025-02-07', text: `Talks in Doha resumed on day ${i}.\n\nMediators met both delegations.` })) });
    popup = await openPopup(session, page);
  });

  /** The note row holding `start`: its text's box, whether the last words are in view, its button. */
  const noteState = (p: Page, start: string) =>
    p.$$eval(
      '[data-note-id]',
      (rows, s) => {
        const row = rows.find((r) => r.querySelector('.note-text')?.textContent?.startsWith(s));
        if (!row) throw new Error(`no row for “${s}”`);
        const text = row.querySelector('.note-text') as HTMLElement;
        const more = row.querySelector('[data-action="note-more"]');
        return { cut: text.scrollHeight > text.clientHeight + 1, more: more?.textContent ?? null, expanded: more?.getAttribute('aria-expanded') ?? null, controls: more?.getAttribute('aria-controls') === text.id };
      },
      start,
    );

  it('a long note says there is more, opens in place and closes again', async () => {
    const p = popup.page;
    await showPanel(p, 'notes');
    await waitInPopup(p, '[data-note-id] [data-action="delete-note"]');
    expect(await noteState(p, 'A short one.')).toEqual({ cut: false, more: null, expanded: null, controls: false });
    expect(await noteState(p, 'Check the toll.')).toEqual({ cut: true, more: 'Show all', expanded: 'false', controls: true });
    if (SHOTS) await p.screenshot({ path: `${SHOTS}/long-note-${kind}-closed.png` });
    // From the keyboard: focus the button and press Enter.
    await p.focus('[data-action="note-more"]');
    await p.keyboard.press('Enter');
    expect(await pollUntil(() => noteState(p, 'Check the toll.'), (n) => n.expanded === 'true')).toEqual({ cut: false, more: 'Show less', expanded: 'true', controls: true });
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('note-more');
    if (SHOTS) await p.screenshot({ path: `${SHOTS}/long-note-${kind}-open.png` });
    await p.click('[data-action="note-more"]');
    expect(await pollUntil(() => noteState(p, 'Check the toll.'), (n) => n.expanded === 'false')).toEqual({ cut: true, more: 'Show all', expanded: 'false', controls: true });
  });

  it('library titles that differ late are told apart', async () => {
    const p = popup.page;
    await showPanel(p, 'library');
    await waitInPopup(p, '[data-panel="library"] [data-action="delete-article"]');
    const shown = await p.$$eval('[data-panel="library"] .article-main .title', (titles, want) =>
      titles.filter((t) => (want as string[]).includes(t.textContent ?? '')).map((t) => ({ whole: t.scrollHeight <= t.clientHeight + 1 && t.scrollWidth <= t.clientWidth + 1, lines: Math.round(t.clientHeight / parseFloat(getComputedStyle(t).lineHeight || '18')) })),
    TITLES);
    if (SHOTS) await p.screenshot({ path: `${SHOTS}/long-titles-${kind}.png` });
    expect(shown).toHaveLength(2);
    for (const t of shown) expect(t.whole).toBe(true);
  });

  it('a related article\'s source line starts on its own line, under a long title and a short one alike', async () => {
    const p = popup.page;
    await showPanel(p, 'page');
    await waitInPopup(p, '[data-related]');
    const rows = await p.$$eval('[data-related]', (lis) =>
      lis.map((li) => {
        // The title's text's line boxes, whether the title is drawn inline or as a block.
        const words = document.createRange();
        words.selectNodeContents(li.querySelector('.title') as HTMLElement);
        const title = [...words.getClientRects()].filter((r, i, all) => i === 0 || r.top > all[i - 1]!.top + 1);
        const meta = (li.querySelector('.title + .muted') as HTMLElement).getClientRects()[0]!;
        const last = title[title.length - 1]!;
        return { title: li.querySelector('.title')?.textContent ?? '', lines: title.length, below: meta.top >= last.bottom - 1, left: Math.round(meta.left - li.getBoundingClientRect().left) };
      }),
    );
    if (SHOTS) {
      await p.$eval('[data-related]', (e) => e.scrollIntoView());
      await p.screenshot({ path: `${SHOTS}/related-rows-${kind}.png` });
    }
    // The short title and the seed articles' long ones (two lines at the popup's width).
    expect(rows.map((r) => r.title)).toContain(SHORT.title);
    expect(rows.some((r) => r.lines > 1)).toBe(true);
    for (const r of rows) expect({ title: r.title, below: r.below, left: r.left }).toEqual({ title: r.title, below: true, left: 0 });
  });
});
