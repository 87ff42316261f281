// The card host's element name, on its own so the text reader (content.js) can tell a card
// host without bundling the card code (content-more.js).

/** The card host's element name: the one node Backstory adds to a page. */
export const CARD_TAG = 'backstory-card';
