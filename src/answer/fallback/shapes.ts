/**
 * Answers of particular shapes: "not covered" naming what is not (and what is), the article's
 * fact checks, money in both directions between two parties, and several answers in one.
 */

import { formatFigure } from "../../knowledge/figures.ts";
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Flow, Language } from "../../knowledge/schema.ts";
import { hasFinalConsonant, withParticle } from "../../search/korean.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import {
  answerHeads,
  coveredInstead,
  coveredTopic,
  notCoveredSentence,
  phrases,
  verdictWords,
} from "../shared/phrases.ts";
import { quotesAsLines } from "../shared/quote.ts";
import { type Answer, type Citation, MAX_ANSWER_LENGTH, type SourceLink } from "../types.ts";
import { involves, type NotCovered } from "./scope.ts";
import { abstainAnswer, composeAnswer, sourcesOf, truncate } from "./text.ts";

/** What is not covered, by name, and the fact of the same kind that is (when there is one). */
/** One flow as a line: "A → B: what (figure)". */
export function flowStep(knowledge: Knowledge, language: Language, flow: Flow): string {
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  return `${name(flow.from)} → ${name(flow.to)}: ${flow.what[language]}${flow.figure ? ` (${formatFigure(flow.figure, language)})` : ""}`;
}

export function notCoveredAnswer(
  knowledge: Knowledge,
  language: Language,
  notCovered: NotCovered,
  rankedFacts: readonly Fact[],
): Answer {
  const names = notCovered.entities.map((entity) => entity.name[language]);
  const said = notCoveredSentence(language, names, notCovered.relation?.label[language]);
  // "…the expert's name. It quotes only 'one tech expert' and gives no name.": the knowledge's
  // note on what it lacks, where a bare "not covered" would leave the asker guessing.
  const note = notCovered.relation?.note?.[language];
  const sentence = note ? `${said} ${note}` : said;
  // The broadest fact of the kind asked (the combined investment before one company's).
  const covered = rankedFacts
    .filter((fact) => fact.kind !== "correction" && notCovered.covered.includes(fact))
    .sort((a, b) => b.subject.length - a.subject.length)[0];
  const relation = notCovered.relation;
  const subjects =
    covered && relation
      ? covered.relation === relation.id
        ? covered.subject
        : (covered.also.find((pair) => pair.relation === relation.id)?.subject ?? [])
      : [];
  // The same parties' fact (with no figure for the amount asked) is said; another party's is named.
  const sameParties =
    covered !== undefined &&
    covered.figure === undefined &&
    notCovered.entities.length > 0 &&
    notCovered.entities.every((entity) => involves(covered, entity.id));
  const lead = sameParties
    ? `${sentence} ${coveredInstead[language]} ${covered.statement[language]}`
    : covered && relation && subjects.length > 0
      ? `${sentence} ${coveredTopic(
          language,
          subjects.map((id) => knowledge.scope.names.get(id)?.[language] ?? id),
          relation.label[language],
        )}`
      : sentence;
  return abstainAnswer(knowledge, language, "not-covered", lead);
}

/** The article's fact checks, the most important first, with the passage the first one corrects. */
export function factChecksAnswer(
  knowledge: Knowledge,
  language: Language,
  /** "How many errors…?": the head says how many there are. */
  counted = false,
): Answer {
  const corrections = [
    ...knowledge.facts.filter((fact) => fact.kind === "correction" && fact.key),
    ...knowledge.facts.filter((fact) => fact.kind === "correction" && !fact.key),
  ];
  const [first] = corrections;
  const quoted = first?.quote ? sentencesHolding(knowledge, first.quote).slice(0, 1) : [];
  const title = counted
    ? language === "ko"
      ? `팩트 시트가 기사에서 기록과 다르다고 짚는 점은 ${corrections.length}가지예요:`
      : `The fact sheet lists ${corrections.length} points where the article differs from the record:`
    : answerHeads[language].factChecks;
  for (let count = corrections.length; count >= 1; count--) {
    const head = [
      title,
      ...corrections.slice(0, count).map((fact) => `• ${fact.statement[language]}`),
    ].join("\n");
    const answer = composeAnswer(knowledge, language, corrections.slice(0, count), quoted, head);
    if (answer.text.length < MAX_ANSWER_LENGTH) return answer;
  }
  return composeAnswer(knowledge, language, corrections.slice(0, 1), quoted);
}

