// The first statement of popup.js: main.tsx imports this before anything else, so the mark
// says when the browser started running our script (page start + fetch + compile), apart
// from the module set-up that follows it (scripts/bench-popup.mjs reads it). popup.js is an
// ES module: the shared chunks it imports (preact, the status region) are evaluated just
// before it — definitions only.
performance.mark('backstory-popup:start');
