/**
 * What the article gets wrong, asked outright ("what does the article get wrong?", "point out
 * the mistakes in the piece", "이 기사 뭐가 틀렸어?", "틀린 숫자 있으면 짚어줘"): the fact checks,
 * whatever else the question's words seem to ask. A word of the asker's purpose ("for my media
 * class", "뉴스 매체 수업용") is no outlet asked; a doubt beside it ("kinda sus", "찌라시 수준?")
 * is no question of the piece's own worry; "믿을만함? 틀린 숫자 짚어줘" is one ask, not two.
 * Not of one party or one figure ("what does it get wrong about NVIDIA?"): those are checked on
 * their own.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import { ARTICLE, namesParty } from "./article-meta.ts";

/**
 * The error asked for, not claimed: a question word or a request before the wrong thing ("what's
 * wrong", "what does it get wrong", "any mistakes", "spot the errors", "뭐가 틀렸", "틀린 거 뭐",
 * "틀린 숫자 있으면", "잘못된 부분 짚어줘").
 */
const ERRORS_ASKED_EN =
  /\bwhat(?:'s|s| is| are)? (?:\w+ )?(?:wrong|off|inaccurate|incorrect|false|mistaken)\b|\bwhat (?:does|did|do) (?:\w+ ){1,3}(?:get|got) (?:\w+ )?wrong\b|\b(?:gets?|got|getting) (?:\w+ ){0,2}wrong\b|\b(?:any|which|what|the|point out|spot|find|list|flag)(?: \w+)? (?:errors?|mistakes?|inaccuracies|falsehoods)\b|\bwrong (?:with|in|about) (?:it|this|the)\b/u;
const ERRORS_ASKED_KO =
  /(?:뭐|뭣|무엇|어디|어느 ?부분|무슨 ?부분|어떤 ?부분)(?:가|이)? ?(?:틀렸|틀린|틀려|틀리|잘못)|(?:틀린|틀렸던|잘못된|잘못 나온|오류(?:난|인)?) ?(?:숫자|수치|금액|거|게|것|곳|데|부분|점|내용|정보|사실)|오류(?:가|는)? ?(?:있|뭐|짚|찾|알려)/u;

/** What of the piece's words a question asks for as its errors, read on its normalized text. */
export function asksArticleErrors(knowledge: Knowledge, analysis: Analysis): boolean {
  // Most questions hold no error word: the analysis's concepts are looked at first.
  if (!analysis.terms.some((term) => term.kind === "concept" && isErrorWord(term.text))) {
    return false;
  }
  const text = analysis.normalized;
  if (!ARTICLE.test(text)) return false;
  if (!ERRORS_ASKED_EN.test(text) && !ERRORS_ASKED_KO.test(text)) return false;
  // "what does it get wrong about the $30B / about NVIDIA?": that figure's or party's check.
  if (analysis.terms.some((term) => term.kind === "amount")) return false;
  return !namesParty(knowledge, analysis);
}

/** A question word of its own ("what's the worry", "언제 발표", "how much"). */
const OWN_QUESTION_WORD =
  /\b(?:what|what's|whats|who|when|where|why|how|which)\b|뭐|뭔|무엇|무슨|언제|어디|누구|누가|얼마|왜|어떻게|어떤/u;

/**
 * Another ask beside the errors ("what's the author's worry, and what did they get wrong?"):
 * a part that is no errors ask, with a question word, a party or a figure of its own. A doubt
 * beside it ("kinda sus?", "믿을만함?") asks nothing else.
 */
export function errorsBesideOtherAsk(knowledge: Knowledge, parts: readonly Analysis[]): boolean {
  if (parts.length < 2) return false;
  return parts.some((part) => {
    const text = part.normalized;
    if (ERRORS_ASKED_EN.test(text) || ERRORS_ASKED_KO.test(text)) return false;
    return (
      OWN_QUESTION_WORD.test(text) ||
      namesParty(knowledge, part) ||
      part.terms.some((term) => term.kind === "amount")
    );
  });
}

/** A word of error as the analysis keeps it ("wrong", "mistakes", "틀렸는감", "오류"). */
function isErrorWord(word: string): boolean {
  return /wrong|mistake|error|inaccura|incorrect|false|틀|잘못|오류/u.test(word);
}
