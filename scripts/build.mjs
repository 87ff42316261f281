// Builds dist/chrome and dist/firefox from one manifest, plus store-ready zips (scripts/zip.mjs,
// so no `zip` program is needed).
//   node scripts/build.mjs            build both and zip
//   node scripts/build.mjs --no-zip   build only (tests, npm start)
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './zip.mjs';
import { HIGHLIGHT_SCOPES, highlightPalettes } from './highlight-palettes.mjs';
import { shadowCardCss } from './shadow-card-css.mjs';
import { importSource } from './import-source.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// content.css scoped to shadow trees, written as the background scopes the run's colours.
const { SHADOW_SHEET, inShadowTrees } = await importSource(root, 'src/background/shadow-highlights.ts');
const dist = join(root, 'dist');
const zip = !process.argv.includes('--no-zip');

const entries = {
  background: 'src/background/main.ts',
  content: 'src/content/main.ts',
  card: 'src/card/main.tsx',
  // popup.js and popup-more.js are built apart, by popupBundles() below.
  // The popup's first script: its first requests, before popup.js loads (src/popup/popup-early.ts).
  'popup-early': 'src/popup/popup-early.ts',
  // Loaded by the popup only when 'Save this page' is used (src/popup/load-readability.ts).
  readability: 'src/popup/readability-global.ts',
};
// Static files copied as they are: [from, to].
const statics = [
  ['src/card/card.html', 'card.html'],
  ['src/popup/popup.html', 'popup.html'],
  ['assets/icons', 'icons'],
];
// Page stylesheets written as the shared palette followed by the page's own sheet: one file
// per page, so no extra fetch before its first frame.
const THEME = 'src/theme/theme.css';
const themed = [
  ['src/card/card.css', 'card.css'],
  ['src/popup/popup.css', 'popup.css'],
];

// Loaded with import() by content.js when wanted (src/content/content-more.ts): an ES module,
// web-accessible so the content script may import it.
const modules = { 'content-more': 'src/content/content-more.ts' };
// Firefox only: content-more as a classic script, which the background injects into a frame
// where that import() is refused (a sandboxed document in Firefox before 153:
// src/content/more-loader.ts, src/background/more-injection.ts). Chrome's import works there.
const classicModules = { firefox: { 'content-more-classic': 'src/content/content-more-classic.ts' } };

async function bundle(name, outdir) {
  const present = Object.fromEntries(Object.entries(entries).filter(([, src]) => existsSync(join(root, src))));
  // content.css's light and dark palettes, for a page whose scheme is not the system's
  // (scripts/highlight-palettes.mjs, src/content/highlight-palettes.ts).
  const palettes = highlightPalettes(await readFile(join(root, CONTENT_CSS), 'utf8'), HIGHLIGHT_SCOPES[name]);
  // The card's sheet for a card drawn in its host (only content-more-classic.js uses it).
  const cardCss = shadowCardCss(await readFile(join(root, THEME), 'utf8'), await readFile(join(root, 'src/card/card.css'), 'utf8'));
  const define = { __BACKSTORY_PALETTES__: JSON.stringify(palettes), __BACKSTORY_CARD_CSS__: JSON.stringify(cardCss) };
  await esbuildTo(outdir, present, 'iife', define);
  await esbuildTo(outdir, modules, 'esm', define);
  if (classicModules[name]) await esbuildTo(outdir, classicModules[name], 'iife', define);
  await popupBundles(outdir, define);
}

async function esbuildTo(outdir, named, format, define, more = {}) {
  return build({
    entryPoints: Object.fromEntries(Object.entries(named).map(([name, src]) => [name, join(root, src)])),
    outdir,
    bundle: true,
    format,
    target: ['chrome120', 'firefox128'],
    // Both support \p{…} with the u flag; esbuild's tables do not say so for these targets
    // and rewrote every such literal as `new RegExp(…)`, parsed again on each call (in the
    // matcher's per-word checks among them).
    supported: { 'regexp-unicode-property-escapes': true },
    minify: !process.env.BACKSTORY_NO_MINIFY, // unminified only to read profiles
    sourcemap: false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    logLevel: 'warning',
    ...more,
  });
}

// The popup in two classic scripts: popup.js holds what "This page" needs; popup-more.js
// the Notes, Library and Settings panels, added with a <script> tag after the popup is
// shown or when one is opened (src/popup/later-panel.tsx). Classic rather than esbuild's
// ESM splitting: an ES-module popup (tried in bf430b8) was slower to first render. Both
// must share one copy of every module they both use (preact's hooks state, the deps and
// status contexts), so popup.js leaves those modules on a global and popup-more.js reads
// them from there instead of bundling its own.
const POPUP = { main: 'src/popup/main.tsx', more: 'src/popup/popup-more.ts' };
const POPUP_SHARED = '__backstoryPopupModules';

