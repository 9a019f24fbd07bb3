/**
 * A confirmation may set something aside to say what it claims instead: "the $30B is a purchase,
 * not an investment, right?", "it's a purchase rather than a loan, correct?", "not a loan but a
 * purchase, right?", "300억은 투자가 아니라 구매 맞지?", "마소가 투자한 게 아니고 앤트로픽이 사는 거
 * 맞지?". The part set aside is what the asker already rejects: its companies and figures must not
 * steer the claim check. The claim checked is the affirmed part, so the set-aside part is dropped.
 * An analogy after the tag may set aside too ("right? Like rent paid versus a loan received"): its
 * second term is the rejected reading. The words are the language of contrast, not of any story.
 */

/** A confirmation tag right after the set-aside part (", right?", "? ", ", correct?"). */
const EN_TAG =
  "(?=\\s*(?:,\\s*(?:right|correct|true|yes|yeah|yea|no|ok|okay|innit|is that (?:right|correct|true|so)|am i right|or am i wrong|yeah\\?)\\s*[?!.]|\\s*\\?))";
/** Words after "not" that make no contrast ("not only", "not the other way round"). */
const NOT_CONTRAST =
  "(?!only\\b|just\\b|merely\\b|simply\\b|(?:the )?other way|the reverse|vice versa)";
/** ", not an investment into Anthropic" before a tag: set aside after the claim. */
const EN_COMMA_NOT = new RegExp(
  `\\s*[,;—–]\\s*(?:and |but )?(?:not|rather than|instead of) ${NOT_CONTRAST}[^,.;:?!]{1,80}?${EN_TAG}`,
  "giu",
);
/** "rather than a loan" / "instead of an investment" with no comma, before a tag. */
const EN_RATHER = new RegExp(`\\s+(?:rather than|instead of) [^,.;:?!]{1,60}?${EN_TAG}`, "giu");
/** "not a loan but a purchase": the words from "not" to "but" are set aside. */
const EN_NOT_BUT = new RegExp(
  `\\bnot ${NOT_CONTRAST}((?:[\\w'$/-]+ ){0,5}?[\\w'$/-]+),? but (?!also\\b)`,
  "giu",
);
/** "right? Like rent paid versus a loan received": the analogy's rejected term. */
const EN_ANALOGY_VERSUS =
  /((?:right|correct|true)\s*[?!.]+\s*(?:so |kind of |kinda |sort of )?(?:like|as in|think of it as)\b[^.?!]{1,60}?)\s+(?:versus|vs\.?|rather than|instead of|not)\s+[^.?!]{1,60}/iu;

/**
 * Korean: "투자한 게 아니고", "사는 거 아니라": the words back to the clause's topic
 * ("300억은") or its start. A Korean tag must follow in the same sentence.
 */
const KO_CONTRAST = /(아니라|아니고|아니구)(?=\s)/u;
const KO_TAG =
  /맞(?:지|죠|아|나|냐|음|제|는|습|어)|거(?:지|죠|야|임|잖)|(?:이|인)(?:지|죠)\s*[?？]|인가/u;
/** A topic word ("300억은", "1기가와트는", "건"): what the claim is about, kept. */
const KO_TOPIC = /(?:\S(?:은|는)|^건|\S건)$/u;

/** A tag word closing the claim: "not X but Y" is then a contrast, not a question of why. */
const EN_TAGGED = /\b(?:right|correct|true|yeah)\s*[?!.]/iu;

/** A clause made a noun just before the contrast: "한 게", "사는 거", "투자한 것이". */
const KO_CLAUSE_END = /\S(?:[는은던]|[한할된])\s?(?:게|거|것이|건)\s?$/u;

const HINTS = /\bnot\b|rather than|instead of|아니라|아니고|아니구/iu;

function withoutKoreanContrast(question: string): string {
  const at = KO_CONTRAST.exec(question);
  if (!at) return question;
  const end = at.index + at[0].length;
  const sentenceEnd = question.slice(end).search(/[?？!.]/u);
  const after = question.slice(end, sentenceEnd < 0 ? undefined : end + sentenceEnd);
  if (!KO_TAG.test(after) || after.trim().length < 2) return question;
  const before = question.slice(0, at.index);
  // Only a whole clause set aside ("투자한 게 아니고"): a noun set aside ("베라 루빈이 아니라 H200",
  // "1기가와트가 아니고 10기가와트라고") names the fact the answer corrects with.
  if (!KO_CLAUSE_END.test(before)) return question;
  // The clause starts after the last comma or sentence end before the contrast.
  const clauseStart = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf("?"),
    before.lastIndexOf("."),
    before.lastIndexOf("!"),
  );
  const words = before
    .slice(clauseStart + 1)
    .trim()
    .split(/\s+/u);
  const lead = before.slice(0, clauseStart + 1);
  // Keep the clause's words up to and with its topic; drop the rest up to the contrast.
  // The first topic word, not the verb just before 게/거 ("대주는 게"): a later 는 is more often
  // a verb's than a topic.
  const keep = words.findIndex((word, i) => i < words.length - 2 && KO_TOPIC.test(word)) + 1;
  const kept = words.slice(0, keep).join(" ");
  if (words.slice(keep).join("").length === 0) return question;
  return `${lead}${kept ? `${kept} ` : ""}${question.slice(end).trimStart()}`.replace(
    /\s{2,}/gu,
    " ",
  );
}

/** The question with the part a confirmation sets aside dropped, or the question as it was. */
export function withoutContrastedPart(question: string): string {
  if (!HINTS.test(question)) return question;
  let rest = question;
  if (/\bnot\b|rather than|instead of/iu.test(rest)) {
    rest = rest.replace(EN_COMMA_NOT, "").replace(EN_RATHER, "");
    if (EN_TAGGED.test(rest)) rest = rest.replace(EN_NOT_BUT, "");
    if (rest !== question) rest = rest.replace(EN_ANALOGY_VERSUS, "$1");
  }
  if (/\p{Script=Hangul}/u.test(rest)) rest = withoutKoreanContrast(rest);
  return /[\p{L}\p{N}]{2,}/u.test(rest) ? rest : question;
}
