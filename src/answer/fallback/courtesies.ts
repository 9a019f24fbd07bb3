/**
 * A long, polite message with its question in the middle ("Good morning. I do hope I am not
 * bothering you. My nephew insists that … Is that accurate? I would love to settle our little
 * family debate. Thank you ever so much.", "안녕하십니까. 갑작스러운 질문 양해 부탁드립니다. …
 * 확인해 주실 수 있을까요? 제가 … 걱정이 됩니다. 감사합니다."): the letter's envelope written on
 * one line (email-envelope.ts finds it by its lines). Greetings, thanks, apologies and "I have one
 * more question" before the question, and thanks, wishes and the asker's own reasons after it, are
 * no part of what is asked: left in, their words ("Thursday", "a meeting", "걱정") outvote it, or a
 * courtesy after the question is read as the sentence that asks. Only whole sentences that name no
 * party and no figure are dropped, and only while something with a word the knowledge knows is
 * left.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { GREETINGS_EN, GREETINGS_KO, THANKS_EN, THANKS_KO } from "./courtesy-phrases.ts";

/** A sentence ends at its mark (a closing quote or bracket may follow) and a space. */
const SENTENCE_END = /(?<=[.!?。？！]["')\]’”]?)\s+/u;

/** The asker's household as chat names it ("the wife", "the missus"): the asker's own, like "my". */
const ASKERS_FAMILY =
  "the (?:wife|missus|missis|husband|hubby|kids|young ones|boss|old man|old lady|family)";

/** The asker's own tasks a Korean question may be for: homework, a report, a meeting. */
const KOREAN_TASKS =
  "수행\\s?평가|숙제|과제|레포트|리포트|보고서|발표\\s?자료|회의|수업|시험|스터디";

/** Some word of courtesy somewhere: the cheap test before any sentence is read. */
const MAY_HOLD_COURTESY = new RegExp(
  String.raw`\b(?:${GREETINGS_EN}|${THANKS_EN}|thanks?|thank you|obliged|grateful|appreciate|sorry|apologi[sz]e|apologies|excuse|forgive|pardon|hope|bother|question|if i may|mind|okay|possible|need|needed|want|wanted|for my|for our|asking|writing|preparing|doing|${ASKERS_FAMILY})\b|안녕하|실례|죄송|양해|감사|고맙|수고|하루\s?되|하루\s?보내|번거로|바쁘신|바쁘실|부탁드|${KOREAN_TASKS}`,
  "iu",
);

/**
 * A sentence of courtesy by its opening: a greeting, thanks, an apology, a hope, a wish, or the
 * announcement of a question ("I have one more, if I may.", "I have a question that may seem
 * naive").
 */
const COURTESY_EN = new RegExp(
  String.raw`^(?:(?:and|so|oh|well)[,\s]+)?(?:${GREETINGS_EN}|${THANKS_EN}|(?:a thousand |so many )?thanks|much obliged|(?:i(?:'m| am) )?(?:most |much |very |so )?(?:obliged|grateful)|(?:i )?(?:really |truly |do )?appreciate|(?:i(?:'m| am) )?(?:so |very |really )?sorry|(?:my )?apologies|(?:i )?apologi[sz]e|excuse me|forgive me|pardon (?:me|my)|(?:i )?(?:do |really |truly )?hope (?:you|this|that|i|it)|(?:please )?(?:do )?(?:have|enjoy) a (?:lovely|nice|good|great|wonderful) (?:day|evening|week|weekend|one)|i have (?:a|one|another|one more|a quick|a small|a simple|just one)\b(?: (?:quick|small|simple|little|silly|naive|short))?(?: (?:question|query|thing))?|(?:just )?one more (?:question|thing)|if i may)(?![\p{L}'’])`,
  "iu",
);

/** The same in Korean, anywhere in the sentence: 안녕하십니까, 실례합니다, 죄송, 양해, 감사, 부탁드립니다. */
const COURTESY_KO = new RegExp(
  String.raw`${GREETINGS_KO}|${THANKS_KO}|실례(?:합니다|지만|했습니다)|죄송|양해|고마워요|수고많으십니다|좋은\s?하루|번거로우|바쁘신데|바쁘실\s?텐데|부탁드(?:립니다|려요)`,
  "u",
);

/**
 * After the question, the asker's own reason or circumstance ("I ask only because my book club
 * meets on Thursday.", "The wife uses it at the co-op office.", "I did not want to repeat it in
 * a meeting.", "제가 이 기사를 공유해 버려서 걱정이 됩니다."): a sentence in the first person, or
 * of the asker's household, that asks nothing.
 */
const ASKERS_OWN = new RegExp(
  String.raw`^(?:(?:and|so|but|just)[,\s]+)?(?:i|i'm|i'd|i've|i'll|my|we|we're|our|it would|this would|that would|${ASKERS_FAMILY})(?![\p{L}'’])|^(?:제가|저는|저도|저희|제|저)(?!\p{Script=Hangul})`,
  "iu",
);

/**
 * The asker's reason with its "I" left out, as chat drops it ("Need it for my minutes of
 * meeting.", "It's for my class notes.", "Asking for a friend."): an aside too.
 */
const ASKERS_PURPOSE =
  /^(?:(?:and|so|but|just)[,\s]+)?(?:(?:need|needed|want|wanted) (?:it|this|that|them|to (?:know|check|be sure))(?: for| in| by)?\b|(?:it'?s|this is|that'?s) (?:for|going in|going into) (?:my|our)\b|for (?:my|our) (?:notes|minutes|report|records|slides|class|homework|essay|newsletter|meeting|presentation)\b|asking (?:for|because)\b|(?:writing|preparing|doing) (?:a|my|our|the) )/iu;

/**
 * The same in Korean ("숙제에 써야 돼", "수행평가 때문에요", "보고서에 넣어야 해서요"): the asker's
 * homework, report or meeting, and what it needs the answer for.
 */
const ASKERS_PURPOSE_KO = new RegExp(
  String.raw`^(?:(?:이거|이건|그거|제)\s?)?(?:${KOREAN_TASKS})\S*\s?(?:\S+\s?){0,2}?(?:써야|쓰려고|쓸|내야|넣어야|넣으려고|필요|때문|땜에|해야|하려고|용(?:이에요|이야|임|입니다)?)`,
  "u",
);

/**
 * A courtesy clause that opens the sentence that asks ("If it is not too much trouble, what is
 * …?", "If you don't mind me asking, …", "번거로우시겠지만 …"): its "it" would point back to the
 * story, its words ask nothing.
 */
const COURTESY_CLAUSE =
  /^(?:(?:and|so|but)[,\s]+)?(?:if (?:it'?s|it is|it isn'?t|it's not) (?:not )?(?:too much )?(?:trouble|bother|a bother|a problem)|if you (?:don'?t|do not|wouldn'?t|would not) mind(?: (?:me|my) asking)?|if i (?:may|might)(?: ask)?|if (?:at all )?possible|if you would be so kind|(?:i'?m |i am )?sorry to (?:bother|trouble) you(?: (?:again|with this))?(?:,? but)?|(?:please )?forgive me(?: for asking)?(?:,? but)?|(?:번거로우시|바쁘시|죄송하)(?:겠|시겠)?지만|실례지만|괜찮으시다면)\s*,?\s+(?=\S)/iu;

/**
 * The same courtesy closing the sentence ("Just how much is Microsoft putting in, if you don't
 * mind me askin?", "…, if that's okay?"): dropped, its mark kept.
 */
const COURTESY_TAIL =
  /,?\s+(?:if (?:you|ya|u) (?:don'?t|do not|wouldn'?t|would not) mind(?: (?:me|my) ask(?:ing|in'?))?|if (?:it'?s|that'?s|it is|that is) (?:ok|okay|alright|all right)(?: with you)?|if i (?:may|might)(?: ask)?|if (?:at all )?possible)(?=\s*[?.!]*\s*$)/iu;

/**
 * A sentence that asks for something, however politely ("달러 기준 수치와 함께 안내 부탁드립니다",
 * "Thank you, and please tell me the date too."): never a courtesy to drop.
 */
const REQUESTS =
  /\b(?:tell|explain|give|list|show|point out|let me know|clarify|confirm|check|send|share)\b|알려|안내|설명|확인|정리|요약|답변|말씀해|짚어|보여/iu;

/** A question mark anywhere in the sentence. */
const ASKS = /[?？]/u;

/** Greetings and courtesies glued on without spaces: "안녕하세요바쁘신데죄송하지만…". */
const LEADING_KO = new RegExp(
  String.raw`^(?:\s*(?:${GREETINGS_KO}|실례합니다|실례지만|바쁘신데|바쁘실\s?텐데|죄송하지만|죄송한데|죄송합니다)[\s,.!~]*)+`,
  "u",
);
const TRAILING_KO = new RegExp(
  String.raw`(?:[\s,.!~]*(?:(?:정말|미리|항상|늘|너무)\s?)?(?:${THANKS_KO}))+[\s.!~^]*$`,
  "u",
);

export function withoutCourtesies(index: KnowledgeIndex, written: string): string {
  if (!MAY_HOLD_COURTESY.test(written)) return written;
  const glued = withoutGluedKorean(index, written.trim());
  const sentences = glued.split(SENTENCE_END).filter((sentence) => sentence.trim() !== "");
  if (sentences.length < 2) return glued;
  const namesNothing = (sentence: string) =>
    !index
      .analyze(sentence)
      .terms.some((term) => term.kind === "amount" || (term.kind === "concept" && term.entity));
  const courtesy = (sentence: string) =>
    !ASKS.test(sentence) &&
    !REQUESTS.test(sentence) &&
    (COURTESY_EN.test(sentence.trim()) || COURTESY_KO.test(sentence)) &&
    namesNothing(sentence);
  let start = 0;
  while (start < sentences.length - 1 && courtesy(sentences[start] ?? "")) start += 1;
  let end = sentences.length;
  // After a question asked, the asker's reasons go too; before one, a first-person sentence may
  // be the claim itself ("I thought NVIDIA paid more.").
  const lastAsked = sentences.findLastIndex(
    (sentence) => ASKS.test(sentence) || REQUESTS.test(sentence),
  );
  while (end - 1 > start) {
    const sentence = sentences[end - 1] ?? "";
    const trimmed = sentence.trim();
    const own =
      end - 1 > lastAsked &&
      lastAsked >= start &&
      (ASKERS_OWN.test(trimmed) || ASKERS_PURPOSE.test(trimmed) || ASKERS_PURPOSE_KO.test(trimmed));
    const aside = own && !ASKS.test(sentence) && !REQUESTS.test(sentence) && namesNothing(sentence);
    if (!(courtesy(sentence) || aside)) break;
    end -= 1;
  }
  const kept = sentences
    .slice(start, end)
    .map((sentence) => sentence.replace(COURTESY_CLAUSE, "").replace(COURTESY_TAIL, ""))
    .join(" ");
  if (kept === sentences.join(" ")) return glued;
  return index.analyze(kept).terms.some((term) => term.known) ? kept : glued;
}

/** The message without greetings and thanks glued to its ends, when a known word is left. */
function withoutGluedKorean(index: KnowledgeIndex, text: string): string {
  const rest = text.replace(LEADING_KO, "").replace(TRAILING_KO, "").trim();
  if (rest === text || rest === "") return text;
  return index.analyze(rest).terms.some((term) => term.known) ? rest : text;
}