async function popupBundles(outdir, define) {
  // Which modules both bundles hold: each built alone, for its list of inputs.
  const inputsOf = async (src) => {
    const r = await esbuildTo(outdir, { probe: src }, 'iife', define, { write: false, metafile: true, absWorkingDir: root });
    // Files only: not the virtual modules `define` makes.
    return new Set(Object.keys(r.metafile.inputs).filter((p) => !p.includes('<')).map((p) => join(root, p)));
  };
  const [first, later] = await Promise.all([inputsOf(POPUP.main), inputsOf(POPUP.more)]);
  const shared = [...later].filter((p) => first.has(p)).sort();
  const keyOf = (p) => relative(root, p);
  // popup.js: main.tsx first (its first statement is the bench's start mark), then the
  // shared modules' namespaces on the global.
  const contents = [
    `import ${JSON.stringify(join(root, POPUP.main))};`,
    ...shared.map((p, i) => `import * as m${i} from ${JSON.stringify(p)};`),
    `globalThis.${POPUP_SHARED} = { ${shared.map((p, i) => `${JSON.stringify(keyOf(p))}: m${i}`).join(', ')} };`,
  ].join('\n');
  await esbuildTo(outdir, {}, 'iife', define, { entryPoints: undefined, stdin: { contents, resolveDir: root, sourcefile: 'popup-entry.js', loader: 'js' }, outfile: join(outdir, 'popup.js'), outdir: undefined });
  const sharedSet = new Set(shared);
  const fromPopupJs = {
    name: 'popup-shared',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === 'resolving') return undefined;
        const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        // A .cjs name: the stand-in is CommonJS whatever the module's own extension says.
        return sharedSet.has(found.path) ? { path: `${keyOf(found.path)}.cjs`, namespace: 'popup-shared', pluginData: keyOf(found.path) } : undefined;
      });
      // __esModule: popup-more's default imports then read the module's own default.
      b.onLoad({ filter: /.*/, namespace: 'popup-shared' }, (args) => ({
        contents: `module.exports = { __esModule: true, ...globalThis.${POPUP_SHARED}[${JSON.stringify(args.pluginData)}] };`,
        loader: 'js',
      }));
    },
  };
  await esbuildTo(outdir, { 'popup-more': POPUP.more }, 'iife', define, { plugins: [fromPopupJs] });
}

// The content script's highlight styles. Chromium gives ::highlight highlight inheritance,
// so its rules are written on :root only: a bare ::highlight() rule is matched against every
// element of the page, which on the 50k-word bench page made its first style recalc 7–12 ms
// instead of 3–4 and the highlights' repaint 17–20 ms instead of 10–13 (traced, warm). Firefox
// (140+) has no highlight inheritance yet, so it keeps the rules as written, and gets them
// again scoped to shadow trees, which the background puts in as a user sheet where a page's
// marks are in shadow roots (src/background/shadow-highlights.ts).
const CONTENT_CSS = 'src/content/content.css';
async function contentCss(name, outdir) {
  const css = await readFile(join(root, CONTENT_CSS), 'utf8');
  const scope = HIGHLIGHT_SCOPES[name];
  const out = scope ? css.replace(/^(\s*)::highlight\(/gm, `$1${scope}::highlight(`) : css;
  await writeFile(join(outdir, 'content.css'), out);
  if (!scope) await writeFile(join(outdir, SHADOW_SHEET), inShadowTrees(css).trim() + '\n');
}

async function articles(outdir) {
  const dir = join(root, 'assets/articles');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  await mkdir(join(outdir, 'articles'), { recursive: true });
  for (const f of files) await cp(join(dir, f), join(outdir, 'articles', f));
  await writeFile(join(outdir, 'articles', 'index.json'), JSON.stringify(files));
}

async function target(name, manifestPatch) {
  const outdir = join(dist, name);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  await bundle(name, outdir);
  for (const [from, to] of statics) {
    if (existsSync(join(root, from))) await cp(join(root, from), join(outdir, to), { recursive: true });
  }
  await contentCss(name, outdir);
  const theme = await readFile(join(root, THEME), 'utf8');
  for (const [from, to] of themed) await writeFile(join(outdir, to), `${theme}\n${await readFile(join(root, from), 'utf8')}`);
  await articles(outdir);
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await writeFile(join(outdir, 'manifest.json'), JSON.stringify({ ...manifest, ...manifestPatch }, null, 2));
  return { outdir, manifest };
}

// Chrome: the web-accessible files (the card page, its script and style, content-more.js)
// only at runtime.getURL's per-session dynamic URL, so a page cannot tell that Backstory is
// installed by fetching chrome-extension://<id>/card.html. In a content script
// getURL('card.html') gives that address, while getURL('') stays chrome-extension://<id>/;
// the card loaded so still has the extension's own origin and URL (checked in Chromium 150),
// which the background (main.ts) and the card host (card-host.ts) go by. Firefox warns on
// the key, and needs it less: its moz-extension:// host is a random UUID per install.
async function dynamicResources() {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  return manifest.web_accessible_resources.map((entry) => ({ ...entry, use_dynamic_url: true }));
}

const baseManifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
const devKey = JSON.parse(await readFile(join(root, 'scripts/chrome-dev-key.json'), 'utf8'));
await mkdir(dist, { recursive: true });
// Firefox injects content-more-classic.js with scripting.executeScript, and the highlight
// rules for shadow roots with scripting.insertCSS (src/background/shadow-sheet.ts), which
// need the "scripting" permission; the pages they go into are already the content script's
// matches.
const firefox = await target('firefox', { permissions: [...baseManifest.permissions, 'scripting'] });
// The store build carries no key; the unpacked dev build pins one so tests know the id.
// Chrome 148+ sends messages by structured clone where asked (earlier ones ignore the key and
// keep JSON): Firefox always does, so both browsers see the same values, and a page's text
// crosses to the background without JSON's escaping and re-encoding. Firefox warns on it.
const chrome = await target('chrome', { web_accessible_resources: await dynamicResources(), message_serialization: 'structured_clone' });
if (zip) {
  const v = chrome.manifest.version;
  zipDirectory(chrome.outdir, join(dist, `backstory-chrome-${v}.zip`));
  zipDirectory(firefox.outdir, join(dist, `backstory-firefox-${v}.zip`));
}
const chromeManifest = JSON.parse(await readFile(join(chrome.outdir, 'manifest.json'), 'utf8'));
await writeFile(join(chrome.outdir, 'manifest.json'), JSON.stringify({ ...chromeManifest, key: devKey.key }, null, 2));
console.log(`built dist/chrome (id ${devKey.id}) and dist/firefox${zip ? ' with store zips' : ''}`);
