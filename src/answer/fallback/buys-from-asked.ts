/**
 * Whether one party buys anything from another, asked yes or no ("Is Anthropic buying anything
 * from NVIDIA?", "does microsoft purchase stuff from nvidia?", "앤트로픽이 엔비디아한테서 사는 것도
 * 있어?"): the flows from the buyer to the seller that buy something (compute included) say
 * yes, with what is bought; none says no, with what goes the other way. Read as a whole, the
 * words "buy" and "NVIDIA" find another party's purchase, and a claim's tag finds the investment.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { withParticle } from "../../search/korean.ts";
import { answerHeads, whetherWords } from "../shared/phrases.ts";
import type { Answer } from "../types.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";
import { flowStep, flowsAnswer } from "./shapes.ts";
import { writtenWordAt } from "./word-at.ts";

type Flow = Knowledge["flows"]["flows"][number];

/**
 * "is A buying anything from B", "does A purchase stuff from B", "A buys something from B?", "is A
 * buying from B".
 */
const ENGLISH_ASKED =
  /(?:^|[.!?,:;]\s*)(?:so\s+|and\s+|but\s+|also\s+)?(?:is|are|was|were|does|do|did|will|has|have)\s+(?:\S+\s+){1,3}?(?:(?:also|actually|really|even)\s+)?(?:buy|buying|bought|purchas(?:e|es|ed|ing))\s+(?:(?:anything|something|stuff|any\s+\S+|some\s+\S+)\s+(?:\S+\s+)?)?from\s/u;
/** The same with the object it asks about ("anything", "some chips"): a yes or no asked of one way. */
const ENGLISH_ASKED_WITH_OBJECT =
  /(?:is|are|was|were|does|do|did|will|has|have)\s+(?:\S+\s+){1,3}?(?:(?:also|actually|really|even)\s+)?(?:buy|buying|bought|purchas(?:e|es|ed|ing))\s+(?:anything|something|stuff|any\s+\S+|some\s+\S+)\s+(?:\S+\s+)?from\s/u;
/** "…buying from B or B buying from A": the buyer asked both ways, an either-or. */
const ENGLISH_BOTH_WAYS = /\bfrom\s.*\bor\b.*\bfrom\s/u;
/** "B한테서 사는 것도 있어?", "B에서 구매하는 거 있나요?", "B로부터 뭐 사?" (a yes or no ending). */
const KOREAN_ASKED =
  /(?:한테서|에게서|로부터|에서|한테|에게)\s+(?:(?:뭐|뭔가|무언가|뭘|따로|직접)\s+)?(?:사는|산|사|구매|구입)\S*\s*(?:(?:것|거|게|건)(?:도|이|가)?\s*)?(?:있|하|해|함|했)\S*\s*[?？]*\s*$/u;
/** The seller's Korean particle, or "from" before an English name. */
const SELLER_KO = /(?:한테서|에게서|로부터|에서|한테|에게)$/u;

/** The party at `at` is marked as who sells, in Korean: "엔비디아한테서", "마소에게". */
export function sellerMarkedKo(text: string, at: number): boolean {
  return SELLER_KO.test(writtenWordAt(text, at));
}

/** The party at `at` is marked as who sells, in English: "from NVIDIA", "from the Microsoft". */
export function sellerMarkedEn(text: string, at: number): boolean {
  return /\bfrom\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, at - 9), at));
}

export interface BuysFromAsked {
  readonly buyer: string;
  readonly seller: string;
  /** Asked both ways ("is A buying from B or B buying from A"): which way, not yes or no. */
  readonly eitherWay?: boolean;
}

/** The buyer and the seller asked (see the file comment), or undefined. */
export function asksIfBuysFrom(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: () => QuestionScope,
): BuysFromAsked | undefined {
  const text = analysis.normalized;
  const korean = /\p{Script=Hangul}/u.test(text);
  if (korean ? !KOREAN_ASKED.test(text) : !text.includes("from") || !ENGLISH_ASKED.test(text)) {
    return undefined;
  }
  const read = scope();
  if (read.entities.some((entity) => entity.outside)) return undefined;
  // Parties of the flows only: "did Microsoft buy anything from Amazon?" is another deal.
  const inFlows = (id: string) =>
    knowledge.flows.flows.some((flow) => flow.from === id || flow.to === id);
  const parties = read.entities.filter((entity) => inFlows(entity.id));
  if (parties.length !== read.entities.length) return undefined;
  const [first, second] = parties;
  if (!first || !second || parties.length !== 2 || first.id === second.id) return undefined;
  const sells = (entity: NamedEntity) =>
    korean ? sellerMarkedKo(text, entity.position) : sellerMarkedEn(text, entity.position);
  const eitherWay = !korean && ENGLISH_BOTH_WAYS.test(text);
  // Without an object ("is A buying from B or is B A's customer") one way alone is left to the
  // flow and role rules: it often sits beside another reading of the same pair.
  if (!korean && !eitherWay && !ENGLISH_ASKED_WITH_OBJECT.test(text)) return undefined;
  if (sells(second) && !sells(first)) return { buyer: first.id, seller: second.id, eitherWay };
  if (sells(first) && !sells(second)) return { buyer: second.id, seller: first.id, eitherWay };
  return undefined;
}

/** Yes with what the buyer buys from the seller, or no with what goes the other way. */
export function buysFromAnswer(
  knowledge: Knowledge,
  language: Language,
  { buyer, seller, eitherWay }: BuysFromAsked,
): Answer {
  const all = knowledge.flows.flows;
  const bought = all.filter((flow) => flow.from === buyer && flow.to === seller && flow.purchase);
  const back = all.filter((flow) => flow.from === seller && flow.to === buyer);
  const step = (flow: Flow) => flowStep(knowledge, language, flow);
  // Either way asked: the purchases between the two, whichever way they go, and no verdict.
  const boughtBack = back.filter((flow) => flow.purchase);
  if (eitherWay && bought.length + boughtBack.length > 0) {
    const purchases = [...bought, ...boughtBack];
    return flowsAnswer(knowledge, language, purchases, `${purchases.map(step).join("; ")}.`);
  }
  // "사는 것도 있어?" is answered 네 / 아니요, not 맞아요 (a claim's).
  const words = whetherWords[language];
  if (bought.length > 0) {
    return flowsAnswer(
      knowledge,
      language,
      bought,
      `${words.yes}${words.mark}${bought.map(step).join("; ")}.`,
    );
  }
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const none =
    language === "ko"
      ? `${withParticle(name(buyer), "이", "가")} ${name(seller)}에서 사는 것은 나오지 않아요.`
      : `nothing ${name(buyer)} buys from ${name(seller)} is given.`;
  const other =
    back.length > 0 ? ` ${answerHeads[language].otherWay} ${back.map(step).join("; ")}.` : "";
  return flowsAnswer(knowledge, language, back, `${words.no}${words.mark}${none}${other}`);
}
