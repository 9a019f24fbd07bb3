/**
 * Which side of a payment each party is on, asked in a bookkeeper's or a shopper's words: "is
 * Anthropic the buyer or the seller?", "누가 공급자고 누가 고객이에요?", "MS 입장에서 300억은 매출이에요
 * 비용이에요?", "엔비디아가 준 100억은 앤트로픽 매출로 잡혀요?". The flows say it: a purchase is
 * the buyer's cost and the seller's revenue; an investment is the investor's stake and, for the
 * one it goes to, money invested, not revenue. Asked only with both sides' words ("buyer …
 * seller") or a role word beside a flow's own figure: "Anthropic's revenue?" alone is a figure
 * the knowledge lacks, not a role.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { withParticle } from "../../search/korean.ts";
import type { Answer } from "../types.ts";
import { factsJoining } from "./gets-besides-money.ts";
import type { QuestionScope } from "./scope.ts";
import { flowStep, flowsAnswer } from "./shapes.ts";

type Flow = Knowledge["flows"]["flows"][number];

/** The flows whose sides are asked, and what else joins the two parties named. */
export interface MoneyRoles {
  readonly flows: readonly Flow[];
  readonly besides: readonly Fact[];
}

/** The paying side of a sale, in both languages. */
const BUYER_SIDE =
  /\b(?:buyers?|purchasers?|customers?|clients?)\b|구매자|구매처|구매 ?측|구입자|고객|손님|매입자/u;
/** The selling side. */
const SELLER_SIDE =
  /\b(?:sellers?|suppliers?|vendors?|providers?)\b|판매자|판매처|판매 ?측|공급자|공급사|공급업체|납품업체/u;
/**
 * The side that puts money in for a stake: with a buyer's or a seller's word it is a side of
 * the money too ("who's the customer and who's the investor?", "누가 투자자고 누가 고객이야?").
 */
