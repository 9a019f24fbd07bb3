/**
 * "what did he say about OpenAI when this dropped": a clause after the ask that dates it by the
 * story's own moment ("when this dropped", "when the deal was announced") asks nothing; the ask
 * is the question without it. Only after a question that opens on a question word of its own:
 * "the deal when it dropped" asks when.
 */

const OPENS_ON_QUESTION_WORD =
  /^\s*(?:what|what's|whats|who|who's|how|which|why|where|did|does|do|is|was)\b/iu;

/**
 * "when this dropped", "when the news broke", "when it was announced", "when they announced it",
 * at the end.
 */
const STORY_MOMENT =
  /,?\s+(?:when|as soon as|after)\s+(?:this|it|that|they|the (?:deal|news|announcement|partnership|story|companies))\s+(?:(?:was|got|first)\s+)?(?:dropped|drop|announced|broke|came out|went public|hit|landed|unveiled)(?:\s+(?:it|this|that|the deal|the partnership))?\b[\s?!.]*$/iu;

/** The question without its closing story-moment clause, or undefined when it has none. */
export function withoutStoryMoment(question: string): string | undefined {
  if (!OPENS_ON_QUESTION_WORD.test(question)) return undefined;
  const bare = question.replace(STORY_MOMENT, "?");
  return bare !== question && bare.trim() !== "?" ? bare : undefined;
}

/**
 * "anthropic's valuation after microsoft invested", "마소 투자 이후 앤트로픽 기업가치": a clause
 * naming who invested dates the ask by the deal itself; the party in it is not what is asked
 * (read with it, the question asked that party's investment). Only the parties' names and the
 * verb of investing, then a word of after; the rest of the question stays as written. Not a
 * party that received ("앤트로픽이 투자 받은 뒤"): that one is the subject asked of.
 */
const ENGLISH_MOMENT =
  /\b(?:after|once|since|now that|following)\s+(?:the\s+)?((?:[^\s,?!.]+(?:\s*(?:\/|&|\+|\band\b)\s*|\s+)){0,3}?[^\s,?!.]+?)(?:'s|s'|’s)?\s+(?:(?:has|have|had)\s+)?(?:investments?|invested|invests?|put (?:its |their )?(?:money |cash )?in|came in|came on board|pumped (?:it|money in|cash in)|poured (?:money|cash) in|jumped in|stepped in|got involved|backed (?:it|them)|funded (?:it|them)|bought in)\b/giu;
const KOREAN_MOMENT =
  /(?<![\p{L}\p{N}])((?:[^\s,?!.]+\s+){0,1}[^\s,?!.]+?)\s+(?:투자|돈)\s?(?:를|을)?\s?(?:한|하고|넣은|넣고|댄)?\s?(?:후|뒤|이후|다음|나서)(?:에는|에|엔)?(?=\s|$)/gu;

/**
 * The question with such a clause said as the deal's own moment ("after the deal", "거래 후"),
 * or undefined when it has none. `namesOnlyParties` tells whether words are the story's parties
 * and nothing else.
 */
export function withDealMomentNamed(
  question: string,
  namesOnlyParties: (words: string) => boolean,
): string | undefined {
  if (!/after|once|since|now that|following|후|뒤|이후|다음|나서/iu.test(question))
    return undefined;
  let changed = false;
  const moment = (english: boolean) => (whole: string, who: string) => {
    const words = who.split(/\s+/u);
    // "앤트로픽 기업가치 마소 투자 이후": the words before the parties stay the question's.
    for (let from = 0; from < words.length; from++) {
      const named = words.slice(from).join(" ");
      if (!namesOnlyParties(named)) continue;
      changed = true;
      const kept = words.slice(0, from).join(" ");
      const said = english ? "after the deal" : "거래 후";
      return english ? said : [kept, said].filter(Boolean).join(" ");
    }
    return whole;
  };
  const rewritten = question
    .replace(ENGLISH_MOMENT, moment(true))
    .replace(KOREAN_MOMENT, moment(false));
  return changed ? rewritten : undefined;
}
