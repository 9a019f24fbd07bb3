/**
 * The deterministic answerer: finds the best facts and the best one or two article sentences,
 * states the facts in the question's language, quotes the article verbatim with its section, and
 * adds the fact sheet's correction where the quoted text is wrong. It abstains when the question
 * is not about the knowledge. Same input, same answer, in well under a millisecond.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import { flowParties } from "../../knowledge/flow-parties.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Flow, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { askPermissionAsRequest } from "../../search/ask-permission.ts";
import { unknownCarrier } from "../../search/asked-word.ts";
import { type Ranked, rescored, sortByScore } from "../../search/bm25.ts";
import { asCleftClaim } from "../../search/cleft-claim.ts";
import {
  asksWhich,
  claimsEnded,
  hasQuestionWord,
  withoutClaimNoun,
} from "../../search/confirmation.ts";
import { joinDetachedParticles } from "../../search/detached-particles.ts";
import { spaceGluedEmoticons } from "../../search/glued-emoticons.ts";
import type { KnowledgeIndex, Passage } from "../../search/knowledge-index.ts";
import { normalizeText } from "../../search/normalize.ts";
import {
  asksWhichParty,
  isSpecificTerm,
  judgeRelevance,
  type Verdict,
} from "../../search/relevance.ts";
import { spaceSplitCount } from "../../search/split-count.ts";
import { asRumourCheck } from "../../search/wire-rumour.ts";
import { escapeRegExp } from "../../util/escape-regexp.ts";
import { flatText } from "../../util/flat-text.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { hasLetterOrDigit } from "../question.ts";
import { type QuotedSentence, sentencesHolding } from "../shared/article-refs.ts";
import {
  type AbstainReason,
  noArticleMetadata,
  notCoveredSentence,
  verdictWords,
  whetherWords,
} from "../shared/phrases.ts";
import type { Answer } from "../types.ts";
import { withoutAnalogy } from "./analogy-frame.ts";
import { forOneAnswer, oncePerAnswer } from "./answer-memo.ts";
import {
  asksArithmetic,
  asksConversion,
  asksConversionAcrossUnits,
  figureArithmetic,
} from "./arithmetic.ts";
import { ARROW, ARROW_FORMS } from "./arrows.ts";
import { asksArticleEnding, endingAnswer } from "./article-ending.ts";
import { asksArticleErrors, errorsBesideOtherAsk } from "./article-errors-asked.ts";
import { articleFigureCorrection, asksArticleFigure } from "./article-figure.ts";
import { asksIfArticleMentions, mentionAnswer, quotedPhraseAnswer } from "./article-mentions.ts";
import {
  asksAboutTheStory,
  asksArticlePublication,
  asksArticleStance,
  asksHowManyErrors,
  asksWhatArticleIsAbout,
  asksWhatArticleOmits,
  omissionsAnswer,
  publicationAnswer,
  speaksOfStance,
  stanceAnswer,
} from "./article-meta.ts";
import { namingAsked } from "./article-naming.ts";
import { asksHowFigureIsQualified, qualifiedFigureAnswer } from "./article-qualifier.ts";
import {
  articleSaysAnswer,
  asksArticleReview,
  flawsInPart,
  reviewAnswer,
} from "./article-review.ts";
import { articleWrongAbout } from "./article-right-about.ts";
import { articleViewOnTopic, asksConclusionOn } from "./article-view-topic.ts";
import { halvesAtAskEnds, LIST_MARK_JOIN } from "./ask-ends.ts";
import { asksAgainForKind } from "./asked-again.ts";
import { factsNamingAskedKind, ownedKindNotCovered } from "./asked-kind.ts";
import { askedLanguage } from "./asked-language.ts";
import { bothWaysDoubted } from "./both-ways-asked.ts";
import { asksIfBuysFrom, buysFromAnswer } from "./buys-from-asked.ts";
import {
  askAfterPremise,
  storyParties,
  storyPartiesNamed,
  withoutCircumstance,
} from "./circumstance.ts";
import { type AddedInvestor, addedInvestorClaimed } from "./claim-added-investor.ts";
import { changeClaimedReversed } from "./claim-change-way.ts";
import { claimChoiceAnswer } from "./claim-choice.ts";
import { writtenAsAgent, writtenAsReceiver, writtenAsRecipient } from "./claim-direction.ts";
import { flowOwnWords, flowThingClaimed } from "./claim-flow-thing.ts";
import { checkOutsideHolder, checkOutsideInstrument } from "./claim-instrument.ts";
import { checkMistakenRelation } from "./claim-mistaken-relation.ts";
import { sumsNamed } from "./claim-named-sums.ts";
import { otherDealClaimed } from "./claim-other-deal.ts";
import { claimClauses, claimsAnswer } from "./claim-parts.ts";
import { checkPathClaim } from "./claim-path.ts";
import { restatedFact } from "./claim-restated.ts";
import { checkSpeaker } from "./claim-speaker.ts";
import { unpricedPaymentClaimed, unpricedSumClaimedGiven } from "./claim-unpriced.ts";
import { checkWrongParty, withoutComparedParty } from "./claim-wrong-party.ts";
import { withoutClosingRemark } from "./closing-remark.ts";
import { withoutClozeInstruction } from "./cloze.ts";
import { compareFigures, payersOfOne, ratioClaimed } from "./compare.ts";
import {
  checkArticleProperty,
  checkConfirmation,
  checkRenamedTo,
  claimDenies,
  modelCodeClaimed,
} from "./confirm.ts";
import { withConversionTopicJoined } from "./conversion-topic.ts";
import { withoutCourtesies } from "./courtesies.ts";
import { asksCustomerRoles, customerRolesAnswer } from "./customer-roles.ts";
import { eachPartyGains, partyGainQuestion } from "./each-party-gains.ts";
import { withoutEmailEnvelope } from "./email-envelope.ts";
import { asEveryAmount } from "./every-amount.ts";
import { withoutExceptedItem } from "./excepted-item.ts";
import { withGivenRateLast } from "./exchange-rate.ts";
import { figureChoiceAnswer } from "./figure-choice.ts";
import { asksFigureCousin } from "./figure-cousin.ts";
import { isFigureOfAFact } from "./figure-key.ts";
import { kindAskedOfFigureBefore } from "./figure-kind-asked.ts";
import { asksForAmount, figureBetweenNotCovered, splitsJointOwner } from "./figure-scope.ts";
import { legsClaimAnswer } from "./flow-legs.ts";
import { formerNameAsked } from "./former-name-asked.ts";
import { fundedCustomerFacts } from "./funded-customer.ts";
import { getsBackFrom } from "./gets-back-from.ts";
import { getsBesidesMoney } from "./gets-besides-money.ts";
import { onlyGuessesValues } from "./guessed-values.ts";
import { leansOnPartBefore, withoutClosingReason } from "./leaning-part.ts";
import { asksIfLent, lentAnswer } from "./lent-asked.ts";
import { asksWhatTheLoopIs } from "./loop-asked.ts";
import { loopTracedAnswer } from "./loop-trace.ts";
import {
  asksOtherNews,
  countClaimed,
  figureInOtherUnit,
  unsupportedMeasure,
} from "./measure-scope.ts";
import { minorPairSum } from "./minor-pair-sum.ts";
import { asksMoneyRole, moneyRoleAnswer } from "./money-role.ts";
import { asksPlaceOfWhere, givesExamples } from "./narrower-part.ts";
import { withoutNegatedGuess } from "./negated-guess.ts";
import { asksNetOpen, netBetween, netOfParty, partyOfSums } from "./net-flow.ts";
import { nextLegAnswer, nextLegAsked } from "./next-leg.ts";
import { waysBackAsked } from "./opposite-of-known.ts";
import { otherPairDealCompared } from "./other-pair-deal.ts";
import { otherPartiesNotCovered } from "./other-parties.ts";
import { withoutOtherSide } from "./other-side-tail.ts";
import {
  asksByItself,
  claimThenRequest,
  HOW_MUCH,
  halvesAtJoins,
  isTopicLead,
  withAmountRequestsJoined,
  withoutContext,
  withoutIfSoAmount,
  withoutTopicLead,
} from "./part-filters.ts";
import { asksWhichParties } from "./parties-asked.ts";
import { askedOfNamedParty } from "./party-swap.ts";
import { withoutPastedLinks } from "./pasted-link.ts";
import { purchaseAskedWhy } from "./payment-reason.ts";
import { paymentBetweenNotCovered } from "./payment-scope.ts";
import { withoutPersistenceTag } from "./persistence-tag.ts";
import {
  askingPart,
  asksSummaryOfPieceForSomeone,
  type Core,
  isRemark,
  storyAsContext,
  withoutAfterword,
  withoutAsideAfterConfirmation,
  withoutOpenAlternative,
  withoutPreamble,
  withoutRequestWrapper,
  withoutTellersClause,
  withoutUnknownAsides,
  withoutUnknownChoice,
} from "./preamble.ts";
import { statesPremise } from "./premise-part.ts";
import { withoutPromptScaffold } from "./prompt-scaffold.ts";
import { putsIntoUnknownThing } from "./put-into-unknown.ts";
import {
  asksAttributeOfItsOwn,
  isListOfAsks,
  isMarkedList,
  isParty,
  isTypoOfKnownWord,
  questionParts,
  shapeIsOnePartOf,
  shapeSpansParts,
  shapeThenRest,
  withoutAttributeWord,
} from "./question-parts.ts";
import {
  askedWithMark,
  asksAboutArticleMetadata,
  asksBothSides,
  asksGivesAndGets,
  asksMoneyDirection,
  asksMoneyLaidOut,
  asksMoneyOrder,
  asksOtherWayToo,
  asksToCompare,
  asksWhereMoneyEndsUp,
  asksWhetherArticleIsRight,
  asksWhetherOnePays,
  holdsArticleAgainstRecord,
  LOOP_NAMED,
  moneySideAsked,
  namesArticleAsNoun,
  netSideAsked,
} from "./question-shape.ts";
import { withoutQuoteFrame } from "./quote-frame.ts";
import { quotedPeopleAnswer } from "./quoted-people.ts";
import { withoutReactionTail } from "./reaction-tail.ts";
import { withoutReadingRemark } from "./reading-remark.ts";
import { askInReasonClause } from "./reason-clause-ask.ts";
import {
  addsNoAskOfItsOwn,
  askersNoteParts,
  choiceGuessParts,
  guessingParts,
  restatingParts,
} from "./restating-half.ts";
import { withoutRoleAndFormat } from "./role-and-format.ts";
import { saidAfterWho } from "./said-after-who.ts";
import { sameAsOtherNotCovered } from "./same-as-other.ts";
import {
  factHasRelation,
  findNotCovered,
  involves,
  isSaying,
  type NamedEntity,
  type NotCovered,
  placeNamed,
  type QuestionScope,
  readRelations,
  readScope,
  unknownPlaceWords,
} from "./scope.ts";
import { withoutSetAside } from "./set-aside.ts";
import { claimKeptOfSetAside } from "./set-aside-claim.ts";
import {
  confirmationHead,
  directionAnswer,
  factChecksAnswer,
  flowStep,
  flowsAnswer,
  loopWithAmounts,
  notCoveredAnswer,
  oneWayAnswer,
  partsAnswer,
  partyFlowsAnswer,
} from "./shapes.ts";
import { SHARE_OF_SUM, shareOfSumNotCovered } from "./share-of-sum.ts";
import { readableCase } from "./shouted.ts";
import { withoutSourceOfNamed } from "./source-of-named.ts";
import { silentSpeaker } from "./speaker-scope.ts";
import { asksWhatAllPartiesDid } from "./story-ask.ts";
import { asksForStructure, structureAnswer } from "./structure.ts";
import { asksSummaryOfParties } from "./summary-ask.ts";
import { summedFlowAnswer } from "./summed-flow.ts";
import { asksTaskOnOtherTopic } from "./task-on-other-topic.ts";
import { abstainAnswer, composeAnswer, composeSummaryAnswer } from "./text.ts";
import { withDealMomentNamed, withoutStoryMoment } from "./time-clause.ts";
import { topicChoiceAnswer } from "./topic-choice.ts";
import { paymentAskedToo, unpricedLegAsked, unpricedLegLead } from "./unpriced-leg.ts";
import { unpricedPaymentNamed } from "./unpriced-payment-named.ts";
import { whatPartyBuys } from "./what-party-buys.ts";
import { whatPartyGets } from "./what-party-gets.ts";
import { wordAt } from "./word-at.ts";

/** A fact leads the answer when it matches at least as well as the best sentence... */
const FACT_LEAD_RATIO = 1;

/** ...or nearly as well, when the question asks for a number (numbers come from the fact sheet). */
const FIGURE_FACT_LEAD_RATIO = 0.75;

/** ...or half as well, when it is the fact of the relation asked about the party named. */
const EXACT_FACT_LEAD_RATIO = 0.5;

/** ...or far better, when it is a figure and the question asks why. */
const REASON_FIGURE_LEAD_RATIO = 1.5;

/** A second figure is stated too when its fact scores this share of the first ("A or B?"). */
const SECOND_FIGURE_RATIO = 0.85;

/** A second sentence is quoted when it scores at least this share of the first. */
const SECOND_SENTENCE_RATIO = 0.8;

/** Under a leading fact, the best sentence is quoted too when it scores this share of the fact. */
const SUPPORTING_SENTENCE_RATIO = 0.9;

/** At most this many sentences are quoted: "a sentence or two", never a section. */
const MAX_QUOTED_SENTENCES = 2;

/** A summary request with nothing more specific than this gets the whole story in brief. */
const SUMMARY_SPECIFICITY = 0.3;

/** Sentence openings that lean on the sentence before ("이는…", "즉,", "This…"). */
const CONTINUATION = /^(?:이는|이것은|이로써|즉|따라서|그래서|이러한|this|that|it|such)(?=[\s,])/iu;

interface ScoredFact {
  readonly fact: Fact;
  readonly score: number;
}

export function answerFromKnowledge(
  sharedIndex: KnowledgeIndex,
  asWritten: string,
  asked: { language?: Language } = {},
): Answer {
  // "'순환 투자'는 영어로 뭐라고 해?": the term asked in the other language; the answer is
  // written in it (unless the asker's language is set), and the words asking for it are dropped.
  // "Q: … right?\nA:": a prompt's labels and its empty answer slot are no words of the question.
  // "Hi there,\n\n…?\n\nKind regards,\nTom\nAnalyst": a letter's salutation and signature are no
  // subject, nor on one line are "Good morning. … Thank you ever so much."; nor are "너는 이제부터
  // 애널리스트야. … 표로 정리해줘": the role and the form asked.
  // "every amount in the article" is the list of its figures.
  // "…거예요?^^ 회원님들한테…": a smiley typed onto a sentence's mark is read apart from it.
  const unlabelled = asEveryAmount(
    withoutRoleAndFormat(
      withoutPromptScaffold(
        withoutCourtesies(
          sharedIndex,
          withoutEmailEnvelope(withoutPastedLinks(spaceGluedEmoticons(flatText(asWritten)))),
        ),
      ),
    ),
  );
  const inOther = askedLanguage(unlabelled);
  const options = inOther && !asked.language ? { ...asked, language: inOther.language } : asked;
  // "가치 는 얼마 고 …": a particle typed apart is glued back before the question is split or read.
  // "…인지 여쭤봐도 될까요?": leave asked to ask is the plain request.
  // Copied flat once (flat-text.ts): every reader below scans it or its slices.
  const asWrittenAll = flatText(
    askPermissionAsRequest(joinDetachedParticles(inOther?.text ?? unlabelled)),
  );
  // Each text this answer reads (the question, its clauses and parts, the question without its
  // premise, the halves of one turned away) is analysed once, for this answer only.
  const index = forOneAnswer(sharedIndex);
  // "What date was it announced? It wasn't in October, was it?": a negated guess after an open
  // question is no claim of its own; the open question is answered.
  // "Is Amazon still the main cloud? I'd hate to get it wrong at work.": a remark about the
  // asker after the question is no part of it.
  // "At 83 rupees per dollar, how many rupees…?": the rate given first goes after the ask.
  // "300억 달러, 우리 돈으로 몇 조여? 환율은 1400원으로": the rate and the figure join their ask.
  const rateLast = withGivenRateLast(asWrittenAll);
  const converted = withConversionTopicJoined(rateLast) ?? rateLast;
  // "한 줄 요약 쫌. 길게 말고": how short the asker wants it, not a part of what is asked.
  const unremarked =
    withoutReadingRemark(index, converted) ??
    withoutOtherSide(index, converted) ??
    withoutClosingRemark(index, converted) ??
    withoutPersistenceTag(converted) ??
    askInReasonClause(converted) ??
    withoutReactionTail(converted) ??
    withoutExceptedItem(index, converted) ??
    converted;
  const unguessed = withoutNegatedGuess(index, unremarked) ?? unremarked;
  // "anthropic's valuation after microsoft invested": the deal's moment, not Microsoft's ask.
  // "what happens to the money after nvidia invests?" asks the leg after that payment: kept.
  const dated = withDealMomentNamed(unguessed, (words) => namesOnlyStoryParties(index, words));
  const written =
    dated !== undefined && nextLegAsked(index.analyze(unguessed).normalized) === undefined
      ? dated
      : unguessed;
  // "🤝💰", "👀👀": emoji stand for words only beside words; alone they ask nothing (the same
  // refusal as checkQuestion's for a question with no letter or digit).
  if (!hasLetterOrDigit(written)) {
    return abstainAnswer(
      index.knowledge,
      options.language ?? index.analyze(written).language,
      "empty",
    );
  }
  // "make me a quiz on the water cycle for 6th graders": a task on a subject the knowledge lacks.
  if (asksTaskOnOtherTopic(index, written)) {
    return abstainAnswer(
      index.knowledge,
      options.language ?? index.analyze(written).language,
      "off-topic",
    );
  }
  const answer = answerWritten(index, written, options);
  // "Why does Microsoft want Claude if it already has OpenAI's models?": the premise is what the
  // asker takes as given; what the knowledge lacks in it is not what is asked. Read only when
  // the whole is turned away.
  const main = answer.abstained ? withoutPremise(written) : undefined;
  const mainAnswer = main ? answerWritten(index, main, options) : undefined;
  if (mainAnswer && !mainAnswer.abstained) return mainAnswer;
  if (!answer.abstained) return answer;
  // "was it 10 or 15 from NVIDIA?", turned away whole: each figure checked alone, and the one
  // that holds is named.
  const figureChoice = figureChoiceAnswer(written, answer.language, (alone) =>
    answerWritten(index, alone, options),
  );
  if (figureChoice) return figureChoice;
  // "what did he say about OpenAI when this dropped": the clause dating the ask asks nothing.
  const undated = withoutStoryMoment(written);
  const undatedAnswer = undated ? answerWritten(index, undated, options) : undefined;
  if (undatedAnswer && !undatedAnswer.abstained) return undatedAnswer;
  // "Microsoft put $13B into Anthropic, same as it did with OpenAI, right?": the claim about the
  // story's parties, checked without the party it is compared with. Only a no: when that part
  // holds, whether the comparison does is still not covered.
  const uncompared = withoutComparison(index, written);
  const uncomparedAnswer = uncompared ? answerWritten(index, uncompared, options) : undefined;
  if (
    uncomparedAnswer &&
    !uncomparedAnswer.abstained &&
    OPENS_WITH_NO.test(uncomparedAnswer.text)
  ) {
    return uncomparedAnswer;
  }
  return (
    coveredHalfOfUncovered(index, written, answer, options) ??
    answeredBesideAdvice(index, written, options) ??
    moneyOrderAnswer(index, written, options) ??
    wayBackAnswer(index, written, options) ??
    answer
  );
}

/**
 * "MSFT→Anthropic 은 알겠고 반대 방향은?": the way back of a way said to be known, answered as
 * what the payee pays each payer (opposite-of-known.ts). Only when one such way is answered.
 */
function wayBackAnswer(
  index: KnowledgeIndex,
  written: string,
  options: { language?: Language },
): Answer | undefined {
  const read = index.analyze(written);
  if (read.asksForAdvice || read.triesToChangeRules) return undefined;
  const language = options.language ?? read.language;
  const ways = waysBackAsked(
    read.normalized,
    () => readScope(index.knowledge, read, written, () => false).entities,
    language,
  );
  if (!ways) return undefined;
  const answers = ways.map((way) => answerWritten(index, way, options));
  // A way with no figure ("Anthropic → NVIDIA") is said as such beside the one that has it.
  if (answers.every((answer) => answer.abstained)) return undefined;
  const [only] = answers;
  if (answers.length === 1 && only) return only;
  return partsAnswer(index.knowledge, language, ways, answers);
}

/** Words that name the story's parties, one or more, and nothing else the knowledge knows. */
function namesOnlyStoryParties(index: KnowledgeIndex, words: string): boolean {
  const { terms } = index.analyze(words);
  return terms.length > 0 && terms.every((term) => isParty(index, term));
}

/**
 * "Where is the data centre, in which country is it built?", "What are the conditions, like a
 * lock-up?": the part after asks the same thing narrower (a place of the where, examples of what
 * is asked). When it is not covered, this part alone would find a nearby fact.
 */
function narrowedByPartAfter(index: KnowledgeIndex, bare: string, after: string): boolean {
  const own = index.analyze(after);
  return givesExamples(after, own) || asksPlaceOfWhere(index.analyze(bare), after, own);
}

/**
 * The asking sentence without a leading clause of chit-chat (withoutPreamble), when that clause
 * asks nothing: "What's that in billions, and is that…?" opens with a question of its own.
 */
function withoutChatterOpening(index: KnowledgeIndex, text: string): Core | undefined {
  const rest = withoutPreamble(index, text);
  if (!rest) return undefined;
  const opening = text.slice(0, text.lastIndexOf(rest.text));
  if (/[?？]/u.test(opening)) return undefined;
  return hasQuestionWord(index.analyze(opening).normalized) ? undefined : rest;
}

/** An answer that says the claim is wrong ("No: …", "아니에요, …"). */
const OPENS_WITH_NO = /^(?:no\b|아니)/iu;

/** A confirmation without its comparison with a named party, or undefined. */
function withoutComparison(index: KnowledgeIndex, written: string): string | undefined {
  const whole = index.analyze(written);
  if (!whole.asksToConfirm) return undefined;
  const scope = readScope(index.knowledge, whole, written, () => false);
  const stripped = withoutComparedParty(whole.normalized, scope.entities);
  return stripped !== undefined && index.analyze(stripped).asksToConfirm ? stripped : undefined;
}

/**
 * "돈이 어떤 순서로 도는 거야", "in what order does the cash move": turned away for its order word
 * ("순서", "order" are no words of the knowledge), it asks every flow and the loop they make. Not
 * a claim of an order (checked as one), nor one naming one or two parties (their own flows), nor
 * advice or a company the knowledge lacks.
 */
function moneyOrderAnswer(
  index: KnowledgeIndex,
  written: string,
  options: { language?: Language },
): Answer | undefined {
  const read = index.analyze(written);
  if (
    read.asksToConfirm ||
    read.asksForAdvice ||
    !(asksMoneyOrder(read.normalized) || asksMoneyLaidOut(read.normalized))
  ) {
    return undefined;
  }
  // Turned away as a question about the deal (never a rule change, another task or chatter).
  const verdict = judgeRelevance(read, index.idf, index.maxIdf);
  if (!verdict.onTopic && verdict.reason !== "unknown-words" && verdict.reason !== "too-vague") {
    return undefined;
  }
  const { knowledge } = index;
  const scope = readScope(knowledge, read, written, () => false);
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  const parties = scope.entities.filter((entity) => entity.id !== "article");
  if (parties.length === 1 || parties.length === 2) return undefined;
  const language = options.language ?? read.language;
  return directionAnswer(knowledge, language, [], { roundTrip: true });
}

