// content.css is the one source of the highlight palettes: a light one at the top level and
// a dark one under @media (prefers-color-scheme: dark). A page can be dark under a light
// system scheme (or the other way round), and then the content script adopts the other
// palette (src/content/page-scheme.ts). This reads both palettes out of content.css at build
// time, as rules the script can adopt, so no colour is written twice. The build injects them
// with esbuild's `define` (scripts/build.mjs); the unit tests get the same (vitest.config.ts).

/** Where each browser's build puts ::highlight rules: Chromium inherits highlight styles, so
 *  its rules sit on :root (a bare ::highlight() is matched against every element); Firefox
 *  has no highlight inheritance and keeps them bare. */
export const HIGHLIGHT_SCOPES = { chrome: ':root', firefox: '' };

const DARK_MEDIA = '@media (prefers-color-scheme: dark)';

/** The text between the braces that open at `open`. */
function block(css, open) {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return { body: css.slice(open + 1, i), end: i + 1 };
  }
  throw new Error('content.css: unbalanced braces');
}

/** Top-level text of `css` with every @-rule block taken out. */
function withoutAtRules(css) {
  let out = '';
  let at = 0;
  for (let i = css.indexOf('@'); i >= 0; i = css.indexOf('@', at)) {
    out += css.slice(at, i);
    at = block(css, css.indexOf('{', i)).end;
  }
  return out + css.slice(at);
}

/** The first colour in a declaration value ("underline solid rgba(…) 1px" → "rgba(…)"). */
function colourIn(value) {
  return /(rgba?\([^)]*\)|hsla?\([^)]*\)|#[0-9a-f]{3,8}\b)/i.exec(value)?.[1] ?? null;
}

/** name → { background, line } of every single-name ::highlight(backstory-…) rule in `css`. */
function colours(css) {
  const out = new Map();
  for (const m of css.matchAll(/::highlight\((backstory-[a-z]+)\)\s*\{([^}]*)\}/g)) {
    const decls = new Map(
      m[2].split(';').map((d) => d.split(':').map((s) => s.trim())).filter(([p, v]) => p && v),
    );
    const line = decls.get('text-decoration-color') ?? colourIn(decls.get('text-decoration') ?? '');
    out.set(m[1], { background: decls.get('background-color') ?? null, line });
  }
  return out;
}

/** One rule per highlight the dark palette tunes, for either palette: background and line
 *  colour, !important (Firefox puts content.css after a document's adopted sheets). */
function rules(palette, names, scope) {
  return names
    .map((name) => {
      const { background, line } = palette.get(name) ?? {};
      if (!background || !line) throw new Error(`content.css: ${name} needs a background and a line colour in both palettes`);
      return `${scope}::highlight(${name}) { background-color: ${background} !important; text-decoration-color: ${line} !important; }`;
    })
    .join('\n');
}

/** Both palettes of content.css as adoptable rules, for a build whose rules sit on `scope`. */
export function highlightPalettes(contentCss, scope) {
  const css = contentCss.replace(/\/\*[\s\S]*?\*\//g, '');
  const at = css.indexOf(DARK_MEDIA);
  if (at < 0) throw new Error(`content.css: no ${DARK_MEDIA} block`);
  const dark = colours(block(css, css.indexOf('{', at)).body);
  const light = colours(withoutAtRules(css));
  const names = [...dark.keys()];
  return { scope, light: rules(light, names, scope), dark: rules(dark, names, scope) };
}
