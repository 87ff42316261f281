// content-more as a classic script (built as content-more-classic.js, Firefox only): in a
// sandboxed document Firefox before 153 refuses content.js's import() of content-more.js,
// so the background injects this copy into the frame instead (more-loader.ts). It leaves its
// exports in one non-enumerable global of the frame's content-script world.
//
// That frame refuses the extension's other web-accessible files too, card.html among them
// (checked in Firefox 140: the page's own iframe of card.html stays empty as well), so no
// card can show there. Hover and the keyboard are not started: an empty card box on every
// hover would be worse than none. The popup's tab requests and note anchoring work.
import * as More from './content-more';
import { MORE_HANDOFF } from './more-handoff';

const exports: typeof More = { ...More, startInteraction: () => undefined };
Object.defineProperty(globalThis, MORE_HANDOFF, { value: exports, configurable: true, enumerable: false, writable: false });
