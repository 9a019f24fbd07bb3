/**
 * "돌리는거요", "투자한거죠": a verb's modifier form typed onto the bound noun 거 and a polite
 * ending after it. Read as written with a space ("돌리는 거요"): the verb is then its own word,
 * which the glossary and the lexicon know, and "거요" is the frame of the ask. A bare "…는거" is left
 * as it is (the glossary has some such phrases whole), and so are the casual endings ("…는거임",
 * "…한거야"), which the stemmer reads on the whole word (korean.ts, modifierBeforeBoundNoun), and
 * a noun ending in 거 ("선거요", "근거죠": their syllable before 거 is no modifier ending).
 */
const GLUED_BOUND_NOUN =
  /(\p{Script=Hangul}[는던한된할될])거(요|죠|지요|니)(?=$|[^\p{Script=Hangul}])/gu;

export function spaceBoundNoun(text: string): string {
  if (!text.includes("거")) return text;
  return text.replace(GLUED_BOUND_NOUN, "$1 거$2");
}