/**
 * "Microsoft's investment figure, and the exact day each tranche is paid?", "How much is the
 * 1 GW worth in dollars, and is it up to or fixed?": the whole was turned away for what one half
 * asks. When one half alone is answered and the other alone is turned away, both are said: the
 * covered half's answer and the other's "not covered". Read only when the whole is turned away
 * as a question about the deal (never advice, a rule change or another task).
 */
function coveredHalfOfUncovered(
  /** The index as this answer sees it (forOneAnswer): the whole was analysed already. */
  index: KnowledgeIndex,
  written: string,
  /** The whole turned away: the half not covered must name the same thing. */
  turnedAway: Answer,
  options: { language?: Language },
): Answer | undefined {
  // The half turned away must lack the thing the whole was turned away for: a whole turned away
  // for anything else (a request to change the rules, chatter, advice) has no such half.
  const lacked = thingNotCovered(turnedAway.text);
  if (lacked === undefined) return undefined;
  const halves = halvesAtJoins(written);
  if (halves.length === 0) return undefined;
  const { knowledge } = index;
  const whole = index.analyze(written);
  const verdict = judgeRelevance(whole, index.idf, index.maxIdf);
  // Words the knowledge lacks may outvote the known ones ("the calendar date each chunk gets
  // transferred"); each half is judged by itself below.
  const aboutTheDeal = verdict.onTopic || verdict.reason === "unknown-words";
  if (!aboutTheDeal || whole.asksForAdvice || asksAboutArticleMetadata(whole.normalized)) {
    return undefined;
  }
  // What the whole lacks is a thing asked of the deal's own parties (a schedule, a board seat, a
  // figure in another unit), never another company or person: "What did Jensen say, and…" is
  // about someone the knowledge does not have, whatever the other half finds.
  const scope = readScope(knowledge, whole, written, () => false);
  if (scope.entities.some((entity) => entity.outside) || asksOtherNews(whole)) return undefined;
  for (const [before, after] of halves) {
    // The checks below that read the halves' words alone are read before either half is answered
    // (each answer is the whole engine's work): a half that could not pass as the covered one is
    // never answered for it, and a pair where neither could costs no answer. The same answers:
    // each of those checks only skips the pair, whichever half turns out covered.
    // A half that opens on a preposition only qualifies the other ("what is Anthropic worth, in
    // euros", "In dollar terms, how much will…?"), whichever is covered.
    if (MODIFIER_OPENING.test(before) || MODIFIER_OPENING.test(after)) continue;
    const afterMayBeCovered = mayBeCoveredHalf(index, before, after, after);
    const beforeMayBeCovered = mayBeCoveredHalf(index, before, after, before);
    if (!afterMayBeCovered && !beforeMayBeCovered) continue;
    const first = answerWritten(index, before, options);
    if (first.abstained ? !afterMayBeCovered : !beforeMayBeCovered) continue;
    const second = answerWritten(index, after, options);
    if (first.abstained === second.abstained) continue;
    // The half answered passed mayBeCoveredHalf above; what is left reads the answers.
    const [covered, coveredAnswer] = first.abstained ? [after, second] : [before, first];
    const [other, notCovered] = first.abstained ? [before, first] : [after, second];
    // The half turned away is what the whole was turned away for, and asks it by itself, and the
    // covered half's answer is no "not covered" of its own.
    if (
      thingNotCovered(notCovered.text) !== lacked ||
      GENERIC_ABSTAIN.test(notCovered.text) ||
      NOT_COVERED_OPENING.test(coveredAnswer.text)
    ) {
      continue;
    }
    // "구글도 앤트로픽에 투자했잖아, 얼마 넣었는지 나와?": a covered half naming no party asks of
    // the parties the other half named; asked of them it is turned away the same way (read last:
    // it answers once more).
    if (asksOfPartiesTurnedAway(index, other, covered, notCovered, options)) continue;
    const language = options.language ?? first.language;
    return partsAnswer(knowledge, language, [before, after], [first, second]);
  }
  return undefined;
}

/**
 * coveredHalfOfUncovered's checks that read the two halves' words alone, with `covered` the half
 * taken as the one answered (before or after): whether that half could still be said beside the
 * other's "not covered". The checks that read the answers stay in coveredHalfOfUncovered.
 */
function mayBeCoveredHalf(
  index: KnowledgeIndex,
  before: string,
  after: string,
  covered: string,
): boolean {
  const other = covered === after ? before : after;
  // "…, and when is it paid back?": a second half that points back asks of the first.
  if (covered === after && POINTS_AT_BEFORE.test(after)) return false;
  // "…언제 들어와요? 날짜 알려 주세요": the covered half asks again, or states the premise.
  if (addsNoAskOfItsOwn(covered, other)) return false;
  // "…, for comparison with Anthropic?": a half that leans on the other asks nothing alone.
  if (
    covered === after &&
    leansOnPartBefore(
      { bare: before, analysis: index.analyze(before) },
      after,
      index.analyze(after),
    )
  ) {
    return false;
  }
  // "…, like lock-up period or liquidation preference?": the examples say what is asked;
  // "Where will it be, which country?": the place asked again, narrower.
  if (other === after && narrowedByPartAfter(index, covered, other)) return false;
  // The covered half asks by itself: an amount ("…'s investment figure", "dollar amount"), a
  // question word, or a yes/no question's word order ("is it up to or fixed?"). A half that
  // states ("엔비디아가 100억 달러 내") is the premise of the other.
  // "What about Amazon, how much did Amazon invest?": a lead naming the topic asks nothing.
  return asksOfItsOwn(index, covered) && !isTopicLead(covered) && !namesItsOwnSum(index, covered);
}

/**
 * Whether the covered half, naming no party of its own, is turned away for the same thing as the
 * half that names them once it is asked of those parties ("구글 앤트로픽 얼마 넣었는지 나와?").
 */
function asksOfPartiesTurnedAway(
  index: KnowledgeIndex,
  uncovered: string,
  covered: string,
  notCovered: Answer,
  options: { language?: Language },
): boolean {
  const { knowledge } = index;
  if (readScope(knowledge, index.analyze(covered), covered, () => false).entities.length > 0) {
    return false;
  }
  const parties = readScope(knowledge, index.analyze(uncovered), uncovered, () => false).entities;
  if (parties.length === 0) return false;
  const language = options.language ?? notCovered.language;
  const names = parties.map((party) => party.name[language]).join(" ");
  const asked = answerWritten(index, `${names} ${covered}`, options);
  return asked.abstained && sameNotCovered(asked.text, notCovered.text);
}

/**
 * "300억 달러 애저 사용 약정, 계약 기간이 몇 년인가요?": a part that only names a sum by its
 * figure, asking nothing (no question mark, no question word, no claim), is the topic of the
 * part after it.
 */
function sumAsTopic(index: KnowledgeIndex, asked: string, bare: string): boolean {
  const at = asked.indexOf(bare);
  if (at < 0 || /^\s*[?？]/u.test(asked.slice(at + bare.length))) return false;
  const read = index.analyze(bare);
  if (read.asksToConfirm || hasQuestionWord(read.normalized)) return false;
  return namesItsOwnSum(index, bare);
}

/**
 * "마소 50억 투자금이랑 앤트로픽 애저 대금이 상계되는지": a half that names a sum by the figure its
 * fact gives says which sum the other half asks of; its answer would only repeat that figure.
 */
function namesItsOwnSum(index: KnowledgeIndex, half: string): boolean {
  const read = index.analyze(half);
  // "What is NVIDIA's $10B for": a half with a question word asks of the sum it names.
  if (!read.terms.some((term) => term.kind === "amount") || hasQuestionWord(read.normalized)) {
    return false;
  }
  const scope = readScope(index.knowledge, read, half, () => false);
  return sumsNamed(index.knowledge, read, scope) !== undefined;
}

/**
 * Whether a half asks by itself: an amount ("…'s investment figure", "dollar amount"), a question
 * word, or a yes/no question's word order ("is it up to or fixed?"), and names what it asks of
 * ("right? How much?" only points at the other half). A half that states ("엔비디아가 100억
 * 달러 내") or claims is the premise of the other.
 */
function asksOfItsOwn(index: KnowledgeIndex, half: string): boolean {
  const read = index.analyze(half);
  const asks =
    !read.asksToConfirm &&
    (asksForAmount(read.normalized, HOW_MUCH.test(read.normalized)) ||
      hasQuestionWord(read.normalized) ||
      MEASURE_NOUN_END.test(half) ||
      INVERTED_QUESTION.test(half.trim()));
  if (!asks) return false;
  const own = readScope(index.knowledge, read, half, () => false);
  return own.entities.length > 0 || own.relations.length > 0;
}

/**
 * "What's NVIDIA's investment in Anthropic, and should I buy NVDA on the news?", "마소 투자액이랑
 * 마소 주가 전망 알려줘": the whole was turned away as advice for what one half asks. When the
 * other half asks a question of its own that is answered, both are said: its answer, and that
 * advice is not given. A half that only sets the scene for the advice asks nothing.
 */
function answeredBesideAdvice(
  /** The index as this answer sees it (forOneAnswer). */
  index: KnowledgeIndex,
  written: string,
  options: { language?: Language },
): Answer | undefined {
  const whole = index.analyze(written);
  if (!whole.asksForAdvice || whole.triesToChangeRules || whole.asksForOtherTask) return undefined;
  const listed = adviceItemOfList(index, written, options);
  if (listed) return listed;
  for (const [before, after] of [...halvesAtJoins(written), ...halvesAtAskEnds(written)]) {
    // The question first, then the advice, joined as a second ask ("…, and should I…", "…고,
    // …", "…이랑 …", "…? 2) …"): a comma alone may join the advice to its own terms ("Which is
    // the better buy, Microsoft or NVIDIA, for someone who…?").
    const join = written.slice(written.indexOf(before) + before.length, written.lastIndexOf(after));
    if (!ASK_JOIN.test(join) && !(LIST_MARK_JOIN.test(join) && endsAnAsk(before, join))) {
      continue;
    }
    if (index.analyze(before).asksForAdvice || !index.analyze(after).asksForAdvice) {
      continue;
    }
    if (!asksOfItsOwn(index, before)) continue;
    const first = answerWritten(index, before, options);
    if (first.abstained || NOT_COVERED_OPENING.test(first.text)) continue;
    const second = answerWritten(index, after, options);
    const language = options.language ?? first.language;
    return partsAnswer(index.knowledge, language, [before, after], [first, second]);
  }
  return undefined;
}

/**
 * "가. 순환투자 우려의 근거 나. 앤트로픽 향후 주가 전망", "1) NVIDIA's cap 2) will NVDA go up?": a
 * numbered list whose items are not all advice. Each item is answered on its own, the advice
 * declined beside the others, when an item that is no advice is answered.
 */
function adviceItemOfList(
  index: KnowledgeIndex,
  written: string,
  options: { language?: Language },
): Answer | undefined {
  if (!isMarkedList(index, written)) return undefined;
  const items = questionParts(index, written, false);
  if (items.length < 2) return undefined;
  const advice = items.map(({ text }) => index.analyze(text).asksForAdvice);
  if (advice.every(Boolean) || !advice.some(Boolean)) return undefined;
  const answers = items.map(({ text }) => answerWritten(index, text, options));
  if (!answers.some((answer, at) => !advice[at] && !answer.abstained)) return undefined;
  const language = options.language ?? index.analyze(written).language;
  return partsAnswer(
    index.knowledge,
    language,
    items.map((item) => item.label ?? item.bare),
    answers,
  );
}

/**
 * A question mark or a list item's number between two asks: "1) … 2) will NVDA go up?", "How
 * much did Microsoft put in? Should I buy MSFT now?".
 */
function endsAnAsk(before: string, join: string): boolean {
  if (/\d[).]|[②-⑩]/u.test(join)) return true;
  return /[?？]$/u.test(before);
}

/**
 * A join that adds a second ask: "and", "plus", "also", "그리고", "또", or a Korean joining
 * ending the join opens on ("…알려주|고, …", "…투자액|이랑 …").
 */
const ASK_JOIN = /\b(?:and|plus|also)\b|그리고|또|^(?:이고|고|며|이랑|랑|하고)/u;

/**
 * The last word of the thing a "not covered" answer names ("…Microsoft's payment schedule." ->
 * "schedule", "…납입 일정에 대해서는…" -> "일정"), or undefined for any other answer.
 */
function thingNotCovered(text: string): string | undefined {
  const match = NOT_COVERED_THING.exec(text);
  return match?.[1] ?? match?.[2];
}
const NOT_COVERED_THING =
  /^The article doesn't cover [^.\n]*?(\S+)\.|^기사는 [^\n]*?(\S+?)(?:에|에 대해서는) (?:대해서는 )?다루지 않아요/u;

