/**
 * A payment called a loan ("it lent Anthropic $5B, right?", "who holds the note?", "debt or
 * equity?", "MS가 50억 빌려준 거죠?", "대출이에요 지분이에요?"): the flows say what kind of money
 * it is. An investment is money put in for a stake (equity), a purchase is money paid for what
 * is bought; neither is lent. A claim that it was lent is a no; "not a loan, right?" a yes.
 * Read on the words as written: the glossary drops "or a loan" so that "a stake or a loan?"
 * reads as the stake asked.
 * Not a party's own debts ("how much debt does Anthropic carry?": no flow's money is named),
 * nor whether the money is paid back (the knowledge's repayment relation says what it lacks).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { verdictWords } from "../shared/phrases.ts";
import type { Answer } from "../types.ts";
import type { QuestionScope } from "./scope.ts";
import { flowStep, flowsAnswer } from "./shapes.ts";

type Flow = Knowledge["flows"]["flows"][number];

/** The cheap test: a word of lending in either language. */
const LENDING_WORD =
  /\blen[dt]|\bloan|\bdebt|\bnote\b|\bborrow|\bcredit|빌려|빌린|꿔|대출|빚|부채|채무|차입|융자/u;
/** The act of lending between two parties: "lent", "loaned", "borrowed from", "빌려준". */
const LENT =
  /\b(?:lent|lend(?:s|ing)?|loan(?:ed|ing)|borrow(?:s|ed|ing)?|(?:holds?|holding|hold) (?:the|a) note|creditors?|lenders?)\b|빌려|빌린|꿔(?:준|줬|주)|대출(?:해|을 해|받|을 받)/u;
/** A loan or a debt named as a kind of money, which needs a flow's money beside it. */
const DEBT_NOUN = /\b(?:loans?|debts?|credit line|line of credit)\b|대출|빚(?![어었])|부채|채무/u;
/** A flow's money named: "money", "investment", "the $5B", "투자", "돈". */
const MONEY_NAMED =
  /\b(?:money|cash|investments?|funding|funds?|stakes?|equity|financing|capital)\b|투자|돈|자금|지분/u;
/** Paid back: the repayment relation's question, not the kind of money. */
const REPAID = /\bpa(?:y|id|ying) (?:\w+ )?back\b|\brepa(?:y|id|ying|yment)\b|갚|상환/u;
/** The loan denied in the claim: "not a loan", "isn't debt", "대출이 아니라", "빚은 아니". */
const NOT_LENT =
  /\b(?:not|n't|no|never|rather than|instead of)\s+(?:(?:a|an|really|just|like)\s+)?(?:a\s+)?(?:loan|debt|lent|lending|borrow)|(?:대출|빚|부채|빌려준 ?(?:거|것|돈))(?:이|은|는|을)?\s?(?:아니|아닌|아님|아냐|없)/u;
/** An answer asked as a yes or no: a claim, or a question opening on a helper verb. */
const YES_NO_OPENING =
  /^(?:so\s+|and\s+|but\s+)?(?:is|was|are|were|did|does|do|has|had|have)\b|(?:거|건|게)(?:죠|지|야|예요|에요|임|인가요|냐|니)\s*[?？]*\s*$/u;

/** Two kinds offered: "debt or equity", "대출이야 아니면 지분이야", "loan vs stake". */
const EITHER = /\bor\b|아니면|혹은|\bvs\.?\b/u;

export interface LentAsked {
  readonly flows: readonly Flow[];
  /** The claim says it was lent (a no), denies it (a yes), or only asks which kind. */
  readonly verdict: "lent" | "not-lent" | undefined;
}

/** Whether the words ask if a flow's money was lent (see the file comment). */
export function asksIfLent(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: () => QuestionScope,
): LentAsked | undefined {
  const text = analysis.asWritten ?? analysis.normalized;
  if (!LENDING_WORD.test(text) || analysis.asksForAdvice || REPAID.test(text)) return undefined;
  const amounts = new Set(
    analysis.terms.flatMap((term) => (term.kind === "amount" ? [term.text] : [])),
  );
  const lent = LENT.test(text);
  if (!lent && !(DEBT_NOUN.test(text) && (MONEY_NAMED.test(text) || amounts.size > 0))) {
    return undefined;
  }
  const read = scope();
  if (read.entities.some((entity) => entity.outside)) return undefined;
  const named = read.entities
    .map((entity) => entity.id)
    .filter((id) => knowledge.scope.names.has(id));
  const payments = knowledge.flows.flows.filter(
    (flow) => flow.kind !== "compute" && flow.figure?.unit === "USD",
  );
  const involves = (flow: Flow, id: string) => flow.from === id || flow.to === id;
  const byFigure = payments.filter((flow) => amounts.has(String(flow.figure?.value)));
  // "rust borrow checker": lending said of nothing in the story.
  if (named.length === 0 && byFigure.length === 0 && !MONEY_NAMED.test(text)) return undefined;
  const investments = payments.filter((flow) => !flow.purchase);
  const between = (list: readonly Flow[]) =>
    named.length > 0 ? list.filter((flow) => named.every((id) => involves(flow, id))) : [];
  const ofAny = (list: readonly Flow[]) =>
    list.filter((flow) => named.some((id) => involves(flow, id)));
  const [flows] = [
    byFigure,
    between(investments),
    ofAny(investments),
    between(payments),
    named.length === 0 ? investments : [],
  ].filter((list) => list.length > 0);
  if (!flows) return undefined;
  // "debt or equity?": which kind, not yes or no.
  const yesOrNo =
    !EITHER.test(text) &&
    (analysis.asksToConfirm || YES_NO_OPENING.test(analysis.normalized.trim()));
  const verdict = !yesOrNo ? undefined : NOT_LENT.test(text) ? "not-lent" : "lent";
  return { flows, verdict };
}

const said = {
  en: {
    notLent: "it is not a loan",
    notLentAlone: "Not a loan",
    stake: "money put in for a stake",
    bought: "money paid for what is bought",
  },
  ko: {
    notLent: "빌려준 돈(대출)이 아니에요",
    notLentAlone: "빌려준 돈(대출)이 아니에요",
    stake: "지분을 받고 넣는 투자금이에요",
    bought: "산 것의 대금이에요",
  },
} as const;

/** A no to "lent" or a yes to "not lent", then each flow with its kind of money. */
export function lentAnswer(
  knowledge: Knowledge,
  language: Language,
  { flows, verdict }: LentAsked,
): Answer {
  const words = said[language];
  const verdictWord =
    verdict === "lent"
      ? verdictWords[language].no
      : verdict === "not-lent"
        ? verdictWords[language].yes
        : undefined;
  const lead = verdictWord
    ? `${verdictWord}${language === "ko" ? ", " : ": "}${words.notLent}.`
    : `${words.notLentAlone}.`;
  const lines = flows.map(
    (flow) =>
      `${flowStep(knowledge, language, flow)}, ${flow.purchase ? words.bought : words.stake}.`,
  );
  return flowsAnswer(knowledge, language, flows, `${lead} ${lines.join(" ")}`);
}
