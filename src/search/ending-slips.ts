/**
 * Korean endings typed in a hurry, read as meant before anything else reads the question:
 * - a past or existential ㅆ typed as a single ㅅ ("투자햇나요", "들엇는데", "언제엿어", "나와잇어"):
 *   했, 었, 였, 있… are what a tense or existential syllable before an ending is;
 * - a laughing ㅋ typed onto the last syllable ("뜻이에욬", "맞짘"): the ending without it;
 * - the polite 요 typed 여 after an ending's vowel ("언제였어여", "뭐에여"): 요.
 * Grammar only: no word of any story. Only syllables that are no word of their own before an
 * ending are read: 것, 맛, 멋, 낫 (낫다), 갓 (갓 나온), 셧 (셧다운) keep their ㅅ.
 */

import { composeSyllable, syllableParts } from "./korean.ts";

const FINAL_S = 19;
const FINAL_SS = 20;
const FINAL_K = 24;

function isSyllable(char: string | undefined): boolean {
  // An empty string (past either end of the text) has no code: NaN, read as 0.
  return char !== undefined && syllableParts(char.charCodeAt(0) || 0) !== undefined;
}

function withFinal(char: string, from: number, to: number): string {
  const parts = syllableParts(char.charCodeAt(0));
  return parts?.[2] === from ? composeSyllable(parts[0], parts[1], to) : char;
}

/**
 * Tense and existential syllables as typed with ㅅ for ㅆ: those that open a word (햇어, 됏나) and
 * those that only follow a stem (엇, 엿, 앗, 웟, 잇: "들엇", "언제엿", "나와잇").
 */
const OPENING = new Set([..."햇됏왓봣줫냇겟혓졋렷쳣"]);
const FOLLOWING = new Set([..."엇엿앗웟잇"]);
/** Syllables an ending may open with after a past or existential stem (했어, 했나, 있는…). */
const ENDING_OPENERS = new Set([..."어나고는다니지음냐던을습죠네대더잖으구거요"]);
/** Words whose own last syllable is one of those: 무엇 (what), 빼앗 (take away). */
const OWN_SYLLABLE_AFTER: ReadonlyMap<string, string> = new Map([
  ["엇", "무"],
  ["앗", "빼"],
]);
/** Endings' last syllables with a ㅋ typed onto them (에욬, 맞짘, 했닼). */
const LAUGHED_ON = new Set(
  [..."요죠다지야까나냐네래대게니"].map((char) => withFinal(char, 0, FINAL_K)),
);

/** Syllables the chat 여 (for 요) closes an ending after: 했어여, 뭐에여, 하세여, 되나여. */
const BEFORE_CUTE_YO = new Set([..."어아에세나까해져워와예돼"]);

/** A quick test: most questions have none of these syllables. */
const MAY_HAVE_SLIP = /[여햇됏왓봣줫냇겟혓졋렷쳣엇엿앗웟잇욬죸닼짘얔깤낰냨넼랰댘겤닠]/u;

/** The text with its slipped endings read as meant (itself when it has none). */
export function restoreEndingSlips(text: string): string {
  if (!MAY_HAVE_SLIP.test(text)) return text;
  let result = "";
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 1);
    const wordEnds = !isSyllable(after);
    const follows = FOLLOWING.has(char) && isSyllable(before);
    if (OPENING.has(char) || (follows && OWN_SYLLABLE_AFTER.get(char) !== before)) {
      // "햇살", "엿보다", "잇따라": a syllable no ending opens with is another word.
      result += wordEnds || ENDING_OPENERS.has(after) ? withFinal(char, FINAL_S, FINAL_SS) : char;
    } else if (LAUGHED_ON.has(char) && isSyllable(before) && wordEnds) {
      result += withFinal(char, FINAL_K, 0);
    } else if (char === "여" && wordEnds && BEFORE_CUTE_YO.has(before)) {
      result += "요";
    } else {
      result += char;
    }
  }
  return result;
}
