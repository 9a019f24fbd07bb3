/**
 * A comparison the asker makes to say what they mean: "Is it like the old landlord who still
 * owns the building?", "It's like my bank statement shows two numbers", "Like a game of
 * telephone, what got garbled?", "Give it to me like a bedtime story", "pretend I'm 5",
 * "계모임으로 치면 누가 곗돈 얼마 낸 거여?", "곗돈 빙빙 돌리는 거랑 비슷한 거여?", "부동산으로 치면
 * 공동명의 지분 말이여". Its words (landlord, 곗돈, bank statement) are framing, not the subject:
 * read as the question they would turn it away or answer the analogy's part. The sentence that
 * compares is dropped when another sentence asks; alone, only its framing lead comes off. A
 * comparison that names an entity or an amount ("Is it like Microsoft paying itself?", "Is that 1
 * GW like power?") is what is asked, and stays.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { isOnTopic } from "../../search/relevance.ts";
import { storyPartiesNamed } from "./circumstance.ts";

/** The words any comparison needs, looked for before a pattern is tried. */
const MAY_COMPARE = [
  "like",
  "as if",
  "as though",
  "think of",
  "analog",
  "pretend",
  "치면",
  "비유",
  "마치",
  "비슷한",
  "같은 거",
  "같은거",
  "같은 건",
  "같은 것",
];

function mayCompare(question: string): boolean {
  const lower = question.toLowerCase();
  return MAY_COMPARE.some((word) => lower.includes(word));
}

/** Chat openers before the comparison: "so", "lol", "I mean", "basically". */
const OPENERS_EN = String.raw`(?:(?:so|and|but|ok|okay|lol|lmao|i mean|basically|honestly|like|hmm|wait)[,\s]+)*`;
/** "kind of like", "basically like", "just like". */
const HEDGE_EN = String.raw`(?:(?:kind of|kinda|sort of|sorta|basically|just|a bit|pretty much|more|almost|exactly|a little)\s+)?`;
/**
 * A sentence that compares, by its opening: "Is it like…", "It's kind of like…", "Like a…",
 * "Think of it as…", "As if…", "Give it to me like a…", "Pretend I'm 5", "To use an analogy…".
 */
const COMPARES_EN = new RegExp(
  String.raw`^${OPENERS_EN}(?:(?:is|isn'?t|was|wasn'?t)\s+(?:it|this|that|this whole thing|the whole thing)\s+${HEDGE_EN}like\b|(?:it'?s|it is|this is|this'?s|that'?s|that is|sounds|feels|seems|kinda|sorta|kind of|sort of)\s+${HEDGE_EN}like\b|(?:just\s+)?like\s+(?:a|an|the|my|your|our|his|her|their|some|someone|when|if|how|\w+ing)\b|think of (?:it|this|that) (?:as|like)\b|as (?:if|though)\b|(?:to use |using |by |in )?(?:an )?analogy\b|(?:give|tell|explain|say|put|break)\b[^?.!]{0,30}?\b(?:like|as if|as though|as)\s+(?:a|an|i'?m|im|i am|if)\b|(?:and\s+)?pretend (?:that )?(?:i'?m|im|i am)\b)`,
  "iu",
);
/** A Korean comparison anywhere in the sentence: "…으로 치면", "비유하자면", "마치", "…랑 비슷한 거여?". */
const COMPARES_KO =
  /(?:으?로|에)\s?치면|비유(?:하자면|하면|해서|로|를 들면|하자)|(?:^|\s)마치\s|(?:랑|이랑|하고|와|과)\s?비슷한\s?(?:거|것|건|게)|\S\s?같은\s?(?:거|것|건|게)(?:여|야|임|냐|지|인가|인감|예요|에요|이야|아니|잖)/u;
/** A Korean framing lead: "삼국지로 치면 ", "비유하자면 ", "부동산에 비유하면 ". */
const LEAD_KO =
  /^\s*(?:[^\s?.!]+\s){0,2}?[^\s?.!]*(?:으?로\s?치면|에\s?비유하(?:자|)면|비유하자면)\s*,?\s+/u;
/** An English framing lead before a comma: "Like a game of telephone, what…". */
const LEAD_EN = new RegExp(
  String.raw`^\s*${OPENERS_EN}(?:${HEDGE_EN}like\s+(?:a|an|the|my|your|some|\w+ing)\b|think of (?:it|this) as\b|to use an analogy\b)[^,?!.]{0,60},\s*(?=\S)`,
  "iu",
);
/** A trailing clause that pitches the answer: ", pretend I'm 5", ", like I'm a kid". */
const TRAILING_PITCH_EN =
  /\s*[,;-]\s*(?:and\s+|just\s+)?(?:pretend (?:that )?(?:i'?m|im|i am)|like (?:i'?m|im|i am))\b[^,?!.]{0,30}(?=[?!.]*\s*$)/iu;

