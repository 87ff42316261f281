// Finds Chromium and Firefox ESR for the e2e tests, npm start and the benchmark.
// Order: CHROME_PATH / FIREFOX_PATH, then the usual install locations. On Debian/Ubuntu as
// root (CI, containers) missing browsers are installed with apt; elsewhere it stops with
// the exact command to run.
//   node scripts/browsers.mjs            ensure both, print their paths
//   import { ensureBrowsers } from './browsers.mjs'
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROME_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/lib/chromium-browser/chromium-browser', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/opt/google/chrome/chrome'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/opt/firefox/firefox'];
const APT_PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr' };

function first(envName, candidates) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist`);
    return fromEnv;
  }
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function findBrowsers() {
  return { chromium: first('CHROME_PATH', CHROME_CANDIDATES), firefox: first('FIREFOX_PATH', FIREFOX_CANDIDATES) };
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = () => existsSync('/usr/bin/apt-get');

/** Returns both paths, installing what is missing where that is safe; throws otherwise. */
export function ensureBrowsers({ need = ['chromium', 'firefox'], quiet = false } = {}) {
  let found = findBrowsers();
  const missing = need.filter((b) => !found[b]);
  if (missing.length === 0) return found;
  const pkgs = missing.map((b) => APT_PACKAGES[b]);
  if (hasApt() && isRoot()) {
    if (!quiet) console.error(`Installing ${pkgs.join(' ')} with apt-get…`);
    const opts = { stdio: quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update', '-qq'], opts);
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], opts);
    found = findBrowsers();
    const still = need.filter((b) => !found[b]);
    if (still.length === 0) return found;
    throw new Error(`apt-get installed ${pkgs.join(' ')} but ${still.join(', ')} is still not found`);
  }
  const cmd = hasApt() ? `sudo apt-get install ${pkgs.join(' ')}` : `install ${missing.join(' and ')} and set CHROME_PATH / FIREFOX_PATH`;
  throw new Error(`Backstory's browser tests need ${missing.join(' and ')}. Run: ${cmd}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = ensureBrowsers();
    console.log(`chromium: ${found.chromium}\nfirefox: ${found.firefox}`);
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
