/**
 * "Does the article mention X?" when X is a claim or a figure, not a name. A claim framed as the
 * article's ("기사에 마이크로소프트가 100억 달러 투자한다고 나오죠?", "does the piece mention
 * that NVIDIA put in $5B?") is checked like any claim, against what the article and the record
 * say: finding its words in a sentence proves nothing. A figure alone ("1기가와트 얘기 기사에
 * 나와있어?") is mentioned when an article sentence writes that very amount.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Analysis } from "../../search/analyze.ts";
import { findAmounts } from "../../search/numbers.ts";
import type { QuotedSentence } from "../shared/article-refs.ts";

/** A Korean clause quoted before the word of mentioning: "…투자한다고 나와?", "…이라고 언급돼?". */
const QUOTED_CLAUSE_KO = /(?:다|라|냐|자)고\s?(?:나와|나오|나온|나왔|나옴|언급|등장|거론|인용)/u;
/** An English clause after the word of mentioning: "mention that…", "mentions how…". */
const CLAUSE_EN =
  /\b(?:mention(?:s|ed)?|talks? about|talked about|brings? up|brought up|cites?|cited|refers? to|referred to) (?:that|how|whether)\b/u;

/**
 * Whether a question about what the article mentions states a claim: a clause quoted, or a
 * figure put on a party ("NVIDIA's $10B", "엔비디아 100억 얘기"). Such a claim is checked, not
 * looked up.
 */
export function mentionStatesClaim(analysis: Analysis): boolean {
  const text = analysis.normalized;
  if (text.includes("고") && QUOTED_CLAUSE_KO.test(text)) return true;
  if (/\b(?:that|how|whether)\b/u.test(text) && CLAUSE_EN.test(text)) return true;
  let amount = false;
  let party = false;
  for (const term of analysis.terms) {
    if (term.kind === "amount") amount ||= isMeasure(term.text);
    else if (term.entity !== undefined && term.entity !== null && term.entity !== "article") {
      party = true;
    }
  }
  return amount && party;
}

/** The article's sentences by each amount they write (its canonical key: "1gw", "30000000000"). */
const sentencesByAmount = oncePerKnowledge((knowledge: Knowledge) => {
  const byKey = new Map<string, QuotedSentence>();
  for (const section of knowledge.article.sections) {
    for (const sentence of section.sentences) {
      for (const amount of findAmounts(sentence.text)) {
        if (!byKey.has(amount.key)) byKey.set(amount.key, { sentence, section });
      }
    }
  }
  return byKey;
});

/**
 * The article's sentences that write every amount the question names; undefined when the
 * question names none, and an empty list when one of them is written nowhere in the article.
 */
export function sentencesOfAmounts(
  knowledge: Knowledge,
  analysis: Analysis,
): QuotedSentence[] | undefined {
  const byKey = sentencesByAmount(knowledge);
  let named = false;
  const found: QuotedSentence[] = [];
  for (const term of analysis.terms) {
    // A measure (a sum of money, gigawatts), not a version's number ("Opus 4.1").
    if (term.kind !== "amount" || !isMeasure(term.text)) continue;
    named = true;
    const held = byKey.get(term.text);
    if (!held) return [];
    if (!found.some((each) => each.sentence === held.sentence)) found.push(held);
  }
  return named ? found : undefined;
}

/** A key of money at scale ("10000000000") or with a unit ("1gw"), not a bare small number. */
function isMeasure(key: string): boolean {
  return /^\d+(?:\.\d+)?[a-z%]+$/u.test(key) || Number(key) >= 1e6;
}
