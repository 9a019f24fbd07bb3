/**
 * A message typed in capitals ("CLAUDE IS THE ONLY FRONTIER MODEL ON ALL 3 CLOUDS?? TRUE??") says
 * nothing by its capitals: every word has them, so they mark no name. Language-level only: which
 * words stay capitalised (the ones that may still be names) is the caller's to say.
 */
import { matchesOf } from "../util/matches-of.ts";

/** Latin words of two letters or more (a lone "I" or "A" is capitalised in any sentence). */
const LATIN_WORD = /[A-Za-z]{2,}/g;
const HAS_LOWER = /[a-z]/;
const HAS_UPPER = /[A-Z]/;
/**
 * Function and chat words nobody writes in capitals except when shouting (a ticker or a product
 * never is one): "IS", "THE", "ON", "AND", "RIGHT", "YEAH", "LOL". Never a name.
 */
const FUNCTION_WORD =
  /^(?:is|are|was|were|be|the|an|on|in|at|of|to|for|from|with|by|and|or|but|not|did|does|do|has|have|had|it|its|this|that|they|he|she|we|you|so|if|then|than|all|any|only|just|also|too|still|now|who|what|when|where|which|why|how|much|many|right|true|correct|really|yes|no|yeah|yep|yup|ok|okay|huh|eh|lol|lmao|omg|wtf|bro|pls|plz|tho|fr|ngl|tbh|rn|btw|idk|imo)$/u;

/**
 * Whether most Latin words are in capitals, function words among them, or all of four or more:
 * the caps lock was on.
 */
export function isShouted(text: string): boolean {
  if (!HAS_UPPER.test(text) || !hasCapitalWords(text, 3)) return false;
  let upper = 0;
  let lower = 0;
  let functionWords = 0;
  for (const [word] of matchesOf(LATIN_WORD, text)) {
    if (HAS_LOWER.test(word)) {
      lower++;
      continue;
    }
    upper++;
    if (FUNCTION_WORD.test(word.toLowerCase())) functionWords++;
  }
  // "Did NVIDIA and MSFT both invest?": names in capitals in a sentence of lower case. A headline
  // with no small word ("NADELLA: OPENAI 'REMAINS A CRITICAL PARTNER' - CONFIRM QUOTE?") is in
  // capitals throughout: four words or more and none in lower case.
  if (upper < 3) return false;
  return functionWords >= 1 ? lower * 4 <= upper : lower === 0 && upper >= 4;
}

/**
 * A word in capitals: a run of letters with no lower case, as LATIN_WORD finds them (a word of
 * LATIN_WORD without lower case is exactly such a run).
 */
const CAPITAL_WORD = /(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])/g;

/**
 * Whether the text has `count` words in capitals or more: isShouted needs three, and most
 * questions have fewer (a name or two), found by one scan without reading every word.
 */
function hasCapitalWords(text: string, count: number): boolean {
  CAPITAL_WORD.lastIndex = 0;
  let found = 0;
  while (CAPITAL_WORD.test(text)) {
    if (++found >= count) {
      CAPITAL_WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** Whether a lower-case word is a function or chat word ("yeah", "the"): no name, shouted or not. */
export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORD.test(lower);
}

/** A shouted text in lower case, but for the words `keepsCapitals` says may still be names. */
export function lowerShouted(text: string, keepsCapitals: (lower: string) => boolean): string {
  return text.replace(LATIN_WORD, (word) => {
    const lower = word.toLowerCase();
    return keepsCapitals(lower) ? word : lower;
  });
}
