/** The wash linked-fallback.ts lays over linked terms where ::highlight() draws no underline:
 *  darker on a light page, lighter on a dark one, and faint enough there that the type's hue
 *  stays (a white wash greys it fast). Kept apart so tests can read it. */
export const LINKED_WASH = { light: 'rgba(15, 23, 42, 0.12)', dark: 'rgba(255, 255, 255, 0.08)' } as const;
