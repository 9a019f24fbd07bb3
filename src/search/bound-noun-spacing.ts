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

/**
 * "어떤 하드웨어에서 돌아가는 거임?": whether the word stood before the bound noun 거 / 것 in the
 * question as written (the glossary drops "거임" as the frame of the ask). Its 는 is then a verb's,
 * not a topic's: the word is no noun the question closes on.
 */
export function standsBeforeBoundNoun(written: string | undefined, word: string): boolean {
  if (written === undefined) return false;
  const at = written.lastIndexOf(word);
  return at >= 0 && BOUND_NOUN_AFTER.test(written.slice(at + word.length, at + word.length + 2));
}
const BOUND_NOUN_AFTER = /^\s?[거것건게]/u;
