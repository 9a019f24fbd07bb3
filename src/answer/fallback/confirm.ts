/**
 * Confirmations ("NVIDIA put in 10 billion and Microsoft 5, right?", "엔비디아 15bn 맞지?"): the
 * claimed figures, names and versions are compared with the facts, so the answer can say yes or
 * no first, with the right figure.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import {
  asksToConfirm,
  claimFrameWords,
  claimsEnded,
  isConfirmationTag,
  isOngoingWord,
  PUT_OUT,
  saysGoesOn,
  setAsideAt,
  withoutAddress,
  withoutSetAside,
} from "../../search/confirmation.ts";
import { datesIn } from "../../search/dates.ts";
import { spaceSplitCount } from "../../search/split-count.ts";
import { escapeRegExp } from "../../util/escape-regexp.ts";
import { actorClaimRefuted } from "./claim-actor.ts";
import { checkBound, claimedBound } from "./claim-bound.ts";
import { checkDirection } from "./claim-direction.ts";
import {
  ABOUT_ARTICLE,
  checkFigures,
  partyWithoutFigures,
  readClaims,
  withTotal,
} from "./claim-figures.ts";
import { checkOutsideInstrument } from "./claim-instrument.ts";
import { claimedFigureKind, FIXED_CLAIMED, UP_TO_CLAIMED } from "./claim-kind.ts";
import { makerClaimRefuted } from "./claim-maker.ts";
import { claimedMarks, factText, inFactText, isLightVerb } from "./claim-marks.ts";
import { checkPurchaseDirection } from "./claim-purchase-direction.ts";
import { claimsOtherQuantityKind } from "./claim-quantity-kind.ts";
import { relationWordsHeld } from "./claim-relation-words.ts";
import { renamedTo } from "./claim-rename.ts";
import { roleClaimRefuted } from "./claim-role.ts";
import { saleClaimedOfStake } from "./claim-sale-of-stake.ts";
import { checkSpeaker, saysPassively } from "./claim-speaker.ts";
import { currentNameWrittenAfter } from "./current-name-after.ts";
import {
  claimsCountOnly,
  claimsExclusive,
  claimsOnlyOne,
  isPlace,
  listsBesides,
  listsMoreThanClaimed,
  partiesDenied,
  partyClaimedAlone,
  partyDenied,
  refutesExclusive,
} from "./exclusive.ts";
import { mainParties } from "./main-parties.ts";
import { factOfMakersThing } from "./maker-thing-fact.ts";
import { factHasRelation, involves, isSaying, placeNamed, type QuestionScope } from "./scope.ts";
import { KOREAN_TIME_MODIFIER, usedAsTime } from "./time-reference.ts";

/** "Is A bigger than B?" compares: it is not settled by a fact about both. */
const COMPARISON =
  /\b(?:more|less|bigger|larger|smaller|higher|lower|than|versus|vs)\b|보다|더 (?:많|크|적|작)/u;

/** A claim that the article is wrong ("the $30B line is wrong", "300억은 틀린 거"). */
const CLAIMS_WRONG =
  /\b(?:wrong|incorrect|inaccurate|false|mistaken|a mistake|an error|erroneous|bogus|misleading|overstated|exaggerated|off)\b|틀린|틀렸|틀리|잘못|오류|사실과 다르|사실이 아니|과장|오보/u;

/**
 * Both verdicts offered ("true or false", "right or wrong", "맞는지 틀린지"): the asker claims
 * neither, so its "false" or "wrong" is no claim that the article errs.
 */
const BOTH_VERDICTS =
  /\b(?:true or false|right or wrong|correct or (?:incorrect|wrong|not)|fact or fiction|real or fake|accurate or (?:not|inaccurate))\b|맞(?:는지|나|아|음|니)\s?틀(?:린지|리는지|려|림|리니|렸)|맞(?:아|음)\s?(?:아니|틀)/gu;

/** Whether the claim says the article errs, a verdict offered both ways aside. */
function claimsWrong(body: string): boolean {
  return CLAIMS_WRONG.test(body.replace(BOTH_VERDICTS, " "));
}

/**
 * A claim that what the article says is its own reading, not the record's: "just the article's
 * reading", "interpretation", "not in the announcement", "해석", "공식 발표에는 없는".
 */