/** What a question asks of the flows beyond the parties it names (all off by default). */
export interface DirectionOptions {
  /** The question claims one direction only ("받기만 해?"): a both-ways answer opens with no. */
  claimsOneWay?: boolean;
  /** The question asks whether one party's money nets out this way ("net receiver?"). */
  netAsked?: "in" | "out";
  /** The question asks whether money comes back round ("다시 마소로 돌아오는 구조?"). */
  roundTrip?: boolean;
  /** Said before the flows: the net of them, when asked; "both ways" for one party's. */
  lead?: string;
}

/**
 * Money between two parties, both ways, in the first sentence ("Both ways: Microsoft → Anthropic:
 * equity investment (up to $5 billion); Anthropic → Microsoft: Azure compute purchases ($30B)").
 */
export function directionAnswer(
  knowledge: Knowledge,
  language: Language,
  parties: readonly string[],
  options: DirectionOptions = {},
): Answer | undefined {
  const { claimsOneWay = false, netAsked, roundTrip = false, lead = "" } = options;
  const [a, b] = parties;
  const flows = knowledge.flows.flows.filter((flow) =>
    a === undefined
      ? true
      : b === undefined
        ? flow.from === a || flow.to === a
        : (flow.from === a && flow.to === b) || (flow.from === b && flow.to === a),
  );
  if (flows.length === 0) return undefined;
  const steps = flows.map((flow) => flowStep(knowledge, language, flow));
  const bothWays =
    a !== undefined &&
    (b !== undefined || claimsOneWay) &&
    flows.some((flow) => flow.from === a) &&
    flows.some((flow) => flow.to === a);
  const opening = bothWays
    ? `${claimsOneWay ? `${verdictWords[language].no}, ` : ""}${answerHeads[language].bothWays} `
    : "";
  // Every flow at once: the loop they make, when they make one ("who pays whom?").
  const loop =
    (a === undefined || roundTrip) && knowledge.flows.loop
      ? knowledge.facts.find((fact) => fact.id === knowledge.flows.loop?.fact)
      : undefined;
  const totals = a !== undefined && b === undefined ? moneyTotals(knowledge, language, a) : "";
  const net =
    a !== undefined && b === undefined && netAsked
      ? netVerdict(knowledge, language, a, netAsked)
      : "";
  const head = `${net}${lead}${opening}${steps.join("; ")}.${totals}${loop ? ` ${loop.statement[language]}` : ""}`;
  return flowsAnswer(knowledge, language, flows, head);
}

/**
 * What goes one way between two parties ("앤트로픽에서 엔비디아로 가는 건 뭐야?", "What goes from
 * Anthropic to NVIDIA?"): the flows that way; when none goes that way, the ones the other way,
 * said as such. Undefined when nothing flows between them.
 */
export function oneWayAnswer(
  knowledge: Knowledge,
  language: Language,
  from: string,
  to: string,
): Answer | undefined {
  const all = knowledge.flows.flows;
  const asked = all.filter((flow) => flow.from === from && flow.to === to);
  const back = all.filter((flow) => flow.from === to && flow.to === from);
  if (asked.length === 0 && back.length === 0) return undefined;
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const step = (flow: Flow) => flowStep(knowledge, language, flow);
  const shown = asked.length > 0 ? asked : back;
  const opening =
    asked.length > 0
      ? ""
      : language === "ko"
        ? `${name(from)}에서 ${name(to)}${hasFinalConsonant(name(to)) ? "으로" : "로"} 가는 돈은 없어요. ${answerHeads[language].otherWay} `
        : `Nothing goes from ${name(from)} to ${name(to)}. ${answerHeads[language].otherWay} `;
  return flowsAnswer(knowledge, language, shown, `${opening}${shown.map(step).join("; ")}.`);
}

