// The browser and fixture server a test file or describe block runs against: started by
// its beforeAll, closed by its afterAll (vitest runs after-hooks in reverse, so the
// block's own afterAll still has them). Kept apart from harness.ts, which scripts import
// outside vitest.
//
//   describe.each(BROWSERS)('hover card in %s', (kind) => {
//     const session = useBrowser(kind);           // its own server: session.server
//     beforeAll(async () => { page = await session.open('/ontopic.html'); });
//     it('…', async () => { await waitForCard(session, page); });
//   });
//
// What these return stands for the real server or session, which exists only from the
// block's first beforeAll on: read it in hooks and tests, not while tests are collected.
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launch, type BrowserKind, type BrowserSession, type LaunchOptions } from './launch';

/** The browsers every e2e file runs in, in order: `describe.each(BROWSERS)`. */
export const BROWSERS: readonly BrowserKind[] = ['chromium', 'firefox'];

function started<T>(what: string, value: T | undefined): T {
  if (value === undefined) throw new Error(`${what} is started in beforeAll: use it in a hook or a test`);
  return value;
}

/** A fixture server for the enclosing file or describe block. */
export function useFixtureServer(): FixtureServer {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  const current = (): FixtureServer => started('the fixture server', server);
  return {
    get origin() {
      return current().origin;
    },
    get port() {
      return current().port;
    },
    url: (path) => current().url(path),
    get requests() {
      return current().requests;
    },
    foreign: () => current().foreign(),
    close: () => current().close(),
  };
}

/** `kind` with the built extension for the enclosing describe block, on `server` (one the
 *  file shares) or else on a fixture server of the block's own; `opts` as launch() takes them. */
export function useBrowser(kind: BrowserKind, server: FixtureServer = useFixtureServer(), opts: LaunchOptions = {}): BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await launch(kind, server, opts);
  });
  afterAll(async () => {
    await session?.close();
  });
  const current = (): BrowserSession => started(`${kind}`, session);
  return {
    kind,
    get browser() {
      return current().browser;
    },
    get extensionOrigin() {
      return current().extensionOrigin;
    },
    server,
    get pageErrors() {
      return current().pageErrors;
    },
    open: (path, opts) => current().open(path, opts),
    close: () => current().close(),
  };
}
