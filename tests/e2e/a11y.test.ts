// An automated accessibility audit (axe-core: WCAG 2.0/2.1 A and AA, and its best
// practices) of the popup and the hover card, in Chromium and Firefox with the built
// extension, on an on-topic page with notes: the popup on each of its four tabs and in the
// states a reader meets there (the note editor, an Undo, the confirmation before wiping),
// under a light and a dark system scheme (Chromium emulates it; Firefox is launched with
// it); the card for a name (with a note on it, a related name opened in it, the question
// before turning the site off) and for figures that agree and differ with the stored ones,
// on a light page and on a dark one (the card takes the page's scheme, card-host.ts).
// Any violation fails, as does what axe could not decide, and a field whose border is
// under 3:1 (axe-audit.ts), printed as "rule (impact) [target]: what to fix". A planted
// fault shows the audit runs in each context and can fail. The states a reader meets less
// often (the keyboard's card, an off-topic page, bad imports…) are in a11y-states.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickIn, hoverText, moveAway, waitForCard, waitForHighlights, waitForNoCard, type BrowserSession, type CardView } from './harness';
import { findings, plantedFaults, prefersDark, showWholePanels } from './axe-audit';
import { askBackground, openPopup, showPanel, waitInPopup } from './popup-driver';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';

/** A state of the popup to audit: its tab, what brings it about (after the state before),
 *  and what it shows once its content is in. */
interface PopupState {
  tab: 'page' | 'notes' | 'library' | 'settings';
  name: string;
  act?: (popup: Page) => Promise<void>;
  shown: string[];
}

const click = (selector: string) => (popup: Page) => popup.click(selector);

/** This page: terms, a figure that differs, the related article. Notes: a note on the page
 *  and an orphan, then the editor, then a deleted note with its Undo. The library. The
 *  settings (the deleted note under Recently deleted), the confirmation before emptying
 *  that, then the one before deleting everything. */
const POPUP_STATES: PopupState[] = [
  { tab: 'page', name: 'page', shown: ['[data-term]', '[data-number][data-verdict="differs"]', '[data-related]'] },
  { tab: 'notes', name: 'notes', shown: ['[data-note-id]:not([data-orphan])', '[data-note-id][data-orphan="true"]'] },
  { tab: 'notes', name: 'note editor', act: click('[data-note-id]:not([data-orphan]) [data-action="edit-note"]'), shown: ['textarea[data-note-editor]'] },
  {
    tab: 'notes',
    name: 'undo',
    act: async (popup) => {
      await popup.click('[data-action="cancel-note"]');
      await popup.click('[data-note-id][data-orphan="true"] [data-action="delete-note"]');
      await waitInPopup(popup, '[data-status] ~ [data-action="undo"]');
    },
    shown: ['[data-note-id]'],
  },
  { tab: 'library', name: 'library', shown: ['[data-article-id]'] },
  // The note deleted above is listed under Recently deleted.
  { tab: 'settings', name: 'settings', shown: ['[data-setting]', '[data-trash-id]'] },
  { tab: 'settings', name: 'empty confirmation', act: click('[data-action="trash-empty"]'), shown: ['[role="alertdialog"]'] },
  {
    tab: 'settings',
    name: 'wipe confirmation',
    act: async (popup) => {
      await popup.click('[data-action="trash-empty-cancel"]');
      await popup.click('[data-action="wipe"]');
    },
    shown: ['[role="alertdialog"]'],
  },
];
const NO_POPUP_FINDINGS = Object.fromEntries(POPUP_STATES.map((s) => [s.name, []]));

const server = useFixtureServer();

/** Opens `path` with three notes on it: one on Smotrich (the card lists it), one on a
 *  passage, and an orphan whose quote the page never had (the list marks it). */
async function pageWithNotes(session: BrowserSession, path: string): Promise<Page> {
  const page = await session.open(path);
  await waitForHighlights(page, { atLeast: 10 });
  const pageUrl = page.url();
  const pageTitle = 'Truce talks';
  const smotrich = await askBackground(session, 'card/entity', { entityId: null, name: 'Bezalel Smotrich', type: 'person', pageUrl });
  await askBackground(session, 'notes/create', { text: 'Leads the Religious Zionism party', pageUrl, pageTitle, entityId: smotrich.id ?? undefined });
  const quote = 'a figure the ministry has not confirmed';
  await askBackground(session, 'notes/create', { text: 'Whose tally is this?', pageUrl, pageTitle, selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: 'deaths, ', suffix: '.' }, { type: 'TextPositionSelector', start: 0, end: quote.length }] });
  const gone = 'a sentence this page never had';
  await askBackground(session, 'notes/create', { text: 'The passage was rewritten', pageUrl, pageTitle, selector: [{ type: 'TextQuoteSelector', exact: gone, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: gone.length }] });
  await page.reload({ waitUntil: 'load' });
  await waitForHighlights(page, { atLeast: 10 });
  return page;
}

