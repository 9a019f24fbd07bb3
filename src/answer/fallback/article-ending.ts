/**
 * How the article ends ("기사 결론이 뭐야?", "how does the piece wrap up?", "what does it leave
 * readers with at the end?"). A piece's last section is often a sign-off ("keep watching; what do
 * you think?"), and the question or verdict it closes on sits in the section before it. Search
 * finds only the section whose heading holds the word ("마무리"), so the answer quotes both: the
 * opening sentence of the last-but-one section, then the last section.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { QuotedSentence } from "../shared/article-refs.ts";
import type { Answer } from "../types.ts";
import { ARTICLE } from "./article-meta.ts";
import { composeAnswer } from "./text.ts";

/** The concept that asks for the ending, and those that may stand beside it ("the readers"). */
const ENDING = "conclusion";
const BESIDE_ENDING: ReadonlySet<string> = new Set([ENDING, "reader", "article"]);
/** The last section's sentences quoted at most; a long one is cut to its first sentences. */
const MAX_CLOSING_SENTENCES = 3;

/**
 * The ending of the piece named ("기사", "the article"), asking nothing else: no party, no other
 * topic ("the article's closing view of circular investment" is about that topic), no figure or
 * date ("by the end of 2025"), and no claim to check.
 */
export function asksArticleEnding(analysis: Analysis): boolean {
  if (analysis.asksToConfirm || !ARTICLE.test(analysis.normalized)) return false;
  let ending = false;
  for (const term of analysis.terms) {
    if (term.entity !== undefined || term.kind === "amount") return false;
    if (term.kind !== "concept") continue;
    const id = term.features[0]?.slice(2) ?? "";
    if (!BESIDE_ENDING.has(id)) return false;
    if (id === ENDING) ending = true;
  }
  return ending;
}

/** The opening sentence of the last-but-one section, then the last section's sentences. */
export function endingAnswer(knowledge: Knowledge, language: Language): Answer | undefined {
  const sections = knowledge.article.sections;
  const last = sections.at(-1);
  if (!last || last.sentences.length === 0) return undefined;
  const quoted: QuotedSentence[] = [];
  const before = sections.length > 1 ? sections.at(-2) : undefined;
  const opening = before?.heading !== undefined ? before.sentences[0] : undefined;
  if (before && opening) quoted.push({ sentence: opening, section: before });
  for (const sentence of last.sentences.slice(0, MAX_CLOSING_SENTENCES)) {
    quoted.push({ sentence, section: last });
  }
  return composeAnswer(knowledge, language, [], quoted);
}
