/**
 * "NVIDIA invested in Anthropic but Anthropic is also buying NVIDIA stuff?? which one is it",
 * "the 15 goes TO Anthropic and the 30 comes FROM Anthropic? or did I flip it", "앤트로픽은 돈을
 * 받는 입장인데 왜 또 300억을 씀? 모순 아닌가": money named going both ways, and a doubt about
 * which of them holds. Both hold: the flows both ways answer it, "both ways" first, not a yes or
 * a no to one of the two legs.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import { escapeRegExp } from "../../util/escape-regexp.ts";
import { answerHeads } from "../shared/phrases.ts";
import type { Answer } from "../types.ts";
import type { QuestionScope } from "./scope.ts";
import { directionAnswer } from "./shapes.ts";

/** A doubt between two things said: "which one is it", "did I flip it", "모순", "뭐가 맞아". */
const DOUBT =
  /\bwhich (?:one )?is it\b|\bwhich (?:one )?is (?:right|true|correct)\b|\bdid i (?:flip|mix|swap|get) (?:it|that|them|those)\b|\bcontradict\w*\b|\bdoesn'?t (?:add up|make sense)\b|모순|앞뒤가 안 맞|뭐가 맞/u;
/** Money coming in: "invested in", "goes to", "funded", "receives", "받는". */
const MONEY_IN =
  /\binvest(?:ed|s|ing)? in\b|\b(?:goes|go|going|went|flows?) to\b|\bfunded\b|\breceiv\w*\b|\bgets?\b|받/u;
/** Money going out: "buying", "spends", "pays", "comes from", "씀", "사는", "구매". */
const MONEY_OUT =
  /\b(?:buy\w*|bought|purchas\w*|spend\w*|spent|pa(?:y|ys|id|ying))\b|\b(?:comes?|coming|came) from\b|(?<!\p{Script=Hangul})(?:씀|쓰는|쓴|쓰고|사는|내는)|구매/u;

/** Whether the question names money both ways and doubts which of them holds. */
export function asksWhichOfBothWays(normalized: string): boolean {
  return DOUBT.test(normalized) && MONEY_IN.test(normalized) && MONEY_OUT.test(normalized);
}

/**
 * The flows both ways of the one or two parties named, "both ways" first, or undefined when the
 * question is not of that shape or the money of those named does not go both ways.
 */
export function bothWaysDoubted(
  knowledge: Knowledge,
  language: Language,
  normalized: string,
  scopeOf: () => QuestionScope,
): Answer | undefined {
  if (!asksWhichOfBothWays(normalized)) return undefined;
  const scope = scopeOf();
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const ids = [
    ...new Set(
      scope.entities.map((entity) => entity.id).filter((id) => knowledge.scope.names.has(id)),
    ),
  ];
  if (ids.length !== 1 && ids.length !== 2) return undefined;
  const [party] = ids;
  const { flows } = knowledge.flows;
  // One party: both ways only when money goes both into it and out of it.
  if (
    ids.length === 1 &&
    !(flows.some((f) => f.to === party) && flows.some((f) => f.from === party))
  ) {
    return undefined;
  }
  const lead = ids.length === 1 ? `${answerHeads[language].bothWays} ` : "";
  const both = directionAnswer(knowledge, language, ids, { lead });
  return both && BOTH_FIRST.test(both.text) ? both : undefined;
}

/** The answer opens with both ways (two parties' flows go both ways between them). */
const BOTH_FIRST = new RegExp(
  `^(?:${[answerHeads.en.bothWays, answerHeads.ko.bothWays].map(escapeRegExp).join("|")})`,
  "u",
);
