/**
 * The inflected forms of an English verb phrase given in its base form ("pony up", "yeet",
 * "bankroll"): its first word with -s, -ed and -ing ("ponies up", "ponied up", "ponying up").
 * Regular spelling only, with both spellings where a rule is unsure ("dropped" and "droped"): a
 * form nobody writes costs nothing. Irregular pasts ("slid", "threw") are listed by hand.
 */

const VOWEL = /[aeiou]/;

export function englishVerbForms(base: string): string[] {
  const space = base.indexOf(" ");
  const verb = space === -1 ? base : base.slice(0, space);
  const rest = space === -1 ? "" : base.slice(space);
  if (!/^[a-z]+$/.test(verb)) return [base];
  const last = verb.at(-1) ?? "";
  const beforeLast = verb.at(-2) ?? "";
  const consonantY = last === "y" && !VOWEL.test(beforeLast);
  const endsInE = last === "e" && verb.length > 2;
  // The e is silent after a consonant only: "share" -> "sharing", but "see" -> "seeing".
  const silentE = endsInE && !/[aeiouy]/.test(beforeLast);
  // drop -> dropped: a short word ending consonant, vowel, consonant doubles its last letter.
  const doubles =
    /[bcdfghjklmnpqrstvz]/.test(last) && VOWEL.test(beforeLast) && !VOWEL.test(verb.at(-3) ?? "a");
  const root = consonantY ? verb.slice(0, -1) : verb;
  const forms = new Set<string>([verb]);
  forms.add(consonantY ? `${root}ies` : /(?:s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`);
  forms.add(consonantY ? `${root}ied` : endsInE ? `${verb}d` : `${verb}ed`);
  forms.add(silentE ? `${verb.slice(0, -1)}ing` : `${verb}ing`);
  if (doubles) {
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
  }
  return [...forms].map((form) => form + rest);
}

/** A word ending in -in or -in' ("talkin", "goin'", "sayin"): chat's -ing with its g dropped. */
const DROPPED_G = /\b([a-z]{2,}in)'?(?![a-z'])/g;

/**
 * The text with chat's dropped g put back ("how many gigawatts we talkin here" -> "talking"), for
 * a word that is not a word as written and is one with its g ("bitcoin", "within", "margin" stay).
 * `isWord` says whether the knowledge or English grammar knows a word; `isWrittenWord` whether the
 * form as written is one (by default the same; a caller whose words include slang spellings, a
 * glossary's "throwin at", passes the stricter test so "throwin how much" is read "throwing").
 */
export function restoreDroppedG(
  text: string,
  isWord: (word: string) => boolean,
  isWrittenWord: (word: string) => boolean = isWord,
): string {
  if (!text.includes("in")) return text;
  return text.replace(DROPPED_G, (written: string, word: string) =>
    // "coin" is no "co" + -ing: of the two-letter stems only go, do and be are verbs.
    (word.length > 4 || TWO_LETTER_VERBS.has(word.slice(0, 2))) &&
    !isWrittenWord(word) &&
    isWord(`${word}g`)
      ? `${word}g`
      : written,
  );
}

const TWO_LETTER_VERBS = new Set(["go", "do", "be"]);
