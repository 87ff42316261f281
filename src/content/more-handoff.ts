// Where the classic copy of content-more (content-more-classic.ts, injected by the background
// where import() fails: more-loader.ts) leaves its exports for the content script. Content
// scripts of one extension in one frame share one isolated world in Firefox, which the page
// cannot see; the loader deletes the global once it has taken it.
export const MORE_HANDOFF = '__backstoryContentMoreHandoff';
