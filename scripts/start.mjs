// `npm start`: build, serve the demo article on 127.0.0.1, open Chromium with Backstory on
// it, print what was highlighted (per type, with examples), rest the pointer on one term and
// save a screenshot with its card open, then open the popup on the page and save its "This
// page" panel (top, and scrolled to the figures and related articles), a note made on a
// selection in the Notes panel, and that note's mark in the page.
//   --headless      no window even with a display (without DISPLAY it is always headless)
//   --exit          close the window when done instead of leaving it open
//   --no-build      use dist/ as it is
//   --shots <dir>   where the screenshots go; the default, dist/screenshots, is git-ignored
//                   (`--shots docs` refreshes the README's images)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const stayOpen = headed && !process.argv.includes('--exit');
// Not docs/ by default: the pictures change on every run (the note's date), and docs/ is tracked.
const shotsAt = process.argv.indexOf('--shots');
const shots = shotsAt >= 0 && process.argv[shotsAt + 1] ? process.argv[shotsAt + 1] : join(root, 'dist', 'screenshots');
const screenshot = join(shots, 'screenshot.png');

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-zip'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync(shots, { recursive: true });

const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
const popups = await tsImport('../tests/e2e/popup-driver.ts', import.meta.url);
const server = await h.startFixtureServer();
let session = null;
try {
  session = await h.launchChromium(server, { headless: !headed });
  const page = await session.open('/demo.html', { width: 1100, height: 760 });
  console.log(`\nBackstory on ${page.url()} (${headed ? 'window' : 'headless'})\n`);
  const highlights = await h.waitForHighlights(page, { timeout: 20_000 });
  const total = h.totalHighlights(highlights);
  for (const name of h.HIGHLIGHT_NAMES) {
    const texts = highlights[name];
    const examples = [...new Set(texts)].slice(0, 6).map((t) => `"${t}"`).join(', ');
    console.log(`  ${name.padEnd(17)} ${String(texts.length).padStart(3)}  ${examples}`);
  }
  console.log(`  ${'total'.padEnd(17)} ${String(total).padStart(3)}\n`);
  if (total === 0) throw new Error('nothing was highlighted on the demo page');

  // A figure that a stored article also states shows the card at its most telling.
  const numbers = highlights['backstory-number'];
  const figure = numbers.find((t) => t.includes('47,498')) ?? numbers[0];
  const term = figure ?? highlights['backstory-person'][0] ?? h.allTexts(highlights)[0];
  await h.hoverText(page, term);
  const card = await h.waitForCard(session, page);
  await h.pause(400); // let the card finish its entrance before the picture
  console.log(`Card for "${term}"${card.verdicts.length ? ` (verdict: ${card.verdicts.join(', ')})` : ''}:`);
  console.log(card.text.split('\n').filter((l) => l.trim()).slice(0, 12).map((l) => `  │ ${l}`).join('\n'));
  await page.screenshot({ path: screenshot });
  console.log(`\nScreenshot with the card open: ${screenshot}`);

  // The popup as the toolbar button opens it (chrome.action.openPopup), with a note made on
  // a selection so the Notes panel has something to show.
  await page.keyboard.press('Escape');
  const popup = await popups.openPopup(session, page);
  await popup.page.waitForSelector('[data-term]', { timeout: 15_000 });
  const terms = await popup.page.$$eval('[data-term]', (els) => els.length);
  const related = await popup.page.$$eval('[data-related]', (els) => els.map((e) => e.textContent?.trim().slice(0, 70)));
  console.log(`\nPopup: ${terms} terms on this page; related stored articles:\n${related.map((r) => `  · ${r}…`).join('\n')}`);
  // The popup's own box, not the window's: the window can be wider than the 400 px body.
  const shootPopup = async (name) => {
    const app = await popup.page.$('#app');
    if (!app) throw new Error('the popup has no #app');
    await app.screenshot({ path: join(shots, name) });
    return join(shots, name);
  };
  const popupShots = [await shootPopup('popup-page.png')];
  // The panel scrolls inside the popup: a second picture, scrolled to its end, shows figures
  // with their verdicts and the related stored articles.
  await popup.page.$eval('[data-panel="page"]', (el) => { el.scrollTop = el.scrollHeight; });
  await h.pause(200);
  popupShots.push(await shootPopup('popup-page-end.png'));
  await popups.selectText(page, figure ?? term);
  await popups.showPanel(popup.page, 'notes');
  await popup.page.waitForSelector('[data-action="note-selection"]:not([disabled])', { timeout: 10_000 });
  await popup.page.click('[data-action="note-selection"]');
  await popup.page.type('textarea[data-note-editor]', 'Check this figure against the ministry’s next update.');
  await popup.page.click('[data-action="save-note"]');
  await popup.page.waitForSelector('[data-note-id]', { timeout: 10_000 });
  popupShots.push(await shootPopup('popup-notes.png'));
  // The Library's search finds stored articles by a word of their text, not only the title.
  await popups.showPanel(popup.page, 'library');
  await popup.page.type('[data-library-search]', 'staggered release');
  await popup.page.waitForSelector('[data-library-match]', { timeout: 15_000 });
  const libraryHits = await popup.page.$$eval('[data-library-match]', (els) => els.length);
  console.log(`Library search "staggered release": ${libraryHits} stored article(s) found by their text or names`);
  popupShots.push(await shootPopup('popup-library.png'));
  console.log(`Popup screenshots: ${popupShots.join(', ')}`);

  // The note's mark in the page (dotted amber), cut to the paragraph it is in.
  const noted = figure ?? term;
  await page.evaluate(() => globalThis.getSelection()?.removeAllRanges());
  await popups.waitForHighlight(page, 'backstory-note', (texts) => texts.some((t) => t.includes(noted)));
  const found = await h.findText(page, noted);
  const clip = await found.evaluate((range) => {
    if (!range) return null;
    const block = range.startContainer.parentElement?.closest('p, li, blockquote, div') ?? range.startContainer.parentElement;
    if (!block) return null;
    block.scrollIntoView({ block: 'center' });
    const r = block.getBoundingClientRect();
    return { x: Math.max(0, r.left + globalThis.scrollX - 8), y: Math.max(0, r.top + globalThis.scrollY - 8), width: r.width + 16, height: r.height + 16 };
  });
  await found.dispose();
  if (clip) {
    await h.pause(300);
    await page.screenshot({ path: join(shots, 'note-in-page.png'), clip });
    console.log(`The note in the page: ${join(shots, 'note-in-page.png')}`);
  }
  await popup.close();
  if (h.foreignRequests(session).length) throw new Error(`requests left 127.0.0.1: ${JSON.stringify(h.foreignRequests(session))}`);

  if (stayOpen) {
    console.log('\nThe browser stays open; close its window (or press Ctrl+C) to finish.');
    await new Promise((resolve) => {
      session.browser.on('disconnected', resolve);
      process.on('SIGINT', resolve);
    });
  }
} catch (err) {
  console.error(`npm start failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
} finally {
  await session?.close();
  await server.close();
}
