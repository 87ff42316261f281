// The card of a sandboxed document, in Chromium and Firefox: sized to its content on a page
// zoomed by CSS; and, where Firefox before 153 draws it in its host's closed shadow root
// (src/content/inline-card.tsx), what the page can learn of it through its own document.
import { describe, expect, it } from 'vitest';
import { cardBox, firefoxBefore, hoverText, pollUntil, waitForCard, waitForHighlights } from './harness';
import { inInlineCard, waitForInlineCard } from './inline-card-probes';
import { BROWSERS, useBrowser } from './suite-browser';

describe.each(BROWSERS)('the card of a sandboxed document in %s', (kind) => {
  const session = useBrowser(kind);

  it('is sized to its content on a page with html { zoom: 1.5 }, not scaled twice', async () => {
    const page = await session.open('/sandboxed/ontopic.html', { width: 1000, height: 1000 });
    try {
      await waitForHighlights(page, { atLeast: 6 });
      await page.evaluate(() => void (document.documentElement.style.zoom = '1.5'));
      // A short card (about 275 px at zoom 1): it fits under the cap and in the window zoomed.
      await hoverText(page, 'Jenin');
      // The card's own height in viewport pixels, as the page shows it.
      let content: () => Promise<number>;
      if (await firefoxBefore(session, 153)) {
        await waitForInlineCard(page, { until: (c) => c.text.includes('Jenin') });
        content = async () => (await inInlineCard<number>(page, `(root) => root.querySelector('.card').getBoundingClientRect().height`)) ?? 0;
      } else {
        const card = await waitForCard(session, page, { until: (c) => c.text.includes('Jenin') });
        // The frame's pixels to the page's: its box's width over its own window's.
        const inner = (): Promise<{ card: number; width: number }> => card.frame.evaluate(() => ({ card: document.querySelector('.card')!.getBoundingClientRect().height, width: window.innerWidth }));
        content = async () => {
          const [box, frame] = [await cardBox(page), await inner()];
          return box ? (frame.card * box.width) / frame.width : 0;
        };
      }
      const fits = (h: number | undefined, c: number): boolean => h !== undefined && Math.abs(h - c) < 4;
      let wanted = 0;
      const host = await pollUntil(async () => {
        wanted = await content();
        return (await cardBox(page))?.height;
      }, (h) => fits(h, wanted), 5_000, 200);
      expect(wanted).toBeGreaterThan(300); // zoomed: at 1.5 a card of 200 px or more
      expect(host).toBeCloseTo(wanted, -1);
    } finally {
      await page.close();
    }
  });

  it('lets the page hear only the keys pressed in an inline card, and read no selection in it', async () => {
    const page = await session.open('/sandboxed/ontopic.html', { width: 1000, height: 1000 });
    try {
      if (!(await firefoxBefore(session, 153))) return; // an iframe card: its own document
      await waitForHighlights(page, { atLeast: 6 });
      // A page listening as hard as it can: capture and bubble on window and document.
      await page.evaluate(() => {
        const log: string[] = [];
        (window as unknown as { heard: string[] }).heard = log;
        for (const at of [window, document] as EventTarget[]) {
          for (const capture of [true, false]) {
            for (const type of ['keydown', 'keyup', 'keypress', 'copy']) {
              at.addEventListener(type, (e) => log.push(`${capture ? 'capture' : 'bubble'} ${type} ${(e as KeyboardEvent).key ?? ''} ${(e.target as Element).localName}`), capture);
            }
          }
        }
        document.addEventListener('selectionchange', () => log.push(`selection ${String(getSelection())}`));
      });
      await hoverText(page, 'Benjamin Netanyahu');
      await waitForInlineCard(page, { until: (c) => c.text.includes('Israeli Prime Minister') });
      // The reader drags over the card's description, then copies.
      const at = (await inInlineCard<{ x: number; y: number }>(page, `(root) => { const r = [...root.querySelectorAll('.card p')].find((p) => p.textContent.includes('Israeli Prime Minister')).getBoundingClientRect(); return { x: r.left + 4, y: r.top + r.height / 2 }; }`))!;
      await page.mouse.move(at.x, at.y, { steps: 8 });
      await page.mouse.down();
      await page.mouse.move(at.x + 150, at.y + 2, { steps: 6 });
      await page.mouse.up();
      await page.keyboard.down('Control');
      await page.keyboard.press('c');
      await page.keyboard.up('Control');
      const selection = await page.evaluate(() => {
        const s = getSelection();
        return { text: String(s), root: s?.anchorNode ? String(s.anchorNode.getRootNode()) : null };
      });
      // Firefox 140 made this selection the page's, its anchor inside the closed root (the
      // page read the whole card from it); the card is not selectable now.
      expect(selection.text).not.toContain('Prime Minister');
      expect(selection.root).not.toBe('[object ShadowRoot]');
      // Keys: a capture listener hears them, aimed at the host; a bubbling one does not.
      await inInlineCard(page, `(root) => root.querySelector('.card').focus()`);
      await page.evaluate(() => void ((window as unknown as { heard: string[] }).heard.length = 0));
      await page.keyboard.press('x');
      // Read once the key's last event has reached both capture listeners: its dispatch,
      // bubbling phase and all, is over by then.
      const heard = await pollUntil(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard), (h) => h.filter((e) => e.startsWith('capture keyup')).length >= 2);
      console.log(`${kind}: the page heard`, heard);
      expect(heard.filter((h) => h.startsWith('bubble'))).toEqual([]);
      expect(heard.filter((h) => h.startsWith('capture'))).toEqual(['keydown', 'keydown', 'keypress', 'keypress', 'keyup', 'keyup'].map((t) => `capture ${t} x backstory-card`));
    } finally {
      await page.close();
    }
  });
});