const SAYS_ARTICLE_READING =
  /\b(?:reading|interpretation|interprets?|interpreted|spin|framing|editoriali[sz]\w*|unofficial|not official|isn't official)\b|\bnot (?:in|from) the (?:official )?(?:release|announcement|record|sources?)\b|\b(?:release|announcement|record) (?:doesn't|does not|didn't|did not|never) (?:say|mention|state)|해석|주관|(?:공식 ?발표|발표문|보도 ?자료|공식 ?자료)\S*\s?(?:없|안 나|나오지 않|언급(?:이|은)? 없|근거 없)/u;

/** A claim that something did not happen. */
const NEGATED =
  /\b(?:not|never|no longer|cannot)\b|n't\b|(?:^|\s)안 |않|없|못 |불가|아니(?:라(?![\s,])|래|란|랍|다|지|죠|잖)|아닌 ?(?:거|건|게|것)|(?<![거건게것]\s?)(?:아니야|아님|아냐|아니냐|아니에요|아닌가요?)\s*[?!.~]*$/u;

/** "not more than", "no less than": a bound said with its own negation, no denial of the claim. */
const NOT_MORE_THAN = /\b(?:no|not) (?:more|less|fewer|greater|bigger|smaller) than\b/u;

/** Whether a claim denies what it says ("Microsoft doesn't buy NVIDIA systems, right?"). */
export function claimDenies(normalized: string): boolean {
  return NEGATED.test(claimBody(normalized));
}

/**
 * A claim that something did not happen ("Microsoft didn't invest, right?"): what the facts
 * confirm makes it a no; money that goes the other way makes it a yes.
 */
function negate(verdict: ConfirmationVerdict, analysis: Analysis): ConfirmationVerdict {
  if (!NEGATED.test(claimBody(analysis.normalized))) return verdict;
  if (verdict.agrees) return { ...verdict, agrees: false, reversed: false };
  if (verdict.reversed) return { ...verdict, agrees: true, reversed: false };
  return verdict;
}

const LEADING_NEGATIVE_AUXILIARY =
  /^(?:(?:so|but|and|wait|ok|okay|hmm|um|then|hold on|hang on)[,\s]+)*\w+n'?t\b/u;

/** A Korean negative question ending ("-지 않았어?"): a tag, the claim is the verb before it. */
const KOREAN_NEGATIVE_QUESTION =
  /(?<=\p{Script=Hangul})지\s*않(?:았|았었|었|겠)?(?:어|아|나|냐|니|음|을까|던가|는가|은가)?(?:요|습니까)?\s*[?？!.~]*$/u;

/** "not only", "not just", "뿐 아니라", "뿐만 아니라": an addition, not a negation. */
const NOT_ONLY = /\bnot (?:only|just|merely|simply)\b|뿐(?:만)? ?아니라/gu;

/**
 * "…if Anthropic doesn't use all of it", "…안 쓰면", "…쓰지 않으면": a condition the question
 * sets; a negation in it denies nothing the claim says.
 */
const NEGATED_CONDITION =
  /(?:^|[\s,])(?:if|unless|in case|should)\s+[^,;?？]*?(?:\bnot\b|n't\b|\bnever\b)[^,;?？]*|\S+지\s?않(?:으면|는다면|을 경우)|(?:^|\s)(?:안|못)\s\S+(?:으면|면|을 경우)(?!\p{Script=Hangul})/gu;

/** "correct me if I'm wrong", "if I'm not mistaken": the asker's hedge, no negation of the claim. */
const HEDGE =
  /[,—–-]?\s*(?:correct me if i'?m (?:wrong|mistaken)|if i'?m not (?:wrong|mistaken)|unless i'?m (?:wrong|mistaken))\b/gu;

/**
 * The last text claimBody read and what it returned: one check of a claim reads the body of the
 * same question up to twenty times (each check of a claim asks whether it is negated). Keyed by
 * the whole text, which is all it depends on: nothing of one question is kept for another.
 */
let lastClaim: { readonly whole: string; readonly body: string } | undefined;

/** The claim without its tag ("…, isn't it?", "…, no?"), whose negation is not the claim's. */
function claimBody(whole: string): string {
  if (lastClaim?.whole === whole) return lastClaim.body;
  const body = readClaimBody(whole);
  lastClaim = { whole, body };
  return body;
}

function readClaimBody(whole: string): string {
  // "Isn't NVIDIA investing…?", "Didn't Microsoft…?" ask to confirm the claim, not its negation.
  // "…, not the other way around": a contrast, the claim itself is positive.
  // "…하지 않았어?", "…넣지 않았나요?" ask the same way in Korean.
  // "…가는 거 맞지? 반대 아니지?": the claim is the first sentence; what follows is a tag or
  // a contrast.
  // "…, didn't he, everyone?": whom it is asked of closes the tag; the tag is still the tag.
  // (An address the glossary dropped leaves its comma: "…, didn't it, ?".)
  const asked = withoutAddress(whole.replace(/[\s,;]+(?=[?？!.]*\s*$)/u, ""));
  const firstQuestion = /^[^?？]*[?？]/u.exec(asked)?.[0];
  const claim =
    firstQuestion && /\p{L}/u.test(asked.slice(firstQuestion.length)) ? firstQuestion : asked;
  // "not only on Azure but also on AWS", "애저뿐만 아니라": one more, not a denial.
  const text = claim
    .replace(HEDGE, "")
    .replace(NEGATED_CONDITION, "")
    .replace(NOT_ONLY, "")
    .replace(LEADING_NEGATIVE_AUXILIARY, "")
    .replace(KOREAN_NEGATIVE_QUESTION, "")
    .replace(/,\s*(?:and\s+|but\s+)?not\s+[^,]*?(?=,|$)/gu, "")
    // "…paying Microsoft and not the reverse": the other way denied needs no comma before it.
    .replace(
      /\s+(?:and|but)\s+not\s+(?:the\s+)?(?:other way(?: a?round)?|reverse|opposite)\b/gu,
      "",
    );
  const comma = text.lastIndexOf(",");
  if (comma > 0 && spaceSplitCount(text.slice(comma + 1).trim()) <= 3) return text.slice(0, comma);
  // "이제 주요 클라우드 아님?": after a word of change, a noun's 아님 says "not any more", the
  // claim itself; "…거 아님?", "아직도 …아니야?" ask "isn't it?".
  if (NO_LONGER_KO.test(text)) return text;
  return text.replace(
    /\s*(?:isn't it|didn't it|doesn't it|wasn't it|aren't they|no|아니야|아님|아냐|아닌가|아닌감|아니냐|아니에요|아닌가요|아닙니까)\s*[?!.]*$/u,
    "",
  );
}

/** One figure denied to be of the relation asked, which its only fact is not of. */
function otherRelationDenied(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  claims: readonly {
    readonly value: number;
    readonly unit: string;
    readonly entities: readonly string[];
  }[],
): ConfirmationVerdict | undefined {
  const [claim] = claims;
  if (!claim || claims.length !== 1 || scope.relations.length === 0) return undefined;
  // "300억 달러는 투자가 아니라 애저 쓰는 돈": a contrast, the relation's own word denied.
  const concepts = new Set(
    scope.relations.flatMap((relation) => relation.concepts.map((id) => `c:${id}`)),
  );
  const deniedTerms = analysis.terms.filter(
    (term) =>
      term.features.some((feature) => concepts.has(feature)) &&
      deniedWord(analysis.normalized, term.text),
  );
  // "not investment money but an Azure purchase": only the relation whose word is denied.
  const denied = scope.relations.filter((relation) =>
    deniedTerms.some((term) => relation.concepts.some((id) => term.features.includes(`c:${id}`))),
  );
  if (denied.length === 0 && !NEGATED.test(claimBody(analysis.normalized))) return undefined;
  const deniedRelations = denied.length > 0 ? denied : scope.relations;
  const owners = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      fact.figure?.unit === claim.unit &&
      fact.figure.value === claim.value &&
      claim.entities.every((id) => involves(fact, id)),
  );
  const [own] = owners;
  // "엔비디아가 300억 투자한 건 아니지?": the party's own figure of that relation is another.
  const [party] = claim.entities;
  const ofParty =
    party === undefined
      ? undefined
      : knowledge.facts.find(
          (fact) =>
            fact.kind !== "correction" &&
            fact.subject.length === 1 &&
            fact.subject.includes(party) &&
            fact.figure?.unit === claim.unit &&
            fact.figure.value !== claim.value &&
            deniedRelations.some((relation) => relation.id === fact.relation),
        );
  if (!own && party !== undefined) {
    return ofParty ? { agrees: true, facts: [ofParty], reversed: false } : undefined;
  }
  if (!own || owners.length !== 1) return undefined;
  if (deniedRelations.some((relation) => relation.id === own.relation)) return undefined;
  // "Microsoft didn't invest $30 billion in Anthropic, did it?": the figure is another relation's,
  // paid by another party; what the party denied does put in is said after it.
  const paidByOther = ofParty !== undefined && party !== undefined && !own.subject.includes(party);
  const facts = paidByOther ? [own, ofParty] : [own];
  return { agrees: true, facts, reversed: false, relationDenied: true };
}

/**
 * Figures added in the claim: "10b + 5b", "ten plus five", "50억 더하기 100억", "50억이랑 100억
 * 합치면", "5B and 10B together".
 */
const SUMMED =
  /\S\s*\+\s*\S|\bplus\b|\btogether\b|\bcombined\b|\badd(?:ed|s)? up\b|더하기|더하면|더한|합치면|합하면|합쳐서|합쳐|합친|합산/u;

/** The fact whose figure is the sum of the figures claimed (of one unit), put first. */
function withSum(
  knowledge: Knowledge,
  verdict: ConfirmationVerdict,
  claims: readonly { readonly value: number; readonly unit: string }[],
): ConfirmationVerdict {
  const [first] = claims;
  if (!first || claims.length < 2 || claims.some((claim) => claim.unit !== first.unit)) {
    return verdict;
  }
  const sum = claims.reduce((total, claim) => total + claim.value, 0);
  const fact = knowledge.facts.find(
    (candidate) =>
      candidate.kind !== "correction" &&
      candidate.figure?.unit === first.unit &&
      candidate.figure.value === sum &&
      candidate.subject.length > 1,
  );
  if (!fact) return verdict;
  return { ...verdict, facts: [fact, ...verdict.facts.filter((other) => other !== fact)] };
}

/**
 * "no longer", "any more", "더 이상", "이제": the negation that says something ended. Dialects
 * double it: "ain't their main cloud no more" (read as written, so "no more" itself).
 */
const NO_LONGER =
  /\bno longer\b|\bany ?more\b|\bno mo(?:re|')?\b(?! than)|더 ?이상|더는|이제|이젠|인제/u;

/**
 * A claim that denies an ending ("안 빠졌지", "hasn't dropped"), not one of "no longer"; read
 * as written (the glossary rewrites "dumped" as "no longer a partner").
 */
function deniesEnding(raw: string): boolean {
  const lower = raw.toLowerCase();
  const claim = claimBody(lower);
  // "…메인 클라우드 맞쥬? 안 바뀐거쥬?": an ending said only after the first question is denied
  // (or not) where it is said.
  const said = claimsEnded(claim) ? claim : lower.replace(/^[^?？]*[?？]/u, "");
  // "없어졌지?", "사라져서 없음", "필요없다며": the ending verb itself, not its denial.
  const body = said.replace(DISAPPEARED, "");
  return NEGATED.test(body) && !NO_LONGER.test(body);
}

/**
 * Korean "disappear" (없어지다) and "not needed" (필요 없다, "오픈AI는 필요없다고"), which the
 * negation's 없 would otherwise read as a denial: they are the ending itself.
 */
const DISAPPEARED = /없어(?:지|졌|짐|진|질|져)|필요 ?없/gu;

/** A claim that something did not end ("아마존 안 빠졌지?", "hasn't dumped OpenAI"). */
function endingDenied(raw: string): boolean {
  return claimsEnded(claimBody(raw.toLowerCase())) && deniesEnding(raw);
}

/** A noun, then 아님/아니야 after "이제", "더 이상": not any more (a claim, negative). */
const NO_LONGER_KO =
  /(?:이제|이젠|더 ?이상|더는|인제)\s.*(?<![거건게것]\s?)(?:아니야|아님|아냐|아니냐|아니에요|아닌가요?)\s*[?!.~]*$/u;

/** Whether the claim calls the figure a ceiling ("up to", "not fixed", "확정이 아니라"). */
function claimsCeilingIn(text: string): boolean {
  const kind = claimedFigureKind(text);
  if (kind) return kind === "ceiling";
  const body = claimBody(text);
  return UP_TO_CLAIMED.test(text) || !FIXED_CLAIMED.test(body) || NEGATED.test(body);
}

const isCeiling = (fact: Fact) => fact.figure?.qualifiers.includes("up_to") ?? false;

/** A ceiling claimed holds when every figure is one; a set figure claimed, when none is. */
function agreesOnCeiling(facts: readonly Fact[], claimsCeiling: boolean): boolean {
  const ceilings = facts.filter(isCeiling).length;
  return claimsCeiling ? ceilings === facts.length : ceilings === 0;
}

/** The kind of figure claimed, checked against the facts that hold the figure itself. */
function qualifierVerdict(facts: readonly Fact[], text: string): ConfirmationVerdict | undefined {
  const figured = facts.filter((fact) => fact.figure !== undefined);
  if (figured.length === 0) return undefined;
  return {
    agrees: agreesOnCeiling(figured, claimsCeilingIn(text)),
    facts: figured,
    reversed: false,
  };
}

/**
 * A claim about the kind of figure, not its value ("Both investments are 'up to' amounts rather
 * than fixed sums, true?", "투자는 확정액이지?"): checked against the qualifiers of the facts of
 * the relation asked (of the parties named, when any).
 */
function checkQualifier(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  const upTo = UP_TO_CLAIMED.test(text);
  if (!upTo && !FIXED_CLAIMED.test(text)) return undefined;
  // "not fixed", "a ceiling, not a guaranteed sum", "확정액이 아니라": a ceiling in other words.
  const claimsCeiling = claimsCeilingIn(text);
  const relations = new Set(scope.relations.map((relation) => relation.id));
  const named = scope.entities.filter((entity) => !entity.outside).map((entity) => entity.id);
  // No relation asked ("Microsoft's money is capped?"): the named parties' own figures.
  if (relations.size === 0 && named.length === 0) return undefined;
  const facts = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      fact.figure !== undefined &&
      (relations.size === 0
        ? named.every((id) => fact.subject.includes(id))
        : fact.relation !== undefined && relations.has(fact.relation)) &&
      named.every((id) => involves(fact, id)),
  );
  if (facts.length === 0) return undefined;
  const agrees = agreesOnCeiling(facts, claimsCeiling);
  // The fact about most parties says it for all of them ("together … up to $15 billion"); a
  // ceiling claimed of a set figure is shown that figure.
  const [widest] = [...facts].sort((a, b) => b.subject.length - a.subject.length);
  const unbounded = facts.filter((fact) => !isCeiling(fact));
  const own = facts.find((fact) => named.length > 0 && fact.subject.length === named.length);
  const shown = !agrees && claimsCeiling ? unbounded.slice(0, 2) : [own ?? (widest as Fact)];
  return { agrees, facts: shown, reversed: false };
}

/** Whether the claim is that the record (the announcement, the release) says it too. */
function asksWhatRecordSays(text: string): boolean {
  return RECORD_SAYS.test(text);
}

const RECORD_SAYS =
  /\b(?:official|announcement|press release|release|record|primary sources?|blog post)\b[^.?!]*\b(?:say|says|said|state|states|mention|mentions|confirm|confirms|back|backs)\b|\b(?:say|says|state|states|mention|mentions|confirm|confirms)\b[^.?!]*\b(?:official(?:ly)?|announcement|press release|in the release|on the record)\b|(?:공식 ?발표|보도 ?자료|발표문|공식 ?자료|원문 ?발표)\p{Script=Hangul}*\s?(?:도|에도|에서도|에는|에선|엔)?\s?(?:그렇게|그런|같은|똑같이|나와|나오|나온|나옴|나왔|있|써|쓰여|말하|언급|근거|내용)/u;

/** "Is this a good deal?": a judgement, which no fact settles with a yes. */
const JUDGEMENT =
  /\b(?:good|bad|fair|smart|wise|risky|dangerous|worth|overpriced|overvalued|undervalued|mistake|success|failure)\b|좋은|나쁜|괜찮|위험한|잘한|잘못한|성공|실패|거품/u;

/** Whether a normalised question asks to confirm a claim (the language tables are in search/). */
export const isConfirmation = asksToConfirm;

export interface ConfirmationVerdict {
  readonly agrees: boolean;
  /** The facts that settle it, the first one stated in the first sentence. */
  readonly facts: readonly Fact[];
  /** The money goes the other way round from the claim. */
  readonly reversed: boolean;
  /** A fact whose figure the claim gave (NVIDIA's "15bn" is the combined investment). */
  readonly claimedFigureOf?: Fact /** A place claimed that the fact, a list of places, does not name: not covered, not a no. */;
  readonly unlisted?: string;
  /** A date claimed that the facts do not give (the fact settling the rest has no date). */
  readonly unsaidWhen?: boolean;
  /** The claim denies an ending ("hasn't dumped OpenAI") that the fact says did not happen. */
  readonly endingDenied?: boolean;
  /** The claim denies the relation it names ("300억은 투자가 아니라"): its figure's fact is another. */
  readonly relationDenied?: boolean;
}

/** Whether a fact lists two places or more (named things that are not the story's parties). */
function listsPlaces(knowledge: Knowledge, fact: Fact): boolean {
  return fact.object.filter((id) => isPlace(knowledge, id)).length >= 2;
}

/** Exclusivity by its own word ("exclusive", "독점 계약"), not "only" ("the only model on all three"). */
const EXCLUSIVE_WORD = /\bexclusiv\w*|독점 ?(?:계약|파트너|제공|공급|권)/u;

/** "Only on Azure, right?" against a fact that lists Azure among others: a no, with that fact. */
function exclusiveClaimRefuted(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  verdict: ConfirmationVerdict | undefined,
  rankedFacts: readonly Fact[],
  raw: string,
): ConfirmationVerdict | undefined {
  // "오퍼스만": a name the glossary rewrote ("opus") keeps the 만 it was written with.
  const glossed = glossedOnlyWord(raw, analysis.normalized);
  // "not only on Azure", "애저뿐만 아니라": one more, never the only one.
  const text = glossed ? `only ${glossed}` : analysis.normalized.replace(NOT_ONLY, "");
  const countOnly = claimsCountOnly(text);
  if (!claimsExclusive(text) && !claimsOnlyOne(text) && !EXCLUSIVE_WORD.test(text) && !countOnly) {
    return undefined;
  }
  const named = new Set(scope.entities.map((entity) => entity.id));
  // "Is the deal exclusive?", naming no place: a fact that lists places says it is not.
  const exclusiveOfNone =
    EXCLUSIVE_WORD.test(analysis.normalized) &&
    !scope.entities.some((entity) => isPlace(knowledge, entity.id));
  // Every name asked of is in the fact: OpenAI's exclusivity is not Claude's.
  const aboutNamed = (candidate: Fact) =>
    scope.entities.every((entity) => involves(candidate, entity.id));
  const fact = [...(verdict?.facts ?? []), ...rankedFacts.slice(0, 3)].find(
    (candidate) =>
      (!glossed && refutesExclusive(knowledge, candidate, named) && aboutNamed(candidate)) ||
      (exclusiveOfNone &&
        candidate.kind !== "correction" &&
        listsPlaces(knowledge, candidate) &&
        aboutNamed(candidate)) ||
      (candidate.kind !== "correction" &&
        listsBesides(candidate, text, (word) => conceptForms(knowledge, analysis, word))) ||
      // "소네트랑 오퍼스 두 개뿐?": the fact about every name asked lists more.
      (countOnly &&
        candidate.kind !== "correction" &&
        aboutNamed(candidate) &&
        listsMoreThanClaimed(candidate, text)),
  );
  return fact ? { agrees: false, facts: [fact], reversed: false } : undefined;
}

/**
 * The word a Hangul "X만" became when the glossary rewrote it ("오퍼스만" -> "opus"), read by the
 * word's place when the question keeps its number of words.
 */
function glossedOnlyWord(raw: string, normalized: string): string | undefined {
  const written = raw.toLowerCase().trim().split(/\s+/u);
  const words = normalized.trim().split(/\s+/u);
  const at = written.findIndex((word) => KOREAN_ONLY.test(word));
  if (at < 0) return undefined;
  // The words around it as written, the same in both: what is between is what it became
  // ("소네트만" -> "claude sonnet": its last word names it).
  const after = written.length - at - 1;
  const same = (a: readonly string[], b: readonly string[]) => a.every((word, i) => word === b[i]);
  if (
    words.length < at + after + 1 ||
    !same(written.slice(0, at), words) ||
    !same(written.slice(at + 1), words.slice(words.length - after))
  ) {
    return undefined;
  }
  const word = words[words.length - after - 1];
  return word !== undefined && !HANGUL_ANY.test(word) ? word : undefined;
}

const KOREAN_ONLY = /^\p{Script=Hangul}{2,}만[?!.~]*$/u;
const HANGUL_ANY = /\p{Script=Hangul}/u;

/**
 * "Only NVIDIA invested", "엔비디아만 투자한 거지?": another of the story's parties does the same
 * (a fact of the relation asked with another subject): a no, with the fact about both when there
 * is one, else the party's own and the other's.
 */
function aloneClaimRefuted(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  const parties = mainParties(knowledge);
  const named = scope.entities.filter((entity) => !entity.outside && parties.has(entity.id));
  const party = partyClaimedAlone(analysis.normalized, named);
  if (party === undefined) return undefined;
  const claims = (fact: Fact) => fact.kind !== "correction" && fact.subject.length > 0;
  // The relation asked; else that of the party's best fact, with a figure first ("Is NVIDIA the
  // only one?", "Only NVIDIA funds Anthropic").
  const asked = scope.relations.map((relation) => relation.id);
  const best = (withFigure: boolean) =>
    rankedFacts.find(
      (fact) =>
        claims(fact) && fact.subject.includes(party) && (!withFigure || fact.figure !== undefined),
    )?.relation;
  for (const relation of [...asked, best(true), best(false)]) {
    if (relation === undefined) continue;
    const refuted = anotherDoesIt(knowledge, relation, party, parties, claims);
    if (refuted) return { agrees: false, facts: refuted, reversed: false };
  }
  return undefined;
}

/**
 * The facts showing that another of the story's parties holds the relation too (to the same
 * other party): the fact about both when there is one, else the party's own and the other's.
 */
function anotherDoesIt(
  knowledge: Knowledge,
  relation: string,
  party: string,
  parties: ReadonlySet<string>,
  claims: (fact: Fact) => boolean,
): Fact[] | undefined {
  const ofRelation = knowledge.facts.filter((fact) => claims(fact) && fact.relation === relation);
  const own = ofRelation.filter((fact) => fact.subject.includes(party));
  const rival = ofRelation.find(
    (fact) =>
      !fact.subject.includes(party) &&
      fact.subject.some((id) => parties.has(id)) &&
      own.some((mine) => mine.object.some((id) => fact.object.includes(id))),
  );
  if (!rival) return undefined;
  const both = own.find((fact) => fact.subject.some((id) => rival.subject.includes(id)));
  const [mine] = own;
  return both ? [both] : mine ? [mine, rival] : [rival];
}

/** Words for the parties named, taken together: "both", "둘 다", "셋 다", "모두". */
const ALL_OF_THEM =
  /^(?:both|all|each|together|jointly|둘|둘다|셋|셋다|세|두|모두|전부|다|각각|함께|같이|공동|둘이|셋이)$/u;

/** "not the only", "만 … 아니", "뿐만 아니라": the party is claimed not to be alone. */
const NOT_ALONE =
  /\b(?:not|isn't|aren't|wasn't|weren't)\s+(?:the\s+)?(?:only|sole|just|alone)\b|만(?:이|은)?\s?(?:\S+\s){0,2}(?:아니|아닌)|뿐(?:만)?\s?(?:이|은)?\s?(?:아니|아닌)/u;

/** The forms of the concept a question's word names ("오퍼스" -> "opus", "claude opus"…). */
function conceptForms(knowledge: Knowledge, analysis: Analysis, word: string): readonly string[] {
  const term = analysis.terms.find(
    (candidate) => candidate.kind === "concept" && candidate.text.startsWith(word),
  );
  const id = term?.features[0]?.slice(2);
  return knowledge.concepts.find((concept) => concept.id === id)?.forms ?? [];
}

/**
 * Checks a confirmation question against the facts (ranked best first). Undefined when the
 * question claims nothing checkable.
 */
export function checkConfirmation(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  raw: string,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  // "Azure AI Foundry는 옛날 이름이고 지금은 Microsoft Foundry인 거 맞나요?": a name claimed as
  // the old one, against the fact check that says so.
  const renamed =
    checkFormerName(knowledge, analysis, scope) ??
    checkRenamedTo(knowledge, analysis, scope) ??
    checkCurrentName(knowledge, analysis, scope);
  if (renamed) return renamed;
  // "순환 투자 얘기는 나델라가 한 말 맞지?": who said it, against the fact that reports it.
  const speaker = asksWhatRecordSays(analysis.normalized)
    ? undefined
    : checkSpeaker(knowledge, analysis, scope, rankedFacts);
  if (speaker) return speaker;
  // "Vera Rubin is Anthropic's own chip, right?": another party claimed as a thing's maker is a
  // no; "Vera Rubin isn't Microsoft hardware, right?" a yes.
  const maker = makerClaimRefuted(knowledge, analysis, scope, rankedFacts);
  if (maker) {
    return NEGATED.test(claimBody(analysis.normalized)) ? { ...maker, agrees: true } : maker;
  }
  // "NVIDIA isn't the only investor, right?", "엔비디아만 투자한 건 아니지?": the claim is that
  // another does it too, a yes. Read before the claim is checked, which it overrules.
  const alone = aloneClaimRefuted(knowledge, analysis, scope, rankedFacts);
  if (alone) return NOT_ALONE.test(analysis.normalized) ? { ...alone, agrees: true } : alone;
  // "Is Google the main cloud?": a role its one holder has, claimed of another party.
  const role = NEGATED.test(claimBody(analysis.normalized))
    ? undefined
    : roleClaimRefuted(knowledge, analysis, scope);
  if (role) return role;
  const verdict = articleErrorRestated(
    knowledge,
    analysis,
    scope,
    checkClaim(knowledge, analysis, scope, raw, rankedFacts),
  );
  // "Claude is on Azure and AWS but not on Google Cloud, right?": the fact of the others named
  // involves the one denied: a no.
  const named = scope.entities.filter((entity) => !entity.outside);
  // "코파일럿에서 안 빠지지?": what is denied is the ending, not the place; "마소 투자가
  // 아니라": the party's relation, read as such, not the party.
  const denied =
    endingDenied(raw) || verdict?.relationDenied ? [] : partiesDenied(analysis.normalized, named);
  if (denied.length > 0 && denied.length < named.length) {
    const others = named.filter((entity) => !denied.includes(entity.id));
    const fact =
      verdict?.facts.find((candidate) => candidate.kind !== "correction") ??
      rankedFacts.find(
        (candidate) =>
          candidate.kind !== "correction" &&
          others.every((entity) => involves(candidate, entity.id)),
      );
    if (fact && denied.some((id) => involves(fact, id))) {
      return { agrees: false, facts: [fact], reversed: false };
    }
  }
  // "only the initial figure", "only up to 15 billion": "only" limits the figure's kind.
  const exclusive = claimedFigureKind(analysis.normalized)
    ? undefined
    : exclusiveClaimRefuted(knowledge, analysis, scope, verdict, rankedFacts, raw);
  if (exclusive) return exclusive;
  // "이미 예전부터 협력해왔던 거 아냐?", "they've worked together for years": a fact that says
  // it is the first time.
  const first =
    priorClaimRefuted(analysis, scope, verdict, rankedFacts) ??
    firstClaimRefuted(analysis, scope, verdict, rankedFacts);
  if (first) return first;
  // "the 1gw runs on nvidia hopper chips": a product name the facts do not give is a no.
  const name = productNameClaimed(knowledge, analysis);
  if (!verdict) {
    const parties = scope.entities.filter((entity) => !entity.outside);
    const about = (fact: Fact) =>
      fact.kind !== "correction" && parties.every((party) => involves(fact, party.id));
    // "NVIDIA H200 servers": the fact of the relation asked (compute), before NVIDIA's others.
    const best =
      rankedFacts.find(
        (fact) => about(fact) && scope.relations.some((relation) => fact.relation === relation.id),
      ) ??
      (name && factOfMakersThing(knowledge, analysis, scope, name, rankedFacts.filter(about))) ??
      rankedFacts.find(about);
    return name && best && !inFactText(best, name)
      ? { agrees: false, facts: [best], reversed: false }
      : undefined;
  }
  // A refuted claim is re-read only for a model code ("h100"): another word after the maker
  // ("엔비디아 한 푼도") may be no product at all.
  const product = verdict.agrees ? name : modelCodeClaimed(knowledge, analysis);
  if (product && !verdict.facts.some((fact) => inFactText(fact, product))) {
    // "엔비디아 H100으로 돌리는 거 맞지?": the maker's product the facts do give, not the maker's
    // other fact (its investment) the claim was read against.
    const parties = scope.entities.filter((entity) => !entity.outside);
    const thing = factOfMakersThing(
      knowledge,
      analysis,
      scope,
      product,
      rankedFacts.filter(
        (fact) => fact.kind !== "correction" && parties.every((party) => involves(fact, party.id)),
      ),
    );
    if (thing && !verdict.facts.includes(thing)) {
      return { agrees: false, facts: [thing], reversed: false };
    }
    if (verdict.agrees) return { ...verdict, agrees: false };
  }
  // "Microsoft committed 1 GW to NVIDIA, right?": the figure's fact, another party's commitment.
  const actor = actorClaimRefuted(analysis, scope, verdict);
  if (actor) return actor;
  // "The 1 GW is a firm commitment, right?": the fact agrees, but its fact check says the very
  // thing claimed ("firm", "확정") is where the record differs.
  // …unless the verdict already rests on a fact check ("the $30B line is wrong, right?").
  const correction = verdict.facts.some((fact) => fact.kind === "correction")
    ? undefined
    : correctionAgainst(knowledge, verdict.facts, analysis);
  if (!correction) return withCorrectionOfFigure(knowledge, analysis, verdict);
  const negated = NEGATED.test(claimBody(analysis.normalized));
  // "is the one gigawatt figure final?": a no on the figure's kind says the fact check first.
  if (
    !negated &&
    !verdict.reversed &&
    !verdict.unlisted &&
    !verdict.unsaidWhen &&
    verdict.facts.length > 0
  ) {
    return { agrees: false, facts: [correction, ...verdict.facts], reversed: false };
  }
  if (negated && !verdict.agrees && !verdict.reversed) {
    return { agrees: true, facts: [correction], reversed: false };
  }
  return verdict;
}

/** Money said to come from payers the claim leaves unnamed ("from those two", "두 회사가"). */
const FROM_UNNAMED_PAYERS = /\bfrom (?:those|these|the|them|both)\b|두 (?:회사|기업|곳)|둘이/u;

/**
 * "두 회사가 앤트로픽에 300억 달러를 투자했다는 게 사실?": the money read the other way round,
 * but with the very figure, relation and receiver of a claim the piece gets wrong, and the payers
 * left unnamed. The claim is the piece's error restated: its fact check answers it, not the payment
 * that happens to share the figure.
 */
function articleErrorRestated(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  verdict: ConfirmationVerdict | undefined,
): ConfirmationVerdict | undefined {
  if (!verdict?.reversed) return verdict;
  const named = new Set(scope.entities.filter((entity) => !entity.outside).map((e) => e.id));
  const amounts = analysis.terms
    .filter((term) => term.kind === "amount")
    .map((t) => Number(t.text));
  const correction = knowledge.facts.find(
    (fact) =>
      fact.kind === "correction" &&
      fact.figure !== undefined &&
      amounts.includes(fact.figure.value) &&
      // The correction's own relation named, or none of figures and the payers left unnamed
      // ("thirty billion went into Anthropic from those two"): the same claim. "Is the $30B
      // going into Anthropic?" names no payers: the payment, read backwards.
      (scope.relations.some((relation) => relation.id === fact.relation) ||
        (FROM_UNNAMED_PAYERS.test(analysis.normalized) &&
          scope.relations.every(
            (relation) =>
              !knowledge.facts.some(
                (other) => other.figure !== undefined && factHasRelation(other, relation.id),
              ),
          ))) &&
      fact.object.length > 0 &&
      fact.object.every((id) => named.has(id)) &&
      !fact.subject.some((id) => named.has(id)),
  );
  return correction ? { agrees: false, facts: [correction], reversed: false } : verdict;
}

/**
 * A figure doubted with nothing else said ("300억 실화?", "30b legit?", "ngl 30b seems sus"): the
 * asker doubts the figure as they heard it. When a fact check corrects what the piece says of that
 * figure, it comes after the figure's own fact, which confirms it.
 */
function withCorrectionOfFigure(
  knowledge: Knowledge,
  analysis: Analysis,
  verdict: ConfirmationVerdict,
): ConfirmationVerdict {
  if (!verdict.agrees || verdict.reversed) return verdict;
  let amount: Analysis["terms"][number] | undefined;
  for (const term of analysis.terms) {
    if (term.kind === "amount") {
      if (amount) return verdict;
      amount = term;
    } else if (!DOUBT_FEATURES.some((feature) => term.features.includes(feature))) {
      return verdict;
    }
  }
  const value = amount ? Number(amount.text) : Number.NaN;
  if (!Number.isFinite(value)) return verdict;
  const correction = knowledge.facts.find(
    (fact) =>
      fact.kind === "correction" && fact.figure?.value === value && !verdict.facts.includes(fact),
  );
  return correction ? { ...verdict, facts: [...verdict.facts, correction] } : verdict;
}

/**
 * A claim's accuracy ("사실", "true": a doubt tag) and money ("$", "달러": the figure's currency),
 * no word of a claim of their own.
 */
const DOUBT_FEATURES = ["c:accuracy", "c:money"] as const;

/**
 * A refuted claim of one figure, the one a fact check says the article got wrong, denied: "X
 * didn't invest $30B". Not "not A but B" (the figure then is the one affirmed).
 */
function deniesCorrectedFigure(
  verdict: ConfirmationVerdict,
  claims: readonly ClaimedFigure[],
  analysis: Analysis,
): boolean {
  const only = refutedSingleFigure(verdict, claims);
  if (!only) return false;
  const corrected = verdict.facts.some(
    (fact) =>
      fact.kind === "correction" &&
      fact.figure?.value === only.value &&
      fact.figure.unit === only.unit,
  );
  return corrected && deniesFigure(claimBody(analysis.normalized));
}

/**
 * "Microsoft didn't put $10B in, did it?": the one figure claimed, denied, is not the settling
 * fact's (same unit, another value); the denial is true.
 */
function deniesWrongFigure(
  verdict: ConfirmationVerdict,
  claims: readonly ClaimedFigure[],
  analysis: Analysis,
): boolean {
  const only = refutedSingleFigure(verdict, claims);
  const [fact] = verdict.facts;
  const figure = fact?.kind === "correction" ? undefined : fact?.figure;
  if (!only || !figure || figure.unit !== only.unit || figure.value === only.value) return false;
  const body = claimBody(analysis.normalized);
  // "no longer" says a tie ended ("dumped" is read so), not that the figure is denied.
  return !/\bno longer\b/u.test(body) && deniesFigure(body);
}

type ClaimedFigure = { readonly value: number; readonly unit: string };

/** The one figure of a claim the verdict refutes (not reversed), if one figure was claimed. */
function refutedSingleFigure(
  verdict: ConfirmationVerdict,
  claims: readonly ClaimedFigure[],
): ClaimedFigure | undefined {
  if (verdict.agrees || verdict.reversed || claims.length !== 1) return undefined;
  return claims[0];
}

/** A claim body that denies (not "not A but B", not "no more than"). */
function deniesFigure(body: string): boolean {
  return NEGATED.test(body) && !NOT_BUT.test(body) && !NOT_MORE_THAN.test(body);
}

/** "not A but B", "A가 아니라 B": the negation sets one thing aside for another. */
const NOT_BUT = /\bnot\b[^?.!]*\b(?:but|rather)\b|\binstead\b|아니라|대신/u;

/**
 * A word the knowledge does not know between a party and a topic word ("nvidia hopper chips",
 * "엔비디아 호퍼 칩"): the name of one of the party's things, claimed.
 */
function productNameClaimed(knowledge: Knowledge, analysis: Analysis): string | undefined {
  const { terms } = analysis;
  const code = modelCodeClaimed(knowledge, analysis);
  if (code) return code;
  for (let at = 0; at + 1 < terms.length; at++) {
    const [before, word, after] = [terms[at - 1], terms[at], terms[at + 1]];
    if (!word || word.known || word.kind === "amount") continue;
    // "1기가와트에 호퍼 칩이라며?", "추가 컴퓨팅은 호퍼 기반 시스템이지?": a word right before a
    // kind of hardware names one, whoever is named before it.
    const kindAfter = after !== undefined && HARDWARE_KIND.test(after.text);
    if (
      kindAfter &&
      (KOREAN_MODIFIER.test(word.text) || (word.kind !== "hangul" && !before?.entity))
    ) {
      continue;
    }
    if (!kindAfter && !before?.entity) continue;
    // "하드웨어가 엔비디아 호퍼 맞죠?": the name last, after a topic the claim said it is.
    const last = after === undefined || isConfirmationTag(after.text);
    const topicFirst = last && terms.slice(0, Math.max(0, at - 1)).some(isTopicWord);
    if (
      !kindAfter &&
      !topicFirst &&
      (after?.kind !== "concept" || after.entity !== undefined || isConfirmationTag(after.text))
    ) {
      continue;
    }
    // "nvidia literally invested", "엔비디아 진짜 투자함": a word about the verb, not a name.
    if (
      word.kind === "latin" &&
      (FILLER_ADVERB.test(word.text) || /(?:ed|ing)$/u.test(after?.text ?? ""))
    ) {
      continue;
    }
    if (word.kind === "hangul" && VERB_ENDING.test(after?.text ?? "")) continue;
    // "anthropic tunes its models": a word before a determiner is a verb; a name stands right
    // before its noun ("nvidia hopper chips").
    if (word.kind === "latin" && beforeDeterminer(analysis.normalized, word.text)) continue;
    // "앤트로픽 직전 기업가치": a word that says when, not a name.
    if (word.kind === "hangul" && KOREAN_TIME_MODIFIER.test(word.text)) continue;
    // "첫 기술 파트너십", "새 모델": a one-syllable Hangul word is a determiner, not a name.
    if (word.kind === "hangul" && word.text.length < 2) continue;
    // "세군데 클라우드", "three clouds": a count of the things, not one of their names.
    if (COUNT_WORD.test(word.text)) continue;
    return word.text;
  }
  return undefined;
}

/**
 * "nvidia h100 systems", "mi300x": a model code, letters then three digits, read as a number no
 * fact has: the name of a product, claimed.
 */
export function modelCodeClaimed(knowledge: Knowledge, analysis: Analysis): string | undefined {
  const code = MODEL_CODE.exec(analysis.normalized);
  const digits = code?.[1];
  if (
    code &&
    digits &&
    analysis.terms.some((term) => term.kind === "amount" && !term.known && term.text === digits) &&
    // "m365": a number some fact gives as a word of a name ("Microsoft 365").
    !knowledge.facts.some((fact) => fact.statement.en.includes(` ${digits} `))
  ) {
    return code[0];
  }
  return undefined;
}

/** Whether a word of the text is followed by a determiner or a pronoun ("tunes its models"). */
function beforeDeterminer(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at >= 0 && DETERMINER_AFTER.test(text.slice(at + word.length, at + word.length + 8));
}

const DETERMINER_AFTER = /^\s+(?:its|their|the|a|an|his|her|our|some|them|it|each)\b/u;

/** A topic word of the claim with a Korean subject or topic particle ("하드웨어가", "칩은"). */
function isTopicWord(term: Analysis["terms"][number]): boolean {
  return (
    term.kind === "concept" &&
    term.entity === undefined &&
    !isConfirmationTag(term.text) &&
    /\p{Script=Hangul}(?:은|는|이|가)$/u.test(term.text)
  );
}

/** A kind of hardware, as a Korean word starts ("칩이라며", "기반", "시스템이지"). */
const HARDWARE_KIND = /^(?:칩|시스템|하드웨어|반도체|기반|서버|gpu)/u;
/** Korean words that say which or what sort, not a name: "최신 칩", "자체 칩", "다른 칩". */
const KOREAN_MODIFIER =
  /^(?:최신|차세대|신형|구형|고성능|최첨단|첨단|자체|고급|전용|다른|같은|기존|새로운|이번|어떤|무슨)|^(?:그|이|저|그런|이런|저런)$/u;

/** A count: "세군데", "두 곳", "세개", "three", "both" (a native Korean numeral and a counter). */
const COUNT_WORD =
  /^(?:(?:한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|몇)(?:군데|곳|개|가지|대|개사|군|번|차례)\p{Script=Hangul}*|one|two|three|four|five|both|all|every)$/u;

/** A product's model code: "h100", "a100", "gb200", "mi300x" (not "m365", read as a name). */
const MODEL_CODE = /\b[a-z]{1,3}(\d{3})[a-z]?s?\b/u;

/** English words about how, not what: "-ly" adverbs and chat intensifiers. */
const FILLER_ADVERB =
  /(?:ly|ing|ed)$|^(?:just|even|also|already|still|def|lowkey|highkey|kinda|sorta|really|gonna|now|then|too|much|very|so)$/u;

/** A Korean word that ends as a verb ("투자함", "넣었", "쓰는"): the word before says how. */
const VERB_ENDING = /(?:하|했|함|한|해|된|됨|되|됐|했어|했음|한다|했다|었|았|는|음)$/u;

/**
 * The fact check of a confirmed fact (same relation, same subject) that the claim runs into: a
 * word of its own (not its topic's, not a generic fact-check word, not the fact's own) is in
 * the question.
 */
function correctionAgainst(
  knowledge: Knowledge,
  facts: readonly Fact[],
  analysis: Analysis,
): Fact | undefined {
  const generic = genericCorrectionWords(knowledge);
  // "…is up to, not fixed, right?", "확정치가 아니라 최대": a word said only in a contrast is not
  // claimed.
  const text = withoutSetAside(claimBody(analysis.normalized));
  // A word one of the verdict's own facts says ("total", of the sum) runs into no fact check.
  const own = facts.map(factText).join(" ");
  for (const fact of facts) {
    if (fact.kind === "correction") continue;
    const correction = knowledge.facts.find(
      (candidate) =>
        candidate.kind === "correction" &&
        candidate.relation === fact.relation &&
        candidate.subject.some((id) => fact.subject.includes(id)) &&
        correctionWords(candidate, generic).some(
          ({ word, pattern }) =>
            !own.includes(word) && (pattern ? pattern.test(text) : text.includes(word)),
        ),
    );
    if (correction) return correction;
  }
  return undefined;
}

const wordsOfCorrection = new WeakMap<Fact, { word: string; pattern?: RegExp }[]>();

/** A fact check's own words, each with its whole-word pattern (Latin), compiled once. */
function correctionWords(
  correction: Fact,
  generic: ReadonlySet<string>,
): readonly { word: string; pattern?: RegExp }[] {
  let words = wordsOfCorrection.get(correction);
  if (!words) {
    words = correction.keywords
      .map((keyword) => keyword.toLowerCase())
      .filter((word) => !generic.has(word) && !/\d/.test(word) && !isConfirmationTag(word))
      .map((word) =>
        /\p{Script=Hangul}/u.test(word)
          ? { word }
          : {
              word,
              pattern: new RegExp(`\\b${escapeRegExp(word)}\\b`, "u"),
            },
      );
    wordsOfCorrection.set(correction, words);
  }
  return words;
}

/** Keywords shared by several fact checks ("wrong", "정확"): they say "check", not what. */
const genericCorrectionWords = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const counts = new Map<string, number>();
  for (const fact of knowledge.facts) {
    if (fact.kind !== "correction") continue;
    for (const keyword of new Set(fact.keywords.map((word) => word.toLowerCase()))) {
      counts.set(keyword, (counts.get(keyword) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([word]) => word));
});

function checkClaim(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  raw: string,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  const claims = readClaims(knowledge, analysis, scope);
  // "Nadella dumped OpenAI, right?", "아마존 밀려남?": a fact that says it remains is a no.
  const ended =
    claims.length === 0 ? checkEnded(knowledge, analysis, scope, raw, rankedFacts) : undefined;
  // "아마존 안 빠졌지?", "Microsoft hasn't dumped OpenAI, right?": the ending denied is the
  // fact's own "goes on", a yes.
  if (ended && !ended.agrees && deniesEnding(raw)) {
    return { ...ended, agrees: true, endingDenied: true };
  }
  if (ended) return negate(ended, analysis);
  if (claims.length > 0) {
    // "Amazon put another $8B into Anthropic?", "OpenAI also got ten billion from NVIDIA?": a
    // party no figure of the facts involves; the sources do not say, neither yes nor no.
    const unsaid = partyWithoutFigures(knowledge, claims, scope);
    // "1기가와트는 AWS에서 돌아가는 거 맞죠?": a place named where the figure's fact names its own.
    const elsewhere = unsaid ? checkOutsideInstrument(knowledge, analysis, scope) : undefined;
    if (elsewhere) return elsewhere;
    if (unsaid) return { agrees: false, facts: [], reversed: false, unlisted: unsaid };
    // "천억 달러 넘게 투자한 거임?", "more than $100B?": one figure claimed as a bound.
    const bound = claims.length === 1 ? claimedBound(analysis.normalized) : undefined;
    const bounded =
      bound &&
      claims[0] &&
      checkBound(knowledge, claims[0], bound, scope, rankedFacts, analysis.normalized);
    // "Together they didn't put in more than 15 billion, did they?": a bound above, denied, is
    // the claim that the figure stays within it ("안 넘", "not more than" are bounds below already).
    if (
      bounded &&
      bound === "above" &&
      !NOT_MORE_THAN.test(analysis.normalized) &&
      NEGATED.test(claimBody(analysis.normalized))
    ) {
      return { ...bounded, agrees: !bounded.agrees, reversed: false };
    }
    if (bounded) return bounded;
    // "The 30B isn't an investment, right?", "300억은 투자금 아니지?": the figure's own fact is of
    // another relation than the one denied: a yes, with it.
    const deniedKind = otherRelationDenied(knowledge, analysis, scope, claims);
    if (deniedKind) return deniedKind;
    // "5B plus 10B is the total": the figures added are the parts, their sum the total.
    // "5b + 10b = 15b total" states the total itself: checked as the total, as before.
    // "50억 엔비 100억 합쳐서 300억?": a third figure at least the others' sum is a total stated.
    const all = claims.reduce((total, claim) => total + claim.value, 0);
    const largest = Math.max(...claims.map((claim) => claim.value));
    const statesTotal =
      claims.some((claim) => claim.value * 2 === all) || (claims.length >= 3 && largest * 2 >= all);
    const summed = claims.length >= 2 && SUMMED.test(analysis.normalized) && !statesTotal;
    const wantsTotal = analysis.features.has("c:total") && !summed;
    const checked = checkFigures(
      knowledge.facts,
      claims,
      rankedFacts,
      scope,
      wantsTotal,
      analysis.normalized,
      (fact) => relationWordsHeld(knowledge, analysis, scope, fact),
    );
    // "Is Microsoft's $5B a fixed amount?", "최대 50억이라는 건 확정이 아니라는 뜻이야?": a
    // figure whose kind is claimed; the right figure of the wrong kind is still a no.
    const kind = checked?.agrees ? claimedFigureKind(analysis.normalized) : undefined;
    // "엔비디아는 최대 100억이고 확정은 아니지?": the negation is the kind's own, read with it.
    if (checked && kind === "ceiling") {
      return { ...checked, agrees: checked.facts.some(isCeiling) };
    }
    // The figure claimed picks its own facts ("Anthropic is locked into exactly 1 gigawatt": the
    // compute's, not Anthropic's $30 billion); the relation's facts only when none holds one.
    if (checked && kind === "fixed") {
      const qualified =
        qualifierVerdict(checked.facts, analysis.normalized) ??
        checkQualifier(knowledge, analysis, scope);
      if (qualified) return qualified;
    }
    // "is the 1 GW a dollar figure?", "150억 달러가 전력 용량이야?": one figure claimed to be a
    // quantity of another kind than its unit's.
    // The figure must be the fact's own; a kind denied ("1기가와트는 돈 아니지?") is a yes.
    const only = claims.length === 1 ? claims[0] : undefined;
    if (
      checked &&
      only &&
      claimsOtherQuantityKind(analysis.normalized, only.unit) &&
      checked.facts.some(
        (fact) => fact.figure?.value === only.value && fact.figure.unit === only.unit,
      )
    ) {
      return { ...checked, agrees: NEGATED.test(claimBody(analysis.normalized)), reversed: false };
    }
    // "$5bn from MS, $10bn from NVIDIA, total?": the parts checked, and the total asked for.
    // "ten bn + five bn = what they invested": figures added, the fact of their sum first.
    // "1GW는 엔비디아가 투자하는 금액이지?": a capacity claimed as the money of the relation
    // asked, whose figures are all of another unit.
    if (
      checked?.agrees &&
      MONEY_NAMED.test(analysis.normalized) &&
      figureOfOtherUnit(knowledge, scope, claims)
    ) {
      return { ...checked, agrees: NEGATED.test(claimBody(analysis.normalized)) };
    }
    // "Wasn't it fifteen billion from each of them?": the figure is their total, not each one's.
    // "Anthropic pays NVIDIA for the 1 GW": the capacity runs on the one named, but no money
    // goes to it; a no, with the fact and what the payer does pay.
    const unpaid = checked?.agrees ? unpaidCapacity(knowledge, claims, analysis) : undefined;
    if (checked && unpaid) {
      return negate(
        { agrees: false, facts: [...checked.facts, ...unpaid], reversed: false },
        analysis,
      );
    }
    // "NVIDIA buys the 1 GW from Anthropic, right?": the figure holds, the purchase goes the
    // other way round.
    const reversedPurchase = checked?.agrees
      ? checkPurchaseDirection(knowledge, analysis, scope)
      : undefined;
    if (reversedPurchase) return negate(reversedPurchase, analysis);
    const eachOfTotal = checked && eachClaimedOfJoint(knowledge, checked, analysis.normalized);
    if (eachOfTotal) return eachOfTotal;
    const verdict =
      checked && wantsTotal
        ? withTotal(knowledge, checked, claims)
        : checked && summed
          ? withSum(knowledge, checked, claims)
          : checked;
    // "The article's '$30B investment' line is wrong, isn't it?": the claim is the article's
    // error; a fact check of that figure makes it a yes, a right figure a no.
    if (
      verdict &&
      ABOUT_ARTICLE.test(analysis.normalized) &&
      claimsWrong(claimBody(analysis.normalized))
    ) {
      return { ...verdict, agrees: !verdict.agrees, reversed: false };
    }
    // "The full 1 GW is online by end of 2026, right?": the figure holds, but the claim puts it
    // at a time no fact names; the sources do not say when, neither yes nor no.
    if (verdict?.agrees && claimsUnsaidTime(knowledge, raw, analysis, scope)) {
      return { agrees: false, facts: verdict.facts, reversed: false, unsaidWhen: true };
    }
    // "…in the official press release?": the fact says its source does not give the figure.
    if (verdict?.agrees && verdict.facts.some((fact) => deniesConcept(knowledge, fact, analysis))) {
      return { ...verdict, agrees: false };
    }
    // "The $30B on Azure is an equity stake Microsoft took": the figure is another kind of money.
    if (verdict?.agrees && otherKindOfMoney(knowledge, analysis, scope, verdict.facts)) {
      return negate({ ...verdict, agrees: false }, analysis);
    }
    // "Nvidia sells Anthropic $10B worth of chips, that's the $10B?": an investment's figure
    // claimed as the price of a sale.
    if (verdict?.agrees && saleClaimedOfStake(knowledge, analysis.normalized, verdict.facts)) {
      return negate({ ...verdict, agrees: false }, analysis);
    }
    // "NVIDIA didn't put $30 billion into Anthropic, right?": the one figure claimed is the
    // article's wrong one, which its fact check corrects; denied, the claim is a yes.
    // Not "it's not Nvidia that gets the $30B": a party denied, not the figure.
    if (
      verdict &&
      (deniesCorrectedFigure(verdict, claims, analysis) ||
        deniesWrongFigure(verdict, claims, analysis)) &&
      !scope.entities.some((entity) => partyDenied(analysis.normalized, entity))
    ) {
      return { ...verdict, agrees: true, reversed: false };
    }
    return verdict && negate(verdict, analysis);
  }
  // "Both investments are 'up to' amounts, true?", "투자는 확정액이지?": the figures' qualifier.
  const qualified = checkQualifier(knowledge, analysis, scope);
  if (qualified) return qualified;
  // "The article says X. Does the official announcement say that too?": where the best fact is
  // a fact check, the record differs from the article: a no, with the fact check.
  const [top] = rankedFacts;
  if (
    top?.kind === "correction" &&
    asksWhatRecordSays(analysis.normalized) &&
    scope.entities.every((entity) => !entity.outside && involves(top, entity.id))
  ) {
    // "the announcement doesn't say that, right?": the record differs, as claimed.
    const agrees = SAYS_ARTICLE_READING.test(claimBody(analysis.normalized));
    return { agrees, facts: [top], reversed: false };
  }
  // "Is A bigger than B?" compares; it is not a claim of who pays whom.
  const direction = COMPARISON.test(analysis.normalized)
    ? undefined
    : (checkDirection(knowledge, analysis, scope) ??
      checkPurchaseDirection(knowledge, analysis, scope));
  // Money between two parties that no single flow settles: the flows both ways answer it.
  if (direction === "undecided") return undefined;
  if (direction) {
    // "Foundry customers get Opus 4.5, right?": the way is right, a version or a date claimed is
    // not in the fact.
    const [fact] = direction.facts;
    // "…won't get Opus 4.5, right?" denies the version the fact lacks: a yes.
    if (direction.agrees && fact && missesMark(knowledge, raw, analysis, scope, fact)) {
      const agrees = NEGATED.test(claimBody(analysis.normalized));
      return { ...direction, agrees, reversed: false };
    }
    return negate(direction, analysis);
  }
  // "Microsoft's money is conditional on Azure, right?": a relation only a fact check speaks
  // of is one where the claim repeats what the record corrects.
  const corrected = onlyCorrected(knowledge, scope, rankedFacts);
  // "…are just the article's reading, right?", "공식 발표에는 없는 거지?": the claim is the fact
  // check's own, a yes.
  if (corrected) {
    const body = claimBody(analysis.normalized);
    const restates = SAYS_ARTICLE_READING.test(body) || claimsWrong(body);
    return { agrees: restates, facts: [corrected], reversed: false };
  }
  // "Is Google Anthropic's main cloud now?": the relation's fact names another subject.
  // "…Vera Rubin이 언급된 것이 맞지요?": a saying in the passive asks whether it was said, not
  // whose saying it is; another speaker's fact settles nothing.
  const passiveSaying = scope.relations.some(isSaying) && saysPassively(analysis.normalized);
  const otherSubject = anotherSubject(
    knowledge,
    passiveSaying
      ? { ...scope, relations: scope.relations.filter((relation) => !isSaying(relation)) }
      : scope,
    rankedFacts,
  );
  if (otherSubject) return { agrees: false, facts: [otherSubject], reversed: false };
  const [best] = rankedFacts.filter((fact) => fact.kind !== "correction");
  if (!best) return undefined;
  // "NVIDIA doesn't actually invest anything, right?": the party's own fact of that relation.
  const [party] = scope.entities.filter((entity) => !entity.outside);
  if (party && scope.relations.length > 0 && NEGATED.test(claimBody(analysis.normalized))) {
    const named = scope.entities.filter((entity) => !entity.outside);
    const denied =
      rankedFacts.find(
        (fact) =>
          fact.kind !== "correction" &&
          fact.subject.includes(party.id) &&
          scope.relations.some((relation) => fact.relation === relation.id),
      ) ??
      // "깃허브 코파일럿에서 클로드 못 쓰게 되는 거?": the fact about all the parties named.
      rankedFacts.find(
        (fact) =>
          fact.kind !== "correction" &&
          named.every((entity) => involves(fact, entity.id)) &&
          // Two parties named pin the fact down whatever the relation's words.
          (named.length >= 2 ||
            scope.relations.some((relation) => factHasRelation(fact, relation.id))),
      );
    // "Foundry customers won't get Opus 4.5, right?": what is denied (a version, a date) is
    // not what the fact holds: a yes.
    if (denied)
      return {
        agrees: missesMark(knowledge, raw, analysis, scope, denied),
        facts: [denied],
        reversed: false,
      };
  }
  const marks = claimedMarks(raw, analysis, scope, knowledge.concepts);
  if (marks === undefined) {
    // Nothing to compare but the parties: the best fact about all of them confirms it.
    const named = scope.entities.filter((entity) => !entity.outside);
    // …and only when every word of the claim is one the knowledge has ("own" is not), or one
    // the fact itself says ("the only frontier model"). The words that frame the claim ("my
    // friend says", "Is he right?") are not the claim's.
    const frame = claimFrameWords(analysis.normalized);
    // No party named ("Grace Blackwell이랑 Vera Rubin 쓰는 거 맞아?"): the best fact of the
    // relation asked, every topic of the claim held by it; with no relation word either, the
    // best fact of a party (not of the article itself) when it holds a thing the claim names.
    const fact =
      named.length > 0
        ? best
        : (rankedFacts.find(
            (candidate) =>
              candidate.kind !== "correction" &&
              scope.relations.some((relation) => candidate.relation === relation.id),
          ) ??
          (scope.relations.length === 0 &&
          !best.subject.includes("article") &&
          holdsNamedThing(knowledge, best, analysis, frame)
            ? best
            : undefined));
    const confirmed =
      fact !== undefined &&
      !COMPARISON.test(analysis.normalized) &&
      !JUDGEMENT.test(analysis.normalized) &&
      analysis.terms.some((term) => term.entity === undefined && term.kind !== "amount") &&
      analysis.terms.every(
        (term) =>
          term.known ||
          inFactText(fact, term.text) ||
          isConfirmationTag(term.text) ||
          frame.has(term.text) ||
          isLightVerb(term.text) ||
          // "별로 안 중요", "not all that important": how much, said with a negation.
          DEGREE_WORD.test(term.text) ||
          // "둘 다", "both", "all three": the parties named together, which the fact involves.
          (named.length >= 2 && ALL_OF_THEM.test(term.text)) ||
          // "아직도 주요 클라우드야?", "Amazon stays on…" are held by a fact that says it remains.
          ((isOngoingWord(term.text) || saysGoesOn(term.text)) && saysGoesOn(factText(fact))),
      ) &&
      conceptsHeld(knowledge, fact, analysis, scope, frame) &&
      named.every((entity) => involves(fact, entity.id)) &&
      // "Did OpenAI's deal with Microsoft get changed because of this?": a change claimed is
      // held only by a fact that tells of one, not by one that names the same parties.
      (!CHANGE_CLAIMED.test(analysis.normalized) || CHANGE_CLAIMED.test(factText(fact)));
    // "Claude can't be used on Google Cloud, right?": the fact holds what the claim denies.
    return confirmed
      ? negate({ agrees: true, facts: [fact], reversed: false }, analysis)
      : undefined;
  }
  // "9월에 발표됐지?": with no party named, the claim is of the relation it names; the best fact
  // by words alone may share only the month ("2025년 9월" of the valuation).
  const checked =
    scope.entities.some((entity) => !entity.outside) ||
    scope.relations.some((relation) => factHasRelation(best, relation.id))
      ? best
      : (rankedFacts.find(
          (candidate) =>
            candidate.kind !== "correction" &&
            scope.relations.some((relation) => factHasRelation(candidate, relation.id)),
        ) ?? best);
  const text = factText(checked);
  const failed = marks.filter((mark) => !mark(text));
  // "Is Claude available in Slack too?": a place the fact's list of places does not name is
  // one the sources do not speak of (a list of where it is, not of everywhere it is not).
  const [unlisted] = failed;
  if (unlisted?.place && failed.every((mark) => mark.place) && listsPlaces(knowledge, checked)) {
    return { agrees: false, facts: [checked], reversed: false, unlisted: unlisted.place };
  }
  // "The first payment lands in December, right?": a date against a fact that gives none.
  if (unlisted && failed.every((mark) => mark.when) && !givesDate(checked)) {
    return { agrees: false, facts: [checked], reversed: false, unsaidWhen: true };
  }
  // "Foundry customers can't use Opus 4.1, right?" denies what the fact holds: a no;
  // "the deal wasn't announced at Build, right?" denies what it does not: a yes.
  if (NEGATED.test(claimBody(analysis.normalized))) {
    return { agrees: failed.length > 0, facts: [checked], reversed: false };
  }
  return { agrees: failed.length === 0, facts: [checked], reversed: false };
}

/** A change said of something ("got changed", "modified", "renegotiated", "바뀌었", "변경"). */
const CHANGE_CLAIMED =
  /\b(?:chang(?:e|es|ed|ing)|modif(?:y|ies|ied|ying)|alter(?:s|ed|ing)?|renegotiat\w*|revis(?:e|es|ed|ing)|amend\w*|rework\w*|restructur\w*)\b|바뀌|바꾸|바꿨|변경|변했|변하|수정됐|수정되|재협상|개정/u;

/** Verbs of paying: "pays", "payment", "지불", "값을 내", "돈 주는". */
const PAYS =
  /\b(?:pay|pays|paid|paying|payment|payments|bills?|billed|billing)\b|지불|값|대금|(?:돈|요금|비용)\S*\s?(?:내|냈|주|줬|준|줌)/u;

/**
 * A capacity claimed as paid to a party it runs on ("Anthropic pays NVIDIA for the 1 GW",
 * "1기가와트 값을 엔비디아에 내는"): the flow between them is of capacity, not money, and no
 * money goes that way. The payer's own payments, which say where its money goes instead.
 */
function unpaidCapacity(
  knowledge: Knowledge,
  claims: readonly { readonly entities: readonly string[]; readonly unit: string }[],
  analysis: Analysis,
): Fact[] | undefined {
  if (!PAYS.test(analysis.normalized)) return undefined;
  for (const claim of claims) {
    const [payer, ...others] = claim.entities;
    if (claim.unit === "USD" || payer === undefined || others.length === 0) continue;
    const { flows } = knowledge.flows;
    const between = (kind: string) =>
      flows.some((flow) => flow.from === payer && others.includes(flow.to) && flow.kind === kind);
    if (!between("compute") || between("payment")) continue;
    const paid = flows.flatMap((flow) => {
      const fact =
        flow.from === payer && flow.kind === "payment" ? factOfFlow(knowledge, flow) : undefined;
      return fact ? [fact] : [];
    });
    return paid;
  }
  return undefined;
}

/** Words of degree that go with a negation: "별로", "그다지", "딱히", "much", "all that". */
const DEGREE_WORD =
  /^(?:별로|그다지|그리|딱히|전혀|그렇게|그닥|much|very|that|particularly|especially|terribly|really|all)$/u;

/** Words that call a figure money: "investment", "amount", "투자", "금액", "돈". */
const MONEY_NAMED =
  /\b(?:invest\w*|amount|money|dollars?|funding|cash|stake)\b|투자|금액|돈|달러|지분/u;

/**
 * Every figure claimed is a capacity while the relations asked are of money (a gigawatt claimed
 * as an investment, which is in dollars).
 */
function figureOfOtherUnit(
  knowledge: Knowledge,
  scope: QuestionScope,
  claims: readonly { readonly unit: string }[],
): boolean {
  const asked = new Set(scope.relations.map((relation) => relation.id));
  if (asked.size === 0) return false;
  const units = new Set<string>();
  for (const fact of knowledge.facts) {
    if (fact.kind === "correction" || !fact.figure || !asked.has(fact.relation ?? "")) continue;
    units.add(fact.figure.unit);
  }
  // Money asked, a capacity claimed: not the other way ("애저 컴퓨팅에 300억" names compute).
  return (
    units.size === 1 &&
    units.has("USD") &&
    claims.every((claim) => claim.unit !== "USD" && claim.unit !== "percent")
  );
}

/** "each", "apiece", "각각", "씩": a figure claimed of every party alone. */
const EACH_CLAIMED = /\beach\b|\bapiece\b|\bper (?:company|investor)\b|각각|각자|씩/u;

/**
 * A figure claimed of each party that only their joint fact gives ("each put in fifteen billion"
 * with no party named): a no, with each party's own figure.
 */
function eachClaimedOfJoint(
  knowledge: Knowledge,
  verdict: ConfirmationVerdict,
  text: string,
): ConfirmationVerdict | undefined {
  if (!verdict.agrees || !EACH_CLAIMED.test(text)) return undefined;
  const figured = verdict.facts.filter((fact) => fact.figure !== undefined);
  if (figured.length === 0 || figured.some((fact) => fact.subject.length < 2)) return undefined;
  const own = knowledge.facts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      fact.figure !== undefined &&
      fact.subject.length === 1 &&
      figured.some(
        (joint) =>
          joint.relation === fact.relation && joint.subject.includes(fact.subject[0] ?? ""),
      ),
  );
  return { agrees: false, facts: own.length > 0 ? own : figured, reversed: false };
}

/** A version or a name the claim gives (not a place or a date) that the fact does not hold. */
function missesMark(
  knowledge: Knowledge,
  raw: string,
  analysis: Analysis,
  scope: QuestionScope,
  fact: Fact,
): boolean {
  const marks = claimedMarks(raw, analysis, scope, knowledge.concepts);
  if (!marks) return false;
  const text = factText(fact);
  return marks.some((mark) => !mark.place && !mark.when && !mark(text));
}

/**
 * The claim names the money as one relation ("equity stake", "investment", "지분") while every
 * fact holding its figure is of another ("commits-to-spend"): another kind of money. Only for a
 * relation asked that has figures of its own, and a word of it the facts' relations lack.
 */
function otherKindOfMoney(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  facts: readonly Fact[],
): boolean {
  const held = new Set(facts.map((fact) => fact.relation));
  if (facts.length === 0 || facts.some((fact) => fact.figure === undefined)) return false;
  const heldConcepts = new Set(
    knowledge.scope.relations
      .filter((relation) => held.has(relation.id))
      .flatMap((relation) => relation.concepts.map((id) => `c:${id}`)),
  );
  return scope.relations.some((relation) => {
    if (held.has(relation.id)) return false;
    // The relation's first concept names its kind ("spend"); later ones are how it is done
    // ("promise": the investments are committed too).
    const own = relation.concepts
      .slice(0, 1)
      .map((id) => `c:${id}`)
      .filter((id) => !heldConcepts.has(id));
    // …a word the facts do not use themselves ("commitment" is the investment's "committed"),
    // and not one set aside ("not an investment", "투자가 아니라").
    const text = analysis.normalized;
    const said = analysis.terms.some(
      (term) =>
        term.features.some((id) => own.includes(id)) &&
        namesKindOfMoney(knowledge, term) &&
        !facts.some((fact) => inFactText(fact, term.text)) &&
        !deniedWord(text, term.text) &&
        // "투자 후 기업가치", "after the investment": the word says when, not what money.
        !usedAsTime(text, term.text),
    );
    const withFigures = knowledge.facts.some(
      (fact) =>
        fact.kind !== "correction" &&
        fact.relation === relation.id &&
        fact.figure !== undefined &&
        facts.some((claimed) => claimed.figure?.unit === fact.figure?.unit),
    );
    return said && withFigures;
  });
}

/** Verbs of paying in general ("pays", "put in"): they name no kind of money. */
const PAYING_VERB =
  /^(?:pay|pays|paid|paying|payment|payments|spend|spends|spending|spent|put|puts|putting|pour|pours|pouring|poured)$/u;

/**
 * Whether a claim's word names a kind of money ("equity", "stake", "purchase", "지분", "구매"),
 * not paying in general ("pays", "낸다", "넣었"): a Latin word that is no verb of paying, or a
 * Hangul word that opens with a noun form of its concept (two syllables or more, no verb ending).
 */
function namesKindOfMoney(knowledge: Knowledge, term: Analysis["terms"][number]): boolean {
  const id = term.features[0]?.slice(2);
  const forms = knowledge.concepts.find((concept) => concept.id === id)?.forms ?? [];
  // A Latin word as the concept writes it ("equity", "purchase"), not one read by its stem
  // ("back" is not "backing").
  if (!HANGUL_WORD.test(term.text)) {
    return !PAYING_VERB.test(term.text) && forms.some((form) => form.toLowerCase() === term.text);
  }
  return forms.some(
    (form) =>
      form.length >= 2 &&
      HANGUL_WORD.test(form) &&
      !VERB_FORM.test(form) &&
      term.text.startsWith(form),
  );
}

const HANGUL_WORD = /^\p{Script=Hangul}/u;
/** A concept form that is a verb: "낸다", "넣었", "사는", "내냐". */
const VERB_FORM = /(?:다|는|은|었|았|냄|냐|음|어|고|기|겠|을|인|이는)$/u;

/** A claim that a name is the old one ("the old name", "renamed", "옛날 이름", "예전 이름"). */
const CLAIMS_FORMER_NAME =
  /\b(?:old|former|previous|outdated|earlier) name\b|\brenamed\b|\bnow called\b|\bused to be called\b|(?:옛날|예전|이전|옛|과거|구) ?(?:이름|명칭)|이름(?:이|을|은)?\s(?:\S+\s){0,3}\S*(?:바뀌|바뀐|바꾼|바꿨|변경)|개명/u;
/** A fact that says a name is a former one. */
const SAYS_FORMER_NAME = /\bformer name\b|예전 이름|옛 이름|이전 이름/u;

/** The fact check that says which name is a former one, of a thing the claim names. */
function formerNameFact(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): Fact | undefined {
  const named = new Set(scope.entities.map((entity) => entity.id));
  const terms = new Set(analysis.terms.map((term) => term.features[0]?.slice(2)));
  return factsOfFormerNames(knowledge).find((candidate) =>
    candidate.subject.some((id) => named.has(id) || terms.has(id)),
  );
}

/**
 * The facts that say a name is a former one, in the order of the facts: found once per knowledge,
 * since up to three claim checks of one question look for them.
 */
export const factsOfFormerNames = oncePerKnowledge((knowledge): readonly Fact[] =>
  knowledge.facts.filter((candidate) =>
    SAYS_FORMER_NAME.test(`${candidate.statement.en} ${candidate.statement.ko}`),
  ),
);

/**
 * A claim that a name is the product's old one, against the fact (a fact check about a name)
 * that says so, of a thing the claim names: a yes, unless negated.
 */
function checkFormerName(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  if (!CLAIMS_FORMER_NAME.test(analysis.normalized)) return undefined;
  const fact = formerNameFact(knowledge, analysis, scope);
  if (!fact) return undefined;
  // "Foundry is the old name of Copilot": a thing the fact does not speak of.
  const text = `${fact.statement.en} ${fact.statement.ko}`.toLowerCase();
  const others = scope.entities.filter(
    (entity) =>
      entity.id !== "article" &&
      !involves(fact, entity.id) &&
      ![entity.name.en, entity.name.ko].some((name) => text.includes(name.toLowerCase())),
  );
  if (others.length > 0) return undefined;
  return negate({ agrees: true, facts: [fact], reversed: false }, analysis);
}

/**
 * A claim that a name is the current one: "still the official name", "is the name … still
 * current?", "지금 정식 이름", "아직도 그렇게 불려", "그 이름 지금도 그대로 쓰는 거".
 */
const CLAIMS_CURRENT_NAME =
  /\b(?:current|official|proper|correct|present|actual) (?:name|product name|brand)\b|\bname\b[^.?!]*\bstill (?:current|valid|in use|used|up[- ]to[- ]date|correct|accurate|right)\b|\b(?:still|now) (?:called|named|known as|the name)\b|(?:지금|현재|정식|공식|요즘)\s?(?:이름|명칭|제품명)|(?:아직|여전히|지금도|아직도)\s(?:\S+\s){0,2}?(?:이름|명칭|불리|부르|불러)|(?:이름|명칭)[^?.!]*(?:아직|여전히|지금도|아직도|그대로)\s(?:\S+\s){0,2}?(?:쓰|사용)/u;

/** A name said to be still in use ("still", "anymore", "여전히", "아직도", "그대로"). */
const STILL_USED = /\b(?:still|anymore|any more)\b|아직|여전히|지금도|그대로/u;

/**
 * "azure ai foundry가 지금 정식 이름 맞음?": a name claimed as the current one, against the fact
 * check that names the former one (its quote): a no for the former name, a yes for another.
 */
function checkCurrentName(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  if (!CLAIMS_CURRENT_NAME.test(text) || CLAIMS_FORMER_NAME.test(text)) return undefined;
  const fact = formerNameFact(knowledge, analysis, scope);
  if (!fact) return undefined;
  // The former name as written ("Azure AI Foundry") or by its own words' names ("애저 AI
  // 파운드리"): a word of it that is not the thing itself (Azure, not Foundry).
  const quote = fact.quote?.toLowerCase();
  if (!quote) return undefined;
  const formerWords = new Set(quote.split(/\s+/u));
  const formerOwn = knowledge.concepts.filter(
    (concept) =>
      !fact.subject.includes(concept.id) &&
      concept.forms.some((form) => formerWords.has(form.toLowerCase())),
  );
  const formerForms = formerOwn.flatMap((concept) => concept.forms.map((f) => f.toLowerCase()));
  // "'애저 AI 파운드리'가": a quoted name's words, without the quote marks.
  const words = text.split(/[\s,.?!？'"‘’“”「」『』]+/u);
  // "기사엔 Azure AI Foundry라고 돼 있는데 지금 이름은 Microsoft Foundry 맞지?": the name after
  // the ask is the one claimed; the article's, before it, is the premise.
  const current = CLAIMS_CURRENT_NAME.exec(text);
  const after = current ? text.slice(current.index + current[0].length) : "";
  const former = [quote, ...formerForms];
  // "그 파운드리 이름 여전히 그대로 쓰는 거?": a name still used is the article's, unless
  // another is written ("is Microsoft Foundry still the name?").
  const still = STILL_USED.test(text);
  const recordName =
    currentNameWrittenAfter(knowledge, fact, after, former) ??
    (still ? currentNameWrittenAfter(knowledge, fact, text, former) : undefined);
  const claimsFormer =
    recordName !== undefined
      ? !recordName
      : still ||
        text.includes(quote) ||
        words.some((word) => formerForms.some((form) => word === form || word.startsWith(form)));
  const negated = NEGATED.test(claimBody(text));
  return { agrees: claimsFormer === negated, facts: [fact], reversed: false };
}

/**
 * "Azure AI Foundry is now Microsoft Foundry?": the name claimed for the former one today. Also
 * where that name is one the knowledge lacks ("renamed to Azure AI Studio?"), a no.
 */
export function checkRenamedTo(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const fact = formerNameFact(knowledge, analysis, scope);
  const verdict = fact && renamedTo(analysis, fact);
  if (!fact || !verdict) return undefined;
  return negate({ agrees: verdict.agrees, facts: [fact], reversed: false }, analysis);
}

/** A claim that it happened before ("already", "for years", "예전부터", "전에도"). */
const CLAIMS_PRIOR =
  /\b(?:already|for years|long[- ]standing|long[- ]time|previously|before this|again|(?:have|had|has) (?:long )?(?:been )?(?:work|partner|collaborat)\w*)\b|예전부터|전부터|오래전부터|이미|원래부터|전에도|다시/u;
/** A fact that says it is the first time. */
const SAYS_FIRST = /\bfirst\b|처음|첫/u;

/**
 * A claim that something was done before, against the fact of the parties named that says it is
 * the first time: a no, with that fact.
 */
function priorClaimRefuted(
  analysis: Analysis,
  scope: QuestionScope,
  verdict: ConfirmationVerdict | undefined,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  if (!CLAIMS_PRIOR.test(analysis.normalized)) return undefined;
  const parties = scope.entities.filter((entity) => !entity.outside);
  if (parties.length === 0) return undefined;
  const fact = [...(verdict?.facts ?? []), ...rankedFacts.slice(0, 3)].find(
    (candidate) =>
      candidate.kind !== "correction" &&
      parties.every((party) => involves(candidate, party.id)) &&
      SAYS_FIRST.test(`${candidate.statement.en} ${candidate.statement.ko}`),
  );
  return fact ? { agrees: false, facts: [fact], reversed: false } : undefined;
}

/** A claim that something starts now, for the first time ("처음 들어가는", "newly added"). */
const CLAIMS_FIRST =
  /\b(?:for the first time|first time|newly|brand[- ]new|debut\w*|new to|now joins?)\b|처음|최초|새로 ?(?:들어|추가|합류|도입|탑재|제공)|신규 ?(?:도입|추가|탑재|제공)/u;

/**
 * A claim that something starts for the first time, against the fact of the parties named that
 * says it goes on ("Claude stays available across … Copilot"): a no, with that fact (a yes when
 * the claim denies the start).
 */
function firstClaimRefuted(
  analysis: Analysis,
  scope: QuestionScope,
  verdict: ConfirmationVerdict | undefined,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  if (!CLAIMS_FIRST.test(analysis.normalized)) return undefined;
  const parties = scope.entities.filter((entity) => !entity.outside);
  if (parties.length === 0) return undefined;
  const fact = [...(verdict?.facts ?? []), ...rankedFacts.slice(0, 3)].find((candidate) => {
    const written = `${candidate.statement.en.toLowerCase()} ${candidate.statement.ko}`;
    return (
      candidate.kind !== "correction" &&
      parties.every((party) => involves(candidate, party.id)) &&
      saysGoesOn(written) &&
      !SAYS_FIRST.test(written)
    );
  });
  if (!fact) return undefined;
  return { agrees: NEGATED.test(claimBody(analysis.normalized)), facts: [fact], reversed: false };
}

/** "not Microsoft ", "not NVIDIA's ": one word (a party) between "not" and the word denied. */
const NOT_PARTY_BEFORE = /\bnot\s+[\w-]+(?:'s)?\s+$/u;

/** A word said only to be denied: "not an investment", "투자가 아니라". */
function deniedWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  return (
    /\b(?:not|no|never|isn't|aren't|wasn't|rather than|instead of)\s+(?:an?\s+|the\s+|really\s+)?$/u.test(
      text.slice(0, at),
    ) ||
    // "not money it receives as investment": the noun it is said of, a few words on.
    /\b(?:not|isn't|aren't|wasn't|rather than|instead of)\s+(?:an?\s+|the\s+)?(?:money|cash|funds?|a sum|an amount)\s+(?:[\w']+\s+){0,4}$/u.test(
      text.slice(0, at),
    ) ||
    // "투자가 아니라", "투자받는 돈이 아니잖아": the word, or the money it names, denied.
    /^\S*\s?(?:(?:돈|금액|자금|액수)\S*\s)?(?:아니|아닌)/u.test(text.slice(at + word.length)) ||
    // ", not Microsoft investing": a party's word between, in a contrast set aside.
    (NOT_PARTY_BEFORE.test(text.slice(0, at)) && setAsideAt(text, at))
  );
}

/**
 * A claim that something ended ("Microsoft replaced Amazon as the primary cloud", "나델라 오픈AI
 * 손절함?") checked against the fact that says it goes on: the one of the relation asked, or the
 * one that involves the most parties named. Undefined when no such fact speaks of them.
 */
function checkEnded(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  raw: string,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  // The raw text too: slang for an ending ("팽당함") is rewritten before matching; not an ending
  // denied after the tag ("…남는 거 맞죠? Azure로 완전히 옮기는 게 아니라.").
  const rawClaim = raw.toLowerCase().replace(DENIED_AFTER_TAG, "?");
  if (!claimsEnded(claimBody(analysis.normalized)) && !claimsEnded(rawClaim)) {
    return undefined;
  }
  const parties = scope.entities.filter((entity) => !entity.outside).map((entity) => entity.id);
  const relations = new Set(scope.relations.map((relation) => relation.id));
  const candidates = rankedFacts.filter(
    (fact) =>
      fact.kind !== "correction" &&
      saysGoesOn(`${fact.statement.en.toLowerCase()} ${fact.statement.ko}`) &&
      parties.some((party) => involves(fact, party)),
  );
  const count = (fact: Fact) => parties.filter((party) => involves(fact, party)).length;
  // "소네트 4.5는 빠졌다는데", "Haiku 4.5 got pulled from Foundry": a version said to be gone is
  // settled by a fact that lists it (it is there), before one that says something else remains.
  const listing = versionListed(knowledge, analysis, scope, raw, rankedFacts, parties);
  if (listing) return { agrees: false, facts: [listing], reversed: false };
  const [best] = [...candidates].sort(
    (a, b) =>
      Number(relations.has(b.relation ?? "")) - Number(relations.has(a.relation ?? "")) ||
      count(b) - count(a),
  );
  // "Does this knock Google Cloud out for Claude?": the party put out is the one said to be gone;
  // a fact that goes on for another party named (Claude in Copilot) says nothing of it, the fact
  // that holds every party named together does.
  const putOut = partyPutOut(analysis.normalized, scope);
  if (putOut && !(best && involves(best, putOut))) {
    const together = rankedFacts.find(
      (fact) => fact.kind !== "correction" && parties.every((party) => involves(fact, party)),
    );
    if (together) return { agrees: false, facts: [together], reversed: false };
  }
  // "엔비디아는 이제 앤트로픽 투자자 아니게 된 거죠?": no fact that goes on has the relation asked or
  // names every party, but the fact of that relation between every party named holds it: that
  // says no, not another relation that goes on between some of them.
  if (
    parties.length > 1 &&
    (!best ||
      (!relations.has(best.relation ?? "") && !parties.every((party) => involves(best, party))))
  ) {
    const holding = rankedFacts.find(
      (fact) =>
        fact.kind !== "correction" &&
        relations.has(fact.relation ?? "") &&
        parties.every((party) => involves(fact, party)),
    );
    if (holding) return { agrees: false, facts: [holding], reversed: false };
  }
  // "is google out of anthropic now": a fact that goes on between the story's own parties says
  // nothing of another party named beside them when it names none of them and is not of the
  // relation asked ("메인 클라우드 애저로 바꾼 거" is Amazon's primary cloud); the claim is about
  // that one, and a fact that still has it ("all three major clouds: AWS, Google Cloud…") says
  // it did not end.
  const storyParties = new Set(knowledge.manifest.entities.map((entity) => entity.id));
  const others = parties.filter((party) => !storyParties.has(party));
  const aboutOthers =
    !best ||
    (!relations.has(best.relation ?? "") && others.every((party) => !involves(best, party)));
  if (others.length > 0 && aboutOthers) {
    const stillThere = rankedFacts.find(
      (fact) => fact.kind !== "correction" && others.every((party) => involves(fact, party)),
    );
    return stillThere ? { agrees: false, facts: [stillThere], reversed: false } : undefined;
  }
  return best ? { agrees: false, facts: [best], reversed: false } : undefined;
}

/** The party a phrasal verb puts out ("knock Google Cloud out"), by where its name is written. */
function partyPutOut(text: string, scope: QuestionScope): string | undefined {
  const match = PUT_OUT.exec(text);
  const words = match?.[1];
  if (!match || !words) return undefined;
  const start = match.index + match[0].indexOf(words);
  const end = start + words.length;
  return scope.entities.find((entity) => {
    const at = placeNamed(text, entity);
    return at >= start && at < end;
  })?.id;
}

/** A sentence after the tag that denies what it names: "…맞죠? 애저로 옮기는 게 아니라." */
const DENIED_AFTER_TAG = /[?？]\s*[^?？]*(?:게|거|건|것이?)\s?아니(?:라|고|야|에요|죠)?[\s.!~]*$/u;

/** The fact about every party named that holds each version (and name) the claim gives. */
function versionListed(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  raw: string,
  rankedFacts: readonly Fact[],
  parties: readonly string[],
): Fact | undefined {
  if (!VERSION_WRITTEN.test(analysis.normalized)) return undefined;
  const marks = claimedMarks(raw, analysis, scope, knowledge.concepts);
  if (!marks || marks.length === 0 || marks.some((mark) => mark.place || mark.when)) {
    return undefined;
  }
  return rankedFacts.find(
    (fact) =>
      fact.kind !== "correction" &&
      parties.every((party) => involves(fact, party)) &&
      marks.every((mark) => mark(factText(fact))),
  );
}

/** A version number as written ("4.5", "3.7"): the cheap test before the marks are read. */
const VERSION_WRITTEN = /\d\.\d/u;

/** The fact check of the relation asked, when no other fact has that relation. */
function onlyCorrected(
  knowledge: Knowledge,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
): Fact | undefined {
  for (const relation of scope.relations) {
    const facts = knowledge.facts.filter((fact) => factHasRelation(fact, relation.id));
    if (facts.length === 0 || !facts.every((fact) => fact.kind === "correction")) continue;
    // A fact check about the article itself ("who said it") is checked as a property.
    if (facts.some((fact) => fact.subject.includes("article"))) continue;
    const ranked = rankedFacts.find((fact) => facts.includes(fact));
    if (ranked) return ranked;
  }
  return undefined;
}

/**
 * The fact of the relation asked whose subject the claim does not name, while the claim names a
 * party it does not involve ("Google … Anthropic's main cloud": Amazon is): the claim gives the
 * relation to another party.
 */
function anotherSubject(
  knowledge: Knowledge,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
): Fact | undefined {
  const named = scope.entities.filter((entity) => !entity.outside).map((entity) => entity.id);
  if (named.length < 2) return undefined;
  // Only a relation one party holds (one fact, one subject): "the primary cloud" is Amazon's.
  const single = (relation: string) => factsOfRelation(knowledge).get(relation) === 1;
  // A relation asked that a named party holds itself, as its fact's subject or in a further pair
  // ("Amazon … main cloud + partner": Amazon, the primary cloud, is also a partner), is settled
  // for that relation; another subject's fact answers only a relation no named party holds.
  const heldByNamed = (relation: string) =>
    rankedFacts.some(
      (fact) =>
        fact.kind !== "correction" &&
        ((fact.relation === relation && fact.subject.some((id) => named.includes(id))) ||
          fact.also.some(
            (pair) => pair.relation === relation && pair.subject.some((id) => named.includes(id)),
          )),
    );
  return rankedFacts.find(
    (fact) =>
      fact.kind !== "correction" &&
      fact.subject.length === 1 &&
      single(fact.relation ?? "") &&
      scope.relations.some((relation) => fact.relation === relation.id) &&
      fact.subject.every((id) => !named.includes(id)) &&
      named.some((id) => fact.object.includes(id)) &&
      named.some((id) => !involves(fact, id)) &&
      !heldByNamed(fact.relation ?? ""),
  );
}

/**
 * How many facts (corrections aside) each relation has, counted once per knowledge: anotherSubject
 * asks it of every ranked fact, twice.
 */
const factsOfRelation = oncePerKnowledge((knowledge): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  for (const fact of knowledge.facts) {
    const relation = fact.relation;
    if (fact.kind === "correction" || relation === undefined) continue;
    counts.set(relation, (counts.get(relation) ?? 0) + 1);
  }
  return counts;
});

const NEGATION_EN = /\b(?:not|no|never|neither|nor)\b|n't\b/u;

const NEGATION_KO = /없|않|아니|못/u;

/**
 * Whether the fact names one of the claim's concepts only to deny it ("The joint announcement
 * does not give it"): a claim that the figure comes from there is wrong.
 */
function deniesConcept(knowledge: Knowledge, fact: Fact, analysis: Analysis): boolean {
  const ids = new Set(
    analysis.terms.flatMap((term) =>
      term.kind === "concept" && term.entity === undefined ? [term.features[0]?.slice(2)] : [],
    ),
  );
  const sentences = [
    ...fact.statement.en
      .toLowerCase()
      .split(/(?<=[.!?])\s+/u)
      .map((text) => ({ text, ko: false })),
    ...fact.statement.ko.split(/(?<=[.!?다])\s+/u).map((text) => ({ text, ko: true })),
  ];
  return knowledge.concepts.some((concept) => {
    if (!ids.has(concept.id) || concept.intent) return false;
    // "발표 후 기업가치", "after the announcement": the word says when, not where it is given.
    if (
      analysis.terms.some(
        (term) =>
          term.features[0] === `c:${concept.id}` && usedAsTime(analysis.normalized, term.text),
      )
    ) {
      return false;
    }
    return sentences.some(
      ({ text, ko }) =>
        (ko ? NEGATION_KO : NEGATION_EN).test(text) &&
        concept.forms.some((form) =>
          /\p{Script=Hangul}/u.test(form)
            ? ko && text.includes(form)
            : !ko && new RegExp(`\\b${escapeRegExp(form)}\\b`, "u").test(text),
        ),
    );
  });
}

/**
 * A claim about the article itself, where a name is the value claimed, not a party ("the
 * circular-investment quote is from Jensen Huang, isn't it?"): checked against the fact of that
 * relation, fact checks included. Yes when every word of the claim is in the fact.
 */
export function checkArticleProperty(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const naming = checkNaming(knowledge, analysis, scope);
  if (naming) return naming;
  for (const relation of scope.relations) {
    const facts = knowledge.facts.filter((fact) => fact.relation === relation.id);
    const [fact] = [...facts].sort(
      (a, b) => Number(b.kind === "correction") - Number(a.kind === "correction"),
    );
    if (!fact || !facts.every((candidate) => candidate.subject.every((id) => id === "article"))) {
      continue;
    }
    const names = scope.entities.map((entity) => [entity.name.en.toLowerCase(), entity.name.ko]);
    const text = factText(fact);
    // A topic word the fact does not hold ("the worry is monopoly?"): neither a yes nor a no.
    const unheld = analysis.terms.some((term) => {
      if (isConfirmationTag(term.text)) return false;
      const id = term.kind === "concept" && !term.entity ? term.features[0]?.slice(2) : undefined;
      const concept = id ? knowledge.concepts.find((candidate) => candidate.id === id) : undefined;
      return (
        concept !== undefined &&
        !relation.concepts.includes(concept.id) &&
        !scope.entities.some((entity) => entity.id === concept.id) &&
        !concept.forms.some((form) => text.includes(form.toLowerCase()))
      );
    });
    if (unheld) return undefined;
    // A name the fact does not give is a no; other words it does not hold leave it open.
    const namesHeld = names.every((forms) => forms.some((form) => text.includes(form)));
    const wordsHeld = analysis.terms.every(
      (term) =>
        term.kind === "concept" ||
        term.kind === "amount" ||
        isConfirmationTag(term.text) ||
        inFactText(fact, term.text),
    );
    if (namesHeld && !wordsHeld) return undefined;
    const agrees = namesHeld;
    return { agrees, facts: [fact], reversed: false };
  }
  return undefined;
}

/** A claim that someone is named ("Is the expert named?", "실명 나와 있지?", "identified"). */
const CLAIMS_NAMED =
  /\b(?:name|named|names|identified|identifies|identify|by name|real name|on the record)\b|실명|이름(?:이|을|은|도)? ?(?:나와|나오|나온|나옴|밝히|밝혀|밝힌|공개|있|적혀|써)|누군지 (?:나와|나오|밝혀)/u;
/** A claim that someone is not named ("an unnamed expert", "익명", "이름 없는"). */
const CLAIMS_UNNAMED =
  /\b(?:unnamed|anonymous|unidentified|nameless|not named|no name|isn't named|wasn't named|never named)\b|익명|이름 ?없는|무명|실명(?:은|이)? ?(?:안|없|비공개)|이름(?:은|이)? ?(?:안|없|비공개)/u;
/** A fact that says someone is not named. */
const SAYS_UNNAMED = /\b(?:unnamed|anonymous|not named|no named|unidentified)\b|이름 없는|익명/u;

/**
 * "Is the expert named in the article?", "그 전문가 실명 나와 있지?", "The quote is pinned on an
 * unnamed expert, right?": whether someone is named, against a fact about the article that says
 * they are not (and holds the claim's topic). Named is a no, unnamed a yes.
 */
export function checkNaming(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  claimsNamed: RegExp = CLAIMS_NAMED,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  const unnamed = CLAIMS_UNNAMED.test(text);
  if (!unnamed && !claimsNamed.test(text)) return undefined;
  const relations = new Set(scope.relations.map((relation) => relation.id));
  // The fact of the relation asked ("the expert"), or one that speaks of a topic of the claim
  // ("순환 투자 얘기한 사람").
  const topics = analysis.terms.flatMap((term) =>
    term.kind === "concept" && term.entity === undefined && !isConfirmationTag(term.text)
      ? [term.features[0]?.slice(2)]
      : [],
  );
  // "Is Microsoft named as the investor?" is about a party, not who said something.
  const partyNamed = scope.entities.some((entity) => entity.id !== "article");
  const holdsTopic = (fact: Fact) =>
    knowledge.concepts.some(
      (concept) =>
        topics.includes(concept.id) &&
        concept.forms.some(
          (form) => form.length >= 2 && factText(fact).includes(form.toLowerCase()),
        ),
    );
  const fact = knowledge.facts.find(
    (candidate) =>
      candidate.subject.includes("article") &&
      ((candidate.relation !== undefined && relations.has(candidate.relation)) ||
        (!partyNamed && holdsTopic(candidate))) &&
      SAYS_UNNAMED.test(factText(candidate)),
  );
  if (!fact) return undefined;
  // "실명은 안 나오지?", "the expert isn't named, right?": not named, said with a negation.
  const negated = !unnamed && NEGATED.test(claimBody(text));
  return { agrees: unnamed || negated, facts: [fact], reversed: false };
}

/**
 * Every topic the claim names is one the fact speaks of ("use the compute for training" is not
 * settled by "Amazon remains the training partner"): a form of the concept in the fact's text,
 * or a concept of the fact's relation.
 */
function conceptsHeld(
  knowledge: Knowledge,
  fact: Fact,
  analysis: Analysis,
  scope: QuestionScope,
  frame: ReadonlySet<string>,
): boolean {
  const text = factText(fact);
  const relation = scope.relations.find((candidate) => candidate.id === fact.relation);
  return analysis.terms.every((term) => {
    // "…, am I understanding that correctly?": the tag's words are not topics of the claim.
    if (term.kind !== "concept" || term.entity || isConfirmationTag(term.text)) return true;
    if (frame.has(term.text)) return true;
    const id = term.features[0]?.slice(2) ?? "";
    if (scope.entities.some((entity) => entity.id === id) || relation?.concepts.includes(id)) {
      return true;
    }
    const concept = knowledge.concepts.find((candidate) => candidate.id === id);
    return !concept || concept.forms.some((form) => text.includes(form.toLowerCase()));
  });
}

/**
 * Whether the fact's text holds a thing the claim names by a concept of the knowledge (a product,
 * a service), beside the tag and the frame: what a claim naming no party nor relation is about.
 */
function holdsNamedThing(
  knowledge: Knowledge,
  fact: Fact,
  analysis: Analysis,
  frame: ReadonlySet<string>,
): boolean {
  const text = factText(fact);
  return analysis.terms.some((term) => {
    if (term.kind !== "concept" || term.entity || isConfirmationTag(term.text)) return false;
    if (frame.has(term.text)) return false;
    const id = term.features[0]?.slice(2) ?? "";
    const concept = knowledge.concepts.find((candidate) => candidate.id === id);
    return concept?.forms.some((form) => text.includes(form.toLowerCase())) ?? false;
  });
}

/** Whether the claim gives a date or a year that no fact names. */
function claimsUnsaidTime(
  knowledge: Knowledge,
  raw: string,
  analysis: Analysis,
  scope: QuestionScope,
): boolean {
  const whens = claimedMarks(raw, analysis, scope, knowledge.concepts)?.filter((mark) => mark.when);
  if (!whens || whens.length === 0) return false;
  const texts = knowledge.facts.map(factText);
  return whens.some((mark) => !texts.some((text) => mark(text)));
}

/** Whether a fact's statement gives a date or a year. */
function givesDate(fact: Fact): boolean {
  const text = `${fact.statement.en} ${fact.statement.ko}`;
  return datesIn(text.toLowerCase()).length > 0 || /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(text);
}
