/**
 * A multiple-choice item whose options are claims about the text, as exams and tutors write
 * them: "윗글의 내용과 일치하지 않는 것은? ① … ⑤ …", "윗글에 제시된 수치로 옳지 않은 것은?",
 * "According to the passage, which of the following is true? (A) … (E) …". Each option is
 * checked as a claim by the claim checker; the option that fits the stem (the one that holds, or
 * the one that does not) is named with its check. When not exactly one option fits, the item is
 * left to the rest.
 */
import type { Language } from "../../knowledge/schema.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";
import { type Option, optionsOf } from "./topic-choice.ts";

/**
 * The stem asks which option holds or which does not: "일치하는", "옳은", "적절하지 않은", "사실과
 * 다른", "which … true / false / correct / not stated". A cheap test before options are read.
 */
const CLAIM_STEM =
  /일치하|어긋나|옳(?:은|지)|(?:안 ?)?맞(?:는|지 않는) ?(?:것|거|설명|내용|선지)|틀린|잘못된|사실(?:인|과 다른|이 아닌)|적절(?:한|하지)|\b(?:true|false|correct|incorrect|accurate|inaccurate|untrue|wrong|not (?:stated|mentioned|supported))\b/iu;

/** A second option's mark ("②", "(B)", "b)", "2."): a cheap test most questions fail. */
const SECOND_OPTION = /②|\(\s*[2bB]\s*\)|(?:^|\s)[2bB][).]/u;

/** The stem asks for the option that does not hold. */
const NEGATIVE_STEM =
  /않|아닌|안 ?맞|어긋나|틀린|잘못된|사실과 다른|\b(?:false|incorrect|inaccurate|untrue|wrong|not|except)\b/iu;

/** The stem asks about the article's words for the claims ("윗글", "the passage"). */
const TEXT_NAMED =
  /윗\s?글|지문|본문|기사|글의|글에|필자|\b(?:passage|text|article|author|writer)\b/iu;

/** The check's verdict, from its opening ("Yes: …", "아니에요, …"). */
const SAYS_YES = /^(?:yes\b|맞아요)/iu;
const SAYS_NO = /^(?:no\b|아니에요)/iu;

type Verdict = "yes" | "no" | undefined;

function verdictOf(answer: Answer): Verdict {
  if (answer.abstained) return undefined;
  if (SAYS_YES.test(answer.text)) return "yes";
  if (SAYS_NO.test(answer.text)) return "no";
  return undefined;
}

/**
 * What the options are, as the stem names them: "자금 흐름으로 적절하지 않은 것은" → "자금 흐름",
 * "which of the following money flows is…" → "money flows".
 */
const STEM_NOUN_KO = /([\p{L}]+(?:\s[\p{L}]+)?)(?:으로|로)\s*(?:가장\s*)?(?:적절|옳|맞|알맞|일치)/u;
const STEM_NOUN_EN = /\bwhich of the following ([a-z]+(?: [a-z]+)?) (?:is|are|was|were)\b/iu;

/** An option that only points from one party to another ("A → B") says nothing alone. */
const ARROW = /→|->|⇒/u;

/**
 * An option as a claim to check: its words with a tag asking whether they hold. An arrow between
 * two names takes the stem's noun ("앤트로픽 → 오픈AI 자금 흐름"): alone it names no claim.
 */
function asClaim(option: Option, stem: string, language: Language): string {
  let text = option.text.replace(/[.。?？]+$/u, "");
  if (ARROW.test(text)) {
    const noun = (STEM_NOUN_KO.exec(stem) ?? STEM_NOUN_EN.exec(stem))?.[1];
    if (noun) text = `${text} ${noun}`;
  }
  return language === "ko" ? `${text}, 맞나요?` : `${text}, right?`;
}

/**
 * The option that fits the stem, with its check; undefined when the question is no such item,
 * or not exactly one option fits while another is checked the other way.
 */
export function claimChoiceAnswer(
  question: string,
  language: Language,
  check: (claim: string) => Answer,
): Answer | undefined {
  // Most questions are let go here, by a second option's mark, before the stem is read.
  if (!SECOND_OPTION.test(question) || !CLAIM_STEM.test(question)) return undefined;
  const parsed = optionsOf(question);
  if (!parsed || !CLAIM_STEM.test(parsed.stem) || !TEXT_NAMED.test(parsed.stem)) return undefined;
  const wanted: Verdict = NEGATIVE_STEM.test(parsed.stem) ? "no" : "yes";
  const checked = parsed.options.map((option) => {
    const answer = check(asClaim(option, parsed.stem, language));
    return { option, answer, verdict: verdictOf(answer) };
  });
  const fitting = checked.filter((entry) => entry.verdict === wanted);
  const other = checked.filter((entry) => entry.verdict !== undefined && entry.verdict !== wanted);
  const open = checked.filter((entry) => entry.verdict === undefined);
  // One option fits, and the checker judged at least two others the other way: it read the
  // options, rather than failing on most of them. With none fitting, the one option it could not
  // judge when it judged all the others the other way ("not stated" is not true either).
  const [chosen] = fitting.length === 0 && open.length === 1 && other.length >= 3 ? open : fitting;
  if (!chosen || fitting.length > 1 || other.length < 2) return undefined;
  const { mark, text } = chosen.option;
  const holds = chosen.verdict === "yes";
  const judged = chosen.verdict !== undefined;
  const said =
    language === "ko"
      ? holds
        ? "기사와 일치해요."
        : judged
          ? "기사와 일치하지 않아요."
          : "기사에서 확인되지 않아요."
      : holds
        ? "holds according to the article."
        : judged
          ? "does not hold according to the article."
          : "is not stated in the article.";
  const lead =
    language === "ko"
      ? `답은 ${mark}번이에요: “${text}”: ${said}`
      : `The answer is ${mark}: “${text}” ${said}`;
  // An option the checker could not judge has no check of its own to show.
  if (!judged)
    return { ...chosen.answer, language, abstained: false, text: lead, citations: [], sources: [] };
  const full = `${lead}\n${chosen.answer.text}`;
  const body =
    full.length <= MAX_ANSWER_LENGTH ? full : `${full.slice(0, MAX_ANSWER_LENGTH - 1).trimEnd()}…`;
  return { ...chosen.answer, language, text: body };
}
