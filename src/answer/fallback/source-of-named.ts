/**
 * "Source" beside a figure or the announcement asks for that one's source, not the story's own
 * "source" fact (the unnamed expert the article quotes): "엔비디아 100억 달러, 출처 확인된 숫자
 * 맞음?", "원문 공식 발표 출처 링크 있어요?", "what's the source for the 30 billion number?". The
 * word is dropped and the rest answered: its answer cites the announcement. With no figure or
 * announcement named, or the quoted expert named too ("그 전문가 발언 출처"), it stays.
 */
import type { Analysis } from "../../search/analyze.ts";

/** The source word as written, with a Korean particle after it. */
const SOURCE_WORD = /(?:출처|\bsourc(?:e|es|ed|ing)\b)(?:가|는|도|를|로|에|의)?\s*/iu;
/** A source word as the analysis keeps it ("출처가", "source", "sourced"). */
const SOURCE_TERM = /^(?:출처|sourc(?:e|es|ed|ing)$)/u;

/** The question without its source word when a figure or the announcement is named beside it. */
export function withoutSourceOfNamed(
  question: string,
  analyze: (text: string) => Analysis,
  /** The feature of the story's announcement ("c:announcement"). */
  announcement: string,
): string {
  // Most questions hold no source word: two substring tests before anything is read.
  if (!question.includes("출처") && !/source/iu.test(question)) return question;
  const analysis = analyze(question);
  // The concept the knowledge reads the source word as (its own "source" fact's).
  const read = analysis.terms.find((term) => term.kind === "concept" && SOURCE_TERM.test(term.text))
    ?.features[0];
  if (read === undefined) return question;
  let named = false;
  for (const term of analysis.terms) {
    if (term.kind === "amount") named ||= isMeasure(term.text);
    if (term.kind !== "concept") continue;
    if (term.features.includes(announcement)) named = true;
    // Another word of that concept ("전문가", "익명"): the quote's source is asked.
    if (term.features[0] === read && !SOURCE_TERM.test(term.text)) return question;
  }
  if (!named) return question;
  const rest = question.replace(SOURCE_WORD, "").trim();
  return rest === "" ? question : rest;
}

/** A key of money at scale ("10000000000") or with a unit ("1gw"), not "1차" or a version. */
function isMeasure(key: string): boolean {
  return /^\d+(?:\.\d+)?[a-z%]+$/u.test(key) || Number(key) >= 1e6;
}
