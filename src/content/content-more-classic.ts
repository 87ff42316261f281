// content-more as a classic script (built as content-more-classic.js, Firefox only): in a
// sandboxed document Firefox before 153 refuses content.js's import() of content-more.js,
// so the background injects this copy into the frame instead (more-loader.ts). It leaves its
// exports in one non-enumerable global of the frame's content-script world.
//
// That frame refuses the extension's other web-accessible files too, card.html among them
// (checked in Firefox 140: the page's own iframe of card.html stays empty as well), so its
// cards are drawn in their hosts instead (inline-card.tsx). That is decided by what happened,
// not by the browser's name: this copy runs only where the import was refused, and draws
// cards inline only in a document with an opaque origin, the case known to refuse card.html;
// anywhere else hover and the keyboard are not started (an empty card box on every hover
// would be worse than none). The popup's tab requests and note anchoring work either way.
import * as More from './content-more';
import { inlineCard } from './inline-card';
import { MORE_HANDOFF } from './more-handoff';

/** The classic copy's startInteraction, for a frame of `origin`. */
export function startInline(origin: string): typeof More.startInteraction {
  return (run, woken) => {
    if (origin === 'null') More.startInteraction(run, woken, inlineCard);
  };
}

const exports: typeof More = { ...More, startInteraction: startInline(globalThis.origin) };
Object.defineProperty(globalThis, MORE_HANDOFF, { value: exports, configurable: true, enumerable: false, writable: false });