/**
 * One party's money on the side asked ("Does NVIDIA get any money?": what flows to it), then the
 * other way, both in the first sentence; a yes/no question opens with yes when any flow goes the
 * side asked.
 */
export function partyFlowsAnswer(
  knowledge: Knowledge,
  language: Language,
  party: string,
  side: "in" | "out",
  yesNo: boolean,
  /** The question asks whether money comes back round ("돈 주고 다시 받는 구조?"): the loop too. */
  roundTrip = false,
): Answer | undefined {
  const all = knowledge.flows.flows;
  // Money before capacity: "gets paid" is answered by a payment first.
  const asked = all
    .filter((flow) => (side === "in" ? flow.to : flow.from) === party)
    .sort((a, b) => Number(a.kind === "compute") - Number(b.kind === "compute"));
  const other = all.filter((flow) => (side === "in" ? flow.from : flow.to) === party);
  if (asked.length === 0 && other.length === 0) return undefined;
  const step = (flow: Flow) => flowStep(knowledge, language, flow);
  const verdict = yesNo
    ? `${asked.length > 0 ? verdictWords[language].yes : verdictWords[language].no}${language === "ko" ? ", " : ": "}`
    : "";
  const rest =
    other.length > 0 ? ` ${answerHeads[language].otherWay} ${other.map(step).join("; ")}.` : "";
  // Two payments or more on the side asked: their sum too ("how much did Anthropic receive?").
  // Otherwise, with money both ways, both sums after the flows ("money into Anthropic vs out of
  // it, both numbers": one payment out, the sum of two in).
  const total = moneySum(knowledge, party, side);
  const payments = asked.filter((flow) => flow.kind !== "compute" && flow.figure?.unit === "USD");
  const sum =
    total && payments.length >= 2
      ? language === "ko"
        ? ` 합계 ${formatFigure(total, language)}.`
        : ` In total ${formatFigure(total, language)}.`
      : "";
  const bothSums = sum === "" ? moneyTotals(knowledge, language, party) : "";
  const loop = roundTrip
    ? knowledge.facts.find((fact) => fact.id === knowledge.flows.loop?.fact)
    : undefined;
  const head =
    `${verdict}${asked.map(step).join("; ")}${asked.length > 0 ? "." : ""}${sum}${rest}${bothSums}${loop ? ` ${loop.statement[language]}` : ""}`.trim();
  return flowsAnswer(knowledge, language, [...asked, ...other], head);
}

/**
 * The loop's statement with each payment's amount ("Anthropic → Microsoft: Azure compute
 * purchases ($30 billion); …"): a money-flow answer names what each flow is worth, the flows on
 * the loop's path first, then the other payments into it. Undefined unless a lead is the loop.
 */
export function loopWithAmounts(
  knowledge: Knowledge,
  language: Language,
  leads: readonly Fact[],
): string | undefined {
  const loop = knowledge.flows.loop;
  if (!loop || !leads.some((fact) => fact.id === loop.fact)) return undefined;
  const payments = knowledge.flows.flows.filter((flow) => flow.kind !== "compute");
  const onPath = (flow: (typeof payments)[number]) => {
    const at = loop.path.findIndex(
      (entity, index) => entity === flow.from && loop.path[index + 1] === flow.to,
    );
    return at === -1 ? loop.path.length : at;
  };
  const ordered = [...payments].sort((a, b) => onPath(a) - onPath(b));
  if (ordered.length === 0) return undefined;
  const steps = ordered.map((flow) => flowStep(knowledge, language, flow));
  const statements = leads.map((fact) => fact.statement[language]).join(" ");
  return `${statements} ${steps.join("; ")}.`;
}