/** Two answers turned away for the same thing: their "not covered" sentences are one. */
function sameNotCovered(answer: string, other: string): boolean {
  const said = NOT_COVERED_SENTENCE.exec(answer)?.[0];
  return said !== undefined && NOT_COVERED_SENTENCE.exec(other)?.[0] === said;
}
const NOT_COVERED_SENTENCE =
  /^(?:The article doesn't cover [^.\n]+\.|기사는 [^\n]+?다루지 않아요)/u;

/** A half that opens on a preposition only qualifies the other: "in euros", "in dollars and %". */
const MODIFIER_OPENING = /^(?:in|on|at|for|by|with|to|from|as|over|per|into)\s/iu;
/** A half that names a measure it asks for: "Microsoft's investment figure", "…: amount". */
const MEASURE_NOUN_END =
  /\b(?:figure|amount|number|total|size|sum|value|price|cost)s?[\s?.!]*$|(?:금액|액수|규모|투자액|투자금)[\s?.!]*$/iu;
/** A yes/no question by its word order: "is it up to or fixed?", "does it get…?". */
const INVERTED_QUESTION = /^(?:is|are|was|were|does|do|did|can|will|has|have)\s/iu;
/** An answer that opens by saying something is not covered, though it answers the rest. */
const NOT_COVERED_OPENING = /^(?:The article doesn't cover|기사는 \S.*다루지 않아요|“)/u;

function answerWritten(
  /** The index as one answer sees it (forOneAnswer): each text analysed once. */
  index: KnowledgeIndex,
  written: string,
  options: { language?: Language },
): Answer {
  // "NVIDIA PUT IN 20 BILLION??": in a shouted message capitals mark no names. "Could you tell
  // me the total and the valuation?": the wrapper asks nothing of its own.
  // "I read (it may have been the Telegraph) that…": an aside with no known word is the asker's.
  // "엔비디아 100억, 출처 확인된 숫자 맞음?": the source of the figure named, not the story's
  // own "source" fact.
  const question = withoutSourceOfNamed(
    withoutAsideAfterConfirmation(
      index,
      withoutUnknownAsides(
        index,
        withoutOpenAlternative(
          withoutClaimNoun(
            asCleftClaim(
              asRumourCheck(
                withoutRequestWrapper(
                  withoutSetAside(
                    withoutClozeInstruction(
                      withoutAnalogy(index, withoutQuoteFrame(readableCase(index, written))),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
    (text) => index.analyze(text),
    "c:announcement",
  );
  const { knowledge } = index;
  const whole = index.analyze(question);
  const language = options.language ?? whole.language;
  const wholeVerdict = withPlacesChecked(
    index,
    whole,
    question,
    judgeRelevance(whole, index.idf, index.maxIdf),
  );
  // "hey quick q, how much…": the chit-chat before the question is not part of it.
  // Rules are read from the whole text: a preamble never hides them.
  const outvoted =
    !wholeVerdict.onTopic &&
    (wholeVerdict.reason === "unknown-words" || wholeVerdict.reason === "too-vague");
  // "My nephew works at AWS… Amazon is still Anthropic's main cloud, yeah?": a story before the
  // sentence that asks is context only; its words (another company, "my savings") do not decide.
  // A request to change the rules, or for a poem, is read from the whole text.
  const asking =
    wholeVerdict.onTopic || outvoted || wholeVerdict.reason === "advice"
      ? askingPart(index, question)
      : undefined;
  // "Valuation went from 183bn to 350bn. What's the jump?": the sentence before is no story
  // when the asking one computes on the figures it writes.
  const story = asking && computesOnFiguresBefore(asking.analysis, whole) ? undefined : asking;
  // "…물어보시는 거예요. 대답을 못 해서 좀 민망했는데… 엔비디아는 얼마 넣었고, …?": the asking
  // sentence may open with chit-chat of its own; a leading clause with no word the knowledge knows
  // is no part of what it asks.
  const core =
    (story && (withoutChatterOpening(index, story.text) ?? story)) ??
    (wholeVerdict.onTopic ? withoutTellersClause(index, question) : undefined) ??
    // "who wrote this article anyway, got a name?": a clause asking who wrote the piece is no
    // chit-chat, though the knowledge knows none of its words.
    (outvoted && !asksAboutArticleMetadata(whole.normalized)
      ? (withoutPreamble(index, question) ??
        withoutAfterword(index, question) ??
        withoutUnknownChoice(index, question) ??
        storyAsContext(index, question))
      : undefined);
  const asked = core?.text ?? question;
  const analysis = core?.analysis ?? whole;
  const verdict = core?.verdict ?? wholeVerdict;
  // "다음 중 글의 주제로 가장 적절한 것은? ① … ② …": the option on the story, then the summary.
  const topicChoice = topicChoiceAnswer(index, question, language);
  if (topicChoice) return topicChoice;
  // "윗글의 내용과 일치하지 않는 것은? ① … ⑤ …": each option checked as a claim.
  const claimChoice = claimChoiceAnswer(question, language, (claim) =>
    answerWritten(index, claim, options),
  );
  if (claimChoice) return claimChoice;
  if (wantsSummary(analysis, verdict)) return composeSummaryAnswer(knowledge, language);
  // "What did Microsoft, NVIDIA and Anthropic announce?": what they all did is the story.
  // Read once per answer (scopeOnce), by the first shape check that needs it (several may).
  const wholeScope = () => scopeOnce(index, whole, question);
  if (
    asksWhatAllPartiesDid(knowledge, whole, wholeScope) ||
    asksSummaryOfParties(knowledge, whole, wholeScope) ||
    asksWhichParties(whole)
  ) {
    return composeSummaryAnswer(knowledge, language);
  }
  const structure =
    asksForStructure(analysis.normalized, analysis.asksToConfirm) &&
    // "msft heading to $600?": a price's way up, not the article's headings.
    !analysis.asksForAdvice &&
    structureAnswer(knowledge, language);
  if (structure) return structure;
  // "기사 쓴 사람 누구?" is all question words, and still asks who wrote the article.
  const mayAskMetadata =
    verdict.onTopic ||
    (verdict.reason !== "advice" && verdict.reason !== "rules" && verdict.reason !== "task");
  // "발표 날짜랑 글쓴이 이름 알려줘": the author is one part; the other parts are still answered.
  if (
    mayAskMetadata &&
    asksAboutArticleMetadata(analysis.normalized) &&
    !metadataIsOnePart(index, asked, analysis)
  ) {
    return abstainAnswer(knowledge, language, "not-covered", noArticleMetadata[language]);
  }
  // The article's stance, or what it leaves out: whatever else the words seem to ask.
  if (mayAskMetadata) {
    const onArticle = answerOnArticle(
      index,
      question,
      asked,
      analysis,
      whole,
      story,
      verdict,
      language,
    );
    if (onArticle) return onArticle;
  }
  // "엔비디아랑 MS가 각각 얻는 게 뭐임?": each party's gain, asked as that party's own question.
  const gains = eachPartyGains(knowledge, analysis, asked, wholeScope);
  if (gains) {
    const parts = gains.parties.map((party) =>
      partyGainQuestion(knowledge, party, language, gains.inReturn),
    );
    const answers = parts.map((part) => answerWritten(index, part, { language }));
    if (answers.length === 1 && answers[0]) return answers[0];
    return partsAnswer(knowledge, language, parts, answers);
  }
  const shaped = answerWholeShapes(
    index,
    asked,
    analysis,
    whole,
    story,
    verdict,
    language,
    wholeScope,
  );
  if (shaped) return shaped;
  const oneShape = (normalized: string) =>
    asksMoneyDirection(normalized) ||
    asksWhetherArticleIsRight(normalized) ||
    asksToCompare(normalized);
  const split = questionParts(index, asked, analysis.asksToConfirm);
  // "구글과 앤트로픽의 계약 규모는?": a pair's one amount, not a name and a question.
  // "Only NVIDIA invested; Microsoft just sells the cloud. Right?": one tag over clauses that
  // ask nothing by themselves is one claim, not a statement and a question.
  const oneClaim =
    analysis.asksToConfirm &&
    split.length > 1 &&
    !isListOfAsks(index, split) &&
    !isMarkedList(index, asked) &&
    split.some(({ bare }) => !asksByItself(index.analyze(bare)));
  // "Microsoft invested $10B, correct? Also, when…?": a claim, then a question of its own; the
  // claim's tag is no shape of the whole.
  const claimThenQuestion =
    split.length > 1 &&
    split.some(({ bare }) => index.analyze(bare).asksToConfirm) &&
    split.some(({ bare }) => hasQuestionWord(index.analyze(bare).normalized));
  // "money in, money out, and valuation for anthropic": the shape is its first items', the
  // items after it are parts of their own.
  const shapeFirst =
    !oneClaim && !claimThenQuestion && split.length > 1 && oneShape(analysis.normalized)
      ? shapeThenRest(index, split, oneShape)
      : undefined;
  // "what worries the writer, and what did they mess up…?": "writer … wrong" is no part's.
  const rightAcrossParts =
    asksWhetherArticleIsRight(analysis.normalized) &&
    !asksMoneyDirection(analysis.normalized) &&
    !asksToCompare(analysis.normalized) &&
    shapeSpansParts(index, split, asksWhetherArticleIsRight);
  // "(1) 마소 → 앤트로픽 금액 (2) 앤트로픽 → 마소 금액 (3) 마소 → 엔비디아 금액": a numbered list
  // whose items each ask one way; the ways read together are no part's question.
  const wayPerItem =
    asksMoneyDirection(analysis.normalized) &&
    isMarkedList(index, asked) &&
    split.length > 1 &&
    split.every(({ bare }) => !asksMoneyDirection(index.analyze(bare).normalized));
  // "What does NVIDIA give and what does it get?": one party's money both ways, though the
  // second half alone reads as a shape of its own ("what does it get back").
  // The items after a shape of its own ("money in, money out, and valuation") stay parts.
  const givesAndGets =
    !oneClaim &&
    !claimThenQuestion &&
    !shapeFirst &&
    split.length > 1 &&
    asksGivesAndGets(analysis.normalized);
  // "Which company put in more, and by how much?": the part after a comparison that computes on
  // nothing of its own computes on the two compared; the question is one.
  const [firstPart, lastPart] = split;
  const moreAndByHowMuch =
    split.length === 2 &&
    firstPart !== undefined &&
    lastPart !== undefined &&
    comparesSizes(index.analyze(firstPart.bare).normalized) &&
    computesOnNothingOfItsOwn(index.analyze(lastPart.bare));
  const asOne =
    oneClaim ||
    givesAndGets ||
    moreAndByHowMuch ||
    (oneShape(analysis.normalized) &&
      !claimThenQuestion &&
      !shapeFirst &&
      !rightAcrossParts &&
      !wayPerItem &&
      !shapeIsOnePartOf(index, split, oneShape)) ||
    splitsJointOwner(
      analysis.normalized,
      split.map((part) => part.bare),
    );
  const parts = asOne
    ? [{ text: asked, bare: asked }]
    : shapeFirst && !shapeIsOnePartOf(index, split, oneShape)
      ? shapeFirst
      : withoutContext(
          index,
          asked,
          withoutTopicLead(index, withAmountRequestsJoined(index, split), asked),
          asksAboutSomethingUncovered,
          isMarkedList(index, asked),
        );
  const [onlyPart] = parts;
  const whyAndHowMuch =
    parts.length === 1 && onlyPart?.text === asked
      ? reasonAndAmount(index, analysis, language)
      : undefined;
  if (whyAndHowMuch) return whyAndHowMuch;
  if (parts.length === 1 && onlyPart && onlyPart.text !== asked) {
    return answerOne(index, onlyPart.text, index.analyze(onlyPart.text), language, undefined);
  }
  if (parts.length > 1) {
    const openings: string[] = [];
    let before: Answer | undefined;
    let beforeText = "";
    let beforeBare = "";
    // "What is OpenAI valued at, for comparison with Anthropic?": a part that only leans on a
    // part not covered is not covered with it, and is no part of its own.
    const leaning = new Set<number>();
    const answers = parts.map(({ text, bare }, at) => {
      if (
        before?.abstained &&
        leansOnPartBefore(
          {
            bare: beforeBare,
            analysis: index.analyze(beforeBare),
            asked: askedWithMark(asked, beforeBare.trim()),
            namesOutsideParty: () =>
              scopeOnce(index, index.analyze(beforeText), beforeText).entities.some(
                (entity) => entity.outside,
              ),
          },
          bare,
          index.analyze(bare),
        )
      ) {
        leaning.add(at);
        return before;
      }
      const answer =
        (before?.abstained &&
          (restOfUncovered(index, asked, beforeText, bare, language) ??
            afterUncovered(text, bare))) ||
        arithmeticOfPartsBefore(index, parts.slice(0, at), bare, language) ||
        answerPart(text, bare);
      if (!answer.abstained) openings.push(openingOf(answer));
      before = answer;
      beforeText = text;
      beforeBare = bare;
      return answer;
    });
    // "마이크로소프트는 50억 달러 투자하고 / 지분 몇 퍼센트 가져가요?": a stated figure before a part
    // not covered is that part's premise, not a question of its own.
    for (let at = 0; at + 1 < parts.length; at++) {
      const part = parts[at] as (typeof parts)[number];
      if (
        answers[at + 1]?.abstained &&
        (statesPremise(
          knowledge,
          asked,
          part.bare,
          index.analyze(part.bare),
          index.analyze((parts[at + 1] as (typeof parts)[number]).bare),
        ) ||
          sumAsTopic(index, asked, part.bare) ||
          narrowedByPartAfter(index, part.bare, (parts[at + 1] as (typeof parts)[number]).bare))
      ) {
        leaning.add(at);
      }
    }
    for (const at of kindAskedOfFigureBefore(parts, answers, index.analyze)) leaning.add(at);
    // "…언제 들어와요? 날짜 알려 주세요": a part after one not covered that asks it again, or
    // states the article's words as premise, answers only a nearby fact.
    for (const at of restatingParts(parts, answers)) leaning.add(at);
    // "…어디에 쓴대요? 인력 채용? 연구?": guesses at what a part not covered asks for.
    const namesParty = (text: string) =>
      readScope(knowledge, index.analyze(text), text, () => false).entities.length > 0;
    for (const at of guessingParts(parts, answers, asked, namesParty)) leaning.add(at);
    // "…몇 명이야? 큰 회사야 작은 회사야?", "…react how? up or down?": choices for its answer.
    for (const at of choiceGuessParts(parts, answers, asked, namesParty)) leaning.add(at);
    // "…timeline? need to model it.": the asker's note on what the answer is for.
    for (const at of askersNoteParts(parts, answers)) leaning.add(at);
    const kept = parts.filter((_, at) => !leaning.has(at));
    const keptAnswers = answers.filter((_, at) => !leaning.has(at));
    const [onlyAnswer] = keptAnswers;
    if (keptAnswers.length === 1 && onlyAnswer) return onlyAnswer;
    return partsAnswer(
      knowledge,
      language,
      kept.map((part) => part.label ?? part.text),
      keptAnswers,
    );

    // "Yes: Claude stays…" and "Claude stays…" say the same.
    function saidBefore(opening: string): boolean {
      return openings.some((earlier) => earlier.includes(opening) || opening.includes(earlier));
    }

    /**
     * "앤트로픽 내년 매출 전망이랑 / 흑자 전환 시점", "the interest rate, and when does it have to
     * be repaid?": a part with no known word of its own asks more of the part before, which the
     * knowledge does not cover; the words carried from it, or a date of the story, answer
     * something else. Undefined when the part names something known itself.
     */
    function afterUncovered(text: string, bare: string): Answer | undefined {
      const own = index.analyze(bare);
      // "next claude model is what? will it come to foundry also": "it", the subject, is the
      // thing the part before was turned away for (named), whatever place this part names.
      const lacked = before ? thingNotCovered(before.text) : undefined;
      if (lacked !== undefined && lacked !== "that" && IT_AS_SUBJECT.test(own.normalized)) {
        return abstainAnswer(knowledge, language, "not-covered");
      }
      if (own.terms.some((term) => term.entity !== undefined)) return undefined;
      // "when does it have to be repaid", "그건 누가 내요?": a pronoun for it, and no known word
      // but a verb's ("내요" pays): no concept of the knowledge's is named of its own.
      const pointsBack =
        POINTS_AT_BEFORE.test(own.normalized) &&
        !own.terms.some((term) => term.known && term.kind !== "hangul" && term.kind !== "latin");
      // "흑자 전환 시점": words of its own the knowledge lacks, more than it knows (only a part
      // with words carried into it can be one; judged once, and that verdict answers it below).
      if (!pointsBack && text === bare) return undefined;
      // The verdict counts at most one unknown word per unknown term: with fewer than two, the
      // part is no words of its own, and only pointing back could still answer it (not judged).
      if (!pointsBack && !hasUnknownTerms(own, 2)) return undefined;
      const alone = judgeRelevance(own, index.idf, index.maxIdf);
      const ofItsOwn =
        text !== bare &&
        !alone.onTopic &&
        alone.reason === "unknown-words" &&
        alone.unknown >= 2 &&
        alone.unknown > alone.known;
      if (!pointsBack && !ofItsOwn) return undefined;
      const answer = answerOne(index, bare, own, language, alone, true);
      if (answer.abstained) return answer;
      return pointsBack ? abstainAnswer(knowledge, language, "not-covered") : undefined;
    }

    function answerPart(text: string, bare: string): Answer {
      if (asksAboutArticleMetadata(index.analyze(bare).normalized)) {
        return abstainAnswer(knowledge, language, "not-covered", noArticleMetadata[language]);
      }
      const answer = answerOne(index, text, index.analyze(text), language, undefined, true);
      // "Is Claude still in Copilot, and when was this announced?": the words carried from the
      // part before gave the part before's answer again; the part as written asks something else.
      if (!answer.abstained && bare !== text && saidBefore(openingOf(answer))) {
        const alone = answerOne(index, bare, index.analyze(bare), language, undefined, true);
        if (!alone.abstained && !saidBefore(openingOf(alone))) return alone;
        // "엔비디아 투자 금액이랑, 어느 은행을 통해 들어오는지?": what the part asks of its own is
        // not covered; the part before's answer again would hide that.
        if (alone.abstained && asksAttributeOfItsOwn(index, bare)) {
          return abstainAnswer(knowledge, language, "not-covered");
        }
      }
      // The party carried from the part before may not be this part's ("클로드 모델 뭐 들어가고
      // / 발표는 언제였어?"): the part as written answers when the carried one cannot.
      if (!answer.abstained) return answer;
      // "…, and how much did Microsoft invest, because my manager wants both numbers…?": the
      // asker's aside after a part is not part of it.
      const trimmed = withoutAfterword(index, text);
      const withoutAside =
        trimmed && answerOne(index, trimmed.text, trimmed.analysis, language, undefined, true);
      if (withoutAside && !withoutAside.abstained) return withoutAside;
      // "was it ignite or build, and what year": the unknown choice is not what is asked.
      const chosen = withoutUnknownChoice(index, bare);
      const ofChoice =
        chosen && answerOne(index, chosen.text, chosen.analysis, language, undefined, true);
      if (ofChoice && !ofChoice.abstained) return ofChoice;
      // "amazon's role + copilot status": "status" is no word of the knowledge; the name is.
      const named = GENERIC_ABSTAIN.test(answer.text) ? withoutAttributeWord(bare) : undefined;
      const ofName =
        named && answerOne(index, named, index.analyze(named), language, undefined, true);
      if (ofName && !ofName.abstained) return ofName;
      if (bare === text) return answer;
      // What the knowledge lacks, asked of the carried topic ("tech expert … what's his name"),
      // stays not covered: the part alone would be answered about something else.
      const carried = index.analyze(text);
      const scope = scopeOnce(index, carried, text);
      if (scope.outsideRelations.length > 0) return answer;
      // "…NVIDIA's OpenAI deal? what's the committed number there", "거기엔 얼마 넣었어?": the part
      // points back at the place the part before named; alone it would find the story's figure.
      if (POINTS_AT_PLACE_BEFORE.test(index.analyze(bare).normalized)) return answer;
      // "구글도 앤트로픽에 투자했잖아, 얼마 넣었는지 나와?": naming no party of its own, the part is
      // turned away, read with the party carried from the part before, for the very thing that
      // part was; alone it would give the story's own figure in place of the one asked.
      const ownRead = index.analyze(bare);
      if (
        before?.abstained &&
        !ownRead.terms.some((term) => term.entity !== undefined) &&
        sameNotCovered(answer.text, before.text)
      ) {
        return answer;
      }
      const alone = answerOne(index, bare, ownRead, language, undefined, true);
      return alone.abstained ? answer : alone;
    }
  }
  return answerOne(index, asked, analysis, language, verdict);
}

/**
 * answerWritten's answers about the article as a piece (its errors, publication, naming, former
 * names, phrases, flaws, figures qualified, omissions, ending, stance, views, review, subject),
 * when the question may ask them. A part of answerWritten moved out whole, like answerOne's:
 * smaller functions reach V8's optimising tier within the first answers.
 */
function answerOnArticle(
  index: KnowledgeIndex,
  question: string,
  asked: string,
  analysis: Analysis,
  whole: Analysis,
  story: Core | undefined,
  verdict: Verdict,
  language: Language,
): Answer | undefined {
  const { knowledge } = index;
  // The piece as a publication: its kind, or its outlet, author or date (not covered).
  // Read on the whole question: "written by a Reuters reporter" is no preamble. A story before
  // the asking sentences is ("…for a media literacy class… any mistakes in the blog post?").
  const [onWhat, written] = story ? [story.analysis, story.text] : [whole, question];
  // "What does the article get wrong? …for media literacy": its fact checks, before the
  // purpose's words read as an outlet asked or a doubt as the piece's own worry.
  const errors = articleErrorsAnswer(index, onWhat, written, language);
  if (errors) return errors;
  // "…기자 이름이 뭐예요? 아이 보고서에 출처로 적어야 해서요": the reason after the question names
  // a report, which is no kind of piece claimed.
  const beforeReason = withoutClosingReason(written);
  const [pubAnalysis, pubText] =
    beforeReason === written ? [onWhat, written] : [index.analyze(beforeReason), beforeReason];
  const publication = asksArticlePublication(knowledge, pubAnalysis, pubText);
  const published =
    publication && publicationAnswer(knowledge, pubAnalysis, pubText, language, publication);
  if (published) return published;
  // "Who does the article quote?", "글에 누구누구 말이 나오나?": every speaker it quotes.
  const quotedPeople = quotedPeopleAnswer(knowledge, onWhat, language);
  if (quotedPeople) return quotedPeople;
  // "Does the article name the expert?", "전문가 실명 나와있지?": a yes or no on the fact that
  // says who is unnamed, before the piece's words read as a claim of what it says.
  const naming = namingAsked(knowledge, onWhat, () => scopeOnce(index, onWhat, written));
  if (naming) return verdictAnswer(knowledge, language, [], naming, false);
  // "the article says 'azure ai foundry', is that outdated?", "what is it called now?": the
  // fact check that says the name is a former one.
  const formerName = formerNameAsked(knowledge, onWhat);
  if (formerName?.verdict) {
    return verdictAnswer(knowledge, language, [], formerName.verdict, false);
  }
  if (formerName) {
    const quoted = chooseSentences(knowledge, [], [formerName.fact], false);
    return composeAnswer(knowledge, language, [formerName.fact], quoted);
  }
  // "기사에서 말하는 '최신 클로드 모델'이 어떤 모델들이야?": the fact for the article's words.
  const phrase = quotedPhraseAnswer(knowledge, onWhat, written, language);
  if (phrase) return phrase;
  // "What's the biggest flaw in the opening paragraph?": the fact checks of that part.
  // Not when a second ask is joined to it ("what worries the author, and what did they flub in
  // the intro?"): the parts are answered one by one.
  const flaws =
    !SECOND_ASK.test(onWhat.normalized) &&
    !reviewBesideOtherAsk(index, onWhat.normalized, asked, analysis.asksToConfirm) &&
    flawsInPart(knowledge, index.lexicon, onWhat, language);
  if (flaws) return flaws;
  // "Is the article's 1 GW stated precisely?": what the record adds to that figure. Asked of a
  // figure, the word for what is missing ("디테일", "fine print") is no thing of its own.
  const qualified =
    asksHowFigureIsQualified(analysis) && qualifiedFigureAnswer(knowledge, language, analysis);
  if (qualified) return qualified;
  // "메타는 이번 거래에 대해 어떤 입장인지 기사에 나와 있나요?": the stance of a party the
  // knowledge lacks, not the article's own.
  const outsideStance = () =>
    scopeOnce(index, onWhat, written).entities.some((entity) => entity.outside);
  const meta =
    (asksWhatArticleOmits(knowledge, analysis) && omissionsAnswer(knowledge, language, analysis)) ||
    (asksArticleEnding(analysis) && endingAnswer(knowledge, language)) ||
    (asksArticleStance(knowledge, analysis) &&
      !outsideStance() &&
      !stanceBesideOtherAsk(index, analysis.normalized, asked, analysis.asksToConfirm) &&
      // "what's the loop the article is moaning about?": what goes round is asked.
      ((asksWhatTheLoopIs(analysis.normalized) &&
        directionAnswer(knowledge, language, [], { roundTrip: true })) ||
        stanceAnswer(knowledge, language, analysis))) ||
    // "기사 톤이 좀 과하게 흥분한 느낌 아님?": unknown words outvote the known ones, and the
    // part kept as the question no longer names the piece; the whole question does.
    (onWhat !== analysis &&
      asksArticleStance(knowledge, onWhat) &&
      !outsideStance() &&
      stanceAnswer(knowledge, language, onWhat));
  // "how many views did this article get?": a thing asked of the article that the knowledge
  // has no word for is not its stance or its omissions. A question of several parts is left
  // to its parts.
  const carrier =
    meta && unknownCarrier(analysis, (term) => isSpecificTerm(term, index.idf, index.maxIdf));
  if (carrier && questionParts(index, asked, analysis.asksToConfirm).length <= 1) {
    return carrierNotCovered(knowledge, language, carrier.phrase, []);
  }
  if (meta) return meta;
  // "what's the article's take on whether this helps competition or kills it": outvoted by the
  // asker's words, a view on a topic a heading names is that section's.
  const viewOnTopic =
    (!verdict.onTopic || asksConclusionOn(analysis)) &&
    (articleViewOnTopic(index, analysis, language) ||
      (onWhat !== analysis && articleViewOnTopic(index, onWhat, language)));
  if (viewOnTopic) return viewOnTopic;
  if (asksHowManyErrors(knowledge, analysis)) return factChecksAnswer(knowledge, language, true);
  // Whether the piece can be relied on, as a whole: what holds up and what does not. Read on
  // the whole question: "수행평가 자료로 … 믿을 만해?" is outvoted by words the knowledge lacks.
  // "what's the author's main worry, and does it get the headline figure right?": a review
  // joined to an ask of another kind is one of its parts, answered one by one.
  const review =
    !reviewBesideOtherAsk(index, onWhat.normalized, asked, analysis.asksToConfirm) &&
    ((asksArticleReview(knowledge, analysis) && reviewAnswer(knowledge, language, analysis)) ||
      (onWhat !== analysis &&
        asksArticleReview(knowledge, onWhat) &&
        reviewAnswer(knowledge, language, onWhat)));
  if (review) return review;
  if (asksWhatArticleIsAbout(knowledge, analysis)) {
    return composeSummaryAnswer(knowledge, language);
  }
  return undefined;
}

/**
 * answerWritten's answers for the whole question's shape before its parts are read: the story
 * itself, other news, a figure's cousin, money roles, loans, purchases, customers, what a party
 * gets, a loop's unpriced leg, legs claimed, the loop traced, the main clause, claims one by one,
 * a claim then a request, a yes or no with its amount (a part of answerWritten, moved out whole).
 */
function answerWholeShapes(
  index: KnowledgeIndex,
  asked: string,
  analysis: Analysis,
  whole: Analysis,
  story: Core | undefined,
  verdict: Verdict,
  language: Language,
  wholeScope: () => QuestionScope,
): Answer | undefined {
  const { knowledge } = index;
  // No words of its own, about the story as a whole: "when did this happen?" gets the fact of
  // the relation it names, "what happened?" the summary.
  if (!verdict.onTopic && verdict.reason === "empty") {
    const relationOnly = relationFactAnswer(index, asked, analysis, language);
    if (relationOnly) return relationOnly;
    if (asksAboutTheStory(analysis)) return composeSummaryAnswer(knowledge, language);
  }
  if (!verdict.onTopic && verdict.reason !== "unknown-words" && verdict.reason !== "too-vague") {
    return abstainAnswer(knowledge, language, abstainReason(verdict));
  }
  // "the 30 billion is A paying B, not B paying A, correct?": the claim it keeps, checked.
  const reversal = analysis.asksToConfirm ? claimKeptOfSetAside(index, asked) : undefined;
  if (reversal) {
    const claimed = answerOne(index, reversal.text, reversal.analysis, language, undefined);
    if (!claimed.abstained && YES_OR_NO.test(claimed.text)) return claimed;
  }
  // "invested in Anthropic but Anthropic is also buying NVIDIA stuff?? which one is it": both,
  // read on the whole (its parts alone would each be a claim of one way).
  const both = bothWaysDoubted(knowledge, language, whole.normalized, wholeScope);
  if (both) return both;
  // Read on the whole question: its parts alone ("몇 기가와트?") would each look answerable.
  const read = story?.analysis ?? whole;
  const otherNews = asksOtherNews(read) ?? figureInOtherUnit(read);
  // "프리머니 얼마?", "raised all-time": a covered figure's uncovered cousin (figure-cousin.ts).
  const cousin = otherNews ? undefined : asksFigureCousin(read, knowledge.scope.names);
  const notNews =
    cousin && cousinOfWhole(index, asked, analysis.asksToConfirm) ? cousin : undefined;
  if (notNews) {
    const relation = { id: notNews.id, label: notNews.label, forms: [] };
    return notCoveredAnswer(knowledge, language, { entities: [], relation, covered: [] }, []);
  }
  if (otherNews && !otherNewsInOnePart(index, asked, analysis.asksToConfirm)) {
    const relation = { id: otherNews.id, label: otherNews.label, forms: [] };
    return notCoveredAnswer(knowledge, language, { entities: [], relation, covered: [] }, []);
  }
  // Several questions in one: each part answered on its own. A confirmation is one claim: only
  // its clauses are parts ("is Amazon still…, and did Google…?"), never a list of its nouns.
  // Questions of one shape over the whole text are one question: the money both ways, or
  // whether the article is right ("the headline number, and does it hold up?").
  // A shape asked by one part only, next to other complete questions ("when was it announced,
  // and who pays whom the $30B?"), is that part's.
  // "MS invests in Anthropic and then Anthropic invests back in MS?": a claim of legs, checked
  // leg by leg before its clauses are read as parts.
  // "What does Anthropic get from NVIDIA besides money?", "…얻는 것은? 클라우드 매출 외에요": the
  // facts joining the two beside the money; the set-aside money is no part of its own.
  // "Is Anthropic the buyer or the seller?", "300억은 MS 매출이에요 비용이에요?": each side of the
  // payment, before "revenue" reads as a figure the knowledge lacks.
  const roles = asksMoneyRole(knowledge, analysis, wholeScope);
  if (roles) return moneyRoleAnswer(knowledge, language, roles);
  // "it lent Anthropic $5B, right?", "debt or equity?": what kind of money each flow is.
  const lent = asksIfLent(knowledge, analysis, wholeScope);
  if (lent) return lentAnswer(knowledge, language, lent);
  // "Is Anthropic buying anything from NVIDIA?": the buyer's purchases from that seller.
  const buysFrom = asksIfBuysFrom(knowledge, analysis, wholeScope);
  if (buysFrom) return buysFromAnswer(knowledge, language, buysFrom);
  // "who's the customer of who?", "앤트로픽 공급업체는 누구?": the sales, each other's first.
  const customers = asksCustomerRoles(knowledge, analysis, wholeScope);
  if (customers) return customerRolesAnswer(knowledge, language, customers);
  const besidesMoney = getsBesidesMoney(
    knowledge,
    analysis.normalized,
    asked,
    wholeScope,
    analysis.asksToConfirm,
  );
  if (besidesMoney) {
    const quoted = chooseSentences(knowledge, [], besidesMoney, true);
    return composeAnswer(knowledge, language, besidesMoney, quoted);
  }
  // "What does Microsoft get out of it?", "마소는 앤트로픽한테서 뭐 받노?": what flows to it.
  const gets = whatPartyGets(knowledge, analysis.normalized, asked, wholeScope);
  if (gets) {
    const quoted = chooseSentences(knowledge, [], gets, true);
    return composeAnswer(knowledge, language, gets, quoted);
  }
  // "the missing leg: how much is A paying B? need a number for the loop diagram": the amount of
  // a leg with no dollar figure, not the loop traced.
  const unpricedInLoop = LOOP_NAMED.test(analysis.normalized)
    ? unpricedLegAsked(index, analysis, wholeScope())
    : undefined;
  if (unpricedInLoop) {
    const lead = unpricedLegLead(knowledge, language, unpricedInLoop);
    return abstainAnswer(knowledge, language, "not-covered", lead);
  }
  // "MS나 엔비디아가 앤트로픽 이사회 의석도 받는다고 볼 수 있나?": what a leg is claimed to carry
  // is a relation the knowledge lacks (a board seat, a rebate), not money; it is not covered.
  const legs =
    wholeScope().outsideRelations.length > 0
      ? undefined
      : legsClaimAnswer(index, analysis.normalized, analysis, language);
  if (legs) return legs;
  // "Trace the loop: who does Anthropic pay, who does that company pay…?": one loop, not parts.
  const loop = loopTracedAnswer(index, asked, analysis, language);
  if (loop) return loop;
  // "if microsoft put in 5 billion, how much did nvidia put in?": the premise's party is given,
  // the other party's is asked.
  const afterPremise = askAfterPremise(asked, (text) => storyParties(index, text));
  if (afterPremise !== undefined) {
    const premised = answerOne(
      index,
      afterPremise,
      index.analyze(afterPremise),
      language,
      undefined,
    );
    if (!premised.abstained) return premised;
  }
  // "what's amazon's role now that msft is in?": the circumstance sets the scene; the party
  // asked about is the main clause's.
  const main = withoutCircumstance(asked, (rest) => storyPartiesNamed(index, rest) >= 2);
  if (main !== undefined) {
    const mainAnswer = answerOne(index, main, index.analyze(main), language, undefined);
    if (!mainAnswer.abstained) return mainAnswer;
  }
  // "NVIDIA $10B and the event was Build, correct?": each claim checked on its own.
  const claims = analysis.asksToConfirm ? eachClaimAnswer(index, asked, language) : undefined;
  if (claims) return claims;
  // "마소가 앤트 지분 사는 거예요, 아니면 앤트가 마소 클라우드 사는 거예요?": two claims offered
  // as a choice; both may hold.
  // Not money's way between two parties ("does A pay B or does B pay A?"): both ways answer that.
  const either = asksMoneyDirection(analysis.normalized)
    ? undefined
    : eitherClaimAnswer(index, asked, language);
  if (either) return either;
  // "…순서 맞지? 각 단계도 설명해줘": the yes or no first, then the more asked for.
  const claimAndMore = claimThenRequest(index, asked);
  if (claimAndMore) {
    const { claim, request } = claimAndMore;
    const verdictOf = answerOne(index, claim, index.analyze(claim), language, undefined, true);
    if (!verdictOf.abstained && YES_OR_NO.test(verdictOf.text)) {
      const more = answerOne(index, asked, analysis, language, undefined, true);
      return partsAnswer(knowledge, language, [claim, request], [verdictOf, more]);
    }
  }
  // "Does Microsoft pay NVIDIA anything, and if so how much?": the yes or no, with its payment.
  // Not of a company the knowledge lacks ("Did Amazon invest, and if so how much?").
  const ifSo = withoutIfSoAmount(asked);
  const ifSoRead = ifSo ? index.analyze(ifSo) : undefined;
  const ifSoAnswer =
    ifSo &&
    ifSoRead &&
    !asksAboutSomethingUncovered(index, ifSo) &&
    answerOne(index, ifSo, ifSoRead, language, undefined);
  if (ifSoAnswer && !ifSoAnswer.abstained && YES_OR_NO.test(ifSoAnswer.text)) return ifSoAnswer;
  return undefined;
}

/** Whether a reading has at least `least` terms the knowledge lacks (no array made). */
function hasUnknownTerms(read: Analysis, least: number): boolean {
  let count = 0;
  for (let at = 0; at < read.terms.length; at++) {
    if (!(read.terms[at] as Analysis["terms"][number]).known && ++count >= least) return true;
  }
  return false;
}

/** Words of size, said with or without "than": "who put in more", "the bigger backer". */
const SIZE_COMPARED =
  /\b(?:more|bigger|larger|greater|higher|less|smaller|lower)\b|더 (?:많|크|커|큰|적|작)/u;

function comparesSizes(normalized: string): boolean {
  return asksToCompare(normalized) || SIZE_COMPARED.test(normalized);
}

/** A part that asks arithmetic and names no figure and no party ("and by how much?"). */
function computesOnNothingOfItsOwn(part: Analysis): boolean {
  return (
    !part.terms.some((term) => term.kind === "amount" || term.entity !== undefined) &&
    asksArithmetic(part.normalized)
  );
}

/**
 * A part that asks arithmetic and names no figure and no party of its own, in a question that
 * writes two figures or more elsewhere: it computes on those.
 */
function computesOnFiguresBefore(part: Analysis, whole: Analysis): boolean {
  if (part.terms.some((term) => term.kind === "amount")) return false;
  if (!asksArithmetic(part.normalized)) return false;
  const amounts = whole.terms.filter((term) => term.kind === "amount").length;
  const partiesOf = (analysis: Analysis) =>
    new Set(analysis.terms.flatMap((term) => (term.entity === undefined ? [] : [term.entity])));
  const own = partiesOf(part);
  if (own.size === 0) return amounts >= 2;
  // "Nvidia's ten bil versus Microsoft's five. How many times bigger is Nvidia's?": the part
  // names one side of the comparison; the sentence before names the other and the figures.
  return (
    own.size === 1 &&
    amounts >= 1 &&
    partiesOf(whole).size >= 2 &&
    TIMES_THE_OTHER.test(part.normalized) &&
    !OF_A_TOTAL.test(part.normalized)
  );
}

/** A multiple or a comparison of two sides ("how many times bigger", "몇 배", "ratio"). */
const TIMES_THE_OTHER =
  /\b(?:how many times|times (?:bigger|larger|more|as)|ratio|multiple)\b|몇 ?배|배(?:나|야|임|인가)|비율/u;
/** A share of a whole ("share of the total", "합계 중"): the total is its own figure. */
const OF_A_TOTAL = /\b(?:total|combined|together|sum|altogether|share)\b|합계|합친|총액|전체/u;

/** What the parts before asked, pointed back at as a pair: "the two", "both", "둘", "두 금액". */
const OF_THE_PARTS_BEFORE =
  /\b(?:the two|these two|those two|both|the pair)\b|(?<!\p{Script=Hangul})(?:둘|두 (?:금액|숫자|수치|개|가지)|그 둘|이 둘)(?!\p{Script=Hangul})|(?<!\p{Script=Hangul})둘(?:의|이|을|은|을)(?!\p{Script=Hangul})/u;

/**
 * "How much equity does Anthropic receive, how much does it commit to Azure, and what's the ratio
 * of the two?": the last part's arithmetic is on the figures the parts before asked for, read
 * from their words together. Undefined when the part asks no arithmetic of them, or the parts
 * before name no two figures the facts give.
 */
function arithmeticOfPartsBefore(
  index: KnowledgeIndex,
  before: readonly { bare: string }[],
  bare: string,
  language: Language,
): Answer | undefined {
  if (before.length === 0) return undefined;
  const ownRead = index.analyze(bare);
  const own = ownRead.normalized;
  if (!asksArithmetic(own)) return undefined;
  // "Valuation went from 183bn to 350bn. What's the jump?": a part that names no figure and no
  // party of its own computes on the figures the parts before write (two or more).
  const onTheFiguresBefore =
    !ownRead.terms.some((term) => term.kind === "amount" || term.entity !== undefined) &&
    before.reduce(
      (count, part) =>
        count + index.analyze(part.bare).terms.filter((term) => term.kind === "amount").length,
      0,
    ) >= 2;
  if (!OF_THE_PARTS_BEFORE.test(own) && !onTheFiguresBefore) return undefined;
  const joined = `${before.map((part) => part.bare).join(", ")}, ${bare}`;
  const read = index.analyze(joined);
  const { knowledge } = index;
  const scope = scopeOnce(index, read, joined);
  if (scope.outsideRelations.length > 0) return undefined;
  const computed = figureArithmetic(knowledge, read, scope, language);
  if (!computed) return undefined;
  const quoted = chooseSentences(knowledge, [], computed.facts, true);
  return composeAnswer(knowledge, language, computed.facts, quoted, computed.head);
}

const WHY = /\bwhy\b|\bhow come\b|왜|이유/iu;

/** A premise after the question: "…, if/when/even though it already has…", "…이미 … 있는데". */
const PREMISE =
  /,?\s+(?:if|when|while|though|although|even though|even if|given that|since|considering)\s+(?:\S+\s+){1,3}?(?:already|still)\b.*$/iu;
const KOREAN_PREMISE =
  /(?:^|\s)(?:\S+\s+){0,3}?이미\s.*?(?:있는데|했는데|하는데|인데|있으면서|있으면서도|있잖아|있으니까)\s*/u;

/**
 * A "why" question without its premise, or undefined when it asks no reason, has no premise, or
 * nothing is left.
 */
function withoutPremise(question: string): string | undefined {
  if (!WHY.test(question)) return undefined;
  const english = question.replace(PREMISE, "?");
  if (english !== question) return english.trim() === "?" ? undefined : english;
  const korean = question.replace(KOREAN_PREMISE, " ").trim();
  return korean !== question.trim() && korean !== "" ? korean : undefined;
}

/**
 * "1기가와트 전력 비용은 얼마쯤 되고, 그 컴퓨팅은 어느 칩에서 돌아?": the other measure is one
 * part's, and another part asks what the knowledge has: the parts are answered one by one (the
 * first is not covered). Not when no part asks it alone ("몇 기가와트?" next to "…원으로").
 */
function otherNewsInOnePart(index: KnowledgeIndex, question: string, claim: boolean): boolean {
  const parts = questionParts(index, question, claim);
  if (parts.length < 2) return false;
  const reads = parts.map(({ text }) => index.analyze(text));
  const other = reads.map((read) => figureInOtherUnit(read) !== undefined);
  if (!other.some((is) => is) || other.every((is) => is)) return false;
  // Each other part asks a thing of its own: a concept the other-unit part does not name
  // ("어느 칩", not "몇 기가와트?" after "300억 달러로 전력은 얼마나 돼?").
  const concepts = (read: Analysis) =>
    read.terms.flatMap((term) =>
      term.kind === "concept" &&
      term.known &&
      !index.knowledge.scope.names.has(term.features[0]?.slice(2) ?? "")
        ? [term.features[0] ?? ""]
        : [],
    );
  const named = new Set(reads.filter((_, at) => other[at]).flatMap(concepts));
  return reads.every(
    (read, at) => other[at] || concepts(read).some((feature) => !named.has(feature)),
  );
}

/**
 * A question of several parts answers each on its own: a cousin asked by one part is that part's
 * when another part asks a word of the knowledge ("가. 아마존의 역할 나. 아마존의 누적 투자액").
 * A part that names nothing the knowledge knows ("삼성도 들어가나요?") asks nothing of its own.
 */
function cousinOfWhole(index: KnowledgeIndex, question: string, claim: boolean): boolean {
  const parts = questionParts(index, question, claim);
  return parts.every(({ bare }) => {
    if (parts.length < 2) return true;
    const read = index.analyze(bare);
    return (
      asksFigureCousin(read, index.knowledge.scope.names) !== undefined ||
      !read.terms.some((term) => term.known)
    );
  });
}

/** "when" asked: the time of something. */
const WHEN_ASKED = /\bwhen\b|언제|며칠|몇 ?월/u;
/**
 * A verb that moves money ("received $30B in cash from Microsoft"): without one ("Will Microsoft
 * book the $30B as revenue?") the claim's verb is the relation not covered, and says no direction.
 */
const MONEY_MOVES =
  /\b(?:pay|pays|paid|paying|receive|receives|received|receiving|get|gets|got|getting|give|gives|gave|given|giving|send|sends|sent|sending|invest|invests|invested|investing|put|puts|putting|pour|pours|poured|pouring|fund|funds|funded|funding|spend|spends|spent|spending|buy|buys|bought|buying|wire|wires|wired|transfer|transfers|transferred)\b|받|주|줘|줬|내|냈|넣|투자|송금|지급/u;
/** A figure as the price of what is claimed: "for the 5 billion", "for its $10B", "100억 대가로". */
const FOR_THE_FIGURE =
  /\bfor (?:the |its |their |that |this |his |her )?(?:full |whole |entire )?(?:us)?\$?\d|\d\S*\s?(?:\S+\s)?대가로/u;
/**
 * A part that asks only for a date, with no word of what: "날짜", "정확한 날짜로", "exact date?",
 * "any date?".
 */
const ONLY_A_DATE =
  /^(?:(?:the|an?|any|rough|exact|precise|specific|actual|정확한|정확히|구체적인)\s*)*(?:date|day|time|날짜|일자|시점|며칠)(?:\p{Script=Hangul}{0,2})?(?:\s+(?:please|pls|plz|좀|알려줘|알려주세요))?\s*[?？.!]*$/u;

/** A clause that only sets a condition: "if it spends less?", "unless…", "다 안 쓰면", "…다면?". */
const ONLY_A_CONDITION =
  /^(?:and\s+|or\s+|but\s+)?(?:if(?! (?:so|yes|not|any|there)\b)|unless|in case|assuming|supposing)\b[^?？]*[?？.!]*\s*$|^[^?？]*\p{Script=Hangul}(?:으면|다면|라면|면|경우엔?|경우에는)\s*[?？.!~]*\s*$/u;

/** A word asking when, in a part that may say its verb too ("언제까지 주는 거야?"). */
const WHEN_WORD = /\bwhen\b|언제/u;

/** A part that asks only when: "by when?", "and when?", "언제까지?", "언제쯤?". */
const ONLY_WHEN =
  /^(?:and\s+|but\s+)?(?:by |until |till |since |from )?when(?:\s+(?:exactly|though|tho|roughly))?\s*[?？.!]*$|^(?:그리고\s+|또\s+)?언제(?:까지|쯤|부터|까지는)?(?:요|야|임|인가요|예요|에요)?\s*[?？.!]*$/u;

/**
 * A part after a part the knowledge does not cover that asks nothing new: the asker's remark
 * ("What did Anthropic's CEO say? I've only seen Microsoft's side quoted."), or the same relation
 * asked again of a party the knowledge lacks, with no party of its own ("젠슨황 뭐라함? 코멘트
 * 있음?"). Alone it would be answered
 * with another party's fact (Nadella's words) after "not covered": it is not covered too.
 * Undefined when the part asks something of its own.
 */
function restOfUncovered(
  index: KnowledgeIndex,
  asked: string,
  beforeText: string,
  bare: string,
  language: Language,
): Answer | undefined {
  const { knowledge } = index;
  const own = index.analyze(bare);
  // Composed only when returned: most parts after one not covered ask something of their own.
  const notCovered = () => abstainAnswer(knowledge, language, "not-covered");
  if (isRemark(asked, bare, own)) return notCovered();
  // "구글은 총 얼마 넣었음? 기사에 구글 얘기도 나오던데": the asker's background, trailing off on a
  // connective with no question mark, is why they ask; it asks nothing of its own.
  if (TRAILING_BACKGROUND.test(bare.trim()) && !hasQuestionWord(own.normalized))
    return notCovered();
  // "How long is the commitment? 5 years? 10?": guesses at what the part before asked.
  if (onlyGuessesValues(own.normalized)) return notCovered();
  // "When does it go live? need a date", "how much…? need a number for the diagram": the kind of
  // answer wanted for what the part before asked.
  if (asksAgainForKind(own.normalized, index.analyze(beforeText).normalized)) return notCovered();
  // "위약금 있어? 300억 다 안 쓰면", "Any penalty? If it spends less?": the condition of what the
  // part before asked, not a claim of its own.
  if (ONLY_A_CONDITION.test(own.normalized)) return notCovered();
  // "coupon or interest on the $5B? convertible?": every word of the part is one the knowledge
  // lacks, after a term of the deal it lacks (not a name: "GB랑 VR 무슨 약자임? 풀네임"): it
  // asks more of that term, and the words carried from the part before would answer another.
  if (
    own.terms.length > 0 &&
    own.terms.every((term) => !term.known) &&
    readRelations(knowledge, index.analyze(beforeText)).outsideRelations.length > 0
  ) {
    return notCovered();
  }
  if (own.terms.some((term) => term.kind === "amount")) return undefined;
  // "엔비 100억 언제 꽂힘? 날짜", "When does the money land? Exact date?": the date of what the
  // part before asked when of, not of the story (its announcement).
  if (ONLY_A_DATE.test(own.normalized) && WHEN_ASKED.test(index.analyze(beforeText).normalized)) {
    return notCovered();
  }
  // "how much more capacity is planned, and by when?", "…? 언제까지?": only "when", of the thing
  // the part before asked; the story's own date would answer another question.
  // So is "돈 나눠서 주나? 언제까지 주는겨?": when, with no word the knowledge reads.
  if (
    ONLY_WHEN.test(own.normalized) ||
    (own.terms.length === 0 && WHEN_WORD.test(own.normalized))
  ) {
    return notCovered();
  }
  const scope = scopeOnce(index, own, bare);
  const beforeScope = () => scopeOnce(index, index.analyze(beforeText), beforeText);
  // "Who leads NVIDIA, and what did he say about Anthropic?": "he" is the person the part before
  // asked for, whom the knowledge cannot name; what the part asks of him is not covered either.
  if (
    (PERSON_POINTS_BACK.test(own.normalized) || SPACED_PERSON_POINTER.test(own.normalized)) &&
    WHO_ASKED.test(index.analyze(beforeText).normalized)
  ) {
    return notCovered();
  }
  if (
    saidAfterWho(
      own.normalized,
      scope.entities.length > 0,
      WHO_ASKED.test(index.analyze(beforeText).normalized),
    )
  ) {
    return notCovered();
  }
  // "What did Google say? Did they invest more in Anthropic after?": "they" is the party the part
  // before named, not the one named here (acted on): asked of it, what the knowledge has of it.
  if (scope.entities.length > 0) {
    // "Is Amazon's chip deal bigger than NVIDIA's? Give me Amazon's figure.": the figure of a
    // party the part before named, with no relation of its own, is the figure asked before.
    const named = beforeScope().entities;
    const figureAgain =
      FIGURE_NOUN.test(own.normalized) &&
      scope.relations.length === 0 &&
      scope.entities.every((entity) => named.some((earlier) => earlier.id === entity.id)) &&
      own.terms.filter((term) => term.known).length <= scope.entities.length;
    if (figureAgain) return notCovered();
    // "How did MSFT's stock move that day? And NVDA?", "엔비디아는?": a part that only names a
    // party asks the part before's question of it; what the part before asked is not covered.
    if (namesOnlyParties(own) && beforeScope().outsideRelations.length > 0) return notCovered();
    // "…has Amazon invested in Anthropic? And Google?": the question before, asked of the party
    // named, is covered under no reading.
    {
      const beforeAnalysis = index.analyze(beforeText);
      const readings = askedOfNamedParty(
        beforeAnalysis,
        beforeScope().entities,
        own,
        scope.entities,
      );
      const covered = (reading: string) =>
        !answerOne(index, reading, index.analyze(reading), language, undefined, true).abstained;
      if (readings.length > 0 && !readings.some(covered)) return notCovered();
    }
    const pronoun = SUBJECT_POINTS_BACK.exec(own.normalized);
    const [party] = named;
    if (!pronoun?.groups?.who || !party) return undefined;
    if (scope.entities.some((entity) => entity.id === party.id)) return undefined;
    const at = pronoun.index + pronoun[0].lastIndexOf(pronoun.groups.who);
    const asked = `${own.normalized.slice(0, at)}${party.name.en}${own.normalized.slice(at + pronoun.groups.who.length)}`;
    const answer = answerOne(index, asked, index.analyze(asked), language, undefined, true);
    return answer.abstained ? answer : undefined;
  }
  // "Did Dario Amodei comment on the deal? What did he say?": he is the person the part before
  // named, whom the knowledge lacks, whatever the part asks of him.
  if (
    PERSON_POINTS_BACK.test(own.normalized) &&
    beforeScope().entities.some((entity) => entity.outside)
  ) {
    return notCovered();
  }
  // "Jensen Huang은 뭐라고 했어? keynote에서 얘기했어?": talking asked again, with no party of its
  // own, after what a person the knowledge lacks said: still that person's words, not the story's.
  if (
    SPOKE.test(own.normalized) &&
    beforeScope().relations.some(isSaying) &&
    beforeScope().entities.some((entity) => entity.outside)
  ) {
    return notCovered();
  }
  // "메타도 투자했나요? 얼마나요?": only an amount, of the part before.
  const amountOnly = scope.relations.length === 0 && own.asksForFigure;
  if (scope.relations.length === 0 && !amountOnly) return undefined;
  // Asked of a party the knowledge lacks: "발표 장소랑 / 날짜" asks the date of the story itself.
  const before = beforeScope();
  if (!before.entities.some((entity) => entity.outside)) return undefined;
  // "Does TSMC get a mention, and how much are they being paid?": "they" is the party before.
  if (amountOnly || POINTS_AT_BEFORE.test(own.normalized)) return notCovered();
  const again = scope.relations.every((relation) =>
    before.relations.some((earlier) => earlier.id === relation.id),
  );
  return again ? notCovered() : undefined;
}

/** What an answer says before its quotes: two parts with the same one were answered alike. */
function openingOf(answer: Answer): string {
  const opening = answer.text.split("\n", 1)[0] ?? "";
  // "기사 내용:", "According to the article:" say which passage only by its quote.
  return opening.endsWith(":") ? `${opening}\u0000${answer.citations[0]?.quote ?? ""}` : opening;
}

/** "The article doesn't cover NVIDIA's lockup.": the asked phrase, said of the party named. */
function carrierNotCovered(
  knowledge: Knowledge,
  language: Language,
  phrase: string,
  entities: readonly NamedEntity[],
): Answer {
  const relation = { id: "asked-word", label: { en: phrase, ko: phrase }, forms: [] };
  return notCoveredAnswer(knowledge, language, { entities, relation, covered: [] }, []);
}

/** The hint given when a question is off topic, with nothing more specific said. */
const GENERIC_ABSTAIN = /^(?:The article doesn't cover that\.|기사에서 다루지 않는 내용이에요\.)/u;

/** Two things asked side by side: "이유랑 금액", "how much, and why?", "amount and motive". */
const BOTH_JOINED = /\band\b|[,&+]|(?<=\p{Script=Hangul})(?:이랑|랑|하고|과|와)\s/u;

/** The first question's mark, with more asked after it. */
const ASKED_AFTER_MARK = /[?？]\s+(?=\S)/u;

/**
 * "왜 …? 금액도 나와 있나요?", "Why …? Does it say how much?": a second question with no word of
 * its own, asking only for the figure of what the first asked.
 */
function figureAskedAfterMark(index: KnowledgeIndex, normalized: string): boolean {
  const mark = ASKED_AFTER_MARK.exec(normalized);
  if (!mark) return false;
  const after = index.analyze(normalized.slice(mark.index + mark[0].length));
  return after.asksForFigure && after.terms.length === 0;
}

/**
 * "엔비디아가 투자한 이유랑 금액 알려줘", "Microsoft: how much did it put in, and why?": one
 * question asking both how much and why, of the same words. Each is answered: the figure, then
 * the reason, as two parts.
 */
function reasonAndAmount(
  index: KnowledgeIndex,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  if (!analysis.asksForReason || !analysis.asksForFigure) return undefined;
  const followUp = figureAskedAfterMark(index, analysis.normalized);
  if (!BOTH_JOINED.test(analysis.normalized) && !followUp) return undefined;
  // Words the knowledge lacks ("오라클은 왜 투자했나요? 금액도 나와 있나요?") are dropped below:
  // such a question is left to the scope check.
  const named = readScope(index.knowledge, analysis, analysis.normalized, (word) =>
    isTypoOfKnownWord(index, word),
  );
  if (named.entities.some((entity) => entity.outside)) return undefined;
  const words = analysis.terms
    .filter((term) => term.known && term.kind !== "amount")
    .map((term) => term.text)
    .join(" ");
  if (words === "") return undefined;
  const korean = language === "ko";
  const asks = korean ? [`${words} 얼마`, `${words} 왜`] : [`how much ${words}`, `why ${words}`];
  const answers = asks.map((text) =>
    answerOne(index, text, index.analyze(text), language, undefined, true),
  );
  // "왜 돈을 내요? 금액도 나와요?": a reason the knowledge gives for a payment whose figure it
  // does not is still the answer, first, with the figure said not covered after it.
  const [figure, reason] = answers;
  if (!figure || !reason || reason.abstained) return undefined;
  const labels = korean ? ["금액", "이유"] : ["how much", "why"];
  if (!figure.abstained) return partsAnswer(index.knowledge, language, labels, answers);
  if (!followUp) return undefined;
  return partsAnswer(
    index.knowledge,
    language,
    [labels[1] ?? "", labels[0] ?? ""],
    [reason, figure],
  );
}

/**
 * Whether the article's author or date is asked by one part of several, next to a part that asks
 * something else ("who wrote this article and how much did nvidia invest").
 */
function metadataIsOnePart(index: KnowledgeIndex, asked: string, analysis: Analysis): boolean {
  const parts = questionParts(index, asked, analysis.asksToConfirm);
  return (
    parts.length > 1 &&
    parts.some(({ bare }) => !asksAboutArticleMetadata(index.analyze(bare).normalized))
  );
}

/**
 * Whether the question asks about a party, or a kind of fact, the knowledge does not cover
 * (another company's investment, revenue, market share…). Such a question is complete in itself:
 * it is never read as a follow-up to an earlier one, so no earlier party's fact can stand in.
 */
export function asksAboutSomethingUncovered(index: KnowledgeIndex, question: string): boolean {
  return uncoveredPart(index, question, index.analyze(question)).notCovered !== undefined;
}

/**
 * A text's scope, a capitalised typo of a known word read as that word: one answer reads the scope
 * of one text more than once (the whole for its shape checks and then as its only part, a part and
 * again when its answer is weighed), so it is read once per answer, for that analysis of the text.
 */
function scopeOnce(index: KnowledgeIndex, analysis: Analysis, raw: string): QuestionScope {
  const read = () =>
    readScope(index.knowledge, analysis, raw, (word) => isTypoOfKnownWord(index, word));
  const kept = oncePerAnswer(index, `scope\u0000${raw}`, () => ({ analysis, scope: read() }));
  return kept.analysis === analysis ? kept.scope : read();
}

/** The question's scope, its ranked facts, and what of it the knowledge does not cover. */
function uncoveredPart(index: KnowledgeIndex, question: string, analysis: Analysis) {
  const { knowledge } = index;
  const scope = scopeOnce(index, analysis, question);
  const ranked = rerankByAskedKind(
    rerankByScope(index.search(analysis), scope, analysis, knowledge),
    analysis,
    index,
  );
  const passageCovers = (entity: string, concepts: readonly string[]) =>
    index.sentenceConcepts.some(
      (found) => found.has(entity) && concepts.some((concept) => found.has(concept)),
    );
  const asksHowMuch = HOW_MUCH.test(analysis.normalized);
  // "What did Google say about Claude?": a party's words the facts never quote.
  const silent = silentSpeaker(knowledge, analysis, scope);
  const notCovered =
    shareOfSumNotCovered(knowledge, scope, analysis) ??
    findNotCovered(knowledge, scope, passageCovers, asksHowMuch) ??
    figureBetweenNotCovered(
      knowledge,
      scope,
      asksForAmount(analysis.normalized, asksHowMuch) || minorPairSum(knowledge, analysis, scope),
      analysis.normalized,
    ) ??
    paymentBetweenNotCovered(knowledge, scope, analysis.normalized) ??
    otherPartiesNotCovered(knowledge, scope, analysis.normalized) ??
    sameAsOtherNotCovered(knowledge, scope, analysis) ??
    ownedKindNotCovered(
      analysis,
      knowledge.facts,
      index.lexicon,
      scope.entities.filter((entity) => !entity.outside),
    ) ??
    silent;
  return { scope, ranked, notCovered, silent };
}

/** One question: scope check, then the answer of its shape. */
function answerOne(
  index: KnowledgeIndex,
  question: string,
  analysis: Analysis,
  language: Language,
  given: Verdict | undefined,
  /** One part of several: one quote, the one that holds the lead fact. */
  compact = false,
): Answer {
  const { knowledge } = index;
  const verdict = given ?? judgeRelevance(analysis, index.idf, index.maxIdf);
  // A part that asks only for a relation ("…, when did this happen, and …"): in a question about
  // the story, the relation's fact answers it.
  // A part with words of its own the knowledge lacks ("when does the 1 GW come online", "다음
  // 경기 언제야") asks the time of something else: the announcement's date is no answer to it.
  // "when did this go live" asks it of the story itself.
  const ofItsOwn =
    verdict.unknown > 0 && !(verdict.known === 0 && OF_THE_STORY.test(analysis.normalized));
  if (compact && !verdict.onTopic && verdict.reason !== "advice" && !ofItsOwn) {
    const relationOnly = relationFactAnswer(index, question, analysis, language);
    if (relationOnly) return relationOnly;
  }
  if (!verdict.onTopic && verdict.reason !== "unknown-words" && verdict.reason !== "too-vague") {
    return abstainAnswer(knowledge, language, abstainReason(verdict));
  }
  const { scope, ranked, notCovered, silent } = uncoveredPart(index, question, analysis);
  // "What did Google say about Claude?", "Did Dario Amodei comment on the deal?": another
  // speaker's quote, or a check of the article's unnamed source, is not that party's words,
  // whatever else the question lacks.
  if (silent) return notCoveredAnswer(knowledge, language, silent, []);
  // "how much does the article say they invested?": the article's own figure, where the record
  // corrects it, is answered with the correction.
  // A party or a measure the knowledge lacks ("how much has Google invested, per the passage?",
  // "how many GPUs, per the passage?") is turned away as before.
  const correction =
    asksArticleFigure(analysis) &&
    !notCovered &&
    scope.outsideRelations.length === 0 &&
    !scope.entities.some((entity) => entity.outside) &&
    unsupportedMeasure(
      knowledge,
      analysis,
      scope.entities.map((entity) => entity.id),
    ) === undefined
      ? articleFigureCorrection(knowledge, analysis, ranked)
      : undefined;
  if (correction) {
    const quoted = chooseSentences(knowledge, [], [correction], compact);
    return composeAnswer(knowledge, language, [correction], quoted);
  }
  const early = answerBeforeRanking(index, analysis, language, scope, notCovered);
  if (early) return early;
  // Plain loops over the ranking (every passage with a feature of the question): a flatMap
  // allocated an array per passage. The facts and the sentences, in one pass.
  const rankedFacts: Fact[] = [];
  const sentences: Ranked<Passage>[] = [];
  for (let at = 0; at < ranked.length; at++) {
    const result = ranked[at] as Ranked<Passage>;
    if (result.item.kind === "fact") rankedFacts.push(result.item.fact);
    else if (result.item.kind === "sentence") sentences.push(result);
  }
  // What the three pieces below read: this part, its scope and its ranking.
  const part: RankedPart = {
    index,
    question,
    analysis,
    language,
    compact,
    scope,
    notCovered,
    verdict,
    ranked,
    rankedFacts,
    sentences,
  };
  return answerClaimsChecked(part) ?? answerUncoveredNamed(part) ?? answerGeneral(part);
}

/** One part as answerOne's pieces read it: the question, its scope, and its ranking. */
interface RankedPart {
  readonly index: KnowledgeIndex;
  readonly question: string;
  readonly analysis: Analysis;
  readonly language: Language;
  /** One part of several: one quote, the one that holds the lead fact. */
  readonly compact: boolean;
  readonly scope: QuestionScope;
  readonly notCovered: NotCovered | undefined;
  readonly verdict: Verdict;
  /** Every passage with a feature of the question, best first. */
  readonly ranked: readonly Ranked<Passage>[];
  /** The ranking's facts and its sentences, apart. */
  readonly rankedFacts: readonly Fact[];
  readonly sentences: Ranked<Passage>[];
}

/**
 * answerOne's checks before the ranking is read: a payment with no figure, a party's purchases,
 * the article against the record, a change reversed, a mention. A part of answerOne, moved out
 * whole: each of answerOne's pieces is small enough for V8 to optimise within the first answers
 * (a function's tier-up needs bytecode executed in proportion to its size).
 */
function answerBeforeRanking(
  index: KnowledgeIndex,
  analysis: Analysis,
  language: Language,
  scope: QuestionScope,
  notCovered: NotCovered | undefined,
): Answer | undefined {
  const { knowledge } = index;
  // "MS가 엔비디아한테 시스템 사는 금액은?", "1GW 구축 비용은 달러로?": money asked of a payment
  // the flows give no dollar figure for; the capacity or another pair's figure is no answer.
  const unpricedLeg = unpricedLegAsked(index, analysis, scope);
  // "Microsoft pays to Nvidia? how much?": yes, it does, and no figure is given.
  if (unpricedLeg && paymentAskedToo(analysis.normalized)) {
    const { yes, mark } = whetherWords[language];
    const steps = unpricedLeg.flows.map((flow) => flowStep(knowledge, language, flow)).join("; ");
    return flowsAnswer(knowledge, language, unpricedLeg.flows, `${yes}${mark}${steps}.`);
  }
  if (unpricedLeg) {
    const lead = unpricedLegLead(knowledge, language, unpricedLeg);
    return abstainAnswer(knowledge, language, "not-covered", lead);
  }
  // "What is Anthropic buying?", a part too: the purchases of the party asked, never another's.
  const buys = whatPartyBuys(knowledge, analysis.normalized, () => scope, analysis.asksToConfirm);
  if (buys)
    return composeAnswer(knowledge, language, buys, chooseSentences(knowledge, [], buys, true));
  // "Anything in the post that doesn't match the official announcement?": the announcement or
  // release is the yardstick, not what is asked (nor something uncovered); the article's
  // differences from the record answer it. A party or a figure named asks about that one.
  if (
    holdsArticleAgainstRecord(analysis.normalized) &&
    !scope.entities.some((entity) => !entity.outside && entity.id !== "article") &&
    !analysis.terms.some((term) => term.kind === "amount")
  ) {
    return factChecksAnswer(knowledge, language);
  }
  // "윗글에서 엔비디아가 오픈AI 의존도를 높이려 한다고 했죠?": the article moves it the other way.
  const changeReversed = changeClaimedReversed(knowledge, analysis, language);
  if (changeReversed) return changeReversed;
  // "Does the article mention Vera Rubin?", "기사에 오픈AI 나와?": the article's sentences say.
  // "MS가 오픈AI에 투자한 총액 기사에 나와?": a relation of the parties named that the knowledge
  // does not cover is not in the article either, though the parties are.
  if (asksIfArticleMentions(analysis) && !notCovered?.relation) {
    const mentioned = mentionAnswer(knowledge, analysis, scope, language);
    if (mentioned) return mentioned;
  }
  return undefined;
}

/**
 * answerOne's claims checked on the ranking: a conversion, a ratio, what the article says, a
 * count, another party or deal, a sum with no figure, a claim that something ended, a figure
 * claimed, a wrong party, name, instrument or property (a part of answerOne, moved out whole).
 */
function answerClaimsChecked(part: RankedPart): Answer | undefined {
  const { index, question, analysis, language, compact, scope, notCovered, verdict } = part;
  const { rankedFacts, sentences } = part;
  const { knowledge } = index;
  // "NVIDIA's $10B in trillions?", "1GW는 몇 메가와트?": one covered figure in another unit,
  // before anything else reads the figure (a claim of it, the fact alone).
  const conversion =
    !notCovered && scope.outsideRelations.length === 0 && asksConversion(analysis)
      ? figureArithmetic(knowledge, analysis, scope, language)
      : undefined;
  if (conversion) {
    const quoted = chooseSentences(knowledge, sentences, conversion.facts, compact);
    return composeAnswer(knowledge, language, conversion.facts, quoted, conversion.head);
  }
  if (asksConversionAcrossUnits(analysis)) return abstainAnswer(knowledge, language, "not-covered");
  // "Azure is six times Microsoft's, right?", "마소가 전체의 3분의 1 맞죠?": a ratio claimed in
  // words of its own, before its figures are read as a claim of a figure.
  const ratio = ratioClaimed(knowledge, analysis, scope, rankedFacts, language);
  if (ratio) {
    const quoted = chooseSentences(knowledge, sentences, ratio.facts, compact);
    return composeAnswer(knowledge, language, ratio.facts, quoted, ratio.head);
  }
  // "Its intro calls it a $30B investment, right?": what the article says, not what is true.
  const says = articleSaysAnswer(
    knowledge,
    analysis,
    index.sentenceConcepts,
    rankedFacts,
    language,
    scope,
  );
  if (says) return says;
  // "1GW is about 500k GPUs, right?": a count the record never gives, before any figure beside it
  // is checked.
  const count = countClaimed(knowledge, analysis);
  if (count) {
    const entities = scope.entities.filter((entity) => entity.id !== "article").slice(0, 1);
    const relation = { id: count.id, label: count.label, forms: [] };
    return notCoveredAnswer(knowledge, language, { entities, relation, covered: [] }, []);
  }
  // "구글도 이번 딜에서 50억 넣었다던데?": another party put among this deal's payers is a no
  // with the payers the facts name; that party's own investments are said not covered.
  const addedInvestor = analysis.asksToConfirm
    ? addedInvestorClaimed(knowledge, analysis, scope)
    : undefined;
  if (addedInvestor) return addedInvestorAnswer(knowledge, language, sentences, addedInvestor);
  // "Isn't this just the Microsoft-OpenAI deal again?": this deal taken for another pair's.
  const otherDeal = otherDealClaimed(knowledge, analysis, scope);
  if (otherDeal) return verdictAnswer(knowledge, language, sentences, otherDeal, compact);
  // "The amount Microsoft pays NVIDIA is stated in the release, right?": no sum is given, a no
  // with the payment's fact that says so (a yes when the claim says none is given).
  const sumClaimedGiven = analysis.asksToConfirm
    ? unpricedSumClaimedGiven(knowledge, analysis, scope)
    : undefined;
  if (sumClaimedGiven) {
    const agrees = claimDenies(analysis.normalized);
    const verdict = { agrees, facts: [sumClaimedGiven.fact], reversed: false };
    return verdictAnswer(knowledge, language, sentences, verdict, compact);
  }
  // "Microsoft is paying NVIDIA $10B for the systems, right?": a payment with no figure given.
  const unpricedClaim = analysis.asksToConfirm
    ? unpricedPaymentClaimed(knowledge, analysis, scope)
    : undefined;
  if (unpricedClaim) {
    const { entities, relation, fact } = unpricedClaim;
    const uncovered = { entities, ...(relation ? { relation } : {}), covered: [fact] };
    return notCoveredAnswer(knowledge, language, uncovered, []);
  }
  // "Satya walked away from OpenAI when he backed Anthropic?": a claim that something ended is
  // checked against the fact that says it remains before anything it names is "not covered".
  // Not when an outside party or other news is named: "구조개편 끝나서…" ends that, not a fact.
  // Nor when a change is claimed of something no fact covers ("코파일럿 기본 모델이 클로드로
  // 바뀌어?", the default): the fact that Claude remains available does not settle it.
  if (
    notCovered &&
    analysis.asksToConfirm &&
    scope.outsideRelations.length === 0 &&
    claimsEnded(analysis.normalized) &&
    !scope.entities.some((entity) => entity.outside)
  ) {
    const checked = checkConfirmation(knowledge, analysis, scope, question, rankedFacts);
    if (checked && (!checked.agrees || checked.endingDenied)) {
      return verdictAnswer(knowledge, language, sentences, checked, compact);
    }
  }
  // "Anthropic is investing $30B into Microsoft stock, true?": a claim of a figure the facts
  // have, between the story's parties, is wrong about that figure, whatever else it names.
  if (
    notCovered &&
    analysis.asksToConfirm &&
    // Between two parties: one party's figure of something not covered ("Anthropic's revenue
    // is about $5B, right?") is not covered, whatever figure it happens to share.
    scope.entities.length >= 2 &&
    scope.entities.every((entity) => !entity.outside) &&
    analysis.terms.some((term) => term.kind === "amount" && isFigureOfAFact(knowledge, term.text))
  ) {
    const checked = checkConfirmation(knowledge, analysis, scope, question, rankedFacts);
    // "300억은 투자가 아니라 애저 쓰는 돈이지?": the relation found not covered is the one denied.
    // "microsoft get board seat in anthropic for the 5 billion?": the figure is the parties' own,
    // and what is claimed of it is a relation no fact covers (a board seat); which way the money
    // goes is not what is asked.
    const onlyDirection =
      checked?.reversed === true &&
      !checked.relationDenied &&
      scope.outsideRelations.length > 0 &&
      (FOR_THE_FIGURE.test(analysis.normalized) || !MONEY_MOVES.test(analysis.normalized));
    // "마소 50억 투자금이랑 애저 대금이 상계되는지": each figure is its own sum's, named to say
    // which sums the term not covered is of; the check paired one with the other sum.
    // A claim about a named sum's own fact ("1기가와트 칩 대금을 엔비디아에 직접 주는") is checked.
    const namedSums =
      checked?.agrees === false && !checked.reversed && scope.outsideRelations.length > 0
        ? sumsNamed(knowledge, analysis, scope)
        : undefined;
    const onlyNamesSums =
      namedSums !== undefined && !checked?.facts.some((fact) => namedSums.includes(fact));
    if (
      checked &&
      (!checked.agrees || checked.relationDenied) &&
      !checked.unlisted &&
      !checked.unsaidWhen &&
      !onlyDirection &&
      !onlyNamesSums
    ) {
      return verdictAnswer(knowledge, language, sentences, checked, compact);
    }
  }
  // "구글이 앤트로픽에 100억 달러 투자한 거 맞죠?": a covered figure on a party no fact names is
  // NVIDIA's, a no with its fact.
  // "Microsoft bought Anthropic, right?": a relation taken for the covered one between them.
  const wrongParty =
    notCovered && analysis.asksToConfirm
      ? (checkWrongParty(knowledge, analysis, scope, notCovered) ??
        checkMistakenRelation(knowledge, analysis, scope, notCovered))
      : undefined;
  if (wrongParty) return verdictAnswer(knowledge, language, sentences, wrongParty, compact);
  // "Azure AI Foundry is being renamed to Azure AI Studio, right?": the name claimed is one the
  // knowledge lacks, and the fact check about the name says what it is now.
  const renamed =
    notCovered && analysis.asksToConfirm ? checkRenamedTo(knowledge, analysis, scope) : undefined;
  if (renamed) return verdictAnswer(knowledge, language, sentences, renamed, compact);
  // "The 1 GW runs on Google TPUs, right?": an outside name where the fact gives its own.
  // "Jensen Huang said OpenAI remains a critical partner?": a speaker where the fact names its own.
  const instrument =
    notCovered && analysis.asksToConfirm
      ? (checkSpeaker(knowledge, analysis, scope, rankedFacts) ??
        checkOutsideInstrument(knowledge, analysis, scope) ??
        checkOutsideHolder(knowledge, analysis, scope, rankedFacts))
      : undefined;
  if (instrument) {
    return verdictAnswer(knowledge, language, sentences, instrument, compact);
  }
  if (notCovered || analysis.asksToConfirm) {
    // "The quote is from Jensen Huang, isn't it?": the name is the claim about the article, a no.
    // "Does CP style want the Oxford comma or not?": one property word ("style") among words the
    // knowledge lacks is no claim about the piece unless the piece or a party is named.
    const aboutThePiece = () =>
      verdict.onTopic ||
      verdict.known >= 2 ||
      namesArticleAsNoun(analysis.normalized) ||
      scope.entities.some((entity) => !entity.outside);
    const property =
      analysis.asksToConfirm && aboutThePiece()
        ? checkArticleProperty(knowledge, analysis, scope)
        : undefined;
    if (property) {
      return verdictAnswer(knowledge, language, sentences, property, compact);
    }
  }
  return undefined;
}

/**
 * answerOne's answers for a word or relation the knowledge lacks, a purchase's reason, one way
 * of the money, a path, the flows, the net, the figures compared, and what is not covered (a
 * part of answerOne, moved out whole).
 */
function answerUncoveredNamed(part: RankedPart): Answer | undefined {
  const { index, question, analysis, language, compact, scope, notCovered } = part;
  const { rankedFacts, sentences } = part;
  const { knowledge } = index;
  // "How does NVIDIA's deal with OpenAI compare to this one?": a deal nothing here joins.
  const otherPair = otherPairDealCompared(knowledge, analysis, scope);
  if (otherPair) {
    return carrierNotCovered(knowledge, language, language === "ko" ? "거래" : "deal", otherPair);
  }
  // "is there a lockup on the nvda stake?", "MS 지분 보호예수 기간 있어?": the word the question
  // asks for is one the knowledge lacks; the known words around it would find another fact.
  // What the knowledge lacks by name (an outside party or relation) is said as such, below.
  // "For Microsoft, what's the net: money in … vs money out …?": the net of the money both ways
  // is what the flows answer, not a measure the knowledge lacks.
  const carried =
    notCovered === undefined &&
    unknownCarrier(analysis, (term) => isSpecificTerm(term, index.idf, index.maxIdf));
  const carrier =
    carried &&
    !(NET_OF_FLOWS.test(carried.phrase) && asksMoneyDirection(analysis.normalized)) &&
    // "what fraction is NVIDIA's?": a word of arithmetic on figures the facts give is no
    // measure the knowledge lacks.
    !(
      asksArithmetic(carried.phrase) &&
      figureArithmetic(knowledge, analysis, scope, language) !== undefined
    ) &&
    carried;
  if (carrier) {
    // "what happens if anthropic doesn't spend the full $30B": what follows, not a party's thing.
    if (carrier.condition) {
      const asked =
        language === "ko" ? "그 경우 어떻게 되는지" : `what happens if ${carrier.phrase}`;
      return carrierNotCovered(knowledge, language, asked, []);
    }
    const entities = scope.entities.filter((entity) => !entity.outside).slice(0, 1);
    return carrierNotCovered(knowledge, language, carrier.phrase, entities);
  }
  // "who pays for the olympics?": a payer asked of something the knowledge does not know.
  if (paysForUnknown(analysis, scope)) return abstainAnswer(knowledge, language, "off-topic");
  // "Why does Anthropic pay Microsoft?": what the payment buys is why, stated by its fact.
  const purchase = notCovered ? undefined : purchaseAskedWhy(knowledge, analysis, scope);
  const purchaseFact = purchase && factOfFlow(knowledge, purchase);
  if (purchaseFact) {
    const quoted = chooseSentences(knowledge, sentences, [purchaseFact], compact);
    return composeAnswer(knowledge, language, [purchaseFact], quoted);
  }
  // "앤트로픽에서 엔비디아로 가는 건 뭐야?", "What goes from Anthropic to NVIDIA?": that way only.
  // An amount asked of a payment with no figure ("…, dollar figure?") is not covered, below.
  // "Does NVIDIA get anything back from Anthropic?", asked or claimed: the way back, beside the
  // way there (the story's money between the two, which the parties alone would give).
  const back = getsBackFrom(analysis.normalized, scope, (id) => knowledge.scope.names.has(id));
  const bothWays = back && directionAnswer(knowledge, language, [back.from, back.to], {});
  if (bothWays) return bothWays;
  const oneWay = analysis.asksToConfirm ? undefined : oneWayAsked(knowledge, analysis, scope);
  // Money asked ("주는 돈은 얼마?") wants a figure in money, not the compute's gigawatt.
  const moneyAsked = MONEY_WORD.test(analysis.normalized);
  const unpriced =
    oneWay !== undefined &&
    asksForAmount(analysis.normalized, HOW_MUCH.test(analysis.normalized)) &&
    !knowledge.flows.flows.some(
      (flow) =>
        flow.from === oneWay.from &&
        flow.to === oneWay.to &&
        flow.figure &&
        (!moneyAsked || flow.figure.unit === "USD"),
    );
  const oneWayFlows =
    oneWay && !unpriced && oneWayAnswer(knowledge, language, oneWay.from, oneWay.to);
  if (oneWayFlows) return oneWayFlows;
  // "순환 투자가 앤트로픽→마소→엔비디아→앤트로픽 고리 맞아?": a path claimed, step by step.
  const path = analysis.asksToConfirm ? checkPathClaim(knowledge, analysis, scope) : undefined;
  if (path) return verdictAnswer(knowledge, language, sentences, path, compact);
  // "Which direction does that $30B travel?", "who gives money to whom?": the flows answer it,
  // whatever else the words seem to ask (only a party the knowledge lacks stops it).
  // A term of the money the knowledge lacks ("엔비디아 백억은 언제 들어와? 한번에?": its schedule)
  // is what is asked, not which way it goes.
  // "300억은 애저 사는 데 쓰는 돈이지 투자받는 돈이 아니잖아요, 맞죠?": the money both ways named
  // only to say which of them a claimed figure is, and which it is not: the claim is checked.
  const kindOfFigure =
    analysis.asksToConfirm &&
    asksMoneyDirection(analysis.normalized) &&
    analysis.terms.some((term) => term.kind === "amount")
      ? checkConfirmation(knowledge, analysis, scope, question, rankedFacts)
      : undefined;
  if (kindOfFigure?.relationDenied) {
    return verdictAnswer(knowledge, language, sentences, kindOfFigure, compact);
  }
  // "NVIDIA put more into Anthropic than Microsoft did, right?": two payers of one receiver set
  // against each other by "than" is a comparison, though the words of money's way are there.
  const asksWay = asksMoneyDirection(analysis.normalized) && !payersOfOne(analysis);
  const flowsAnswer =
    asksWay &&
    scope.outsideRelations.length === 0 &&
    !figureArithmetic(knowledge, analysis, scope, language)
      ? directionOfMoney(knowledge, analysis, language, scope)
      : undefined;
  if (flowsAnswer) return flowsAnswer;
  // "Is the total Anthropic receives bigger than what it pays Microsoft?": all it takes in
  // against all it pays out, not one payment against another.
  const netFirst = netSideAsked(analysis.normalized);
  const [netSubject] = scope.entities.filter(
    (entity) => !entity.outside && knowledge.scope.names.has(entity.id),
  );
  if (netFirst && netSubject && writtenAsReceiver(analysis.normalized, netSubject)) {
    const netAnswer = directionAnswer(knowledge, language, [netSubject.id], { netAsked: netFirst });
    if (netAnswer) return netAnswer;
  }
  // "Who put in more, Microsoft or NVIDIA?", "Is the Azure spend bigger than the investment?":
  // the two figures side by side, yes or no first for a claim.
  // "몇 배야?", "what fraction…?": arithmetic on the figures comes before which way money goes.
  // A measure the knowledge has no word for ("how many % of Anthropic", "현금이랑 주식 비율") is
  // no sum of the figures it has.
  // "300억 중에 엔비디아 몫": another party's figure over the sum is not its share of it.
  const comparison =
    scope.outsideRelations.length > 0 || notCovered?.relation?.id === SHARE_OF_SUM
      ? undefined
      : (figureArithmetic(knowledge, analysis, scope, language) ??
        (asksWay ? undefined : compareFigures(knowledge, analysis, scope, rankedFacts, language)));
  if (comparison) {
    const quoted = chooseSentences(knowledge, sentences, comparison.facts, compact);
    return composeAnswer(knowledge, language, comparison.facts, quoted, comparison.head);
  }
  // "A가 B에 지급하는 금액도 있습니까?", "what does A pay B for?": a payment with no figure exists.
  const unpricedFact = notCovered
    ? unpricedPaymentNamed(knowledge, analysis.normalized, notCovered)
    : undefined;
  if (unpricedFact) {
    const quoted = chooseSentences(knowledge, sentences, [unpricedFact], compact);
    return composeAnswer(knowledge, language, [unpricedFact], quoted);
  }
  if (notCovered) {
    return (
      coveredBesideUncovered(index, analysis, language, scope, notCovered) ??
      notCoveredAnswer(knowledge, language, notCovered, rankedFacts)
    );
  }
  return undefined;
}

/**
 * answerOne's last steps: a measure not covered, a summary, a claim checked, which way money
 * goes, and the lead facts with their sentences (a part of answerOne, moved out whole).
 */
function answerGeneral(part: RankedPart): Answer {
  const { index, question, analysis, language, compact, scope, verdict } = part;
  const { ranked, rankedFacts, sentences } = part;
  const { knowledge } = index;
  // "코파일럿에서 클로드 빠지는 거임?": a claim that something ended asks no measure of it.
  const measure =
    analysis.asksToConfirm && claimsEnded(analysis.normalized)
      ? undefined
      : unsupportedMeasure(
          knowledge,
          analysis,
          scope.entities.filter((entity) => !entity.outside).map((entity) => entity.id),
        );
  if (measure) {
    const entities = scope.entities.filter((entity) => entity.id !== "article").slice(0, 1);
    const relation = { id: measure.id, label: measure.label, forms: [] };
    return notCoveredAnswer(knowledge, language, { entities, relation, covered: [] }, []);
  }
  if (wantsSummary(analysis, verdict)) return composeSummaryAnswer(knowledge, language);

  const namedParties = scope.entities.filter((entity) => !entity.outside);
  const specific =
    namedParties.length > 0 ||
    scope.relations.length > 0 ||
    analysis.terms.some((term) => term.kind === "amount");
  // "Does the article get the investment total right?": the fact check of that topic, a no,
  // before the topic's words are checked as a claim the record would confirm, or the checks all
  // listed.
  const wrongAbout = articleWrongAbout(knowledge, analysis, scope);
  if (wrongAbout) return verdictAnswer(knowledge, language, sentences, wrongAbout, compact);
  if (
    asksWhetherArticleIsRight(analysis.normalized) &&
    !specific &&
    (verdict.onTopic || namesArticleAsNoun(analysis.normalized))
  ) {
    return factChecksAnswer(knowledge, language);
  }
  const confirmation = analysis.asksToConfirm;
  // A confirmation may claim what the knowledge lacks ("announced at Build?"): it is still about
  // the knowledge when it names a relation the facts cover.
  // So is a claim that something between the parties ended ("Microsoft walked away from OpenAI").
  // …and so is one that claims a figure the facts have ("1기가와트는 확정 물량이죠?").
  // A relation word alone, naming none of the parties or the article, does not make a claim about
  // the knowledge when unknown words outnumber it ("손흥민 어제 골 넣었어?" is about football).
  // Nor does money put into a thing the knowledge lacks ("김치찌개에 설탕 넣는 거야?").
  const relationClaim =
    scope.relations.length > 0 &&
    (namedParties.length > 0 ||
      (verdict.unknown <= verdict.known + 1 && !putsIntoUnknownThing(analysis)));
  const claimsAboutKnown =
    confirmation &&
    (relationClaim ||
      (namedParties.length > 0 && claimsEnded(analysis.normalized)) ||
      analysis.terms.some(
        (term) => term.kind === "amount" && isFigureOfAFact(knowledge, term.text),
      ) ||
      // "They're running it on Nvidia H100s, right?": a party's product named by its model
      // code, claimed in the place of the one the facts give.
      (namedParties.length > 0 && !verdict.onTopic && modelCodeClaimed(knowledge, analysis)));
  // "Is Microsoft the investor or the vendor?": the money both ways, however few words are known.
  const offTopicDirection =
    asksMoneyDirection(analysis.normalized) ||
    (namedParties.length === 2 && asksWhetherOnePays(analysis.normalized));
  // "Does NVIDIA get any money back?", "마소도 돈 내?": one party's money on the side asked,
  // however few words are known.
  // "Is Anthropic a net receiver?", "받는 돈보다 내는 돈이 더 많아?": the sums, yes or no first.
  const net = netSideAsked(analysis.normalized);
  const [netParty] = namedParties;
  if (net && netParty && namedParties.length === 1) {
    const netAnswer = directionAnswer(knowledge, language, [netParty.id], { netAsked: net });
    if (netAnswer) return netAnswer;
  }
  // "Which way does Anthropic's money net out?": its sums and their difference.
  if (
    !net &&
    netParty &&
    asksNetOpen(analysis.normalized) &&
    knowledge.scope.names.has(netParty.id)
  ) {
    const parties = new Set(namedParties.map((entity) => entity.id));
    const tail = parties.size === 1 ? netOfParty(knowledge, language, netParty.id) : "";
    const netAnswer = tail
      ? directionAnswer(knowledge, language, [netParty.id], { lead: tail })
      : undefined;
    if (netAnswer) return netAnswer;
  }
  const sideAnswer = oneSideOfMoney(knowledge, analysis, language, namedParties);
  if (sideAnswer) return sideAnswer;
  if (!verdict.onTopic && namedParties.length > 0 && offTopicDirection) {
    const ids = namedParties
      .map((entity) => entity.id)
      .filter((id) => knowledge.scope.names.has(id));
    const direction = directionAnswer(knowledge, language, ids, {
      claimsOneWay: ONE_WAY_ONLY.test(analysis.normalized),
      roundTrip: asksMoneyLaidOut(analysis.normalized),
    });
    if (direction) return direction;
  }
  if (!verdict.onTopic && !claimsAboutKnown) {
    return abstainAnswer(knowledge, language, "off-topic");
  }
  const facts: ScoredFact[] = [];
  for (let at = 0; at < ranked.length; at++) {
    const result = ranked[at] as Ranked<Passage>;
    if (result.item.kind === "fact") facts.push({ fact: result.item.fact, score: result.score });
  }
  const directionAsked = asksMoneyDirection(analysis.normalized);
  // A claim is checked first, a claim about who pays whom included ("엔비디아가 MS한테 돈 주는
  //구조야?" is a no, the other way round); "A or B?" questions are not claims.
  if (confirmation && !directionAsked && (sentences.length > 0 || facts.length > 0)) {
    // "Microsoft buys NVIDIA systems to build that capacity, right?": the payment it describes.
    const thing = flowThingClaimed(index, analysis, scope);
    if (thing) return verdictAnswer(knowledge, language, sentences, thing, compact);
    const checked = checkConfirmation(knowledge, analysis, scope, question, rankedFacts);
    // "Is Claude available in Slack too?": the facts list where it is; this place is not said.
    // "The first payment lands in December, right?": the facts give no date for it.
    if (checked?.unsaidWhen) {
      const relation = { id: "timing", label: TIMING, forms: [] };
      return notCoveredAnswer(knowledge, language, { entities: [], relation, covered: [] }, []);
    }
    if (checked?.unlisted) {
      const name = { en: checked.unlisted, ko: checked.unlisted };
      const entities = [{ id: checked.unlisted, name, outside: true, position: 0 }];
      return notCoveredAnswer(knowledge, language, { entities, covered: [] }, []);
    }
    if (checked) {
      return verdictAnswer(knowledge, language, sentences, checked, compact);
    }
    // Nothing settled it: a fact that holds the whole claim, in the asker's words, confirms it.
    const restated = restatedFact(index, analysis, scope, rankedFacts);
    if (restated) return verdictAnswer(knowledge, language, sentences, restated, compact);
  }
  const parties = namedParties.map((entity) => entity.id);
  const paysBetweenTwo =
    parties.length === 2 &&
    !analysis.asksForReason &&
    !analysis.terms.some((term) => term.kind === "amount") &&
    asksWhetherOnePays(analysis.normalized);
  // "엔비디아가 마이크로소프트한테 돈 주는 구조야?": a yes/no question about one way between
  // two parties is a claim of that way, even with no tag.
  if (
    paysBetweenTwo &&
    !confirmation &&
    !directionAsked &&
    !asksWhich(analysis.normalized) &&
    !asksBothSides(analysis.normalized) &&
    !hasQuestionWord(analysis.normalized) &&
    /[?？]\s*$/u.test(analysis.normalized)
  ) {
    const checked = checkConfirmation(knowledge, analysis, scope, question, rankedFacts);
    if (checked) {
      return verdictAnswer(knowledge, language, sentences, checked, compact);
    }
  }
  if (paysBetweenTwo || directionAsked) {
    const ids = withoutFlowThings(
      knowledge,
      namedParties.map((entity) => entity.id).filter((id) => knowledge.scope.names.has(id)),
    );
    const direction = directionAnswer(
      knowledge,
      language,
      // Three parties or more: every flow ("Microsoft, NVIDIA and Anthropic: who pays whom?").
      ids.length > 2 ? [] : ids,
      {
        claimsOneWay: ONE_WAY_ONLY.test(analysis.normalized),
        roundTrip:
          ROUND_TRIP.test(analysis.normalized) ||
          LOOP_NAMED.test(analysis.normalized) ||
          asksMoneyLaidOut(analysis.normalized),
      },
    );
    if (direction) return direction;
  }
  if (sentences.length === 0 && facts.length === 0)
    return abstainAnswer(knowledge, language, "off-topic");

  // "Why would NVIDIA fund its own customer?": the money both ways leads, whatever figure the
  // question names ("invest $5B in a company that will then spend $30B with it"), and the
  // article's reading of the motive is quoted.
  const fundedCustomer = fundedCustomerFacts(knowledge, analysis, scope);
  if (fundedCustomer) {
    // A sentence of the article's motives before one of figures the question named.
    const motives = motiveSentences(knowledge);
    const stated = sentences.filter(
      (result) => result.item.kind === "sentence" && motives.has(result.item.sentence.index),
    );
    const motive = chooseSentences(knowledge, stated.length > 0 ? stated : sentences, [], compact);
    return composeAnswer(knowledge, language, fundedCustomer, motive);
  }
  const leads = chooseLeadFacts(analysis, facts, sentences[0]?.score ?? 0, scope);
  const quoted = chooseSentences(knowledge, sentences, leads, compact);
  return composeAnswer(
    knowledge,
    language,
    leads,
    quoted,
    loopWithAmounts(knowledge, language, leads),
  );
}

/**
 * "This partnership was announced at the Consumer Electronics Show in Las Vegas, right?": the
 * names of where a claim says it happened are checked against the fact (step 9), not unknown
 * chatter. A claim outvoted by unknown words is on topic when, without its place names, the
 * words it knows (two or more, a relation the facts cover among them) outnumber the rest.
 */
function withPlacesChecked(
  index: KnowledgeIndex,
  whole: Analysis,
  question: string,
  verdict: Verdict,
): Verdict {
  if (verdict.onTopic || verdict.reason !== "unknown-words" || verdict.known < 2) return verdict;
  if (!whole.asksToConfirm) return verdict;
  const scope = scopeOnce(index, whole, question);
  if (scope.relations.length === 0 || scope.entities.some((entity) => entity.outside)) {
    return verdict;
  }
  const placeWords = unknownPlaceWords(whole);
  return placeWords > 0 && verdict.unknown - placeWords < verdict.known
    ? {
        onTopic: true,
        known: verdict.known,
        unknown: verdict.unknown,
        specificity: verdict.specificity,
      }
    : verdict;
}

/** Names side by side: a list join or a comparison word between them. */
/** Which of two is bigger, asked as a verdict: "어디가 더 커?", "which is bigger", "more than". */
const WHICH_IS_BIGGER =
  /(?:어디가|어느 ?(?:쪽|게|것|거)(?:이|가)?|뭐가|누가|누구 ?(?:게|것이|거))\s?더|더 (?:커|큰|크|많|높|비싸|적|작|낮|싸)|\b(?:which|who|whose)\b[^?]{0,30}\b(?:bigger|larger|higher|greater|smaller|lower)\b|\b(?:bigger|larger|higher|greater|smaller|lower|more|less) than\b/u;
const SIDE_BY_SIDE = /(?:이랑|랑|하고|와|과|vs)(?![\p{L}])|\b(?:and|with|versus|vs|or)\b|[,&/+]/u;

/**
 * "앤트로픽 가치랑 오픈AI 가치 비교해줘", "Microsoft's stake and Amazon's stake?": a story party
 * and a company the knowledge lacks, side by side with the same relation. The party's own fact
 * answers its half; the other half is said not covered. Never when the outside company is where
 * the money goes ("엔비디아가 오픈AI에 투자한 금액"): that asks about a pair no fact has.
 */
function coveredBesideUncovered(
  index: KnowledgeIndex,
  analysis: Analysis,
  language: Language,
  scope: QuestionScope,
  notCovered: NonNullable<ReturnType<typeof findNotCovered>>,
): Answer | undefined {
  const { knowledge } = index;
  const relation = notCovered.relation;
  const [uncovered, ...more] = notCovered.entities;
  // A claim ("OpenAI is worth more than Anthropic, right?") is not two questions.
  if (!relation || !uncovered || more.length > 0 || analysis.asksToConfirm) return undefined;
  const text = analysis.normalized;
  const parties = scope.entities.filter(
    (entity) => entity.id !== uncovered.id && knowledge.scope.names.has(entity.id),
  );
  const [named, ...others] = parties;
  if (!named || others.length > 0) return undefined;
  const party = { ...named, position: positionIn(text, named) };
  const other = { ...uncovered, position: positionIn(text, uncovered) };
  if (party.position === other.position) return undefined;
  if (writtenAsRecipient(text, party) || writtenAsRecipient(text, other)) return undefined;
  const [from, to] = party.position < other.position ? [party, other] : [other, party];
  const between = text.slice(from.position, to.position);
  if (!asksToCompare(text) && !SIDE_BY_SIDE.test(between)) return undefined;
  // "…중 어디가 더 커?", "which is bigger?": a verdict of which is bigger, which one half does
  // not give; only a side-by-side ("비교해줘", "A vs B") is answered half by half.
  if (WHICH_IS_BIGGER.test(text)) return undefined;
  // Each named with the relation ("A 가치랑 B 가치", "A's stake and B's stake"): "A랑 B 계약
  // 규모는?" asks about the pair's one contract, and "mistral valuation vs anthropic?" is a
  // comparison the knowledge cannot make.
  const names = (part: string) =>
    readRelations(knowledge, index.analyze(part)).relations.some(
      (found) => found.id === relation.id,
    );
  if (!names(between) || !names(text.slice(to.position))) return undefined;
  const own = knowledge.facts.find(
    (fact) =>
      fact.kind !== "correction" &&
      (fact.relation === relation.id
        ? fact.subject.includes(party.id)
        : fact.also.some(
            (pair) => pair.relation === relation.id && pair.subject.includes(party.id),
          )),
  );
  if (!own) return undefined;
  const quoted = own.quote ? sentencesHolding(knowledge, own.quote).slice(0, 1) : [];
  const answered = composeAnswer(knowledge, language, [own], quoted);
  const notAnswered = notCoveredAnswer(knowledge, language, { ...notCovered, covered: [] }, []);
  const labels = [party.name[language], other.name[language]];
  const answers = [answered, notAnswered];
  return party.position < other.position
    ? partsAnswer(knowledge, language, labels, answers)
    : partsAnswer(knowledge, language, labels.reverse(), answers.reverse());
}

/** Where a named entity is written: placeNamed, or its own position when no name is found. */
function positionIn(text: string, entity: NamedEntity): number {
  const at = placeNamed(text, entity);
  return at >= 0 ? at : entity.position;
}

/** What the money both ways comes to, asked by its own word: "the net", "the balance". */
const NET_OF_FLOWS = /^(?:the )?(?:net|balance|net balance|net position)$/u;

/** What is paid for or funded: the word after the verb ("pays for the olympics", "funds nasa"). */
const PAID_FOR =
  /\b(?:pays?|paying|paid|funds?|funding|funded|financ\w*|bankroll\w*|sponsor\w*|foots?)\s+(?:for\s+)?(?:the\s+|my\s+|our\s+|your\s+|their\s+|a\s+|an\s+)?([\p{L}\p{N}]+)/u;

/**
 * "who pays for the olympics?", "who funds nasa": a question of who pays, naming no party, for a
 * thing the knowledge does not know. The deal's flows would answer a different question.
 */
function paysForUnknown(analysis: Analysis, scope: QuestionScope): boolean {
  if (scope.entities.length > 0 || !asksMoneyDirection(analysis.normalized)) return false;
  const unknown = (word: string | undefined) =>
    word !== undefined && analysis.terms.some((term) => !term.known && term.text === word);
  if (unknown(PAID_FOR.exec(analysis.normalized)?.[1])) return true;
  // "who buys what from whom at a farmers market": money asked of a place the knowledge lacks.
  for (const place of matchesOf(PLACE_OF, analysis.normalized)) {
    if (unknown(place[1])) return true;
  }
  return false;
}

/** Where something happens: "at a farmers market", "in my town". */
const PLACE_OF =
  /\b(?:at|in|on|during)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|your\s+)?([\p{L}\p{N}]+)/gu;

/**
 * Whether a question joins a second ask to a first (below) and one of its parts asks something
 * other than whether the article is right ("what worries the writer").
 */
/**
 * The article's errors asked outright (article-errors-asked.ts): a part named ("the intro") gets
 * that part's checks; a count asked, or another ask beside, is left to the rest.
 */
function articleErrorsAnswer(
  index: KnowledgeIndex,
  onWhat: Analysis,
  written: string,
  language: Language,
): Answer | undefined {
  const { knowledge } = index;
  if (!asksArticleErrors(knowledge, onWhat) || asksHowManyErrors(knowledge, onWhat)) {
    return undefined;
  }
  const parts = questionParts(index, written, onWhat.asksToConfirm);
  if (
    errorsBesideOtherAsk(
      knowledge,
      parts.map(({ bare }) => index.analyze(bare)),
    )
  ) {
    return undefined;
  }
  return (
    flawsInPart(knowledge, index.lexicon, onWhat, language) ?? factChecksAnswer(knowledge, language)
  );
}

function reviewBesideOtherAsk(
  index: KnowledgeIndex,
  normalized: string,
  asked: string,
  claim: boolean,
): boolean {
  const joined = SECOND_ASK.test(normalized) || KOREAN_ASK_JOINED.test(normalized);
  // "the date, the event, and the headline number (the correct one, not the article's)": a list
  // of three asks or more, one of them about the article's accuracy.
  if (!joined && !TWO_COMMAS.test(normalized)) return false;
  const parts = questionParts(index, asked, claim);
  if (!joined && !isListOfAsks(index, parts)) return false;
  return (
    parts.length > 1 &&
    parts.some(({ bare }) => !asksWhetherArticleIsRight(index.analyze(bare).normalized))
  );
}

/**
 * "what worries does the author raise, and do they name the expert they quote": the article's
 * view is one part's question; another part asks something else of its own. The parts are
 * answered one by one.
 */
function stanceBesideOtherAsk(
  index: KnowledgeIndex,
  normalized: string,
  asked: string,
  claim: boolean,
): boolean {
  if (!SECOND_ASK.test(normalized) && !KOREAN_ASK_JOINED.test(normalized)) return false;
  const parts = questionParts(index, asked, claim);
  // The other part asks a thing of its own, known to the knowledge ("the expert they quote"):
  // not the view again in other words ("비판적임 우호적임?") nor only pointing at it ("What
  // passage supports that?").
  const asksOtherThing = (bare: string) => {
    const read = index.analyze(bare);
    return (
      !speaksOfStance(read.normalized) &&
      read.terms.some(
        (term) =>
          term.known &&
          term.kind === "concept" &&
          !index.knowledge.scope.names.has(term.features[0]?.slice(2) ?? ""),
      )
    );
  };
  return parts.length > 1 && parts.some(({ bare }) => asksOtherThing(bare));
}

/** Two commas: room for a list of three items. */
const TWO_COMMAS = /,[^,]+,/u;

/**
 * A Korean ask joined to the next by its question word's 고 or 며: "오류가 뭐고, 글쓴이는…", "한
 * 인물은 누구이며, 기사가…", "발언은 누가 한 거고, 기사가…".
 */
const KOREAN_ASK_JOINED =
  /(?:뭐|얼마|언제|어디|누구|왜)고,?\s+\S|(?:누구|무엇|얼마|어디|언제)(?:이며|이고|며),?\s+\S|(?:누가|누구|뭐|무엇|어디|언제|얼마|왜)\s(?:\S+\s){0,2}?\S*(?:거|것|건)고,?\s+\S/u;

/** A second ask joined to a first: "…, and what did they…", "… 그리고 뭐…", "…? what…". */
const SECOND_ASK =
  /\b(?:and|plus|also|but)\s+(?:what|who|how|why|when|which|where|is|are|does|did|do)\b|그리고|[?？]\s*\S/u;

/**
 * "How much is Anthropic investing in Microsoft?": how much one party named pays another; the
 * party written first pays.
 */
const HOW_MUCH_PARTY_PAYS =
  /\bhow much (?:is|does|did|will|has|was) \S+ (?:(?:actually|really|even|now|also) )?(?:invest|investing|invested|put|putting|spend|spending|spent|pay|paying|paid)\b/u;

/**
 * "A에서 B로 가는/흘러가는…", "from A to B", "what does A send/pay B", "explain what A is buying
 * from B", "A가 B에 (반대로) 주는 건 뭐야": one way asked.
 */
const ONE_WAY_ASKED_REST =
  /\bwhat \S+ (?:is |was |will be |has been |has |had )?(?:(?:actually|really|exactly|now|also) )?(?:buys|buying|bought|purchases|purchasing|purchased)\b.*\bfrom\b|에서\s+\S+?(?:으로|로|까지|에게|한테)\s+(?:\S+\s+){0,4}?(?:가|간|흘러|흐르|넘어|들어|보내|향하|나가)|(?:^|\s)(?!(?:그|이|저|그런|이런|저런|내|제|우리|네|니)\s)\S+\s+(?:쪽\s+)?돈(?:이|은)?\s+(?!(?:어디|누구|어느)\S*\s)\S+?(?:으로|로|까지|에게|한테)\s+(?:\S+\s+){0,4}?(?:가|간|흘러|흐르|넘어|들어|보내|향하|나가)|\bhow\b(?:\s+\S+){0,3}?\s+\S+'s (?:money|cash)\b(?:\s+\S+){0,3}?\s+(?:get|gets|go|goes|flow|flows|end up|ends up|make it|makes it|travel|travels)\s+(?:all the way\s+)?to\b|\b(?:goes|go|flows?|moves?|is sent|gets sent|travels?)\s+from\b|\bwhat(?:'s|s| (?:does|do|did|is|has|have|will)) \S+ (?:(?:actually|really|even|exactly|then|now|also) )?(?:send|sending|sent|give|giving|gave|given|hand|transfer|buy|buying|purchase|purchasing|commit|committed|committing|pledge|pledged|pledging|promise|promised|promising|offer|offered|offering|provide|provided|providing)\b|(?:한테서|에게서|에서|로부터|한테|에게)\s+(?:뭘|뭐를|무엇을|뭐|어떤\s+\S+)\s*(?:사|구매|구입)|(?:한테|에게|에)\s+(?:(?:반대로|거꾸로|대신|그\s?대가로|대가로)\s+)?(?:약속|준|주는|줄|주기로|넣은|넣는|넣기로|제공|투자)\S*\s+(?:게|건|것은?|거)\s*(?:뭐|무엇|뭔)/u;
const ONE_WAY_ASKED = new RegExp(`${HOW_MUCH_PARTY_PAYS.source}|${ONE_WAY_ASKED_REST.source}`, "u");

/** The arrow a premise for the other way ("A → B가 50억이라면, 반대 방향으로는?"). */
const ARROW_AS_PREMISE =
  /반대|거꾸로|역방향|역으로|(?:이)?라면|\b(?:other (?:way|direction)|reverse|opposite|if|given)\b/u;
/** One arrow and a question word: what goes that way ("A→B 뭐 줌?"), not a chain of steps. */
const ASKED_ALONG_ARROW = new RegExp(`^[^→➡⇒>]*(?:${ARROW_FORMS})[^→➡⇒>]*$`, "u");

/** "앤트로픽이 마소에 쓰는 돈은?": the money one party spends on, or gives, another. */
const KOREAN_SPENDS_ON =
  /(?:에|에게|한테)\s+(?:쓰는|쓴|쓸|내는|낸|낼|주는|준|줄|지불하는|지불한|지불할|지급하는|지급한|지급할|보내는|보낸)\s+(?:돈|금액|액수|비용)/u;

/** Money by name: a payment's amount, not a quantity of compute. */
const MONEY_WORD = /돈|금액|액수|비용|\b(?:money|dollars?|cash|\$)/u;

/** What one party buys from another is asked, also inside a request ("explain what A is buying from B"). */
const BUYS_FROM =
  /\bwhat(?:'s|s| (?:does|do|did|is|will)) \S+ (?:(?:actually|really|even|exactly|then|now|also) )?(?:buy|buying|purchase|purchasing)\b.*\bfrom\b|\bwhat \S+ (?:is |was |will be |has been |has |had )?(?:(?:actually|really|exactly|now|also) )?(?:buys|buying|bought|purchases|purchasing|purchased)\b.*\bfrom\b|(?:한테서|에게서|에서|로부터|한테|에게)\s+(?:뭘|뭐를|무엇을|뭐|어떤\s+\S+)\s*(?:사|구매|구입)/u;

/** A Korean party word that, said of buying, names the seller ("엔비디아한테 뭐 사"). */
const SOLD_BY = /(?:한테|에게)$/u;

/** The party money is asked to go from and the one it is asked to go to, or undefined. */
function oneWayAsked(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): { from: string; to: string } | undefined {
  const text = analysis.normalized;
  // "앤트로픽이 마소에 쓰는 돈은?" asks one way, unless the other way is asked too ("주는 돈이랑
  // 받는 돈").
  // With "얼마" the payer's own fact answers, its figure first.
  const spendsOn = KOREAN_SPENDS_ON.test(text) && !HOW_MUCH.test(text) && !asksMoneyDirection(text);
  const arrowed =
    ASKED_ALONG_ARROW.test(text) && !ARROW_AS_PREMISE.test(text) && hasQuestionWord(text);
  if (!spendsOn && !arrowed && (!ONE_WAY_ASKED.test(text) || !hasQuestionWord(text))) {
    return undefined;
  }
  // "from A to B, or the other way around?": both ways are asked, not the one named.
  if (asksOtherWayToo(text)) return undefined;
  const parties = scope.entities.filter(
    (entity) => !entity.outside && knowledge.scope.names.has(entity.id),
  );
  const [first, second] = parties;
  if (!first || !second || parties.length !== 2) return undefined;
  // "앤트→엔비 뭐 줌?", "anthropic -> nvidia, what goes?": the arrow between them is the way.
  if (arrowed) {
    const [from, to] =
      positionIn(text, first) < positionIn(text, second) ? [first, second] : [second, first];
    const between = text.slice(positionIn(text, from), positionIn(text, to));
    if (ARROW.test(between)) return { from: from.id, to: to.id };
  }
  // "앤트로픽 돈이 엔비디아까지", "anthropic's money … to nvidia": whose money it is pays it.
  const source = (entity: NamedEntity) => {
    const at = positionIn(text, entity);
    const word = wordAt(text, at);
    const after = text.slice(at + word.length);
    return /\p{Script=Hangul}/u.test(word)
      ? /(?:에서|한테서|에게서|로부터)$/u.test(word) || /^\s+(?:쪽\s+)?돈(?:이|은)?\s/u.test(after)
      : /\bfrom\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, at - 9), at)) ||
          /^'s (?:money|cash)\b/u.test(after);
  };
  const target = (entity: NamedEntity) => {
    const at = positionIn(text, entity);
    const word = wordAt(text, at);
    return /\p{Script=Hangul}/u.test(word)
      ? /(?:으로|로|까지|에게|한테)$/u.test(word)
      : /\bto\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, at - 7), at));
  };
  // "what does Anthropic buy from NVIDIA?", "마소는 엔비디아한테서 뭘 사?": the money goes to the
  // one bought from.
  // "마소가 엔비디아한테 뭐 사?": said of buying, 한테 is who sells, as 한테서 is.
  if (BUYS_FROM.test(text)) {
    const sells = (entity: NamedEntity) =>
      source(entity) || SOLD_BY.test(wordAt(text, positionIn(text, entity)));
    if (sells(second) && !sells(first)) return { from: first.id, to: second.id };
    if (sells(first) && !sells(second)) return { from: second.id, to: first.id };
  }
  if (source(first) && target(second)) return { from: first.id, to: second.id };
  if (source(second) && target(first)) return { from: second.id, to: first.id };
  // "마소가 앤트로픽한테 약속한 게 뭐야?": the subject gives to the one it is given to.
  const subject = (entity: NamedEntity) =>
    /^\p{Script=Hangul}+(?:가|이|는|은)$/u.test(wordAt(text, positionIn(text, entity)));
  // "앤트로픽이 마소에 쓰는 돈": after a subject, 에 names where the money goes too.
  const given = (entity: NamedEntity) =>
    target(entity) || /^\p{Script=Hangul}+에$/u.test(wordAt(text, positionIn(text, entity)));
  if (subject(first) && given(second)) return { from: first.id, to: second.id };
  if (subject(second) && given(first)) return { from: second.id, to: first.id };
  // "what does Anthropic send Microsoft", "what's A buying from B": the subject sends, the object
  // receives ("what's" is "what is" or "what has").
  const howMuch = HOW_MUCH_PARTY_PAYS.test(text);
  if (
    (howMuch || /\bwhat(?:'s|s\b| (?:does|do|did|is|has|have|will)\b)/u.test(text)) &&
    !/\p{Script=Hangul}/u.test(text)
  ) {
    const way =
      positionIn(text, first) < positionIn(text, second)
        ? { from: first.id, to: second.id }
        : { from: second.id, to: first.id };
    // "How much is Microsoft investing in Anthropic?": the fact of the relation asked answers
    // it; only a payment asked the wrong way round ("How much is Anthropic investing in
    // Microsoft?") is answered by the flow that goes that way.
    const asked = (flow: Flow) => {
      const fact = factOfFlow(knowledge, flow);
      return (
        fact !== undefined && scope.relations.some((relation) => factHasRelation(fact, relation.id))
      );
    };
    if (
      howMuch &&
      knowledge.flows.flows.some(
        (flow) => flow.from === way.from && flow.to === way.to && asked(flow),
      )
    ) {
      return undefined;
    }
    return way;
  }
  return undefined;
}

/**
 * A direction question answered by the flows: of the flow whose figure the question names, of
 * the parties named (every flow for none or for three), never when a party is one the
 * knowledge does not cover.
 */
function directionOfMoney(
  knowledge: Knowledge,
  analysis: Analysis,
  language: Language,
  scope: QuestionScope,
): Answer | undefined {
  if (scope.entities.some((entity) => entity.outside)) return undefined;
  // "그 돈이 결국 엔비디아로도 흘러가?": every flow and the loop they make. Not "who ends up
  // with the $15B?", which names no party: the flow of the figure answers that.
  if (asksWhereMoneyEndsUp(analysis.normalized) && scope.entities.length > 0) {
    return directionAnswer(knowledge, language, [], { roundTrip: true });
  }
  // "where does the money go after A pays B?": B's own payments on, and the loop.
  const paidAt = nextLegAsked(analysis.normalized);
  if (paidAt !== undefined) {
    const [payer, payee] = scope.entities
      .filter((entity) => knowledge.scope.names.has(entity.id))
      .map((entity) => ({ id: entity.id, at: positionIn(analysis.normalized, entity) }))
      .filter((entity) => entity.at >= paidAt)
      .sort((a, b) => a.at - b.at);
    const next =
      payer && payee && payer.id !== payee.id
        ? nextLegAnswer(knowledge, language, payer.id, payee.id)
        : undefined;
    if (next) return next;
  }
  const amounts = new Set(
    analysis.terms.flatMap((term) => (term.kind === "amount" ? [term.text] : [])),
  );
  const byFigure = knowledge.flows.flows.find(
    (flow) => flow.figure && amounts.has(String(flow.figure.value)),
  );
  const named = withoutFlowThings(
    knowledge,
    scope.entities.map((entity) => entity.id).filter((id) => knowledge.scope.names.has(id)),
  );
  // "15bn 받고 30bn 쓰는 거면 net으로 어느 쪽으로 더 가?": one party's sums both ways, named by
  // their figures, and the difference of them.
  const netOpen = asksNetOpen(analysis.normalized);
  const ofSums = netOpen && named.length === 0 ? partyOfSums(knowledge, amounts) : undefined;
  if (ofSums) {
    const tail = netOfParty(knowledge, language, ofSums);
    const net = directionAnswer(knowledge, language, [ofSums], { lead: tail });
    if (net) return net;
  }
  // "Is the $15B going from A to B, or the other way?": no one flow's figure, but flows into one
  // party that add up to it.
  const summed = byFigure ? undefined : summedFlowAnswer(knowledge, language, amounts);
  if (summed) return summed;
  // "300억은 누가 누구한테 주는 거야?", "the 30B, who pays who?": the figure's own flow, not
  // the other flows between its two parties. Both ways still when the net or the loop is asked.
  const roundTrip = LOOP_NAMED.test(analysis.normalized) || asksMoneyLaidOut(analysis.normalized);
  const figureOnly =
    byFigure?.figure?.unit === "USD" &&
    amounts.size === 1 &&
    WHO_TO_WHOM.test(analysis.normalized) &&
    !analysis.asksToConfirm &&
    !netOpen &&
    !roundTrip &&
    !ONE_WAY_ONLY.test(analysis.normalized)
      ? oneWayAnswer(knowledge, language, byFigure.from, byFigure.to)
      : undefined;
  if (figureOnly) return figureOnly;
  // "Who's paying who for the Azure cloud bit?", "애저는 누가 누구한테 돈 내?": no party named,
  // but the thing one flow buys: that flow.
  const thingFlow = byFigure ? undefined : flowOfThingNamed(knowledge, named);
  if (thingFlow && !netOpen && !roundTrip) {
    const one = oneWayAnswer(knowledge, language, thingFlow.from, thingFlow.to);
    if (one) return one;
  }
  const ids = byFigure ? [byFigure.from, byFigure.to] : named.length > 2 ? [] : named;
  // One party named: its own flows are answered below, with its own shapes (net, one side).
  if (!byFigure && named.length === 1) return undefined;
  const [one, other] = ids;
  return directionAnswer(knowledge, language, ids, {
    claimsOneWay: ONE_WAY_ONLY.test(analysis.normalized),
    roundTrip,
    lead:
      netOpen && one && other && ids.length === 2
        ? netBetween(knowledge, language, one, other)
        : "",
  });
}

/**
 * The named parties without the things a named party's own flow is made of: "앤트로픽 … 나가는
 * 돈(애저 쪽)" names Azure as where Anthropic's money goes (its Azure purchase, a flow to
 * Microsoft), not as a party of its own. A name no such flow involves (Amazon) stays, so no other
 * party's flows answer for it.
 */
function withoutFlowThings(knowledge: Knowledge, ids: readonly string[]): string[] {
  const { flows } = knowledge.flows;
  const parties = flowParties(knowledge);
  const isParty = (id: string) => parties.has(id);
  const partOfFlow = (id: string) =>
    flows.some((flow) => {
      if (!ids.some((other) => other !== id && (flow.from === other || flow.to === other))) {
        return false;
      }
      const fact = factOfFlow(knowledge, flow);
      return fact !== undefined && involves(fact, id);
    });
  return ids.filter((id) => isParty(id) || !partOfFlow(id));
}

/** The fact of the one relation a question names by its words alone, naming no party. */
function relationFactAnswer(
  index: KnowledgeIndex,
  question: string,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  const { knowledge } = index;
  if (!hasQuestionWord(analysis.normalized)) return undefined;
  const scope = readScope(knowledge, analysis, question, () => false);
  const [relation] = scope.relations;
  if (!relation || scope.relations.length > 1 || scope.entities.length > 0) return undefined;
  if (scope.outsideRelations.length > 0) return undefined;
  const fact = knowledge.facts.find(
    (candidate) => candidate.kind !== "correction" && candidate.relation === relation.id,
  );
  if (!fact) return undefined;
  const quoted = fact.quote ? sentencesHolding(knowledge, fact.quote).slice(0, 1) : [];
  return composeAnswer(
    knowledge,
    language,
    [fact],
    quoted,
    loopWithAmounts(knowledge, language, [fact]),
  );
}

/** A yes or no first, the facts that settle it, and the article's sentences that hold them. */
function verdictAnswer(
  knowledge: Knowledge,
  language: Language,
  sentences: readonly Ranked<Passage>[],
  verdict: Parameters<typeof confirmationHead>[1],
  compact: boolean,
): Answer {
  const quoted = chooseSentences(knowledge, sentences, verdict.facts, compact);
  const head = confirmationHead(language, verdict, verdictWords[language]);
  return composeAnswer(knowledge, language, verdict.facts, quoted, head);
}

/** The no to a party put among this deal's payers, then that party's own money not covered. */
function addedInvestorAnswer(
  knowledge: Knowledge,
  language: Language,
  sentences: readonly Ranked<Passage>[],
  { verdict, added, relation }: AddedInvestor,
): Answer {
  const quoted = chooseSentences(knowledge, sentences, verdict.facts, false);
  const label = knowledge.scope.relations.find((candidate) => candidate.id === relation)?.label;
  const names = added.map((entity) => entity.name[language]);
  const head = `${confirmationHead(language, verdict, verdictWords[language])} ${notCoveredSentence(language, names, label?.[language])}`;
  return composeAnswer(knowledge, language, verdict.facts, quoted, head);
}

/** One party's money on the side the question asks ("gets paid", "돈 내"), or undefined. */
function oneSideOfMoney(
  knowledge: Knowledge,
  analysis: Analysis,
  language: Language,
  parties: readonly NamedEntity[],
): Answer | undefined {
  const [party] = parties;
  if (
    !party ||
    parties.length !== 1 ||
    analysis.asksForReason ||
    asksWhich(analysis.normalized) ||
    // Both ways, or one way only ("받기만 해?"): the flows both ways answer it.
    asksMoneyDirection(analysis.normalized) ||
    analysis.terms.some((term) => term.kind === "amount")
  ) {
    return undefined;
  }
  const side = moneySideAsked(analysis.normalized, party.position);
  if (!side) return undefined;
  const yesNo = analysis.asksToConfirm;
  return partyFlowsAnswer(
    knowledge,
    language,
    party.id,
    side,
    yesNo,
    ROUND_TRIP.test(analysis.normalized) || LOOP_NAMED.test(analysis.normalized),
  );
}

function abstainReason(verdict: Verdict): AbstainReason {
  if (verdict.onTopic) return "off-topic";
  return verdict.reason === "advice"
    ? "advice"
    : verdict.reason === "empty"
      ? "empty"
      : "off-topic";
}

/** A person named before: "what did he say?", "그 사람은 뭐래?". */
const PERSON_POINTS_BACK =
  /\b(?:he|him|his|she|her)\b|(?<!\p{Script=Hangul})그(?:는|가|의|분|분은|분이|사람|사람은|사람이)(?!\p{Script=Hangul})/u;

/** A part asking who someone is: "who leads…", "who's the CEO", "누가 이끌어?", "대표는 누구야?". */
const WHO_ASKED = /^(?:(?:and|so|but|also|then)[,\s]+)?who(?:'s|\s+is|\s+was)?\b|누구|누가/u;

/** "그 사람은", "그 분이": the Korean pointer at a person, written apart. */
const SPACED_PERSON_POINTER = /(?<!\p{Script=Hangul})그\s(?:사람|분)(?!\p{Script=Hangul}{2})/u;

/** Words of talking about something ("mention it", "얘기했어"), whoever talks. */
const SPOKE =
  /\b(?:say|says|said|talk|talks|talked|mention|mentions|mentioned|comment|comments|commented|br(?:ing|ought) (?:it |this |that )?up)\b|(?:얘기|이야기)\s?(?:했|한|하|함|해|나왔|나온)|말했|말한|말함|말하|언급/u;

/** A Korean clause trailing off on a connective ("…나오던데", "…봤는데요", "…있길래"), unasked. */
const TRAILING_BACKGROUND = /\p{Script=Hangul}(?:던데|는데|은데|거든|길래)요?\s*[.…~]*$/u;

/** A party's figure asked by its noun: "Amazon's figure", "their number", "그 금액". */
const FIGURE_NOUN =
  /['’]s (?:figure|number|amount)s?\b|\b(?:the|their|its) (?:figure|number|amount)s?\b/u;

/** A pronoun as the subject a part opens on: "did they…", "will he…", "they also…". */
const SUBJECT_POINTS_BACK =
  /^(?:(?:and|so|but|also|then)[,\s]+)?(?:(?:did|does|do|will|would|are|were|is|was|have|has|had|can|could)\s+)?(?<who>they|he|she)\s+\p{L}/u;

/** A part of a name or two and joins only: "and nvda?", "what about Microsoft?", "엔비디아는?". */
function namesOnlyParties(own: Analysis): boolean {
  return (
    own.terms.length > 0 &&
    own.terms.every((term) => term.entity !== undefined) &&
    spaceSplitCount(own.normalized) <= PARTY_ONLY_WORDS
  );
}
/** At most this many words ask the part before's question of another party ("and what about nvda"). */
const PARTY_ONLY_WORDS = 4;

/** A yes/no question whose subject is "it": "will it come to Foundry?", "is it public yet?". */
const IT_AS_SUBJECT =
  /^(?:(?:and|so|but|also|then)[,\s]+)?(?:will|would|does|did|is|was|can|could|has|have) it\b/u;
/** A word for what the part before asked about ("when does it have to be repaid", "그건 언제"). */
const POINTS_AT_BEFORE =
  /\b(?:it|its|they|them|their|that|those)\b|(?<!\p{Script=Hangul})(?:그거|그게|그건|그걸|그것|그때)(?!\p{Script=Hangul})/u;

/**
 * "there" or "거기 / 그쪽" pointing back at what the part before named; not the "there" of "is
 * there", "there are", "any there".
 */
const POINTS_AT_PLACE_BEFORE =
  /(?<!\b(?:is|are|was|were|be|been|isn't|aren't|wasn't|weren't|any)\s)\bthere\b(?!\s*(?:is|are|was|were|be|'s|'re|isn't|aren't|will|won't|might|may|must|should|seems?|appears?|has|have|had|any)\b)|(?<!\p{Script=Hangul})(?:거기|그쪽)/u;

/** An answer that opens with yes or no. */
const YES_OR_NO = /^(?:Yes|No|Both ways|맞아요|아니에요|양쪽 다예요)(?![\p{L}])/u;

/** A plain yes or no, the opening of one claim's own answer. */
const PLAIN_YES_OR_NO = /^(?:Yes|No|맞아요|아니에요)(?![\p{L}])/u;

/** What one claim's answer states, its yes or no left off: the same for one fact said twice. */
function statementOfClaim(answer: Answer): string {
  return (answer.text.split("\n\n")[0] ?? "").replace(PLAIN_YES_OR_NO, "");
}

/**
 * "Microsoft up to $5B and announced Nov 18 — both right?": a message of claims that each get a
 * yes or no of their own, from different facts; undefined when it is one claim.
 */
function eachClaimAnswer(
  index: KnowledgeIndex,
  asked: string,
  language: Language,
): Answer | undefined {
  // The words that name a party as written ("nvidia", "msft"): a clause ending in one lists names.
  const names = new Set(
    index
      .analyze(asked)
      .terms.filter((term) => term.entity !== undefined)
      .map((term) => term.text),
  );
  const clauses = claimClauses(asked, names);
  if (!clauses || clauses.length < 2) return undefined;
  // Each clause a claim with a word of the story, read before any is answered (answers cost);
  // a clause with a question word asks ("Which sum is that, and is it right?"), it claims nothing.
  // The question word first, on the text as typed: most such clauses stop here, unread.
  if (clauses.some((clause) => hasQuestionWord(normalizeText(clause)))) return undefined;
  const reads = clauses.map((clause) => index.analyze(clause));
  const eachClaims = reads.every(
    (read) =>
      read.asksToConfirm &&
      read.terms.some((term) => term.known) &&
      !hasQuestionWord(read.normalized),
  );
  if (!eachClaims) return undefined;
  const answers: Answer[] = [];
  const openings = new Set<string>();
  for (const [at, clause] of clauses.entries()) {
    const read = reads[at];
    if (read === undefined) return undefined;
    const answer = answerOne(index, clause, read, language, undefined, true);
    if (answer.abstained || !PLAIN_YES_OR_NO.test(answer.text)) return undefined;
    // The same fact twice is one claim said in two ways.
    const opening = statementOfClaim(answer);
    if (openings.has(opening)) return undefined;
    openings.add(opening);
    answers.push(answer);
  }
  return claimsAnswer(index.knowledge, language, clauses, answers);
}

/** "A 아니면 B?", "A or is B?": the joint between two claims offered as a choice. */
const EITHER_JOINT =
  /\s*,?\s*(?:아니면|아님|아니믄|아니면은|혹은)\s+|,?\s+or\s+(?=(?:is|are|does|do|did|was|were|has|have|will|can)\s)/iu;
/** "…? 뭐가 맞음", "…? which is it": the choice asked again, after the two claims. */
const WHICH_TAIL =
  /[?？]\s*(?:(?:뭐가|어느 ?(?:게|쪽이|것이|거))\s?(?:맞음|맞아|맞지|맞나요|맞아요|맞는\s?(?:거야|거예요|건가요))|which(?: one)?(?: is (?:it|right|correct))?)[\s?？]*$/iu;

/**
 * Two claims offered as a choice ("Is Microsoft buying a stake, or is Anthropic buying its
 * cloud?"), each between the story's parties: each is checked; both holding, both are said so.
 * Undefined unless each half is a claim the checker answers with a yes or a no.
 */
function eitherClaimAnswer(
  index: KnowledgeIndex,
  asked: string,
  language: Language,
): Answer | undefined {
  const text = asked.replace(WHICH_TAIL, "?").trim();
  const joint = EITHER_JOINT.exec(text);
  if (!joint) return undefined;
  const first = text.slice(0, joint.index).trim();
  const second = text.slice(joint.index + joint[0].length).trim();
  // Each half is checked as the claim it offers, with a tag of its own; shown as written.
  const halves = [first, second].map((half) => half.replace(/[?？\s]+$/u, ""));
  const tag = language === "ko" ? " 맞아?" : ", right?";
  const answers: Answer[] = [];
  for (const half of halves) {
    const claim = `${half}${tag}`;
    const read = index.analyze(claim);
    if (storyPartiesNamed(index, claim) < 1 || hasQuestionWord(read.normalized)) return undefined;
    const answer = answerOne(index, claim, read, language, undefined, true);
    if (answer.abstained || !PLAIN_YES_OR_NO.test(answer.text)) return undefined;
    answers.push(answer);
  }
  // The same fact for both is one claim read twice ("A가 B에 주는 거야 아니면 B가 A에 주는
  // 거야": money's way, which the flows answer), no choice between two.
  const [firstAnswer, secondAnswer] = answers;
  if (
    firstAnswer &&
    secondAnswer &&
    statementOfClaim(firstAnswer) === statementOfClaim(secondAnswer)
  )
    return undefined;
  const holding = answers.filter((answer) => /^(?:Yes|맞아요)/u.test(answer.text));
  if (holding.length === 1) return holding[0];
  return holding.length === 2
    ? claimsAnswer(index.knowledge, language, halves, answers)
    : undefined;
}

/** The story itself, pointed at: "when did this go live", "그거 언제 나왔어". */
const OF_THE_STORY =
  /\b(?:this|it|that|the (?:deal|news|partnership|announcement))\b|(?<!\p{Script=Hangul})(?:이거|그거|이게|그게|이건|그건)(?!\p{Script=Hangul})/u;

/** What a date claimed that no fact gives is about. */
const TIMING = { en: "timing", ko: "시기" } as const;

/** "Does the money come back to Microsoft?", "다시 마소로 돌아오는": the loop answers it too. */
const ROUND_TRIP =
  /\b(?:ends?|ended) up back\b|\bcomes? back\b|\bround[- ]trip\b|\bgets? (?:it|the money|its money|that money) back\b|돌아오|되돌아|다시 받|돌려받/u;

/**
 * The one flow whose own words name the things asked of, when no party of the flows is named
 * ("Azure" in "Azure compute purchases"; a flow's aside, "(through Azure)", is not its thing).
 */
function flowOfThingNamed(knowledge: Knowledge, named: readonly string[]): Flow | undefined {
  const parties = flowParties(knowledge);
  if (named.length === 0 || named.some((id) => parties.has(id))) return undefined;
  const names = named.flatMap((id) => {
    const name = knowledge.scope.names.get(id);
    return name ? [name.en.toLowerCase(), name.ko.toLowerCase()] : [];
  });
  const buying = knowledge.flows.flows.filter((flow) =>
    [flow.what.en, flow.what.ko].some((what) => {
      const own = flowOwnWords(what).toLowerCase();
      return names.some((name) => name !== "" && own.includes(name));
    }),
  );
  return buying.length === 1 ? buying[0] : undefined;
}

/** "who pays whom", "who gives it to who", "누가 누구한테": both ends of one payment asked. */
const WHO_TO_WHOM = /\bwho\b.*\bwho(?:m)?\b|누가\s?누구/u;

/** "Does Anthropic only receive money?", "받기만 해?": a claim of one direction, answered with both. */
const ONE_WAY_ONLY =
  /\b(?:only|just)\b|(?:받기|내기|주기)만|(?:한쪽|한 쪽|한 방향|한방향|일방)(?:으로)?만/u;

/** Facts of the relation asked, about the party named first, rank higher. */
/** A fact naming things of the kind the question asks for ("which models"). */
const ASKED_KIND_FACTOR = 1.6;

const RELATION_FACTOR = 1.4;

const SUBJECT_FACTOR = 1.15;

/** "Why does A pay B?": the fact of A paying B. "Why would A…?": the article on A's motives. */
const REASON_PAIR_FACTOR = 1.4;

const REASON_ACTOR_FACTOR = 1.2;

/** A connective before the subject ("즉, 마이크로소프트는…", "That is, Microsoft…") still opens on it. */
const OPENING_CONNECTIVE = "(?:(?:즉|결국|요컨대|다시 말해|따라서|그래서|특히|이처럼),? ?)?";

/** The section about the actor (its heading names it) is where the article gives its motives. */
const REASON_SECTION_FACTOR = 1.5;

const REASON_FIGURE_SENTENCE_FACTOR = 0.7;

/**
 * "Why would NVIDIA fund a company that buys its chips?": a fact whose subject is another party
 * (Microsoft buys NVIDIA systems) says what that party does, not why the actor acts.
 */
const REASON_OTHER_SUBJECT_FACTOR = 0.6;

/**
 * A sentence that states a motive (it holds a concept the reason intent implies: "전략으로
 * 해석됩니다") answers "why" before one that only names the same parties (a quote of their CEO).
 */
const REASON_MOTIVE_FACTOR = 1.05;

/**
 * The article sentences that hold, in their own words (not their heading's), a form of a concept
 * the knowledge's reason intent implies ("why" -> "strategy": "전략으로 해석됩니다"). Read once.
 */
const motiveSentences = oncePerKnowledge((knowledge): ReadonlySet<number> => {
  const motives = new Set(
    knowledge.concepts.flatMap((concept) => (concept.intent === "reason" ? concept.related : [])),
  );
  const forms = knowledge.concepts
    .filter((concept) => motives.has(concept.id))
    .flatMap((concept) => concept.forms)
    .map((form) => escapeRegExp(form.toLowerCase()));
  const pattern =
    forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join("|")})`, "u") : undefined;
  return new Set(
    knowledge.article.sections.flatMap((section) =>
      section.sentences
        .filter((sentence) => pattern?.test(sentence.text.toLowerCase()))
        .map((sentence) => sentence.index),
    ),
  );
});

function rerankReasons(
  ranked: Ranked<Passage>[],
  knowledge: Knowledge,
  parties: readonly string[],
): Ranked<Passage>[] {
  const [actor, other] = parties;
  if (actor === undefined) return ranked;
  const motives = motiveSentences(knowledge);
  // A payment between the pair whose fact gives no figure says what it is for ("buys NVIDIA
  // systems to build that capacity"); any other fact about the two does not.
  const pairWithPurpose =
    other !== undefined &&
    knowledge.flows.flows.some(
      (flow) =>
        flow.from === actor &&
        flow.to === other &&
        knowledge.facts.some((fact) => fact.id === flow.fact && fact.figure === undefined),
    );
  const name = knowledge.scope.names.get(actor)?.[knowledge.article.language];
  const opensWithActor = name
    ? new RegExp(`^${OPENING_CONNECTIVE}${escapeRegExp(name)}(?:는|은|이|가|도| 역시)`, "u")
    : undefined;
  const reranked = ranked.map((result) => {
    let factor = 1;
    if (result.item.kind === "fact") {
      const fact = result.item.fact;
      // A pair's fact that says what the money is for ("buys NVIDIA systems to build…"); a
      // figure alone ("invests up to $5 billion") says how much, not why.
      if (pairWithPurpose && fact.subject.includes(actor) && fact.object.includes(other ?? "")) {
        factor = REASON_PAIR_FACTOR;
      } else if (!pairWithPurpose && name && !fact.subject.includes(actor)) {
        factor = REASON_OTHER_SUBJECT_FACTOR;
      }
    } else if (!pairWithPurpose && name) {
      const { sentence, section } = result.item;
      if (opensWithActor?.test(sentence.text)) factor *= REASON_ACTOR_FACTOR;
      // A sentence of figures says how much, not why.
      if (/\d/u.test(sentence.text)) factor *= REASON_FIGURE_SENTENCE_FACTOR;
      if (section.heading?.includes(name)) factor *= REASON_SECTION_FACTOR;
      if (motives.has(sentence.index)) factor *= REASON_MOTIVE_FACTOR;
    }
    return factor === 1 ? result : rescored(result, result.score * factor);
  });
  return sortByScore(reranked);
}

/** A fact naming things of the kind asked for ("which models" -> the models) ranks up. */
function rerankByAskedKind(
  ranked: Ranked<Passage>[],
  analysis: Analysis,
  index: KnowledgeIndex,
): Ranked<Passage>[] {
  const naming = factsNamingAskedKind(analysis, index.knowledge.facts, index.lexicon);
  if (naming.size === 0) return ranked;
  return sortByScore(
    ranked.map((result) =>
      result.item.kind === "fact" && naming.has(result.item.fact.id)
        ? rescored(result, result.score * ASKED_KIND_FACTOR)
        : result,
    ),
  );
}

function rerankByScope(
  ranked: Ranked<Passage>[],
  scope: QuestionScope,
  analysis: Analysis,
  knowledge: Knowledge,
): Ranked<Passage>[] {
  const parties = scope.entities.filter((entity) => !entity.outside).map((entity) => entity.id);
  const [first] = parties;
  if (analysis.asksForReason) return rerankReasons(ranked, knowledge, parties);
  if (scope.relations.length === 0) return ranked;
  const relations = scope.relations.map((relation) => relation.id);
  const outgoing = outgoingMoneyFacts(knowledge, parties, relations);
  // A copy only once a result is rescored (most rankings keep every score), sorted in place by
  // insertion (the builtin sort copied it into a work array of its own); the same order.
  let adjusted: Ranked<Passage>[] | undefined;
  for (let at = 0; at < ranked.length; at++) {
    const result = ranked[at] as Ranked<Passage>;
    const score = scopeScore(result, outgoing, relations, parties, first, analysis);
    if (score === UNCHANGED) continue;
    adjusted ??= ranked.slice();
    adjusted[at] = rescored(result, score);
  }
  return adjusted ? sortByScore(adjusted) : ranked;
}

/** scopeScore's answer for a passage whose score stays (scores are never negative). */
const UNCHANGED = -1;

/** rerankByScope's new score for one ranked passage, or UNCHANGED. */
function scopeScore(
  result: Ranked<Passage>,
  outgoing: ReadonlySet<string> | undefined,
  relations: readonly string[],
  parties: readonly string[],
  first: string | undefined,
  analysis: Analysis,
): number {
  if (result.item.kind !== "fact") return UNCHANGED;
  const fact = result.item.fact;
  if (outgoing !== undefined) {
    if (!outgoing.has(fact.id)) return UNCHANGED;
    return result.score * RELATION_FACTOR * SUBJECT_FACTOR;
  }
  if (!hasSomeRelation(fact, relations)) return UNCHANGED;
  // "How much…" wants a figure: the relation's fact without one is no better than others.
  if (analysis.asksForFigure && !fact.figure) return UNCHANGED;
  // The relation's fact about other parties is no better than any other fact.
  if (!involvesAll(fact, parties)) return UNCHANGED;
  let factor = RELATION_FACTOR;
  if (first !== undefined && fact.subject.includes(first)) factor *= SUBJECT_FACTOR;
  if (factor === 1) return UNCHANGED;
  return result.score * factor;
}

// Loops, not some/every with a closure: these run for every ranked passage of every answer.
function hasSomeRelation(fact: Fact, relations: readonly string[]): boolean {
  for (let index = 0; index < relations.length; index++) {
    if (factHasRelation(fact, relations[index] as string)) return true;
  }
  return false;
}

function involvesAll(fact: Fact, parties: readonly string[]): boolean {
  for (let index = 0; index < parties.length; index++) {
    if (!involves(fact, parties[index] as string)) return false;
  }
  return true;
}

/**
 * "엔비 돈 얼마 씀?": one party spending, when no fact of the relation has it as the spender,
 * is its own outgoing money (NVIDIA's investment), never a payment made to it.
 */
function outgoingMoneyFacts(
  knowledge: Knowledge,
  parties: readonly string[],
  relations: readonly string[],
): Set<string> | undefined {
  const [party, other] = parties;
  if (party === undefined || other !== undefined) return undefined;
  const payments = knowledge.flows.flows.filter((flow) => flow.kind !== "compute");
  const paid = new Set(payments.map((flow) => flow.fact));
  // A spending relation: every fact of it is a payment ("buys Azure", "buys NVIDIA systems");
  // the party spends no figure in it ("마소는 얼마나 써?": its own investment, not Azure).
  const spending = knowledge.facts.filter(
    (fact) => fact.relation !== undefined && relations.includes(fact.relation),
  );
  const spends =
    spending.length > 0 &&
    spending.every((fact) => paid.has(fact.id)) &&
    !spending.some((fact) => fact.figure && fact.subject.includes(party));
  if (!spends) return undefined;
  const facts = payments.flatMap((flow) =>
    flow.from === party && flow.figure && flow.fact ? [flow.fact] : [],
  );
  return facts.length > 0 ? new Set(facts) : undefined;
}

/** "Sum it up", "요약해줘": a summary, unless the question also names something specific. */
function wantsSummary(analysis: Analysis, verdict: Verdict): boolean {
  if (!analysis.asksForSummary || analysis.asksForAdvice || analysis.triesToChangeRules)
    return false;
  // "In one sentence, why does Microsoft do this?": the summary word is the answer's length;
  // the reason is what is asked.
  if (analysis.asksForReason) return false;
  // "a summary of this article I can read out to a 10th-grade class": who it is for asks nothing.
  if (asksSummaryOfPieceForSomeone(analysis)) return true;
  const unknownWords = analysis.terms.some((term) => !term.known);
  // "마소 엔비 앤트 딜 요약", "summarize the microsoft nvidia anthropic deal": the parties' names
  // and the summary word alone name the whole story, not something specific in it.
  const names = analysis.terms.filter((term) => term.entity !== undefined).length;
  const onlyNames = names >= 2 && analysis.terms.length - names <= 1;
  return !unknownWords && (verdict.specificity < SUMMARY_SPECIFICITY || onlyNames);
}

function chooseLeadFacts(
  analysis: Analysis,
  facts: readonly ScoredFact[],
  bestSentenceScore: number,
  scope: QuestionScope,
): Fact[] {
  const [first, second] = facts;
  if (!first) return [];
  // A fact of the relation asked, about the party named first, answers like a figure does.
  const party = scope.entities.find((entity) => !entity.outside)?.id;
  const exact =
    party !== undefined &&
    first.fact.subject.includes(party) &&
    scope.relations.some((relation) => first.fact.relation === relation.id);
  // "Why does A put money in B?": a figure says how much, not why; the article's passage leads
  // unless the figure's fact matches far better.
  const figureForReason =
    analysis.asksForReason && first.fact.figure !== undefined && first.fact.kind !== "correction";
  const ratio = figureForReason
    ? REASON_FIGURE_LEAD_RATIO
    : exact && !analysis.asksForReason
      ? EXACT_FACT_LEAD_RATIO
      : analysis.asksForFigure
        ? FIGURE_FACT_LEAD_RATIO
        : FACT_LEAD_RATIO;
  if (first.score < ratio * bestSentenceScore) return [];
  const leads = [first.fact];
  // "Which invested more, Microsoft or NVIDIA?": two figures answer it, not one. A question
  // about one company gets that company's figure alone.
  const entities = new Set(analysis.terms.flatMap((term) => (term.entity ? [term.entity] : [])));
  // "Who invested (in Anthropic)?": every party of the relation, not the best-scoring one.
  const asksEveryParty =
    asksWhichParty(analysis) &&
    ![...entities].some((entity) => first.fact.subject.includes(entity)) &&
    second?.fact.relation !== undefined &&
    second.fact.relation === first.fact.relation;
  if (
    (asksEveryParty || (analysis.asksForFigure && entities.size !== 1)) &&
    second?.fact.figure &&
    first.fact.figure &&
    second.score >= SECOND_FIGURE_RATIO * first.score
  ) {
    leads.push(second.fact);
  }
  // "투자 규모는?", "How much was invested?": asked of no party, two parties' figures of one
  // relation are the parts of its total, which says both ("up to $15 billion: Microsoft up to $5
  // billion plus NVIDIA up to $10 billion").
  // "Who's the investor?" asks who, not how much: each party's own fact.
  const total = entities.size === 0 && analysis.asksForFigure ? totalOf(facts, leads) : undefined;
  if (total) return [total];
  return payerFirst(leads, scope, analysis.normalized);
}

/**
 * The ranked fact whose figure is the total of two leads' (same relation, its subjects all of
 * theirs), or undefined.
 */
function totalOf(facts: readonly ScoredFact[], leads: readonly Fact[]): Fact | undefined {
  const [first, second] = leads;
  if (!first || !second || leads.length !== 2 || first.relation !== second.relation) {
    return undefined;
  }
  const parts = [...first.subject, ...second.subject];
  return facts.find(
    ({ fact }) =>
      fact.kind === "figure" &&
      fact.figure !== undefined &&
      fact.relation === first.relation &&
      fact.subject.length === parts.length &&
      parts.every((id) => fact.subject.includes(id)),
  )?.fact;
}

/**
 * "앤트가 마소한테 얼마 줬어?", "how much does Anthropic give Microsoft": of two facts, the one
 * whose subject the question writes as the payer comes first.
 */
function payerFirst(leads: Fact[], scope: QuestionScope, text: string): Fact[] {
  const [first, second] = leads;
  if (!first || !second) return leads;
  const payer = scope.entities.find(
    (entity) =>
      !entity.outside && writtenAsAgent(text, entity) && !writtenAsRecipient(text, entity),
  );
  if (!payer || first.subject.includes(payer.id) || !second.subject.includes(payer.id)) {
    return leads;
  }
  return [second, first, ...leads.slice(2)];
}

function chooseSentences(
  knowledge: Knowledge,
  ranked: readonly Ranked<Passage>[],
  leads: readonly Fact[],
  single = false,
): QuotedSentence[] {
  const [first, second] = bestSentences(ranked, 2);
  const holding = leads.flatMap((fact) =>
    fact.quote ? sentencesHolding(knowledge, fact.quote) : [],
  );
  let chosen: QuotedSentence[];
  if (holding.length > 0) {
    // The facts' own sentences, and the best match too when the question is really about it.
    chosen = [...holding];
    const leadScore = ranked.find((result) => result.item.kind === "fact")?.score ?? 0;
    if (first && first.score >= SUPPORTING_SENTENCE_RATIO * leadScore) chosen.push(first);
  } else if (first && leads.length > 0) {
    // A fact the article does not state (fact sheet only): a quote only when it is on the point.
    const leadScore = ranked.find((result) => result.item.kind === "fact")?.score ?? 0;
    chosen = first.score >= SUPPORTING_SENTENCE_RATIO * leadScore ? [first] : [];
  } else if (first) {
    chosen = [first];
    // A plain article answer may take a second sentence when it is nearly as good.
    if (leads.length === 0 && second && second.score >= SECOND_SENTENCE_RATIO * first.score) {
      chosen.push(second);
    }
  } else {
    chosen = [];
  }
  chosen = unique(chosen);
  if (single) {
    // One quote per part, unless it only opens its section: the sentence after says the point
    // ("엔비디아 역시 … 큰 그림을 그리고 있습니다." / "…더 넓은 AI 수요를 창출하려 합니다.").
    const [only] = chosen;
    const next = only && leads.length === 0 ? followingSentence(knowledge, only) : undefined;
    return next ? [only as QuotedSentence, next] : chosen.slice(0, 1);
  }
  const only = chosen[0];
  if (chosen.length === 1 && only) {
    const next = followingSentence(knowledge, only);
    if (next) chosen.push(next);
  }
  return inArticleOrder(chosen.slice(0, MAX_QUOTED_SENTENCES));
}

/**
 * Quoted sentences sorted in place in the article's order, equal ones kept as they are (what the
 * stable builtin sort gives): by insertion, for the two or three quoted, where the builtin copies
 * them into a work array of its own and calls a closure per pair.
 */
function inArticleOrder(sentences: QuotedSentence[]): QuotedSentence[] {
  for (let at = 1; at < sentences.length; at++) {
    const sentence = sentences[at] as QuotedSentence;
    const index = sentence.sentence.index;
    let to = at;
    while (to > 0 && (sentences[to - 1] as QuotedSentence).sentence.index > index) {
      sentences[to] = sentences[to - 1] as QuotedSentence;
      to--;
    }
    sentences[to] = sentence;
  }
  return sentences;
}

/** The best `count` sentences of a ranking, with their scores (not every sentence ranked). */
function bestSentences(
  ranked: readonly Ranked<Passage>[],
  count: number,
): (QuotedSentence & { readonly score: number })[] {
  const best: (QuotedSentence & { readonly score: number })[] = [];
  for (const result of ranked) {
    if (best.length === count) break;
    const item = result.item;
    if (item.kind !== "sentence") continue;
    // The fields `{ ...item, score }` had, in its order, without copying through a spread.
    const scored: QuotedSentence & { readonly kind: "sentence"; readonly score: number } = {
      kind: item.kind,
      sentence: item.sentence,
      section: item.section,
      score: result.score,
    };
    best.push(scored);
  }
  return best;
}

function unique(sentences: readonly QuotedSentence[]): QuotedSentence[] {
  const seen = new Set<number>();
  return sentences.filter(({ sentence }) => !seen.has(sentence.index) && seen.add(sentence.index));
}

/**
 * The sentence after a lone quote, when the quote needs it: the next one leans on it ("이는…",
 * "즉,…"), or the quote opens its section and the next one develops it.
 */
function followingSentence(
  knowledge: Knowledge,
  { sentence, section }: QuotedSentence,
): QuotedSentence | undefined {
  const next = knowledge.article.sentences[sentence.index + 1];
  if (!next || next.sectionIndex !== sentence.sectionIndex) return undefined;
  const opensSection =
    section.sentences[0]?.index === sentence.index && section.heading !== undefined;
  return CONTINUATION.test(next.text) || opensSection ? { sentence: next, section } : undefined;
}
