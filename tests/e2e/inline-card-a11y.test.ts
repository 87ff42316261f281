// An accessibility audit (axe-core: WCAG 2.0/2.1 A and AA and its best practices, as
// a11y.test.ts) of the card drawn in its host's closed shadow root (src/content/inline-card.tsx),
// which Firefox before 153 shows in a sandboxed document. axe cannot see into a closed root,
// so the card's DOM as the content script rendered it (the root's markup, its <style> with
// it, and the host's box) is copied into an OPEN shadow root on a page of its own, at the same
// size, and audited there: for a name (and a related name opened in it) and for figures that
// agree and differ, on a light page and on a dark one. A fault planted inside the copy shows
// the audit reaches into the root. Where the card is a frame (Chromium, Firefox 153+),
// a11y.test.ts audits it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeAudit, axeViolations } from './axe-audit';
import { firefoxBefore, hoverText, moveAway, pollUntil, waitForHighlights, type BrowserSession } from './harness';
import { setViewport } from './launch';
import { clickInInlineCard, inInlineCard, waitForInlineCard, type InlineCardView } from './inline-card-probes';
import { BROWSERS, useBrowser } from './suite-browser';

const VIEWPORT = { width: 1000, height: 1000 };

/** The shown card's root markup and its host's inline styles (its place and size). */
interface CardCopy {
  html: string;
  style: string;
}
const SNAPSHOT = `(root) => ({ html: root.innerHTML, style: root.host.style.cssText })`;

/** A page holding `copy` in an open shadow root. In <body>, not on <html> where the content
 *  script puts the host (card-layer.ts): the host is fixed and its styles initial, so it is
 *  drawn the same, but axe cannot find the background of text outside <body> and leaves every
 *  contrast undecided. */
async function openCopy(session: BrowserSession, copy: CardCopy): Promise<Page> {
  const page = await session.browser.newPage();
  await setViewport(page, VIEWPORT.width, VIEWPORT.height);
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The inline card</title></head><body></body></html>');
  await page.evaluate((c: CardCopy) => {
    const host = document.createElement('div');
    host.id = 'inline-card-copy';
    host.style.cssText = c.style;
    host.attachShadow({ mode: 'open' }).innerHTML = c.html;
    document.body.appendChild(host);
  }, copy);
  return page;
}

/** What axe finds in `copy`: violations and, as failures too, what it could not decide. */
async function auditCopy(session: BrowserSession, copy: CardCopy): Promise<string[]> {
  const page = await openCopy(session, copy);
  try {
    const found = await axeAudit(page);
    return [...found.violations, ...found.unsure.map((line) => `needs review: ${line}`)];
  } finally {
    await page.close();
  }
}

/** The findings for the inline card on `path` (a sandboxed copy of a fixture page): a name,
 *  a related name opened in it, and figures that agree and differ. */
async function auditInlineCards(session: BrowserSession, path: string, dark: boolean): Promise<Record<string, string[]>> {
  const page = await session.open(path, VIEWPORT);
  const found: Record<string, string[]> = {};
  try {
    await waitForHighlights(page, { atLeast: 10 });
    const audit = async (name: string, text: string, within: string, until: (c: InlineCardView) => boolean, more?: () => Promise<void>): Promise<void> => {
      await hoverText(page, text, { within });
      await waitForInlineCard(page, { until });
      const copy = (await inInlineCard<CardCopy>(page, SNAPSHOT))!;
      expect(copy.html.includes('class="page dark"'), 'the card takes the page’s scheme').toBe(dark);
      found[name] = await auditCopy(session, copy);
      await page.bringToFront();
      await more?.();
      await moveAway(page);
      await page.keyboard.press('Escape');
      await pollUntil(() => inInlineCard<boolean>(page, '() => true'), (shown) => shown === null, 5_000, 100);
    };
    await audit('name', 'Smotrich', 'Smotrich repeated', (c) => c.text.includes('Israel’s finance minister'), async () => {
      await clickInInlineCard(page, '.related button');
      await waitForInlineCard(page, { until: (c) => c.text.includes('Back to Bezalel Smotrich') });
      found['related name'] = await auditCopy(session, (await inInlineCard<CardCopy>(page, SNAPSHOT))!);
      await page.bringToFront();
    });
    await audit('agrees', '47,498', 'at least 47,498 deaths', (c) => c.text.includes('47,498'));
    await audit('differs', '48,200', '48,200 deaths', (c) => c.text.includes('48,200'));
  } finally {
    await page.close();
  }
  return found;
}
const NO_FINDINGS = { name: [], 'related name': [], agrees: [], differs: [] };

describe.each(BROWSERS)('accessibility of the inline card in %s', (kind) => {
  const session = useBrowser(kind);

  it('has no violation for a name or a figure on a light page', async () => {
    if (!(await firefoxBefore(session, 153))) return; // a frame: a11y.test.ts
    expect(await auditInlineCards(session, '/sandboxed/ontopic.html', false)).toEqual(NO_FINDINGS);
  });

  it('has no violation for a name or a figure on a dark page', async () => {
    if (!(await firefoxBefore(session, 153))) return;
    expect(await auditInlineCards(session, '/sandboxed/dark.html', true)).toEqual(NO_FINDINGS);
  });

  it('reports a fault planted inside the copied card’s open root', async () => {
    if (!(await firefoxBefore(session, 153))) return;
    const page = await session.open('/sandboxed/ontopic.html', VIEWPORT);
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await hoverText(page, 'Benjamin Netanyahu');
      await waitForInlineCard(page, { until: (c) => c.text.includes('Israeli Prime Minister') });
      const copy = (await inInlineCard<CardCopy>(page, SNAPSHOT))!;
      const planted = '<p style="color:#888;background:#999">Faint</p><input type="text">';
      const faulty = { ...copy, html: copy.html.replace(/<div class="body[^"]*">/, (open) => `${open}${planted}`) };
      expect(faulty.html).not.toBe(copy.html);
      const copyPage = await openCopy(session, faulty);
      try {
        const rules = (await axeViolations(copyPage)).map((line) => line.split(' ')[0]);
        expect(rules).toEqual(expect.arrayContaining(['color-contrast', 'label']));
      } finally {
        await copyPage.close();
      }
    } finally {
      await page.close();
    }
  });
});
