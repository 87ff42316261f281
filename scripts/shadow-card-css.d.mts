/** The card's sheet (theme.css + card.css) rewritten for a card drawn in a shadow root. */
export function shadowCardCss(themeCss: string, cardCss: string): string;