const INVESTOR_SIDE = /\b(?:investors?|backers?|funders?|shareholders?)\b|투자자|투자사|주주/u;
/** Which is which asked: "who", "which", "or", "누가", "어느", "아니면", "고객이야 투자자야". */
const WHICH_SIDE =
  /\bwho(?:'s|s)?\b|\bwhich\b|\bor\b|누가|누구|어느|어디|아니면|(?:야|예요|이에요|임|인가요) \S+(?:야|예요|이에요|임|인가요)/u;
/** The loop explained: its own answer. */
const LOOP = /\bcircular\w*|\bloop\b|\bcircle\b|순환/u;
/**
 * A stake or plain money, asked which: "지분 사는 거야 아니면 그냥 돈 주는 거야?", "equity or just
 * cash?", "do they get shares or is it a gift?". The investments say: a stake.
 */
const STAKE_WORD = /\b(?:equity|stakes?|shares?|ownership)\b|지분|주식/u;
const PLAIN_MONEY =
  /\b(?:just|only|straight|plain|simply)\b.{0,20}\b(?:money|cash|funds?|funding)\b|\b(?:gifts?|donations?|grants?|loans?|handouts?)\b|그냥 돈|돈만|단순(?:히|한)? (?:돈|자금)|기부|대출|빌려/u;
const EITHER = /\bor\b|아니면|혹은|\bvs\.?\b/u;
/** How the money is booked: revenue on one side, cost on the other. */
const BOOKED =
  /\b(?:revenues?|sales|income|costs?|expenses?|expenditures?)\b|매출|수익|수입|비용|지출|경비/u;
/**
 * Where a sum is filed: from one side's view, as revenue or cost, one or the other. How a party
 * books it ("does Microsoft count the $30B as revenue?", "매출로 잡아?") is its accounting, which
 * the knowledge does not cover.
 */
const FILED =
  /입장|관점|측면|인 (?:거|건가|건지)|구분|헷갈|\bfor (?!(?:a|an|the|this|that|it|what)\b)\w+|\bor\b|아니면|(?:예요|이에요|야|임|인가요) \S+(?:예요|이에요|야|임|인가요)/u;
/** The figure of one party's own books, asked: how much, when, over what period. */
const OWN_FIGURE =
  /\bhow much\b|얼마|\bwhen\b|언제|\bannual\w*|\byearly\b|\bquarter\w*|분기|올해|연간|연 매출|\brun[- ]rate\b|\bper year\b|\bafford\w*|감당/u;
/** Money put in for a stake, and money paid for something bought. */
const INVESTED = /\binvest\w*|\bstakes?\b|\bequity\b|투자|지분/u;
const BOUGHT = /\bpurchas\w*|\bbuy\w*|\bbought\b|\bcommitments?\b|구매|구입|약정/u;
/** Two things told apart: "뭐가 달라", "difference", "not the same thing", "헷갈려". */
const TOLD_APART =
  /\bdifferen\w*|\bdiffer\b|\bsame thing\b|\bmix(?:ed|ing)? up\b|\bconfus\w*|\btell (?:them |the two )?apart\b|차이|다르|달라|다른 거|헷갈|섞여|구분/u;
/** Their sizes compared instead: arithmetic, not kinds. */
const SIZED =
  /\bhow much\b|\bhow many\b|\bbigger\b|\blarger\b|\bsmaller\b|\bmore than\b|\btimes\b|얼마|몇|배|더 (?:크|많|작|적)/u;
/** Any of the above: the cheap test before anything else is read. */
const ANY_ROLE = new RegExp(
  `${BUYER_SIDE.source}|${SELLER_SIDE.source}|${BOOKED.source}|${INVESTOR_SIDE.source}`,
  "u",
);

/** Whether the words ask for the sides of a payment (see the file comment). */
export function asksMoneyRole(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: () => QuestionScope,
): MoneyRoles | undefined {
  const text = analysis.normalized;
  if (analysis.asksForAdvice) return undefined;
  const stakeOrMoney = STAKE_WORD.test(text) && PLAIN_MONEY.test(text) && EITHER.test(text);
  if (!(stakeOrMoney || ANY_ROLE.test(text) || TOLD_APART.test(text))) return undefined;
  // Two sides named: the buyer's and the seller's, or either of them and the investor's, asked
  // as which is which ("who's…", "A or B") and not claimed ("A is both an investor and a
  // supplier, right?") nor explained as the loop.
  const buyer = BUYER_SIDE.test(text);
  const seller = SELLER_SIDE.test(text);
  const investorAsked =
    !(buyer && seller) &&
    (buyer || seller) &&
    INVESTOR_SIDE.test(text) &&
    WHICH_SIDE.test(text) &&
    !analysis.asksToConfirm &&
    !LOOP.test(text);
  const bothSides = (buyer && seller) || investorAsked;
  const amounts = new Set(
    analysis.terms.flatMap((term) => (term.kind === "amount" ? [term.text] : [])),
  );
  const payments = knowledge.flows.flows.filter((flow) => flow.kind !== "compute");
  const byFigure = payments.filter(
    (flow) => flow.figure?.unit === "USD" && amounts.has(String(flow.figure.value)),
  );
  // A figure's side asked: a role word beside a word that files it ("입장에서", "for Anthropic",
  // "counts as"), never its amount or date ("Anthropic's annual revenue", "when is it booked").
  const filed =
    byFigure.length > 0 && BOOKED.test(text) && FILED.test(text) && !OWN_FIGURE.test(text);
  // "투자랑 구매 약정이 뭐가 달라요?": the two kinds of payment told apart, every flow's sides.
  const kindsTold =
    !filed &&
    INVESTED.test(text) &&
    BOUGHT.test(text) &&
    TOLD_APART.test(text) &&
    !SIZED.test(text);
  if (!bothSides && !filed && !kindsTold && !stakeOrMoney) return undefined;
  const read = scope();
  if (read.entities.some((entity) => entity.outside)) return undefined;
  if (filed) return { flows: byFigure, besides: [] };
  const named = read.entities
    .map((entity) => entity.id)
    .filter((id) => knowledge.scope.names.has(id));
  // "Is Microsoft the investor or the vendor?": one party's flows, all in one line, are the
  // direction's answer.
  if (investorAsked && named.length === 1) return undefined;
  // The flows between all the parties named, else those of any of them ("the Azure part":
  // Azure may name a party no flow of the others involves), else every one.
  const involves = (flow: Flow, id: string) => flow.from === id || flow.to === id;
  // "Is NVIDIA a supplier or an investor for Anthropic?": between two parties, what one buys of the
  // other in capacity (compute) is a sale too, the supplier's side of the pair.
  const between = (investorAsked && named.length === 2 ? knowledge.flows.flows : payments).filter(
    (flow) => named.every((id) => involves(flow, id)),
  );
  const ofAny = payments.filter((flow) => named.some((id) => involves(flow, id)));
  // "Between Anthropic and NVIDIA, who's the supplier and who's the customer?": no payment
  // between the two buys anything (what one buys of the other is capacity, or no money flow is
  // given), so the sides are the sales', answered as who is whose customer.
  if (
    buyer &&
    seller &&
    named.length === 2 &&
    between.length > 0 &&
    !between.some((flow) => flow.purchase)
  ) {
    return undefined;
  }
  const shown = between.length > 0 ? between : ofAny.length > 0 ? ofAny : payments;
  // A stake or plain money: the investments only, which are the stakes.
  if (stakeOrMoney && !bothSides && !kindsTold) {
    const stakes = shown.filter((flow) => !flow.purchase);
    return stakes.length > 0 ? { flows: stakes, besides: [] } : undefined;
  }
  // A sale's sides are what "buyer or seller" asks first. Between two parties, what else one
  // supplies the other is a side too ("who's the customer between A and B?": each is, of
  // something).
  const [one, other] = named;
  return {
    flows: [...shown.filter((flow) => flow.purchase), ...shown.filter((flow) => !flow.purchase)],
    besides:
      named.length === 2 && one !== undefined && other !== undefined
        ? factsJoining(knowledge, one, other)
        : [],
  };
}

/** Each flow with the side each party is on, then the flows' facts and quotes. */
export function moneyRoleAnswer(
  knowledge: Knowledge,
  language: Language,
  { flows, besides }: MoneyRoles,
): Answer {
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const lines = flows.map((flow) => {
    const from = name(flow.from);
    const to = name(flow.to);
    const step = flowStep(knowledge, language, flow);
    if (language === "ko") {
      const subject = withParticle(from, "이", "가");
      return flow.purchase
        ? `${step}. ${subject} 구매자(고객)로서 내는 비용이고, 판매자(공급자)인 ${to}에게는 매출이에요.`
        : `${step}. ${subject} 투자자로서 ${to}에 넣는 돈이고, ${to}에게는 매출이 아니라 투자받은 돈(투자금)이에요.`;
    }
    return flow.purchase
      ? `${step}. ${from} is the buyer (the customer): a cost for it, and revenue for ${to}, the seller (the supplier).`
      : `${step}. ${from} is the investor: for ${to} it is investment money, not revenue.`;
  });
  const also = besides.map((fact) => fact.statement[language]);
  return flowsAnswer(knowledge, language, flows, [...lines, ...also].join(" "));
}
