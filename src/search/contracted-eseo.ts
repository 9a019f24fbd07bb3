/**
 * Spoken Korean drops the 에 of 에서 after a noun that ends in a vowel: "회사서 만든 거", "무슨
 * 행사서 발표했어", "클라우드서 돌려". Such a word is read with its full particle when the knowledge
 * has the noun before 서 and not the word whole, so the particle reads as a place ("행사에서") and
 * the noun as a word the knowledge knows. Grammar and the knowledge's own words only: a verb's
 * -아서 / -어서 ("투자해서", "보여서요", "합쳐서") is left alone, by the vowel it closes on.
 */
import { stripEndings, syllableParts } from "./korean.ts";
import type { Lexicon } from "./lexicon.ts";

/** Vowels a verb's -아 / -어 form closes on (보여, 합쳐, 나눠, 해, 봬): ㅕ, ㅝ, ㅙ, ㅐ. */
const VERB_FORM_VOWELS = new Set([6, 14, 10, 1]);
/** With no initial consonant, ㅏ, ㅓ and ㅘ are the bare -아 / -어 too (모아, 풀어, 나와). */
const BARE_ENDING_VOWELS = new Set([0, 4, 9]);
const NO_INITIAL = 11;

const CONTRACTED =
  /(?<!\p{Script=Hangul})(\p{Script=Hangul}{2,})서(도|는|요)?(?!\p{Script=Hangul})/gu;

/** The text with each contracted 에서 written out (itself when it has none). */
export function restoreContractedEseo(text: string, lexicon: Lexicon): string {
  if (!text.includes("서")) return text;
  return text.replace(CONTRACTED, (whole: string, noun: string, after: string | undefined) => {
    const parts = syllableParts(noun.codePointAt(noun.length - 1) ?? 0);
    if (parts === undefined || parts[2] !== 0 || VERB_FORM_VOWELS.has(parts[1])) return whole;
    if (parts[0] === NO_INITIAL && BARE_ENDING_VOWELS.has(parts[1])) return whole;
    if (!lexicon.hangulWords.has(noun) || stripEndings(noun, 1) !== noun) return whole;
    if (lexicon.hangulWords.has(`${noun}서`)) return whole;
    return `${noun}에서${after ?? ""}`;
  });
}
