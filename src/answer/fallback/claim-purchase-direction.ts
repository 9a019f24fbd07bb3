/**
 * A purchase claimed the wrong way round ("NVIDIA buys the 1 GW of compute from Anthropic,
 * right?", "엔비디아가 앤트로픽한테서 컴퓨팅 사는 거 맞죠?", "Anthropic sells compute to
 * NVIDIA?"): the flows that buy something (compute included, which no payment rule reads) go
 * from the seller claimed to the buyer claimed, and none the way claimed: a no, the other way
 * round. A purchase that goes the way claimed is left to the other rules (they say yes with it).
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Analysis } from "../../search/analyze.ts";
import { sellerMarkedEn, sellerMarkedKo } from "./buys-from-asked.ts";
import type { DirectionVerdict } from "./claim-direction.ts";
import type { NamedEntity, QuestionScope } from "./scope.ts";
import { writtenWordAt } from "./word-at.ts";

/** Words of buying or selling; the cheap first test. */
const TRADE_HINT = /buy|bought|purchas|sell|sold|사는|사요|샀|산다|살 |구매|구입|팔|판매/u;
const SELLS = /\b(?:sell|sells|selling|sold)\b|팔|판매/u;
/** "is bought by", "sold by": the passive turns the roles round; left to other rules. */
const PASSIVE = /\b(?:bought|purchased|sold)\s+(?:\S+\s+){0,3}?by\b/u;
/** The Korean particle of the one who acts ("엔비디아가", "앤트로픽은"). */
const KOREAN_AGENT = /(?:이|가|은|는|께서)$/u;

interface Trade {
  readonly buyer: string;
  readonly seller: string;
}

function readTrade(text: string, first: NamedEntity, second: NamedEntity): Trade | undefined {
  const korean = /\p{Script=Hangul}/u.test(text);
  const sells = SELLS.test(text);
  if (korean) {
    const agentFirst = KOREAN_AGENT.test(writtenWordAt(text, first.position));
    const agentSecond = KOREAN_AGENT.test(writtenWordAt(text, second.position));
    if (agentFirst === agentSecond) return undefined;
    const [agent, other] = agentFirst ? [first, second] : [second, first];
    // The buyer acts; with 팔다 the seller does. The other must be marked as the counterpart.
    const marked = sellerMarkedKo(text, other.position);
    if (!marked) return undefined;
    return sells ? { buyer: other.id, seller: agent.id } : { buyer: agent.id, seller: other.id };
  }
  if (PASSIVE.test(text)) return undefined;
  // "A buys … from B", "A sells … to B": the first named acts.
  if (sells) return { buyer: second.id, seller: first.id };
  return sellerMarkedEn(text, second.position) ? { buyer: first.id, seller: second.id } : undefined;
}

/** A no when only the reverse purchase is in the flows; undefined otherwise. */
export function checkPurchaseDirection(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): DirectionVerdict | undefined {
  const text = analysis.normalized;
  if (!TRADE_HINT.test(text)) return undefined;
  const parties = scope.entities.filter((entity) => !entity.outside);
  const [first, second] = parties;
  if (!first || !second || parties.length !== 2 || first.id === second.id) return undefined;
  const trade = readTrade(text, first, second);
  if (!trade) return undefined;
  const purchases = knowledge.flows.flows.filter((flow) => flow.purchase);
  if (purchases.some((flow) => flow.from === trade.buyer && flow.to === trade.seller)) {
    return undefined;
  }
  const reverse = purchases.find((flow) => flow.from === trade.seller && flow.to === trade.buyer);
  const fact = reverse && factOfFlow(knowledge, reverse);
  return fact ? { agrees: false, facts: [fact], reversed: true } : undefined;
}