/** The answer about some money flows: their facts, and the first two article sentences they quote. */
export function flowsAnswer(
  knowledge: Knowledge,
  language: Language,
  flows: readonly Knowledge["flows"]["flows"][number][],
  head: string,
): Answer {
  const facts = flows.flatMap((flow) => {
    const fact = factOfFlow(knowledge, flow);
    return fact ? [fact] : [];
  });
  const quoted = facts
    .flatMap((fact) => (fact.quote ? sentencesHolding(knowledge, fact.quote) : []))
    .filter(
      (quote, index, all) =>
        all.findIndex((other) => other.sentence.index === quote.sentence.index) === index,
    )
    .slice(0, 2);
  return composeAnswer(knowledge, language, facts, quoted, head);
}

/** A party's money in and out, summed, when money flows both ways: " In total: in …, out …." */
function moneyTotals(knowledge: Knowledge, language: Language, party: string): string {
  const sum = (side: "in" | "out") => moneySum(knowledge, party, side);
  const [received, paid] = [sum("in"), sum("out")];
  if (!received || !paid) return "";
  const inText = formatFigure(received, language);
  const outText = formatFigure(paid, language);
  return language === "ko"
    ? ` 합계: 받는 돈 ${inText}, 내는 돈 ${outText}.`
    : ` In total: ${inText} in, ${outText} out.`;
}

/** "No: Anthropic takes in up to $15 billion and pays out $30 billion. " — or nothing. */
function netVerdict(
  knowledge: Knowledge,
  language: Language,
  party: string,
  claimed: "in" | "out",
): string {
  const received = moneySum(knowledge, party, "in");
  const paid = moneySum(knowledge, party, "out");
  if (!received || !paid) return "";
  const bigger =
    received.value > paid.value ? "in" : received.value < paid.value ? "out" : undefined;
  if (!bigger) return "";
  const word = bigger === claimed ? verdictWords[language].yes : verdictWords[language].no;
  const name = knowledge.scope.names.get(party)?.[language] ?? party;
  const inText = formatFigure(received, language);
  const outText = formatFigure(paid, language);
  // Money with no figure ("buys NVIDIA systems") is left out of the sums, and said so.
  const unpriced = knowledge.flows.flows.some(
    (flow) => flow.kind !== "compute" && !flow.figure && (flow.from === party || flow.to === party),
  );
  return language === "ko"
    ? `${word}, ${withParticle(name, "은", "는")} ${inText}를 받고 ${outText}를 냅니다${unpriced ? "(금액 미공개 거래 제외)" : ""}. `
    : `${word}: ${name} takes in ${inText} and pays out ${outText}${unpriced ? " (not counting payments with no figure given)" : ""}. `;
}

/** The money (payments in US dollars) that flows to or from a party, summed. */
export function moneySum(
  knowledge: Knowledge,
  party: string,
  side: "in" | "out",
): { value: number; unit: "USD"; qualifiers: ("up_to" | "about")[] } | undefined {
  return dollarsOf(knowledge, (from, to) => (side === "in" ? to : from) === party);
}

/** The dollar payments whose ends `between` accepts, summed ("up to" if any one is). */
export function dollarsOf(
  knowledge: Knowledge,
  between: (from: string, to: string) => boolean,
): { value: number; unit: "USD"; qualifiers: ("up_to" | "about")[] } | undefined {
  const flows = knowledge.flows.flows.filter(
    (flow) => flow.kind !== "compute" && flow.figure?.unit === "USD" && between(flow.from, flow.to),
  );
  if (flows.length === 0) return undefined;
  const value = flows.reduce((total, flow) => total + (flow.figure?.value ?? 0), 0);
  const upTo = flows.some((flow) => flow.figure?.qualifiers.includes("up_to"));
  return { value, unit: "USD", qualifiers: upTo ? ["up_to"] : [] };
}

