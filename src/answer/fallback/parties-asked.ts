/**
 * "Who are the three companies in this deal?", "which firms are involved?", "이 파트너십에 참여한
 * 회사가 어디어디인지", "당사자가 누구누구야": which companies the story is about. No word of the
 * knowledge names that ask (company, involved, 참여 are no concepts), so alone it reads as empty or
 * off topic; its answer is the story's summary, which names every party. Only when no party is
 * named (that asks of the party) and no word beside the ask is a topic of its own, other than the
 * partnership or the article themselves.
 */
import type { Analysis } from "../../search/analyze.ts";

/** A cheap first test: every such ask holds one of these. */
const MARKS = [
  "compan",
  "firm",
  "parties",
  "players",
  "involved",
  "participa",
  "회사",
  "기업",
  "당사자",
  "참여",
  "참가",
  "업체",
];

const ASKS_EN =
  /\b(?:who|which|what|name|list)\b[^?.!]*\b(?:compan(?:y|ies)|firms?|parties|players|participants)\b|\bwho(?:\sall)?(?:'s|s| is| are| was| were)?\s(?:all\s)?(?:involved|taking part|participating|in on it)\b/u;
const ASKS_KO =
  /(?:회사|기업|업체|당사자|참여사|참가사)\S*\s?(?:\S+\s)?(?:어디|누구|뭐|몇\s?(?:곳|개|군데))|(?:어떤|어느|무슨)\s?(?:회사|기업|업체)|어디어디|누구누구|(?:참여|참가)한?\s?(?:회사|기업|업체|곳|데)/u;

/** Words beside the ask that leave it about the whole story: the partnership, the article. */
const STORY_CONCEPTS = new Set(["c:partner", "c:article"]);
/** Korean verbs of taking part (참여했나요, 참가한): the ask's own words. */
const TAKING_PART = /^(?:참여|참가|당사자)/u;

export function asksWhichParties(analysis: Analysis): boolean {
  const text = analysis.normalized;
  if (!MARKS.some((mark) => text.includes(mark))) return false;
  if (analysis.asksToConfirm || analysis.asksForAdvice || analysis.asksForReason) return false;
  if (!(ASKS_EN.test(text) || ASKS_KO.test(text))) return false;
  return analysis.terms.every((term) =>
    term.known
      ? term.entity === undefined && term.features.some((feature) => STORY_CONCEPTS.has(feature))
      : TAKING_PART.test(term.text) || term.text === "players",
  );
}