/** The popup's violations on each tab, opened for `page`; Chromium emulates `scheme`, a
 *  Firefox session was launched with it. */
async function auditPopup(session: BrowserSession, page: Page, scheme: 'light' | 'dark'): Promise<Record<string, string[]>> {
  const popup = await openPopup(session, page);
  try {
    if (session.kind === 'chromium') await popup.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    expect(await prefersDark(popup.page), `the popup sees a ${scheme} scheme`).toBe(scheme === 'dark');
    await showWholePanels(popup.page);
    const found: Record<string, string[]> = {};
    for (const state of POPUP_STATES) {
      await showPanel(popup.page, state.tab);
      await state.act?.(popup.page);
      for (const selector of state.shown) await waitInPopup(popup.page, `[data-panel="${state.tab}"] ${selector}`);
      found[state.name] = await findings(popup.page);
    }
    return found;
  } finally {
    await popup.close();
  }
}

/** The card's findings for a name (then a related name opened in it, with its way back,
 *  then the question before turning the site off) and for figures that agree and differ,
 *  on `page`, whose scheme the card takes. */
async function auditCard(session: BrowserSession, page: Page, dark: boolean): Promise<Record<string, string[]>> {
  await page.bringToFront();
  const found: Record<string, string[]> = {};
  const audit = async (name: string, text: string, within: string, until: (c: CardView) => boolean, more: (card: CardView) => Promise<void> = async () => undefined): Promise<void> => {
    await hoverText(page, text, { within });
    const card = await waitForCard(session, page, { until });
    try {
      expect(await prefersDark(card.frame), 'the card takes the page’s scheme').toBe(dark);
      found[name] = await findings(card.frame);
      await more(card);
    } finally {
      await moveAway(page);
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
    }
  };
  await audit('name', 'Smotrich', 'Smotrich repeated', (c) => c.text.includes('Leads the Religious Zionism party'), async (card) => {
    await clickIn(card.frame, '.related button');
    const opened = await waitForCard(session, page, { until: (c) => c.text.includes('Back to Bezalel Smotrich') });
    found['related name'] = await findings(opened.frame);
    await clickIn(opened.frame, '[data-action="site-off"]');
    const asked = await waitForCard(session, page, { until: (c) => c.text.includes('will stop highlighting') });
    found['site-off question'] = await findings(asked.frame);
    await clickIn(asked.frame, '[data-action="site-off-cancel"]');
  });
  await audit('agrees', '47,498', 'at least 47,498 deaths', (c) => c.verdicts.includes('agrees'));
  await audit('differs', '48,200', '48,200 deaths', (c) => c.verdicts.includes('differs'));
  return found;
}
const NO_CARD_FINDINGS = { name: [], 'related name': [], 'site-off question': [], agrees: [], differs: [] };

describe.each(BROWSERS)('accessibility of the popup and the card in %s', (kind) => {
  const session = useBrowser(kind, server);
  let page: Page;

  beforeAll(async () => {
    page = await pageWithNotes(session, '/ontopic.html');
  });

  it('the popup has no violation on any tab (light scheme)', async () => {
    expect(await auditPopup(session, page, 'light')).toEqual(NO_POPUP_FINDINGS);
  });

  it('the card has no violation for a name or a figure on a light page', async () => {
    expect(await auditCard(session, page, false)).toEqual(NO_CARD_FINDINGS);
  });

  it('the card has no violation for a name or a figure on a dark page', async () => {
    const dark = await session.open('/dark.html');
    try {
      await waitForHighlights(dark, { atLeast: 10 });
      expect(await auditCard(session, dark, true)).toEqual(NO_CARD_FINDINGS);
    } finally {
      await dark.close();
    }
  });

  it('the audit reports a fault planted in the popup and in the card', async () => {
    const popup = await openPopup(session, page);
    try {
      await waitInPopup(popup.page, '[data-term]');
      expect(await plantedFaults(popup.page)).toEqual(expect.arrayContaining(['color-contrast', 'label']));
    } finally {
      await popup.close();
    }
    await page.bringToFront();
    await hoverText(page, 'Smotrich', { within: 'Smotrich repeated' });
    const card = await waitForCard(session, page);
    expect(await plantedFaults(card.frame)).toEqual(expect.arrayContaining(['color-contrast', 'label']));
    await moveAway(page);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
  });
});

describe.each(BROWSERS)('accessibility of the popup under a dark system scheme in %s', (kind) => {
  const session = useBrowser(kind, server, { scheme: 'dark' });

  it('the popup has no violation on any tab (dark scheme)', async () => {
    const page = await pageWithNotes(session, '/ontopic.html');
    expect(await auditPopup(session, page, 'dark')).toEqual(NO_POPUP_FINDINGS);
  });
});
