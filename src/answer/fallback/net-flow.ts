/**
 * "Which way is the net flow between those two?", "net으로 돈이 어느 쪽으로 더 가?": the money
 * both ways asked as one difference, with no side claimed (a claimed side, "net receiver?", is
 * netSideAsked's). The difference is worked from the flows' dollar figures only; a payment with no
 * figure is left out and said so, and an "up to" on the smaller side makes the difference
 * "at least" (the bigger side firm), an "up to" on the bigger one "up to".
 */
import { formatFigure } from "../../knowledge/figures.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Figure, Language } from "../../knowledge/schema.ts";
import { hasFinalConsonant } from "../../search/korean.ts";
import { dollarsOf, moneySum } from "./shapes.ts";

/**
 * The net asked open: "net flow", "net으로", "on net", "순액", "어느 쪽으로 더 (가|많이)",
 * "which way does more (money) go". Not the claimed sides ("net receiver", "순유입").
 */
const NET_OPEN =
  /\bnet\b(?! (?:receiver|recipient|gainer|inflow|winner|positive|payer|spender|outflow|loser|negative)\b)|\bon balance\b|\bwhich (?:way|direction|side) (?:does |do |is )?(?:more|most)\b|순액|(?:어느|어떤) ?(?:쪽|방향)(?:으로|이)? ?(?:더|많이)/u;

export function asksNetOpen(normalized: string): boolean {
  return NET_OPEN.test(normalized);
}

type Sum = NonNullable<ReturnType<typeof moneySum>>;

/** The difference of two sums, qualified by which side is only an upper bound. */
function difference(bigger: Sum, smaller: Sum, unpriced: boolean): Figure {
  const value = bigger.value - smaller.value;
  const biggerUpTo = bigger.qualifiers.includes("up_to");
  const smallerUpTo = smaller.qualifiers.includes("up_to");
  const qualifiers: Figure["qualifiers"] = biggerUpTo
    ? smallerUpTo
      ? []
      : ["up_to"]
    : smallerUpTo && !unpriced
      ? ["at_least"]
      : [];
  return { value, unit: "USD", qualifiers } as Figure;
}

/** Any payment with no figure between the parties given (all of them one way or the other). */
function unpricedAmong(knowledge: Knowledge, touches: (from: string, to: string) => boolean) {
  return knowledge.flows.flows.some(
    (flow) => flow.kind !== "compute" && !flow.figure && touches(flow.from, flow.to),
  );
}

/**
 * "Net: at least $25 billion more goes from Anthropic to Microsoft ($30 billion against up to
 * $5 billion)." — or "" when either way has no dollar figure.
 */
export function netBetween(knowledge: Knowledge, language: Language, a: string, b: string): string {
  // The money of each way between the two, summed.
  const ab = dollarsOf(knowledge, (from, to) => from === a && to === b);
  const ba = dollarsOf(knowledge, (from, to) => from === b && to === a);
  if (!ab || !ba || ab.value === ba.value) return "";
  const [from, to, bigger, smaller] = ab.value > ba.value ? [a, b, ab, ba] : [b, a, ba, ab];
  const unpriced = unpricedAmong(knowledge, (x, y) => (x === a && y === b) || (x === b && y === a));
  const more = formatFigure(difference(bigger, smaller, unpriced), language);
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const pair = `${formatFigure(bigger, language)}`;
  const against = formatFigure(smaller, language);
  if (language === "ko") {
    const toName = name(to);
    const particle = hasFinalConsonant(toName) ? "으로" : "로";
    return `순액으로는 ${name(from)}에서 ${toName}${particle} ${more}가 더 갑니다(${pair} 대 ${against}${unpriced ? ", 금액 미공개 거래 제외" : ""}). `;
  }
  return `Net: ${more} more goes from ${name(from)} to ${name(to)} (${pair} against ${against}${unpriced ? ", not counting payments with no figure given" : ""}). `;
}

/**
 * "Net: Anthropic takes in up to $15 billion and pays out $30 billion, so at least $15 billion
 * more goes out than comes in." — or "" when either side has no dollar figure.
 */
export function netOfParty(knowledge: Knowledge, language: Language, party: string): string {
  const received = moneySum(knowledge, party, "in");
  const paid = moneySum(knowledge, party, "out");
  if (!received || !paid || received.value === paid.value) return "";
  const out = paid.value > received.value;
  const unpriced = unpricedAmong(knowledge, (x, y) => x === party || y === party);
  const more = formatFigure(
    out ? difference(paid, received, unpriced) : difference(received, paid, unpriced),
    language,
  );
  const name = knowledge.scope.names.get(party)?.[language] ?? party;
  if (language === "ko") {
    const side = out ? "나가는 돈이" : "들어오는 돈이";
    return `순액으로는 ${name}에서 ${side} ${more} 더 많습니다${unpriced ? "(금액 미공개 거래 제외)" : ""}. `;
  }
  const side = out ? "goes out of" : "comes in to";
  return `Net: ${more} more ${side} ${name} than ${out ? "comes in" : "goes out"}${unpriced ? " (not counting payments with no figure given)" : ""}. `;
}

/**
 * The one party whose money in and money out are both among the amounts named ("15bn 받고 30bn
 * 쓰는 거면": Anthropic's sums), or undefined.
 */
export function partyOfSums(
  knowledge: Knowledge,
  amounts: ReadonlySet<string>,
): string | undefined {
  const parties = [...new Set(knowledge.flows.flows.flatMap((flow) => [flow.from, flow.to]))];
  const found = parties.filter((party) => {
    const received = moneySum(knowledge, party, "in");
    const paid = moneySum(knowledge, party, "out");
    return (
      received !== undefined &&
      paid !== undefined &&
      amounts.has(String(received.value)) &&
      amounts.has(String(paid.value))
    );
  });
  return found.length === 1 ? found[0] : undefined;
}
