/**
 * Who the article quotes ("who is quoted in the article?", "글에 누구누구 말이 나오나?", "기사에
 * 인용된 사람 누구누구야?"): every fact of saying (a relation whose forms say so, scope.ts
 * isSaying) and every source the piece quotes (its "source" facts), stated together. One name
 * asked about ("is Nadella quoted?") is a question of mentioning (article-mentions.ts); "who said
 * it?" of one quote is answered by that quote's fact.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import type { Answer } from "../types.ts";
import { ARTICLE_WORD } from "./article-mentions.ts";
import { factHasRelation, isSaying } from "./scope.ts";
import { composeAnswer } from "./text.ts";

/**
 * Who, of people quoted: "who is quoted", "who does the article quote", "which people does it
 * quote", "whose words", "list of people quoted", "is anyone quoted by name?", "does the piece
 * cite anybody?". Not one speaker asked about ("who does the expert quoted work for").
 */
const WHO_QUOTED_EN =
  /\b(?:is|are|was|were) (?:anyone|anybody|someone|somebody|any (?:people|person|one|experts?|executives?|sources?))(?: actually| really| at all)? (?:quoted|cited|interviewed)\b|\b(?:does|did) (?:the |this |that )?(?:article|piece|post|blog|story|write-?up|author|writer) (?:actually |really )?(?:quote|cite|interview) (?:anyone|anybody|someone|somebody|any (?:people|person|one|experts?|executives?|sources?))\b|\b(?:who|whom)(?:'s| is| are| was| were| gets?| got)? (?:being |all |actually )?(?:quoted|cited|interviewed)\b|\b(?:who|whom) (?:does|did|do) (?:the |this |that )?(?:article|piece|post|blog|story|write-?up|author|writer) (?:quote|cite|interview|mention)\b|\b(?:which|what) (?:people|persons|experts|sources|executives|voices|names)\b[^?.!]{0,40}\b(?:quoted|quotes?|cited|cites?)\b|\bwhose (?:words|quotes|comments|remarks)\b|\b(?:list|names) of (?:the )?(?:people|persons|experts|sources|those|everyone)(?: who (?:are|were|is|was|gets?|got))? (?:quoted|cited|interviewed)\b/u;

/**
 * 누구 말이 나와, 누구누구 발언이 인용돼, 인용된 사람 누구, 인용된 인물 명단: who, of people
 * quoted.
 */
const WHO_QUOTED_KO =
  /누구(?:누구)?(?:의)? ?(?:말|발언|코멘트|멘트|인터뷰)\S*\s?(?:\S+\s)?(?:나와|나오|나옴|나온|나왔|인용|실려|실렸|있)|(?:인용|언급)(?:된|되는|한|됐던) ?(?:사람|인물|전문가|발언)\S*\s?(?:\S+\s)?(?:누구|누가)|말이 (?:인용|나온) ?(?:사람|인물)\S*\s?(?:누구|누가)|(?:인용|언급)(?:된|되는|한|됐던) ?(?:사람|인물|전문가|취재원)\S*\s?(?:명단|목록|리스트|이름)/u;

const HEADS = {
  ko: "기사가 말을 인용한 사람은 다음과 같아요.",
  en: "The article quotes these people:",
} as const;

/** The facts of what someone said, and of the sources the piece quotes: once per knowledge. */
const quoteFacts = oncePerKnowledge((knowledge: Knowledge): readonly Fact[] => {
  const saying = knowledge.scope.relations.filter(isSaying).map((relation) => relation.id);
  return knowledge.facts.filter(
    (fact) =>
      saying.some((relation) => factHasRelation(fact, relation)) || factHasRelation(fact, "source"),
  );
});

export function quotedPeopleAnswer(
  knowledge: Knowledge,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  const text = analysis.normalized;
  if (!ARTICLE_WORD.test(text)) return undefined;
  if (!WHO_QUOTED_EN.test(text) && !WHO_QUOTED_KO.test(text)) return undefined;
  const facts = quoteFacts(knowledge);
  if (facts.length < 2) return undefined;
  const statements = facts.map((fact) => `- ${fact.statement[language]}`).join("\n");
  // Each speaker's words as the article has them.
  const quoted = facts.flatMap((fact) =>
    fact.quote === undefined ? [] : sentencesHolding(knowledge, fact.quote).slice(0, 1),
  );
  return composeAnswer(knowledge, language, facts, quoted, `${HEADS[language]}\n${statements}`);
}
