// The first statement of popup.js: main.tsx imports this before anything else, so the mark
// says when the browser started running our script (page start + fetch + compile), apart
// from the module set-up that follows it (scripts/bench-popup.mjs reads it).
performance.mark('backstory-popup:start');
