/**
 * A figure claimed as the price of a sale when its flow is an investment ("Nvidia sells Anthropic
 * $10B worth of chips, that's the $10B?", "엔비디아가 앤트로픽에 100억 달러어치 칩을 판 거지?"):
 * the figure is right, the kind of money is not. A sale word (sell, buy, purchase, 판매, 구매, 어치)
 * in the same clause as an amount, and no investment word there, claims a sale; every figure the
 * verdict holds must be of a flow that is no purchase (an equity investment). The flows say which
 * money is a purchase, nothing of one story.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";

/** A cheap first test: a word of selling or buying anywhere. */
const SALE_WORD =
  /\b(?:sell|sells|selling|sold|buy|buys|buying|bought|purchas\w*|sales?)\b|worth of|팔|판매|구매|구입|어치|사는|샀/u;
/** An amount of money: digits or a numeral with a scale or a currency. */
const AMOUNT =
  /\$\s?\d|\d(?:[.,]\d+)?\s?(?:b|bn|bil\w*|billion|b usd)\b|\b(?:ten|five|fifteen|thirty)\s(?:b|bn|bil\w*|billion)\b|\d\s?억|억\s?(?:달러|불)|\d\s?조/u;
/** Words of an investment or a stake: the clause says the money is what it is. */
const STAKE_WORD =
  /\b(?:invest\w*|stakes?|equity|shares?|fund\w*|back\w*|bets?|put\w*\s+in(?:to)?)\b|투자|지분|출자|넣/u;
/** The clauses of a claim: commas, semicolons, full stops and question marks cut it. */
const CLAUSE_BREAK = /[,;.?!？。]|\s(?:and|but|while|whereas)\s|그리고|하지만/u;

/** Whether a clause of the text names a sale of an amount, with no word of an investment. */
export function claimsSaleOfAmount(text: string): boolean {
  if (!SALE_WORD.test(text)) return false;
  return text
    .split(CLAUSE_BREAK)
    .some((clause) => SALE_WORD.test(clause) && AMOUNT.test(clause) && !STAKE_WORD.test(clause));
}

/**
 * Whether every figure the claim matched is of a flow that is no purchase, so that a sale
 * claimed of it is another kind of money.
 */
export function saleClaimedOfStake(
  knowledge: Knowledge,
  text: string,
  facts: readonly Fact[],
): boolean {
  const figured = facts.filter((fact) => fact.figure !== undefined && fact.kind !== "correction");
  if (figured.length === 0 || !claimsSaleOfAmount(text)) return false;
  const { flows } = knowledge.flows;
  return figured.every((fact) => {
    const own = flows.filter((flow) => flow.fact === fact.id);
    // A joint fact (both investments together) has no flow of its own: the flows of its subjects.
    const joint =
      own.length > 0
        ? own
        : flows.filter(
            (flow) =>
              fact.subject.includes(flow.from) &&
              fact.object.includes(flow.to) &&
              flow.figure?.unit === fact.figure?.unit,
          );
    return joint.length > 0 && joint.every((flow) => flow.purchase !== true);
  });
}
