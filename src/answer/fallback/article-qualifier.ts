/**
 * Whether the article states one of its figures exactly ("Is the 1 GW in the article stated
 * precisely, or does the record qualify it?", "the article's 'put 1GW': accurate, or is there fine
 * print?", "기사 1기가와트 얘기에서 빠진 디테일 있어?"): what the record adds to that figure, its
 * fact checks first, then the facts of that figure no article sentence holds.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { Answer } from "../types.ts";
import { ARTICLE, OMITS } from "./article-meta.ts";
import { figureKey } from "./figure-key.ts";
import { composeAnswer } from "./text.ts";

/**
 * Words asking whether something is stated exactly or hedged ("fine print", "qualify", "the 'up
 * to' qualifiers", "caveats", "디테일").
 */
const QUALIFIER =
  /\b(?:fine print|small print|qualif(?:y|ies|ied|ier|iers|ication|ications)|hedges?|hedged|hedging|caveats?|precise|precisely|nuances?)\b|디테일|단서|(?<!\p{Script=Hangul})세부 ?(?:사항|내용)/u;

/** A line of the piece quoted and pointed at ("Quote: '…'. What nuance does this line leave out?"). */
const LINE_OF_PIECE =
  /\b(?:this|that) (?:line|sentence|passage|phrase|wording|paragraph|bit)\b|(?<!\p{Script=Hangul})이 (?:문장|구절|대목|표현)/u;

/**
 * The piece named with a figure of it, asking whether it is exact or what is missing from it; as
 * a yes-or-no question too ("빠진 디테일 있어?").
 */
export function asksHowFigureIsQualified(analysis: Analysis): boolean {
  const text = analysis.normalized;
  return (
    (ARTICLE.test(text) || LINE_OF_PIECE.test(text)) &&
    (QUALIFIER.test(text) || OMITS.test(text)) &&
    analysis.terms.some((term) => term.kind === "amount")
  );
}

const HEAD = {
  ko: "기사 수치에 대해 공식 발표·보도가 덧붙이는 내용:",
  en: "What the announcement and the press add to the article's figure:",
} as const;

/** The fact checks of the figures named, then their facts no article sentence holds. */
export function qualifiedFigureAnswer(
  knowledge: Knowledge,
  language: Language,
  analysis: Analysis,
): Answer | undefined {
  const named = new Set(
    analysis.terms.filter((term) => term.kind === "amount").map((term) => term.text),
  );
  const held = knowledge.facts.filter((fact) => {
    const key = figureKey(fact);
    return key !== undefined && named.has(key);
  });
  const facts = [
    ...held.filter((fact) => fact.kind === "correction"),
    ...held.filter((fact) => fact.kind !== "correction" && !fact.quote),
  ];
  if (facts.length === 0) return undefined;
  const head = [HEAD[language], ...facts.map((fact) => `• ${fact.statement[language]}`)].join("\n");
  return composeAnswer(knowledge, language, facts, [], head);
}
