// The card's stylesheet (theme.css + card.css, as build.mjs writes card.css) rewritten for a
// card drawn in its host's shadow root (src/content/inline-card.tsx), where a page refuses
// the card page. There is no document of the card's own: `.page` stands in for its <html>
// (:root) and `.body` for its <body>, and the dark palette follows a `dark` class on `.page`
// (the card takes the page's scheme, card-host.ts), not prefers-color-scheme, which in the
// page's document is the system's. The build passes the result with esbuild's `define`
// (scripts/build.mjs); the unit tests get the same (vitest.config.ts).

const DARK_MEDIA = /^@media\s*\(\s*prefers-color-scheme:\s*dark\s*\)$/;

/** The text between the braces that open at `open`, and where the block ends. */
function block(css, open) {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return { body: css.slice(open + 1, i), end: i + 1 };
  }
  throw new Error('card.css: unbalanced braces');
}

/** One selector with the document's own elements put on the stand-ins. */
function selector(sel, dark) {
  const s = sel.trim().replace(/^(:root|html)(?![\w-])/, '.page').replace(/^body(?![\w-])/, '.body');
  if (!dark) return s;
  return s.startsWith('.page') ? `.page.dark${s.slice('.page'.length)}` : `.page.dark ${s}`;
}

/** `css`'s rules rewritten; `dark`: they came from inside the dark-scheme media query. */
function rewrite(css, dark = false) {
  let out = '';
  let at = 0;
  for (let open = css.indexOf('{'); open >= 0; open = css.indexOf('{', at)) {
    const head = css.slice(at, open).trim();
    const { body, end } = block(css, open);
    at = end;
    if (DARK_MEDIA.test(head)) out += rewrite(body, true);
    else if (head.startsWith('@')) out += `${head} {\n${rewrite(body, dark)}}\n`;
    else out += `${head.split(',').map((s) => selector(s, dark)).join(', ')} {${body}}\n`;
  }
  return out;
}

/** What a shadow root needs beyond the rewritten sheet: the stand-ins fill the host (which
 *  the card host sizes), the body scrolls, the scheme is the class's, the frame's rounded,
 *  shadowed box is the page's, and the more-below fade sits at the foot of the scroller. The
 *  scroller's bar takes the palette: Firefox 140 drew it light in a dark card inside a light page. */
const SHADOW_EXTRA = `
.page { height: 100%; color-scheme: light; border-radius: 8px; overflow: hidden; box-shadow: 0 4px 18px rgba(0,0,0,.28); }
.page.dark { color-scheme: dark; }
.body { height: 100%; max-height: none; box-sizing: border-box; scrollbar-color: var(--line) var(--bg); }
.body.more-below::after { position: sticky; display: block; margin-top: -28px; }
`;

/** The card's sheet for a shadow root, from theme.css's and card.css's text. */
export function shadowCardCss(themeCss, cardCss) {
  const css = `${themeCss}\n${cardCss}`.replace(/\/\*[\s\S]*?\*\//g, '');
  return rewrite(css) + SHADOW_EXTRA;
}
