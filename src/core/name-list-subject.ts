// "in Sydney, Woolworths and Coles said": a list that a verb of speech follows is that verb's
// subject, so the comma after "in Sydney" closed the place's phrase ("In Idlib, the group
// said") and the names after it borrow no place from it or from each other. A real list of
// places goes on to its clause's end ("in Khartoum, Omdurman and Bahri, where …").

const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:[ \t\u00a0]\p{Lu}[\p{L}’'-]*)?`;
// The list's last name joined by "and"/"or", then the verb: "in Seminole and Lamesa, Reuters
// said" is no list that speaks.
const SPEECH_AFTER_LIST = new RegExp(
  String.raw`^(?:(?:,[ \t\u00a0]+${NAME})*,?[ \t\u00a0]+(?:and|or)[ \t\u00a0]+${NAME})?[ \t\u00a0]+(?:said|say|says|reported|announced|warned|told|added)\b`,
  'u',
);

/** Whether the name ending at `end` is in a list that a verb of speech follows. */
export function listSpeaks(text: string, end: number): boolean {
  return SPEECH_AFTER_LIST.test(text.slice(end, end + 120));
}
