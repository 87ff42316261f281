// The e2e harness in one import: a fixture server on 127.0.0.1 that also proxies (and so
// logs) every request the browsers make, browser launchers with the built extension, and
// probes that read highlights and the card from real pages. Used by the e2e tests,
// scripts/start.mjs and scripts/bench.mjs.
//
//   const server = await startFixtureServer();
//   const session = await launch('chromium', server);     // or 'firefox'
//   const page = await session.open('/ontopic.html');
//   const h = await waitForHighlights(page);               // { 'backstory-person': [...], ... }
//   await hoverText(page, 'Smotrich');
//   const card = await waitForCard(session, page);         // { text, verdicts, frame }
//   foreignRequests(session)                               // [] when only 127.0.0.1 was asked
//   await session.close(); await server.close();
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_OWN_HOSTS, type BrowserSession } from './launch';
import { FIXTURES, type LoggedRequest } from './fixture-server';

export { startFixtureServer, STRICT_CSP, FIXTURES, type FixtureServer, type LoggedRequest } from './fixture-server';
export { launch, launchChromium, launchFirefox, DIST, EXTENSION_ORIGIN, BROWSER_OWN_HOSTS, type BrowserKind, type BrowserSession, type PageError } from './launch';
export * from './page-probes';
export * from './card-probes';
export { onTopicParagraphs } from './generated-pages';

/** Every request to a host other than 127.0.0.1 since the server started (or its log was
 *  cleared), leaving out the few the browser itself makes whatever its flags say. */
export function foreignRequests(session: BrowserSession): LoggedRequest[] {
  const own = BROWSER_OWN_HOSTS[session.kind];
  return session.server.foreign().filter((r) => !own.includes(r.host));
}

/** Firefox older than `major` (Debian's ESR may lag the release these tests were written on). */
export async function firefoxBefore(session: BrowserSession, major: number): Promise<boolean> {
  if (session.kind !== 'firefox') return false;
  const version = /(\d+)\./.exec(await session.browser.version());
  return version !== null && Number(version[1]) < major;
}

/** The inner HTML of a fixture page's <article>, for tests whose page renders it late. */
export function fixtureArticle(file: string): string {
  const found = /<article[^>]*>([\s\S]*)<\/article>/.exec(readFileSync(join(FIXTURES, file), 'utf8'));
  if (!found) throw new Error(`${file} has no <article>`);
  return found[1]!;
}

/** Pauses the test: lets timers and idle callbacks of the page run. */
export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Reads until `ok` holds for what was read or `timeout` ms have passed, `every` ms apart;
 *  returns the last read either way (the test's expect says what was wanted). */
export async function pollUntil<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000, every = 150): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await pause(every);
    value = await read();
  }
  return value;
}
