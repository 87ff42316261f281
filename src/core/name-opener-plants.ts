// "Tesla is building a factory east of the city", "Corvane plans to open a plant in Ohio": a
// name opening its sentence that builds, opens or closes a factory, a plant or stores is a
// firm's, evidence enough that the capital is a name's. A common noun opening a sentence
// builds no factory of its own ("Demand is closing the stores": "the" is not read). Used by
// name-openers.ts.

import { INLINE_SPACE } from './inline-space';

const S = INLINE_SPACE;
const WORKS = String.raw`(?:factory|factories|plant|plants|mill|mills|refinery|smelter|warehouse|warehouses|stores|headquarters|data${S}center|data${S}centre)`;
// Only a singular verb: a plural opener ("Officials opened a plant", "Investors plan to
// build") is a common noun as often, and a bare past tense is both.
const DOES = String.raw`(?:is|was|has${S}been)${S}(?:building|opening|closing|expanding)|(?:plans|wants|hopes)${S}to${S}(?:build|open|close|expand)|(?:builds|opens|closes)`;
const PLANT_AFTER = new RegExp(String.raw`^${S}(?:${DOES})${S}(?:a|an|its|two|three|four|five|new)${S}(?:[\p{Ll}-]+${S}){0,2}?${WORKS}\b`, 'u');

/** Whether `after`, the text right after a sentence's opening word, says it runs a factory. */
export const runsWorksAfter = (after: string): boolean => PLANT_AFTER.test(after);