/** A yes or no first, then the facts that settle it. */
export function confirmationHead(
  language: Language,
  verdict: { agrees: boolean; reversed: boolean; facts: readonly Fact[]; claimedFigureOf?: Fact },
  words: { yes: string; no: string; reversed: string },
): string {
  const opening = verdict.agrees ? words.yes : verdict.reversed ? words.reversed : words.no;
  const [first, ...rest] = verdict.facts.map((fact) => fact.statement[language]);
  const other = verdict.claimedFigureOf;
  const note =
    other?.figure && !verdict.agrees
      ? ` (${answerHeads[language].claimedFigureIs(formatFigure(other.figure, language), lowerFirst(other.label[language], language))}.)`
      : "";
  const joiner = language === "ko" ? ", " : ": ";
  return `${opening}${joiner}${lowerFirst(first ?? "", language)}${note}${rest.length > 0 ? ` ${rest.join(" ")}` : ""}`;
}

/** "The three companies…" -> "the three companies…" after "No: "; names ("NVIDIA", "Microsoft") stay. */
function lowerFirst(text: string, language: Language): string {
  if (language !== "en") return text;
  return /^(?:The|A|An|Together|According|Money|Combined)\b/.test(text)
    ? `${text.charAt(0).toLowerCase()}${text.slice(1)}`
    : text;
}

/**
 * One answer for a question of several parts: each part's opening and its first quote, or which
 * part is not covered. Abstains only when every part does.
 */
export function partsAnswer(
  knowledge: Knowledge,
  language: Language,
  parts: readonly string[],
  answers: readonly Answer[],
): Answer {
  const blocks: { opening?: string; text: string; citations?: readonly Citation[] }[] = [];
  const seen = new Set<string>();
  const quotesShown = new Set<string>();
  answers.forEach((answer, index) => {
    if (answer.abstained) {
      const specific = answer.text.split(/(?<=[.?!요])\s/u)[0] ?? "";
      const generic =
        specific.startsWith(phrases[language].articleSays) ||
        /기사에서 다루지 않는 내용이에요|The article doesn't cover that/.test(specific);
      const text = generic ? answerHeads[language].partNotCovered(parts[index] ?? "") : specific;
      // "어느 데이터센터, 어느 지역에…": two parts not covered for one reason say it once.
      if (blocks.some((block) => block.text === text)) return;
      blocks.push({ text });
      return;
    }
    const [said = ""] = answer.text.split("\n\n");
    // "기사 내용:" says which part only by its quote: the part is named instead.
    const opening = said === phrases[language].articleSays ? `“${parts[index] ?? ""}”:` : said;
    // The same answer twice says nothing new; two article answers ("기사 내용:") differ by quote.
    const key = `${opening}\u0000${answer.citations[0]?.quote ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    // The same quote block every surface shows: quote, translation, section in the reader's words.
    // A quote already shown for an earlier part is not repeated (two figures of one sentence).
    const fresh = answer.citations.filter((citation) => !quotesShown.has(citation.quote));
    for (const citation of answer.citations) quotesShown.add(citation.quote);
    const quote =
      fresh.length > 0 ? quotesAsLines(knowledge, fresh, language, "plain").join("\n") : "";
    // "When was it announced? And at what event?": one sentence answers both parts; it is said
    // once, with whatever quote the second part adds under it.
    const earlier = blocks.findIndex((block) => block.opening === opening);
    const same = blocks[earlier];
    if (same) {
      blocks[earlier] = {
        opening,
        text: [same.text, quote].filter(Boolean).join("\n"),
        citations: [...(same.citations ?? []), ...fresh],
      };
      return;
    }
    blocks.push({ opening, text: [opening, quote].filter(Boolean).join("\n"), citations: fresh });
  });
  const sources: SourceLink[] = [];
  for (const answer of answers) {
    for (const source of answer.sources) {
      if (!sources.some((known) => known.url === source.url)) sources.push(source);
    }
  }
  const citations = blocks.flatMap((block) => block.citations ?? []);
  return {
    mode: "fallback",
    language,
    abstained: answers.every((answer) => answer.abstained),
    text: truncate(blocks.map((block) => block.text).join("\n\n")),
    citations: citations.filter(
      (citation, index) => citations.findIndex((c) => c.quote === citation.quote) === index,
    ),
    sources: sources.length > 0 ? sources : sourcesOf(knowledge, []),
  };
}
