// "known in Mandarin as Xu Jiayin", "spoke in Cantonese", "a Hindi film": a language's name is
// no entity of the four types, as a demonym is not (docs/annotation-guidelines.md); the
// languages whose names are not a people's adjective the demonym lists already hold. Only
// the name alone: "Mandarin Oriental" and "Tamil Nadu" are names.

import type { EntityMention } from './types';

const LANGUAGES = new Set(
  `Mandarin Cantonese Putonghua Hokkien Hakka Teochew Shanghainese Hindi Urdu Bengali Punjabi
   Tamil Telugu Marathi Gujarati Swahili Tagalog Yiddish Esperanto Latin Farsi Pashto Amharic
   Yoruba Igbo Hausa`.split(/\s+/),
);

/** Whether `name` is a language's name and no more. */
export const isLanguage = (name: string): boolean => LANGUAGES.has(name);

/** The mentions without a language's name written alone. */
export const withoutLanguages = (mentions: EntityMention[]): EntityMention[] => mentions.filter((m) => !isLanguage(m.text));
