/**
 * Questions about the article itself, beyond who wrote it: its stance ("is the piece bullish or
 * critical?", "기사 논조는?", "what's the blogger grumbling about?") and what it leaves out ("what
 * does the article omit?", "기사에서 빠진 내용은?"). The stance is what the knowledge says of the
 * article (its facts whose subject is the article, corrections aside); what it leaves out is the
 * knowledge's facts that rest on no article sentence (no quote): from the sources or the press.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";
import { composeAnswer } from "./text.ts";

/** The article or its writer, by name ("it" is too loose: "Microsoft's take on it"). */
const ARTICLE =
  /\b(?:article|piece|post|blog|story|write-?up|author|writer|blogger|columnist)\b|기사|글쓴이|필자|작성자|저자|블로거|(?<![\p{Script=Hangul}])글(?![\p{Script=Hangul}])|(?<![\p{Script=Hangul}])글(?:이|은|의|에서|에|을|쓴)/u;

/**
 * A stance, a tone or a judgement ("bullish", "for or against", "논조", "어떻게 봐"); a Korean word
 * at a word's start ("진입장벽" holds 입장 but asks no stance).
 */
const STANCE =
  /\b(?:tone|stance|take|opinion|view|views|attitude|angle|slant|bias|biased|verdict|bullish|bearish|positive|negative|optimistic|pessimistic|critical|skeptical|sceptical|for or against|in favou?r|feel about|feels about|think about|thinks about|think of|thinks of|grumbl\w*|beef|complain\w*|gripe|worried|worries)\b|(?<!\p{Script=Hangul})(?:논조|톤|어조|입장|관점|시각|견해|의견|태도|긍정|부정적|비판적|회의적|낙관|비관|불만)|어떻게 (?:봐|보|생각|평가)/u;

/** Something the article does not say ("leaves out", "omits", "빠진", "안 다룬"). */
const OMITS =
  /\b(?:leaves? out|left out|leaving out|omits?|omitted|omission\w*|missing|doesn't (?:mention|say|cover|include)|does not (?:mention|say|cover|include)|fails? to mention|not mentioned|glosses over|skips? over)\b|빠진|빠뜨|빠져|누락|생략|안 다룬|다루지 않|언급(?:하지)? 않|언급 안|안 나온|나오지 않/u;

/** What the article is about, as a whole ("what is this post about?", "기사 무슨 내용이야?"). */
const ABOUT_EN =
  /^(?:so |ok |okay )?(?:what(?:'s| is| was)|what does|tell me what) (?:the |this |that )?(?:article|piece|post|blog post|blog|story|write-?up)(?: is| was)? ?(?:about|say|says|cover|covers|talk about|all about)\s*\??$/u;
const ABOUT_KO =
  /(?:무슨|어떤|뭐에 (?:대한|관한)) ?(?:내용|얘기|이야기)|내용이 뭐|뭐에 (?:대한|관한) (?:거|것|글|기사)|무슨 얘기/u;

const OMISSIONS_HEAD = {
  ko: "기사에 나오지 않는 내용(공식 발표·보도 기준):",
  en: "What the article leaves out (from the announcement and the press):",
} as const;

/** Whether the question names one of the knowledge's parties (then it is about that party). */
function namesParty(knowledge: Knowledge, analysis: Analysis): boolean {
  return analysis.terms.some((term) => {
    if (term.entity !== undefined) return true;
    if (term.kind !== "concept") return false;
    const id = term.features[0]?.slice(2) ?? "";
    return id !== "article" && knowledge.scope.names.has(id);
  });
}

export function asksArticleStance(knowledge: Knowledge, analysis: Analysis): boolean {
  const text = analysis.normalized;
  return ARTICLE.test(text) && STANCE.test(text) && !namesParty(knowledge, analysis);
}

export function asksWhatArticleOmits(knowledge: Knowledge, analysis: Analysis): boolean {
  const text = analysis.normalized;
  return ARTICLE.test(text) && OMITS.test(text) && !namesParty(knowledge, analysis);
}

export function asksWhatArticleIsAbout(knowledge: Knowledge, analysis: Analysis): boolean {
  const text = analysis.normalized.trim();
  const asked = ABOUT_EN.test(text) || (ARTICLE.test(text) && ABOUT_KO.test(text));
  // Of the article as a whole: "기사에 나온 순환 투자는 무슨 내용이야?" asks about a topic in it.
  const topic = analysis.terms.some(
    (term) => term.kind === "concept" && !term.features.includes("c:article"),
  );
  return asked && !topic && !namesParty(knowledge, analysis);
}

/** What the knowledge says of the article's own view, with the sentence it rests on. */
export function stanceAnswer(knowledge: Knowledge, language: Language): Answer | undefined {
  const facts = knowledge.facts.filter(
    (fact) => fact.kind !== "correction" && fact.subject.includes("article"),
  );
  if (facts.length === 0) return undefined;
  const quoted = facts.flatMap((fact) =>
    fact.quote ? sentencesHolding(knowledge, fact.quote).slice(0, 1) : [],
  );
  return composeAnswer(knowledge, language, facts, quoted);
}

/** The facts no article sentence holds, as a list, as many as fit. */
export function omissionsAnswer(knowledge: Knowledge, language: Language): Answer | undefined {
  const facts: Fact[] = knowledge.facts.filter((fact) => fact.kind !== "correction" && !fact.quote);
  for (let count = facts.length; count >= 1; count--) {
    const shown = facts.slice(0, count);
    const head = [
      OMISSIONS_HEAD[language],
      ...shown.map((fact) => `• ${fact.statement[language]}`),
    ].join("\n");
    const answer = composeAnswer(knowledge, language, shown, [], head);
    if (answer.text.length <= MAX_ANSWER_LENGTH) return answer;
  }
  return undefined;
}

/**
 * A question with no words of its own that points at the story as a whole: "what happened?",
 * "explain the deal", "what's this about", "무슨 일이야?", "뭔 소식임". Not one about the bot
 * ("what can you do?") or a greeting (no pointer at the story).
 */
const STORY_EN =
  /\b(?:this|that|it|deal|news|story|article|piece|post|happen(?:ed|ing|s)?|going on|all about)\b/u;
const STORY_KO = /이거|이건|이게|이번|기사|소식|뉴스|거래|무슨 일|뭔 일|무슨 얘기|뭔 얘기/u;
const ASKS_EN =
  /\b(?:what|what's|whats|explain|tell|describe|summar\w*|overview|how come|meaning|significance)\b/u;
const ASKS_KO = /뭐|뭔|무슨|무엇|설명|알려|요약|정리|어떻게 된|의미|의의/u;
const ABOUT_THE_BOT = /\b(?:you|u|your|bot)\b|너|넌|니가|봇/u;

export function asksAboutTheStory(analysis: Analysis): boolean {
  if (analysis.terms.length > 0) return false;
  const text = analysis.normalized;
  if (ABOUT_THE_BOT.test(text)) return false;
  return (STORY_EN.test(text) && ASKS_EN.test(text)) || (STORY_KO.test(text) && ASKS_KO.test(text));
}
