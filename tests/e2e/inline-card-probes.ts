// What the tests read from a card drawn in its host's closed shadow root (Firefox before 153
// in a sandboxed document: src/content/inline-card.tsx). No page script can reach into a
// closed root; WebDriver BiDi can: it serialises an element's shadow root whatever its mode
// (includeShadowTree: 'all'), and a function called with that root as its argument reads it.
// Puppeteer has no public call for this, so these go to its BiDi realm of the page's main frame.
import type { Page } from 'puppeteer-core';

interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiRealm {
  callFunction(declaration: string, awaitPromise: boolean, options: object): Promise<{ type: string; result?: BidiValue; exceptionDetails?: { text?: string } }>;
}

/** The page's main-frame realm under puppeteer's BiDi frame (Firefox only). */
function realmOf(page: Page): BidiRealm {
  const frame = page.mainFrame() as unknown as { mainRealm?: () => { realm?: BidiRealm } };
  const realm = frame.mainRealm?.().realm;
  if (!realm) throw new Error('no BiDi realm: the inline card is read in Firefox only');
  return realm;
}

/** The shadow root of the shown card host (not one loading out of sight), or null. */
async function shownRoot(page: Page): Promise<string | null> {
  const found = await realmOf(page).callFunction(
    `() => { const hosts = document.querySelectorAll('backstory-card'); for (let i = 0; i < hosts.length; i++) { const h = hosts[i]; if (!h.inert && getComputedStyle(h).opacity !== '0' && getComputedStyle(h).visibility !== 'hidden') return h; } return null; }`,
    false,
    { serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' }, resultOwnership: 'none' },
  );
  const root = (found.result?.value as { shadowRoot?: BidiValue } | undefined)?.shadowRoot;
  return root?.sharedId ?? null;
}

/** Calls `declaration`, a function of the shown card's shadow root, and returns its value
 *  (null when no card shows). */
export async function inInlineCard<T>(page: Page, declaration: string): Promise<T | null> {
  const root = await shownRoot(page);
  if (!root) return null;
  // Carried back as JSON: BiDi gives an object as a list of typed entries.
  const wrapped = `async (root) => JSON.stringify(await (${declaration})(root) ?? null)`;
  const r = await realmOf(page).callFunction(wrapped, true, { arguments: [{ sharedId: root }], resultOwnership: 'none' });
  if (r.type !== 'success') throw new Error(`in the inline card: ${r.exceptionDetails?.text ?? r.type}`);
  return JSON.parse(String(r.result?.value ?? 'null')) as T | null;
}

export interface InlineCardView {
  /** The card's visible text. */
  text: string;
  /** The dialog's role and label, and whether it holds the focus. */
  role: string | null;
  label: string | null;
  focused: boolean;
  /** The card's background colour (its scheme), and its heading's font size (card.css's). */
  background: string;
  headingSize: string | null;
}

const READ = `(root) => {
  const card = root.querySelector('.card');
  const page = root.querySelector('.page');
  if (!card || !page) return null;
  return { text: card.innerText, role: card.getAttribute('role'), label: card.getAttribute('aria-label'), focused: root.activeElement === card, background: getComputedStyle(page).backgroundColor, headingSize: card.querySelector('h1') ? getComputedStyle(card.querySelector('h1')).fontSize : null };
}`;

/** Waits for a shown inline card with content; `until` can wait for specific content. */
export async function waitForInlineCard(page: Page, opts: { timeout?: number; until?: (card: InlineCardView) => boolean } = {}): Promise<InlineCardView> {
  const { timeout = 20_000, until = (c: InlineCardView) => c.text.trim() !== '' && !c.text.includes('Loading…') } = opts;
  const end = Date.now() + timeout;
  let last: InlineCardView | null = null;
  while (Date.now() < end) {
    const view = await inInlineCard<InlineCardView>(page, READ).catch(() => null);
    if (view) last = view;
    if (view && until(view)) return view;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(last ? `the inline card did not show what was expected; it showed:\n${last.text}` : 'no inline card appeared');
}

/** Clicks an element of the shown inline card (focus first, as a reader's click would). */
export async function clickInInlineCard(page: Page, selector: string): Promise<void> {
  const clicked = await inInlineCard<boolean>(page, `(root) => { const el = root.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.focus(); el.click(); return true; }`);
  if (!clicked) throw new Error(`no ${selector} in the inline card`);
}