/** The piece or its figures: a comparison with them ("like the article says") is no analogy. */
const ABOUT_THE_STORY = /\d|기사|본문|\b(?:article|headline|report|piece)s?\b/iu;

/** Two words of letters: what is left still asks something ("lol" alone does not). */
const ASKS_SOMETHING = /[\p{L}\p{N}]{2,}[^\p{L}\p{N}]+[\p{L}\p{N}]{2,}/u;

/** Sentences with their end marks: "…? ", "…. ", "…!", a line break. */
const SENTENCE = /[^?？!.\n]*(?:[?？!.]+|\n)|[^?？!.\n]+$/gu;

function sentencesOf(question: string): string[] {
  return question.match(SENTENCE) ?? [question];
}

/**
 * A comparison that names a party or a figure of the story is what is asked; one that asks for
 * advice ("삼국지로 치면 누구 편에 줄 서야 돈 버는 거여?") stays advice; one the story's words carry
 * ("클로드가 뭐여 그거 챗GPT 같은거여?") asks of its own.
 */
function isFraming(index: KnowledgeIndex, text: string): boolean {
  return (
    !ABOUT_THE_STORY.test(text) &&
    storyPartiesNamed(index, text) === 0 &&
    !asksOfItsOwn(index, text)
  );
}

/**
 * Advice, or a sentence on the story by a name of the knowledge (a concept: "클로드", "챗GPT"),
 * not by a common word it also knows ("Like a move-in date").
 */
function asksOfItsOwn(index: KnowledgeIndex, text: string): boolean {
  const analysis = index.analyze(text);
  if (analysis.asksForAdvice) return true;
  return (
    analysis.terms.some((term) => term.kind === "concept") &&
    isOnTopic(analysis, index.idf, index.maxIdf)
  );
}

function compares(sentence: string): boolean {
  return COMPARES_EN.test(sentence) || COMPARES_KO.test(sentence);
}

/** The question without the comparison it is framed by, or the question as it was. */
export function withoutAnalogy(index: KnowledgeIndex, question: string): string {
  if (!mayCompare(question)) return question;
  const sentences = sentencesOf(question);
  const dropped = sentences.map(
    (sentence) => compares(sentence.trim()) && isFraming(index, sentence),
  );
  const kept = sentences.filter((_, at) => !dropped[at]);
  const framing = sentences.filter((_, at) => dropped[at]).join(" ");
  const rest =
    kept.length > 0 && ASKS_SOMETHING.test(kept.join(" "))
      ? kept.map((sentence) => withRoleAsFlow(sentence, framing))
      : sentences;
  const unframed = rest.map((sentence) => withoutLead(index, sentence));
  const result = unframed.join("");
  return result === question ? question : result.trim();
}

/** A sentence without its framing lead or trailing pitch, when what is left still asks. */
function withoutLead(index: KnowledgeIndex, sentence: string): string {
  let rest = sentence;
  const lead = LEAD_KO.exec(rest) ?? LEAD_EN.exec(rest);
  if (lead && isFraming(index, lead[0]) && ASKS_SOMETHING.test(rest.slice(lead[0].length))) {
    rest = rest.slice(lead[0].length);
  }
  const pitch = TRAILING_PITCH_EN.exec(rest);
  if (pitch && ASKS_SOMETHING.test(rest.slice(0, pitch.index))) {
    rest = rest.slice(0, pitch.index) + rest.slice(pitch.index + pitch[0].length);
  }
  return rest;
}

/**
 * "Who's the landlord here?", "Which company is the store here?", "여기서 집주인은 누구야?": a
 * role of the comparison asked. The comparison maps the story's payments, so the role is read
 * as who pays whom.
 */
const ROLE_ASKED_EN =
  /\b(?:who(?:'s| is| are|'re)|which (?:company|one|party|side|firm|player)(?:'s| is| are)?|what company(?:'s| is)) (?:the |a |an )?([a-z]{3,})\b/iu;
const ROLE_ASKED_KO = /([가-힣]{2,})(?:은|는|이|가)\s?(?:누구|어디|어느\s?(?:회사|쪽|놈))/u;
const FLOW_ASKED = { en: "Who pays whom, and how much?", ko: "누가 누구한테 얼마 내?" };

function withRoleAsFlow(sentence: string, framing: string): string {
  if (framing === "") return sentence;
  const role = ROLE_ASKED_EN.exec(sentence)?.[1] ?? ROLE_ASKED_KO.exec(sentence)?.[1];
  if (!role || !framing.toLowerCase().includes(role.toLowerCase())) return sentence;
  return /\p{Script=Hangul}/u.test(sentence) ? FLOW_ASKED.ko : FLOW_ASKED.en;
}
