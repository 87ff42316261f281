// The key words of a text: its lower-case words (names keep their case, so no key word is
// read in them) and the topic lemma each of them stands for.

import { TOPIC_WORDS, topicLemma } from './measure-lexicon';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const WORD = /[\p{L}][\p{L}'’-]*/gu;

// "Iran-backed militias", "a state-endorsed plan": the compound says who stands behind a
// thing, not that its count backed anything, so its tail gives no word of its own.
const BACKER_TAILS = new Set(['backed', 'endorsed']);

// Where a capital opens a sentence rather than a name.
const OPENS = new RegExp(String.raw`(?:^|[.!?:"“‘(\u2014]${S_OPT})$`);

/** Lower-case words of a text, possessives dropped; hyphenated words also give their parts.
 *  A capitalised word inside a sentence is a name and keeps its case, so no key word is
 *  read in it ("Levy" is a hostage, not a levy). `preceding` is the sentence before `text`. */
export function words(text: string, preceding = ''): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const name = /^\p{Lu}\p{Ll}/u.test(m[0]) && !OPENS.test(`${preceding}${text.slice(0, m.index)}`.slice(-3));
    const w = (name ? m[0] : m[0].toLowerCase()).replace(/['’]s?$/, '');
    out.push(w);
    if (w.includes('-') && !(w in TOPIC_WORDS)) out.push(...w.split('-').filter((p, i, ps) => p !== '' && !(i > 0 && i === ps.length - 1 && BACKER_TAILS.has(p))));
  }
  return out;
}

// "depositors asked for about $42 billion", "customers requested $100 billion": what a bank's
// customers ask of it is their money back, a withdrawal; another's request is no withdrawal
// ("Belgium asked for satellite maps", "asked for an independent inquiry"). The sum must be
// what is asked for, right after the verb (asksForSum): "customers asked for $200 refunds",
// "depositors asked for a rate of 5%", "savers sought returns of 4%" ask for a thing.
const DEPOSITORS = /^(?:depositors|customers|clients|savers|account-holders)$/;
const ASKED = /^(?:asked|sought|requested|demanded)$/;
const ASKED_SUM = new RegExp(String.raw`\b(?:asked${S}for|sought|requested|demanded)(?:${S}(?:about|around|roughly|nearly|almost|some|over|more${S}than|another|an${S}additional|up${S}to))*${S_OPT}$`, 'i');

// After the sum, no noun of its own ("$200 refunds"): a break, a preposition, a day or an adverb.
const SUM_ENDS = new RegExp(String.raw`^(?:${S_OPT}(?:[,.;:)\u2014]|$)|${S}(?:on|in|from|at|by|within|over|before|after|during|the|that|this|last|and|as|when|while|alone|back|yesterday|today)\b)`, 'i');

/** Whether a sum whose clause reads `before` up to it and `after` it is what was asked for
 *  ("asked for about $42 billion on Thursday", not "asked for $200 refunds"). */
export function asksForSum(before: string, after: string): boolean {
  return ASKED_SUM.test(before) && SUM_ENDS.test(after) && !IN_KIND.test(after);
}
// "asked for $2 billion in loans", "in emergency credit": a sum "in" a kind of thing is that
// thing asked for; "in withdrawals", "in cash", "in a day", "in 24 hours", "in recent days",
// "in three days" still say the money.
const IN_KIND = new RegExp(String.raw`^${S}in${S}(?!(?:withdrawals?|deposits?|cash|savings|funds|a|an|one|two|the|this|that|his|her|its|their|just|total|all|less|under|about|over|recent|several|few|three|four|five|six|seven|ten|days?|hours?|minutes?|weeks?|months?)\b)\p{Ll}`, 'u');

function depositorsAsk(ws: readonly string[], i: number): boolean {
  const w = ws[i] ?? '';
  if (!ASKED.test(w) || !DEPOSITORS.test(ws[i - 1] ?? '')) return false;
  return w !== 'asked' || ws[i + 1] === 'for';
}

// "deposit insurance", "insured deposits", "their insured money": the cover of a bank's deposits.
const INSURED_MONEY = /^(?:money|deposits?|funds|accounts?|savings)$/;

function depositInsurance(ws: readonly string[], i: number): boolean {
  return (ws[i] === 'insurance' && ws[i - 1] === 'deposit') || (ws[i] === 'insured' && INSURED_MONEY.test(ws[i + 1] ?? ''));
}

/** The topic lemma of each of `ws`, null for other words; a "rate" after another topic
 *  word is that topic's ("the unemployment rate" is unemployment, not the interest rate),
 *  and a central bank's "target range" is the range of its rate ("lowered its target range
 *  to 4.00%-4.25%"); a range alone says nothing of what it is of. */
export function topicsIn(ws: readonly string[], askedSum = true): (string | null)[] {
  return ws.map((w, i) => {
    if (w === 'range' && ws[i - 1] === 'target') return 'rate';
    // "its worst result", "their best results": what one got at a vote; "preliminary results
    // published" are a count's, "as a result" no figure's.
    if (/^results?$/.test(w) && !ws.slice(Math.max(0, i - 3), i).some((x) => /^(?:its|their|his|her)$/.test(x))) return null;
    // "a relief for Klingbeil" is a feeling; aid is "relief" without an article.
    if (w === 'relief' && /^(?:a|an)$/.test(ws[i - 1] ?? '')) return null;
    // "was elected chancellor" is an election; "the newly elected Bundestag" one that is over.
    if (w === 'elected' && /^(?:the|a|an|its|their|his|her|[a-z]+ly)$/.test(ws[i - 1] ?? '')) return null;
    if (askedSum && depositorsAsk(ws, i)) return 'withdrawal';
    if (depositInsurance(ws, i)) return 'deposit-insurance';
    const t = topicLemma(w);
    if (t === 'euro' && /^(?:zone|area)$/.test(ws[i + 1] ?? '')) return null;
    if (t === 'fine' && /^payments?$/.test(ws[i + 1] ?? '')) return 'penalty-payment';
    return t === 'rate' && i > 0 && topicLemma(ws[i - 1] as string) !== null ? null : t;
  });
}
