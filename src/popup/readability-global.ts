// Entry of readability.js, the second popup bundle: @mozilla/readability (a quarter of
// popup.js) is needed only when "Save this page" is used, so load-readability.ts loads
// this script then and reads the class from the global it leaves.
import { Readability } from '@mozilla/readability';
import { READABILITY_GLOBAL, type ReadabilityHost } from './load-readability';

(globalThis as ReadabilityHost)[READABILITY_GLOBAL] = Readability;
