/**
 * "What does Microsoft get out of it money wise?", "what's NVIDIA getting back for its money?",
 * "마소는 지분 말고 뭘 받아?": what one party receives in the deal, asked in money's terms (without
 * them, "what does NVIDIA get out of this?" asks its motive, another reading). The flows say it:
 * the money paid to it (a purchase paid to it, an investment put in it) and what another supplies
 * it. Asked with a giver marked ("from Anthropic", "앤트로픽한테서"), only what that
 * giver gives. With the money set aside ("besides money") only what is not money is left.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import { isGiver, MONEY_SET_ASIDE } from "./gets-besides-money.ts";
import type { QuestionScope } from "./scope.ts";

/**
 * Receiving: "get", "receive", "rake in", "take home" (not "gain": "what does it stand to gain"
 * asks a motive), "얻", "받", "챙기". The cheap test before anything else.
 */
const GETS =
  /\b(?:gets?|getting|got|receiv\w*|obtain\w*|(?:rak(?:e|es|ed|ing)|haul(?:s|ed|ing)?) in|(?:tak(?:e|es|ing)|took) home)\b|얻|받|챙기/u;
/** The same, every one counted. */
const GETS_ALL = new RegExp(GETS.source, "gu");
/**
 * Received from a giver in plain words, no money's terms needed: "get from", "받", with "from",
 * "한테", "에게", "로부터". Not "얻" nor "out of" nor "에서": those gain, and ask a motive.
 */
const RECEIVED_FROM = /^(?!.*(?:얻|\bout of\b)).*(?:\bfrom\b|한테|에게|로부터).*$/su;
/** "from the Anthropic deal" names the deal, not a giver: what it brings asks a motive. */
const FROM_THE_DEAL =
  /\bfrom (?:the |this |that |its )?\S+ (?:deal|partnership|tie-?up|agreement|investment|arrangement|collab\w*|pact|relationship)\b/u;
/** Giving asked beside ("what does it give and get?"): both ways are asked, the flows' reading. */
const GIVING_TOO =
  /\b(?:give|gives|gave|giving|pay|pays|paid|paying|put|puts|invest\w*|spend\w*)\b|주고|주는|준 |내고|내는|넣/u;

function receivedFrom(asWritten: string): boolean {
  return (
    RECEIVED_FROM.test(asWritten) && !FROM_THE_DEAL.test(asWritten) && !GIVING_TOO.test(asWritten)
  );
}

/** What is asked, as the thing itself: "what does", "what's", "뭐", "머", "무엇", "뭘" (not "what day"). */
const WHAT = /\bwhat(?:'s|'re| (?:does|do|did|will|would|is|are|was))\b|뭐|뭘|무엇|머/u;
/**
 * One party alone is asked in money's terms: "money wise", "back for its $5B", "in return",
 * "금전적으로", "대가로", "돈 넣고 뭘 돌려받아". Without them "what does NVIDIA get out of this?" asks its motive.
 */
const MONEY_LENS =
  /\b(?:money|dollar|cash) ?wise\b|\b(?:money|dollar|cash)-wise\b|\bfinancial(?:ly)?\b|\bin return\b|\bin exchange\b|\bback for\b|\bfor (?:its|their|the) (?:\$|\d|money|investment|stake)|금전적|대가로|돈으로|돈 ?측면|돌려받|(?:돈|투자금)\s?(?:을|를)?\s?(?:넣고|주고|대고|내고)\s|투자(?:를)?\s?(?:하고|해서|한 대가)\s/u;
/** A stake set aside: "besides equity", "지분 말고". */
const STAKE_SET_ASIDE =
  /\b(?:besides|apart from|aside from|other than|beyond|except(?: for)?)\s+(?:the\s+|its\s+|an?\s+)?(?:equity|stakes?|shares?)\b|(?:지분|주식)\s?(?:외에|말고|빼고|이외)/u;
/** Its stake is asked, which the knowledge does not size: "what stake does Microsoft get?". */
const STAKE = /\bstakes?\b|\bequity\b|\bshares?\b|\bpercent\w*|%|\bseats?\b|지분|주식|이사회/u;
/** The money named as what is set aside: "besides money", "돈 말고", "besides $$". */
const MONEY = /\bmoney\b|\bcash\b|\$|\bdollars?\b|\bfunds?\b|\bfunding\b|돈|현금|자금|투자금/u;
/** An amount asked is the figure's reading, not this one: "돈 얼마 받고, 뭘 약속했어?". */
const AMOUNT = /\bhow much\b|\bhow many\b|얼마|몇/u;
/** Taken, not received: "what does Microsoft get wrong", "get into", "get rid of". */
const NOT_RECEIVING =
  /\b(?:get|gets|getting|got) (?:wrong|right|into|rid|to|started|done|paid back)\b|받아들|받았다고|받을 수 있/u;

/**
 * The facts that say what the party asked receives, or undefined when the question is not of
 * that shape.
 */
export function whatPartyGets(
  knowledge: Knowledge,
  /** The question as read: the parties' positions are in it. */
  normalized: string,
  /** As written: the glossary may have turned "get out of" into a motive. */
  written: string,
  scopeOf: () => QuestionScope,
): Fact[] | undefined {
  const asWritten = written.toLowerCase();
  // No confirmation guard: "what" asks, even where a tag ("받노?") reads as one.
  if (!GETS.test(asWritten) || !WHAT.test(asWritten)) return undefined;
  if (NOT_RECEIVING.test(asWritten) || AMOUNT.test(asWritten)) return undefined;
  // Two asks of receiving ("what does A get from B and what does B get from A?") are parts.
  if ((asWritten.match(GETS_ALL) ?? []).length > 1) return undefined;
  const setAside = MONEY_SET_ASIDE.test(asWritten);
  const stakeAside = STAKE_SET_ASIDE.test(asWritten);
  if (STAKE.test(asWritten) && !stakeAside) return undefined;
  const lens = stakeAside || MONEY_LENS.test(asWritten);
  const scope = scopeOf();
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const parties = scope.entities.filter((entity) => knowledge.scope.names.has(entity.id));
  if (parties.some((party) => party.id === parties[0]?.id && party !== parties[0])) {
    return undefined;
  }
  const givers = parties.filter((party) => isGiver(normalized, party));
  const receivers = parties.filter((party) => !givers.includes(party));
  const [receiver] = receivers;
  if (receivers.length !== 1 || givers.length > 1 || !receiver) return undefined;
  // Asked in money's terms, the flows answer. So they do with the giver marked ("마소는
  // 앤트한테 뭘 받아?", "what does A get from B?"): what goes the receiver's way leads, not what
  // it gives. One party alone and unlensed asks its motive.
  if (!lens && (givers.length !== 1 || !receivedFrom(asWritten))) return undefined;
  const giver = givers[0]?.id;
  const { flows, supplies } = knowledge.flows;
  const ids = [
    ...flows
      .filter((flow) => flow.to === receiver.id && (giver === undefined || flow.from === giver))
      .map((flow) => flow.fact),
    ...supplies
      .filter(
        (supply) =>
          supply.customer === receiver.id && (giver === undefined || supply.supplier === giver),
      )
      .map((supply) => supply.fact),
  ];
  const moneyOff = setAside && MONEY.test(asWritten);
  const facts = ids
    .map((id) => knowledge.facts.find((fact) => fact.id === id))
    .filter((fact): fact is Fact => fact !== undefined)
    .filter((fact) => !(moneyOff && fact.figure?.unit === "USD"));
  return facts.length > 0 ? facts : undefined;
}
