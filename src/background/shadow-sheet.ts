// page/shadow-sheet (Firefox build): the highlight rules of a frame with marks in shadow
// roots, put in as user sheets scoped to shadow trees (shadow-highlights.ts says why): the
// build's content-shadow.css once, and the run's colour rules (the palette of a page darker
// or lighter than the system, the linked-term wash, the reader's colours) each time they
// change. Only into the asking frame, and only highlight rules: a content script
// the page took over may send any text, and a user sheet reaches every shadow tree of its
// frame (a card's closed root too); rules that only colour Backstory's ::highlight() names
// can do nothing the page could not see in CSS.highlights anyway.
import type { Handlers } from '../messaging/handle';
import { type CssInjector, ext } from '../platform/background-api';
import { inShadowTrees, SHADOW_SHEET } from './shadow-highlights';

/** A highlight rule as settings-colours.ts writes them: one name, declarations of colour and line. */
const RULE = /::highlight\(backstory-[a-z]+\) \{([^{}]*)\}/y;
/** The @media blocks it wraps them in (screens only, a colour scheme). */
const MEDIA = /@media [a-z0-9 ():-]+\{/y;
const SPACE = /\s+/y;
/** What a rule may set: a colour or a line, which load nothing and select nothing. */
const DECLARATION = /^\s*(?:background-color|text-decoration-color|text-decoration|text-underline-offset)\s*:[^:]+$/;

/** Whether `css` is only ::highlight(backstory-…) rules setting colours and lines, in
 *  @media blocks or not; no comments, escapes or strings, so the browser reads it as this does. */
export function onlyHighlightRules(css: string): boolean {
  if (/\/\*|\\|["']/.test(css)) return false;
  let depth = 0;
  for (let at = 0; at < css.length; ) {
    const step = (re: RegExp): RegExpExecArray | null => {
      re.lastIndex = at;
      const m = re.exec(css);
      if (m) at = re.lastIndex;
      return m;
    };
    if (step(SPACE)) continue;
    if (step(MEDIA)) depth++;
    else if (css[at] === '}' && depth > 0) {
      depth--;
      at++;
    } else {
      const rule = step(RULE);
      if (!rule) return false;
      const declarations = rule[1]!.split(';');
      if (declarations.pop()!.trim() !== '' || !declarations.every((d) => DECLARATION.test(d))) return false;
    }
  }
  return depth === 0;
}

/** Looked up on use: without the permission (Chrome's build) there is no scripting API. */
const browserScripting = (): CssInjector | undefined => ext.scripting();

export function shadowSheetHandlers(scripting: () => CssInjector | undefined = browserScripting): Pick<Handlers, 'page/shadow-sheet'> {
  return {
    'page/shadow-sheet': async ({ css, was }, sender) => {
      const { tabId, frameId } = sender;
      if (tabId === undefined || frameId === undefined) throw new Error('page/shadow-sheet comes from a frame of a tab');
      if (typeof css !== 'string' || !onlyHighlightRules(css)) throw new Error('page/shadow-sheet takes highlight rules only');
      const api = scripting();
      if (!api) throw new Error('No scripting API in this build');
      const target = { tabId, frameIds: [frameId] };
      if (was === undefined) await api.insertCSS({ target, files: [SHADOW_SHEET], origin: 'USER' });
      // The new rules before the old go: no frame is drawn with neither.
      if (css) await api.insertCSS({ target, css: inShadowTrees(css), origin: 'USER' });
      // Only sheets inserted with this very text go, and only this frame's.
      if (typeof was === 'string' && was) await api.removeCSS({ target, css: inShadowTrees(was), origin: 'USER' });
      return null;
    },
  };
}
