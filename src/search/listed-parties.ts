/**
 * "Big green + Redmond + Anthropic deal", "MSFT+NVDA partnership", "마소+엔비+앤트 딜": a plus
 * between words (no figure on either side) ahead of the word for a deal lists the deal's sides;
 * it adds nothing up. The plus is read as "and" (", " in Korean), so neither the arithmetic nor
 * the splitting of a question into parts takes it for a sum or a second question.
 * Language-level: the words for a deal are generic English and Korean; parties' names are the
 * knowledge's, passed in (partiesJoinedByPlus, used where a question is split into asks).
 */

const DEAL_WORDS = [
  "deal",
  "deals",
  "partnership",
  "partnerships",
  "tie-up",
  "tieup",
  "team-up",
  "teamup",
  "alliance",
  "collab",
  "collaboration",
  "pact",
  "agreement",
  "merger",
  "announcement",
  "딜",
  "거래",
  "계약",
  "협력",
  "제휴",
  "협약",
  "동맹",
  "파트너십",
  "발표",
].join("|");

/** Words joined by plus signs, up to four words after the last one, then a word for a deal. */
const LISTED_BEFORE_DEAL = new RegExp(
  String.raw`\p{L}\s*\+\s*\p{L}[\p{L}'.&+\s-]{0,60}?(?<![\p{L}])(?:${DEAL_WORDS})(?![\p{Script=Latin}])`,
  "u",
);
const PLUS_BETWEEN_WORDS = /(\p{L})\s*\+\s*(?=\p{L})/gu;
const HANGUL = /\p{Script=Hangul}/u;

/** Two Latin words with a plus between them ("msft + nvda", "Microsoft+NVIDIA"). */
const PLUS_BETWEEN_LATIN_WORDS =
  /(?<![\p{L}\d])([a-z][a-z.&-]*)\s*\+\s*([a-z][a-z.&-]*)(?![\p{L}\d])/giu;

/**
 * A plus between two parties' names ("the commit from MSFT + NVDA") read as "and", wherever it
 * stands: a name alone on each side is no question of its own, nor a sum of figures. `isParty`
 * is asked of lower-cased words.
 */
export function partiesJoinedByPlus(text: string, isParty: (word: string) => boolean): string {
  if (!text.includes("+")) return text;
  return text.replace(PLUS_BETWEEN_LATIN_WORDS, (plus: string, before: string, after: string) =>
    isParty(before.toLowerCase()) && isParty(after.toLowerCase()) ? `${before} and ${after}` : plus,
  );
}

/** The question with a plus that lists a deal's sides read as "and"; else unchanged. */
export function listedParties(text: string): string {
  if (!text.includes("+") || !LISTED_BEFORE_DEAL.test(text)) return text;
  return text.replace(LISTED_BEFORE_DEAL, (listed) =>
    listed.replace(PLUS_BETWEEN_WORDS, (_plus, before: string) =>
      HANGUL.test(before) ? `${before}, ` : `${before} and `,
    ),
  );
}
