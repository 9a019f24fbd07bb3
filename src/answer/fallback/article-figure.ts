/**
 * The figure the piece itself gives, asked for ("how much does the article say they invested?",
 * "기사엔 총 얼마 투자했다고 나와?"): where the knowledge corrects the article's figure for that
 * party and relation, the correction answers (what the article says, then what the record says),
 * not the record's figure alone. Where no correction exists, the article's figure is the record's
 * and the usual answer stands.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { Ranked } from "../../search/bm25.ts";
import type { Passage } from "../../search/knowledge-index.ts";

const PIECE = String.raw`(?:the |this |that |your )?(?:article|piece|post|blog|headline|intro|writer|author)`;
const ARTICLE_FIGURE_ASKED = new RegExp(
  [
    // "how much does the article say they invested", "what figure did the piece give"
    String.raw`\b(?:how (?:much|many)|what (?:figure|amount|number|sum|total))\b[^?.!]{0,40}\b(?:does|did|do) ${PIECE}\b[^?.!]{0,20}\b(?:say|give|put|claim|report|quote|state|mention)\b`,
    // "what does the article say the total investment is"
    String.raw`\bwhat (?:does|did) ${PIECE} (?:say|claim|give|put|report)\b[^?.!]{0,40}\b(?:figure|amount|number|total|sum|investment|invested|investing)\b`,
    // "according to the article, how much…", "how much…, according to the article"
    String.raw`\baccording to ${PIECE}\b[^?.!]{0,40}\bhow (?:much|many)\b|\bhow (?:much|many)\b[^?.!]{0,60}\baccording to ${PIECE}\b`,
    // "기사엔 얼마라고 나와?", "기사에서는 총 얼마 투자했다고 써 있어?"
    String.raw`(?:기사|글|본문|도입부|헤드라인)(?:에서는|에선|에는|엔|에서|에|은|는|이|가|상)?\s(?:\S+\s){0,4}?(?:얼마|몇\s?\S+)(?:라고|이라고|로|\s(?:\S+\s)?\S*(?:다고|라고))`,
  ].join("|"),
  "u",
);

/** Whether the figure the piece itself gives is asked (a cheap test before any other reading). */
export function asksArticleFigure(analysis: Analysis): boolean {
  return !analysis.asksToConfirm && ARTICLE_FIGURE_ASKED.test(analysis.normalized);
}

/**
 * The correction of the article's figure for the figure asked, if any: the first ranked figure
 * fact's relation, corrected by a ranked correction whose payers are the ones the question names
 * (or any, when it names none: "how much does the article say they invested?").
 */
export function articleFigureCorrection(
  knowledge: Knowledge,
  analysis: Analysis,
  ranked: readonly Ranked<Passage>[],
): Fact | undefined {
  if (!asksArticleFigure(analysis)) return undefined;
  const figures: Fact[] = [];
  for (const { item } of ranked) {
    if (item.kind === "fact" && item.fact.figure !== undefined) figures.push(item.fact);
  }
  const [asked] = figures;
  const correction = figures.find(
    (fact) => fact.kind === "correction" && fact.relation === asked?.relation,
  );
  if (!asked || !correction) return undefined;
  // The payers named, among those of any fact of the relation ("NVIDIA" asks NVIDIA's own).
  const payers = new Set(
    knowledge.facts
      .filter((fact) => fact.relation === asked.relation)
      .flatMap((fact) => fact.subject),
  );
  const named = new Set<string>();
  for (const term of analysis.terms) {
    if (term.entity !== undefined && payers.has(term.entity)) named.add(term.entity);
  }
  if (named.size === 0) return correction;
  return correction.subject.length === named.size && correction.subject.every((id) => named.has(id))
    ? correction
    : undefined;
}
