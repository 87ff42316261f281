// Launches Chromium or Firefox ESR with the built extension loaded as a user loads it
// (recipes in ../shared/BROWSER-NOTES.md). Both browsers use the fixture server as their
// HTTP(S) proxy, loopback included, so it logs every request they make.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers } from '../../scripts/browsers.mjs';
import type { FixtureServer } from './fixture-server';

export type BrowserKind = 'chromium' | 'firefox';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built extension; BACKSTORY_DIST points elsewhere (a dir holding chrome/ and firefox/). */
const DIST_ROOT = process.env.BACKSTORY_DIST ?? join(ROOT, 'dist');
export const DIST = { chromium: join(DIST_ROOT, 'chrome'), firefox: join(DIST_ROOT, 'firefox') };

const CHROME_ID: string = (JSON.parse(readFileSync(join(ROOT, 'scripts', 'chrome-dev-key.json'), 'utf8')) as { id: string }).id;
const GECKO_ID = 'backstory@backstory.example';
/** Pinned so tests know the moz-extension:// origin of the card page. */
const FIREFOX_UUID = '6f1c7d2e-4b0a-4c1e-9a55-b4c7570e2a11';

export const EXTENSION_ORIGIN = { chromium: `chrome-extension://${CHROME_ID}`, firefox: `moz-extension://${FIREFOX_UUID}` };

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Quiet the browser's own services so the proxy log holds only what pages and the extension ask for.
  '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,PreconnectToSearch', '--disable-domain-reliability',
  '--disable-client-side-phishing-detection', '--disable-default-apps', '--no-pings', '--safebrowsing-disable-auto-update', '--extensions-update-frequency=86400'];

/** Hosts the browser itself contacts whatever flags say (Chromium opens a connection to its
 *  sign-in host at start, and now and then its download redirector for component updates;
 *  Debian's Chromium 150 also opens its search engine's and the Play services' hosts, seen
 *  with no extension on about:blank). Never something the extension may use: it may use none. */
export const BROWSER_OWN_HOSTS: Record<BrowserKind, string[]> = {
  chromium: ['accounts.google.com', 'redirector.gvt1.com', 'www.google.com', 'android.clients.google.com'],
  firefox: [],
};

export interface PageError {
  url: string;
  message: string;
}

export interface BrowserSession {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  server: FixtureServer;
  /** Uncaught errors of every page opened with `open()`. */
  pageErrors: PageError[];
  /** A new tab on a fixture path (e.g. '/ontopic.html'), loaded. */
  open(path: string, opts?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the extension (default true); false gives the benchmark its baseline. */
  extension?: boolean;
  /** Headless unless false (npm start shows a window when DISPLAY is set). */
  headless?: boolean;
  /** A profile that outlives the session (restart tests); default: a throw-away one. */
  profileDir?: string;
  /** Chromium only: load this unpacked extension instead of the build (the benchmark's
   *  floor as a content script); it need not have a service worker. */
  extensionDir?: string;
  /** Firefox only: save downloads here without asking (default: the browser's own way). */
  downloadDir?: string;
  /** Firefox only: the colour scheme pages see as the system's (Chromium's tests emulate
   *  it per page; Firefox's BiDi has no such command). */
  scheme?: 'light' | 'dark';
}

export async function launchChromium(server: FixtureServer, opts: LaunchOptions = {}): Promise<BrowserSession> {
  const { chromium } = ensureBrowsers({ need: ['chromium'], quiet: true });
  const withExtension = opts.extension !== false;
  if (withExtension && !opts.extensionDir) requireBuild(DIST.chromium);
  const browser = await puppeteer.launch({
    executablePath: chromium as string,
    headless: opts.headless ?? true,
    pipe: true,
    userDataDir: opts.profileDir,
    enableExtensions: withExtension ? [opts.extensionDir ?? DIST.chromium] : false,
    args: [...CHROMIUM_FLAGS, `--proxy-server=http://127.0.0.1:${server.port}`, '--proxy-bypass-list=<-loopback>',
      `--component-updater=url-source=${server.origin}/.chromium-services/update`],
    defaultViewport: { width: 1200, height: 900 },
  });
  if (withExtension && !opts.extensionDir) {
    // The service worker's URL carries the id; waiting for it means the extension is up.
    await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(EXTENSION_ORIGIN.chromium), { timeout: 60_000 }); // a hang guard
  }
  return session('chromium', browser, server);
}

export async function launchFirefox(server: FixtureServer, opts: LaunchOptions = {}): Promise<BrowserSession> {
  const { firefox } = ensureBrowsers({ need: ['firefox'], quiet: true });
  if (opts.extension !== false) requireBuild(DIST.firefox);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox as string,
    headless: opts.headless ?? true,
    userDataDir: opts.profileDir,
    args: ['--remote-allow-system-access'],
    // Lets services.settings.server (set by puppeteer to a dummy) take effect in release builds.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Quiet Firefox's own services (remote settings, push, portal checks, updates).
      'services.settings.server': `http://127.0.0.1:${server.port}/.firefox-services/settings/v1`,
      'dom.push.connection.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'app.normandy.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      // 0 and 1 make content (extension pages included) prefer dark and light.
      ...(opts.scheme ? { 'layout.css.prefers-color-scheme.content-override': opts.scheme === 'dark' ? 0 : 1 } : {}),
      ...(opts.downloadDir ? { 'browser.download.folderList': 2, 'browser.download.dir': opts.downloadDir, 'browser.download.useDownloadDir': true, 'browser.download.always_ask_before_handling_new_types': false } : {}),
      // A test install is temporary: Firefox removes it at shutdown and, by default, its data
      // with it. A user's installed extension keeps both, so a kept profile does too.
      ...(opts.profileDir ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
    },
  });
  if (opts.extension !== false) await browser.installExtension(DIST.firefox);
  return session('firefox', browser, server);
}

/** Fails early and plainly when the build is missing or incomplete. */
function requireBuild(dir: string): void {
  for (const file of ['manifest.json', 'background.js', 'content.js', 'card.html']) {
    if (!existsSync(join(dir, file))) throw new Error(`${join(dir, file)} is missing: run \`node scripts/build.mjs --no-zip\` first`);
  }
}

export function launch(kind: BrowserKind, server: FixtureServer, opts: LaunchOptions = {}): Promise<BrowserSession> {
  return kind === 'chromium' ? launchChromium(server, opts) : launchFirefox(server, opts);
}

function session(kind: BrowserKind, browser: Browser, server: FixtureServer): BrowserSession {
  const pageErrors: PageError[] = [];
  return {
    kind,
    browser,
    extensionOrigin: EXTENSION_ORIGIN[kind],
    server,
    pageErrors,
    async open(path, opts = {}) {
      const page = await browser.newPage();
      if (opts.width || opts.height) await setViewport(page, opts.width ?? 1200, opts.height ?? 900);
      page.on('pageerror', (err) => pageErrors.push({ url: page.url(), message: err instanceof Error ? err.message : String(err) }));
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 90_000 });
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/** page.setViewport, where Firefox 140's BiDi lacks the screen-orientation command puppeteer
 *  sends along with the viewport one: the viewport is set all the same, as checked here. */
export async function setViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (err) {
    if (!String(err).includes('setScreenOrientationOverride')) throw err;
    // The viewport command was sent beside the one that failed: wait for it to take.
    let seen = '';
    for (let i = 0; i < 40; i++) {
      const [w, h] = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (w === width && h === height) return;
      seen = `${w}×${h}`;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`viewport ${seen}, not ${width}×${height}`, { cause: err });
  }
}
