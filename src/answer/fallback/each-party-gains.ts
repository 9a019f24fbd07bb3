/**
 * "엔비디아랑 MS가 각각 얻는 게 뭐임?", "what do Microsoft and NVIDIA each get?", "마소가 투자하면
 * 마소는 뭘 얻는 거예요?": what each party named gets, asked without a claim. One party alone
 * asked "what does it get" is read as its motive; asked of two at once the question's parties read
 * as a pair (what one pays the other), and after a condition ("A가 B에 투자하면") the condition
 * reads as a claim to confirm. Each party asked is answered on its own, as that party's question.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { withParticle } from "../../search/korean.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { isGiver } from "./gets-besides-money.ts";
import type { QuestionScope } from "./scope.ts";

/**
 * What a party gets, in the normalised question: the glossary reads "뭘 얻는", "what's in it
 * for" as the motive ("노림수"); "get" stays. The cheap test before anything else.
 */
const GAIN = /노림수|얻|\bget(?:s|ting)?\b/u;
/** Asked as a thing, as written ("what", "뭐", "뭘"): "노림수" already is one. */
const WHAT = /\bwhat\b|뭐|뭘|무엇|머가|머임/u;
/** A figure, a stake or the money's terms asked is another reading (what-party-gets.ts, figures). */
const OTHER_READING =
  /\bhow much\b|\bhow many\b|얼마|몇|\bstakes?\b|\bequity\b|\bshares?\b|%|지분|주식|\bmoney ?wise\b|\bfinancial(?:ly)?\b|\bin return\b|\bback for\b|금전적|대가로|\b(?:get|gets|getting) (?:wrong|right|into|rid|to|started|done)\b/u;
/** A condition before the ask: "투자하면", "if Microsoft invests,", "when NVIDIA puts in $10B,". */
const CONDITION =
  /[가-힣](?:면|해서)\s|\b(?:if|when|once|after)\b[^,?]*\b(?:invest|put|pour|fund|back)\w*[^,?]*,/gu;
/** Which of them, or one or the other: a choice asked, not each one's gain. */
const CHOICE = /중에|중 (?:어디|뭐|누가|어느)|\bwhich\b|\bor\b|\bbetter\b/u;

/** Each of the parties asked: "each", "both", "각각", "각자", "둘 다". */
const EACH = /\beach\b|\bboth\b|\brespectively\b|각각|각자|둘 ?다/u;
/** What joins two names asked together: "and", "&", "랑", "하고", "와", "과", a comma. */
const JOIN = /^\S*?(?:\s*(?:,|&|\band\b|\/)\s*|(?:이랑|랑|하고|와|과|,)\s*)$/u;

/** The first two names asked, joined by nothing but a conjunction. */
function joined(normalized: string, at: readonly number[]): boolean {
  const [one, two] = [...at].sort((a, b) => a - b);
  if (one === undefined || two === undefined) return false;
  return JOIN.test(normalized.slice(one, two));
}

/** A Korean particle on a name as read ("마소가", "앤트로픽에"). */
const PARTICLE = /(?:이|가|은|는|도|에|에게|한테|의|랑|와|과)$/u;

/** The parties asked, and whether what each gets is asked in return for the condition's deal. */
export interface PartyGains {
  readonly parties: readonly string[];
  /** After "A가 B에 투자하면": what comes back for the money, not the motive. */
  readonly inReturn: boolean;
}

/** Each party the question asks the gain of, or undefined when it is not of that shape. */
export function eachPartyGains(
  knowledge: Knowledge,
  /** The question as read: its terms name the parties, each where it is written. */
  analysis: Analysis,
  written: string,
  scopeOf: () => QuestionScope,
): PartyGains | undefined {
  const { normalized } = analysis;
  const gain = GAIN.exec(normalized);
  // Advice ("뭐 사는 게 이득임?") and a choice between them are no party's gain.
  if (!gain || analysis.asksForAdvice || CHOICE.test(normalized)) return undefined;
  // Asked twice ("what's in it for A and what's in it for B"): the question's parts.
  if (normalized.indexOf(gain[0], gain.index + gain[0].length) >= 0) return undefined;
  const asWritten = written.toLowerCase();
  if (gain[0] !== "노림수" && !WHAT.test(asWritten)) return undefined;
  if (OTHER_READING.test(asWritten)) return undefined;
  // The gainer is named after the condition, before the ask: Korean and "what does A get" alike.
  let from = 0;
  for (const condition of matchesOf(CONDITION, normalized.slice(0, gain.index))) {
    from = (condition.index ?? 0) + condition[0].length;
  }
  if (scopeOf().entities.some((entity) => entity.outside)) return undefined;
  const gainers: string[] = [];
  const at: number[] = [];
  let subject: string | undefined;
  const after: string[] = [];
  for (const term of analysis.terms) {
    if (term.kind !== "concept") continue;
    const id = term.features[0]?.slice(2) ?? "";
    if (!knowledge.scope.names.has(id) || gainers.includes(id)) continue;
    // A term is read once with its particle ("마소가"): its name again after the condition
    // ("마소가 투자하면 마소는…") is where it gains.
    const name = term.text.replace(PARTICLE, "");
    const first = normalized.indexOf(name);
    const entity = { id, name: { ko: name, en: name }, outside: false, position: first };
    if (first < 0 || isGiver(normalized, entity)) continue;
    subject ??= first < from ? id : undefined;
    const again = normalized.indexOf(name, from);
    if (again >= 0 && again < gain.index) {
      gainers.push(id);
      at.push(again);
    } else if (first > gain.index) after.push(id);
  }
  // "what's in it for Microsoft and NVIDIA?": the parties follow the motive's words.
  if (gainers.length === 0 && from === 0 && gain[0] === "노림수") gainers.push(...after);
  // "MS는 투자해서 뭘 얻나요?", "if Microsoft invests, what does it get?": no party named after
  // the condition; its first party is the one asked.
  if (gainers.length === 0 && from > 0 && subject) gainers.push(subject);
  // Two asked together ("엔비디아랑 MS가", "Microsoft and NVIDIA each"), not one investing in
  // the other ("NVDA 10B INTO ANTHROPIC - WHAT DOES NVDA GET"): joined, or each asked.
  if (gainers.length > 1 && !EACH.test(asWritten) && !joined(normalized, at)) return undefined;
  // One party asked plainly is the motive's reading already; only after a condition is it not.
  if (gainers.length === 0 || (gainers.length === 1 && from === 0)) return undefined;
  return { parties: gainers, inReturn: from > 0 };
}

/**
 * The question of one party's gain, in the asker's language: its motive, or what it receives in
 * return (what-party-gets.ts reads "대가로", "in return").
 */
export function partyGainQuestion(
  knowledge: Knowledge,
  party: string,
  language: Language,
  inReturn: boolean,
): string {
  const names = knowledge.scope.names.get(party);
  const name = names?.[language] ?? party;
  if (language !== "ko") {
    return inReturn
      ? `what does ${name} get in return for its part?`
      : `what does ${name} get out of this deal?`;
  }
  return `${withParticle(name, "은", "는")} ${inReturn ? "그 대가로" : "이번 거래로"} 뭘 얻어?`;
}
