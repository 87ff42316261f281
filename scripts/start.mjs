// `npm start`: build, serve the demo article on 127.0.0.1, open Chromium with Backstory on
// it, print what was highlighted (per type, with examples), rest the pointer on one term and
// save a screenshot with its card open to docs/screenshot.png, then open the popup on the page
// and save its "This page" and "Notes" panels to docs/popup-page.png and docs/popup-notes.png.
// With a display (DISPLAY set) the window stays open until you close it (or pass --exit);
// without one (or with --headless) it runs headless and exits. --no-build uses dist/ as it
// is; --shots <dir> saves the screenshots there instead of docs/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const stayOpen = headed && !process.argv.includes('--exit');
// --shots <dir>: where the screenshots go (npm test runs this as a smoke test, away from docs/).
const shotsAt = process.argv.indexOf('--shots');
const shots = shotsAt >= 0 && process.argv[shotsAt + 1] ? process.argv[shotsAt + 1] : join(root, 'docs');
mkdirSync(shots, { recursive: true });
const screenshot = join(shots, 'screenshot.png');

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-zip'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

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
  await popup.page.setViewport({ width: 420, height: 600 });
  await popup.page.waitForSelector('[data-term]', { timeout: 15_000 });
  const terms = await popup.page.$$eval('[data-term]', (els) => els.length);
  const related = await popup.page.$$eval('[data-related]', (els) => els.map((e) => e.textContent?.trim().slice(0, 70)));
  console.log(`\nPopup: ${terms} terms on this page; related stored articles:\n${related.map((r) => `  · ${r}…`).join('\n')}`);
  await popup.page.screenshot({ path: join(shots, 'popup-page.png') });
  await popups.selectText(page, figure ?? term);
  await popups.showPanel(popup.page, 'notes');
  await popup.page.waitForSelector('[data-action="note-selection"]:not([disabled])', { timeout: 10_000 });
  await popup.page.click('[data-action="note-selection"]');
  await popup.page.type('textarea[data-note-editor]', 'Check this figure against the ministry’s next update.');
  await popup.page.click('[data-action="save-note"]');
  await popup.page.waitForSelector('[data-note-id]', { timeout: 10_000 });
  await popup.page.screenshot({ path: join(shots, 'popup-notes.png') });
  console.log(`Popup screenshots: ${join(shots, 'popup-page.png')}, ${join(shots, 'popup-notes.png')}`);
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
