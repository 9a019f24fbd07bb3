/**
 * Whether a question's Korean verb is one the knowledge uses, in any of its forms: "남는다는" is
 * 남다, which the article writes "남아있지만"; "나오나요" is 나오다. The stem is what is left once
 * the endings come off (and, for a one-syllable stem, the ㄴ / ㄹ / ㅁ an ending fused into it:
 * "쓴" is 쓰); the knowledge has the verb when one of the stem's forms (verbForms) starts a word of
 * its prose. Grammar only; the words come from the knowledge.
 */

import { isEnding, stripEndings, syllableParts } from "./korean.ts";
import { verbForms } from "./korean-conjugate.ts";
import { textIncludes } from "./text-lookup.ts";

/** Final consonants an ending fuses into a stem's last syllable: ㄴ, ㄹ, ㅁ. */
const FUSED_FINALS = new Set([4, 8, 16]);

/** The verb stems a word may be a form of (one or two syllables), longest first. */
function stemsOf(word: string): string[] {
  const stems: string[] = [];
  for (let length = Math.min(2, word.length - 1); length >= 1; length--) {
    const head = word.slice(0, length);
    const rest = word.slice(length);
    if (!isEnding(rest) && !isEnding(stripEndings(rest, 2)) && !rest.startsWith("다")) continue;
    stems.push(head);
    const code = head.charCodeAt(length - 1);
    const final = syllableParts(code)?.[2];
    if (final !== undefined && FUSED_FINALS.has(final)) {
      stems.push(head.slice(0, -1) + String.fromCharCode(code - final));
    }
  }
  return stems;
}

/** Whether one of the word's possible verb stems has a form that starts a word of `text`. */
export function isKnownVerb(word: string, text: string): boolean {
  for (const stem of stemsOf(word)) {
    for (const form of verbForms(stem)) {
      if (form.length < 2 || form === word) continue;
      // Inside a sentence: a line of its own is a name or slang form, not the knowledge's prose.
      if (textIncludes(text, ` ${form}`)) return true;
    }
  }
  return false;
}
