/**
 * Questions about the article itself, beyond who wrote it: its stance ("is the piece bullish or
 * critical?", "기사 논조는?", "what's the blogger grumbling about?") and what it leaves out ("what
 * does the article omit?", "기사에서 빠진 내용은?"). The stance is what the knowledge says of the
 * article (its facts whose subject is the article, corrections aside); what it leaves out is the
 * knowledge's facts that rest on no article sentence (no quote): from the sources or the press.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { normalizeText } from "../../search/normalize.ts";
import { escapeRegExp } from "../../util/escape-regexp.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import { verdictWords } from "../shared/phrases.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";
import { figureKey } from "./figure-key.ts";
import { abstainAnswer, composeAnswer } from "./text.ts";

/** The article or its writer, by name ("it" is too loose: "Microsoft's take on it"). */
export const ARTICLE =
  /\b(?:article|piece|post|blog|story|write-?up|author|writer|blogger|columnist)\b|기사|글쓴이|필자|작성자|저자|블로거|(?<![\p{Script=Hangul}])글(?![\p{Script=Hangul}])|(?<![\p{Script=Hangul}])글(?:이|은|의|에서|에|을|쓴)/u;

/**
 * A stance, a tone or a judgement ("bullish", "for or against", "논조", "어떻게 봐"); a Korean word
 * at a word's start ("진입장벽" holds 입장 but asks no stance).
 */
const STANCE =
  /\b(?:tone|stance|take|opinion|view|views|attitude|angle|slant|bias|biased|verdict|bullish|bearish|positive|negative|optimistic|pessimistic|critical|skeptical|sceptical|for or against|in favou?r|feel about|feels about|think about|thinks about|think of|thinks of|grumbl\w*|beef|complain\w*|gripe|worried|worries|concern|one-sided|one sided|slanted|neutral|objective|unbiased|impartial|partisan|balanced|sensational\w*|breathless|hyperbolic|dramatic|clickbait\w*)\b|(?<!\p{Script=Hangul})(?:논조|말투|문체|호들갑|선정적|자극적|들떠|들뜬|톤|어조|입장|관점|시각|견해|의견|태도|긍정|부정적|비판적|회의적|낙관|비관|불만|우려|걱정|편향|편파|편들|치우친|치우쳐|치우쳤|중립적|중립인|객관적|객관성|공정한가|공정해)|한쪽으로|어떻게 (?:봐|보|생각|평가)/u;

/** Something the article does not say ("leaves out", "omits", "빠진", "안 다룬"). */
export const OMITS =
  /\b(?:leaves? out|left out|leaving out|omits?|omitted|omission\w*|missing|doesn't (?:mention|say|cover|include)|does not (?:mention|say|cover|include)|fails? to mention|not mentioned|glosses over|skips? over)\b|빠진|빠뜨|빠져|누락|생략|안 다룬|다루지 않|언급(?:하지)? 않|언급 안|안 나온|나오지 않/u;

/** What the article is about, as a whole ("what is this post about?", "기사 무슨 내용이야?"). */
const ABOUT_EN =
  /^(?:so |ok |okay )?(?:what(?:'s| is| was)|what does|tell me what) (?:the |this |that )?(?:article|piece|post|blog post|blog|story|write-?up)(?: is| was)? ?(?:about|say|says|cover|covers|talk about|all about)(?:,? (?:in short|briefly|in brief|in a nutshell|in a sentence|in one line|quickly|simply))?\s*\??$/u;
const ABOUT_KO =
  /(?:무슨|어떤|뭐에 (?:대한|관한)) ?(?:내용|얘기|이야기)|내용이 뭐|뭐에 (?:대한|관한) (?:거|것|글|기사)|무슨 얘기|(?:무엇|뭐)에 ?(?:대해서?|대한|관해서?|관한) ?(?:이야기|얘기|말하|말한|다루|다룬|쓴|쓰|설명|거|것|글)|주제(?:가|는)? ?(?:뭐|무엇)/u;

/**
 * Which outlet, blog or site published the piece ("what outlet ran this?", "어느 매체 글이야?",
 * "이 글 어디에 올라온 거야?", "where was the article published?").
 */
const OUTLET =
  /\bwho (?:published|posted|ran|put out)\b|\bwhere (?:is|was|has|did|does) (?:the |this |that )?(?:article|piece|post|story|blog post|write-?up)(?: been)? (?:published|posted|run|printed|appear|appeared|come from|from|go up|went up|put up|put out)\b|\bname of (?:the |this |that )?(?:blog|site|website|outlet|publication|newspaper|magazine)\b|\b(?:blog|site|website|outlet|publication)(?:'s)? name\b|(?:블로그|사이트|매체|언론사|신문사)(?:의)? ?(?:이름|명칭)|\b(?:outlet|publication|publisher|newspaper|news ?site|website|site|media|magazine|which blog|what blog|whose blog|which paper|what paper)\b|매체|언론사|신문사|(?:어느|무슨|어떤) (?:언론|신문|사이트|블로그|매체)|어디 (?:기사|글|블로그)|어디서 (?:나온|난|퍼온|가져온)|어디에 (?:실린|실렸|올라온|올라왔|올린|게재|게시)|(?:기사|글)(?:의|은|는)? ?출처/u;

/**
 * Who wrote it, said as a claim ("written by a Reuters reporter?", "기자가 쓴 거지?"), or the
 * writer's name asked ("the name of the article's author").
 */
const AUTHOR =
  /\b(?:written|authored|penned) by\b|\b(?:name|identity) of (?:the |this |that )?(?:(?:article|piece|post|blog|story)(?:'s)? )?(?:author|writer|reporter|journalist|blogger|columnist)\b|\bby an? (?:\w+ )?(?:reporter|journalist|blogger|writer|columnist)\b|(?:기자|작가|블로거|전문가|칼럼니스트)(?:가|이) (?:쓴|작성한|썼)/u;

/** When it was published ("what date was this blog post published?", "이 글 언제 올라왔어?"). */
const DATE =
  /\b(?:when|what date|which date|what day|what year|which year|how long ago)\b[^?.!]*\b(?:published|posted|written|put out|came out|uploaded|dated|go up|went up|come out|comes out|publish|post|write|upload|released?)\b|\bpublication date\b|\bdate of (?:the |this )?(?:article|piece|post|blog post|story)\b|\b(?:article|piece|post|story)(?:'s)? date\b|(?:언제|날짜|몇 월|며칠|몇 년)[^?.!]*(?:올라온|올라왔|올린|게시|게재|작성|발행|쓰인|쓰였|쓴 거|썼)|(?:기사|글)(?:의|이|가)? ?(?:날짜|작성일|게시일|발행일|작성 날짜|게시 날짜)|(?:올라온|올라간|게시된|게재된|작성된|발행된|쓰인|쓰여진|써진)\s?(?:날짜|날|일자|시점|연도|해)(?:는|은|가|이|를|을)?(?!\p{Script=Hangul})|(?:날짜|날|일자|시점|연도|해)(?:는|은|가|이)?\s?(?:언제|며칠|몇)|\b(?:date|day|year)\b[^?.!]*\b(?:article|piece|post|story|blog)\b[^?.!]*\b(?:published|posted|written|put out|came out|uploaded)\b/u;

/** What kind of piece it is ("news article or blog?", "어떤 종류의 글이야?"). */
const KIND_ASKED =
  /\bwhat (?:kind|sort|type) of (?:article|piece|post|text|writing|source)\b|(?:어떤|무슨) (?:(?:종류|성격|유형|장르|형식)의? )?(?:글|기사)(?:이야|야|인가|임|예요|이에요|입니까|인가요|인지)|(?:글|기사)의? (?:종류|성격|유형|장르)|기사 형식|형식의? 글/u;

/** Kinds of publication, to tell another kind claimed ("a news article?") from the piece's own. */
const OTHER_KINDS =
  /\b(?:news (?:article|story|report|piece)|straight news|hard news|newspaper (?:article|piece)|press release|op-?ed|opinion (?:piece|column|article|writing)|column|editorial|research paper|academic paper|official report|magazine (?:article|piece))\b|정식 기사|스트레이트(?: 기사| 뉴스)?|뉴스 기사|언론 기사|신문 기사|언론 보도|뉴스 보도|보도자료|칼럼|사설|논문|보고서|리포트/u;

/** The piece pointed at ("this", "이거"): with a kind's name, it asks what the piece is. */
const THIS_PIECE = /\b(?:this|it)\b|이거|이건|이게|(?:^|\s)이 (?=\p{Script=Hangul})/u;

/** A link or address is asked for: the announcement's page, not the piece itself. */
const LINK = /\b(?:link|links|url|address)\b|링크|주소/u;
/** The piece's own link ("the original article's link", "원문 링크"): where it was published. */
const PIECE_LINK =
  /\b(?:link|url)s? (?:to|for|of) (?:the |this |that )?(?:original |actual |full )?(?:article|piece|post|story|blog post|blog|write-?up)\b|\b(?:source|original|article's|article|blog) (?:link|url)\b(?! (?:to|or)\b)|(?:원문|원본|기사|출처|글) ?(?:링크|주소|url)/u;

/** What of the piece as a publication a question asks, if anything. */
export type PublicationAsked = "kind" | "outlet" | "author" | "date";

/** An outlet that put the piece out: "어느 언론사에서 낸", "매체가 냈", "어디서 펴낸". */
const OUTLET_PUBLISHED =
  /(?:언론사|매체|신문사|방송사|블로그|사이트|어디|어느 곳)(?:에서|가|이|서)? ?(?:낸|냈|내는|내요|펴낸|펴냈|발행한|발행했)/u;

const PUBLICATION_MISSING = {
  outlet: { ko: "어느 매체·블로그에 실렸는지", en: "which outlet or blog published it" },
  author: { ko: "누가 썼는지", en: "who wrote it" },
  date: { ko: "언제 게시됐는지", en: "when it was published" },
} as const;

/** Which outlet, of a kind named: "어느 블로그", "무슨 신문", "which blog", "what paper". */
const WHICH_OUTLET =
  /(?:어느|무슨) ?(?:언론|신문|사이트|블로그|매체)|\b(?:which|what|whose) (?:blog|paper|newspaper|site|website|outlet|publication)\b/u;

/**
 * The piece as a publication: what kind it is, where, by whom and when it was published. Only
 * when the question points at the piece and names none of the knowledge's parties or events
 * ("when was the Microsoft blog post published?" asks about the announcement).
 */
export function asksArticlePublication(
  knowledge: Knowledge,
  analysis: Analysis,
  question: string,
): PublicationAsked | undefined {
  const glossed = analysis.normalized;
  if (!ARTICLE.test(glossed) && !THIS_PIECE.test(glossed)) return undefined;
  // The glossary reads "블로그 글" as the article: the kind's own words are read as written.
  const written = normalizeText(question);
  const holds = (pattern: RegExp) => pattern.test(glossed) || pattern.test(written);
  const kind = knowledge.manifest.article.kind;
  const kindNamed = kind !== undefined && kindForms(knowledge).test(written);
  // The kind said of the piece ("is this a blog?", "블로그 글이야?"), not the piece named by it.
  const kindSaid = kindNamed && kindPredicate(knowledge).test(written);
  // "What outlet published this?": the piece pointed at, when nothing else is named.
  const pointed =
    ARTICLE.test(glossed) ||
    ((kindNamed || OTHER_KINDS.test(written) || holds(OUTLET) || holds(KIND_ASKED)) &&
      THIS_PIECE.test(written));
  if (
    !pointed ||
    (holds(LINK) && !holds(PIECE_LINK)) ||
    namesParty(knowledge, analysis) ||
    namesEvent(analysis) ||
    // "어느 언론사에서 낸 거예요?": 내다 after an outlet is publishing, not a payment.
    (namesRelation(knowledge, analysis) && !holds(OUTLET_PUBLISHED))
  ) {
    return undefined;
  }
  if (holds(DATE)) return "date";
  if (holds(AUTHOR)) return "author";
  // "어느 블로그 글임?", "which blog is this from?": the kind named with "which" asks the outlet.
  if (holds(WHICH_OUTLET)) return "outlet";
  if (kind && (kindSaid || holds(KIND_ASKED) || OTHER_KINDS.test(written))) return "kind";
  if (holds(OUTLET) || holds(PIECE_LINK)) return "outlet";
  return undefined;
}

/**
 * What kind of piece it is (yes or no first to a claim of a kind), or what of its publication
 * the knowledge does not give: not covered, with its kind as what is.
 */
export function publicationAnswer(
  knowledge: Knowledge,
  analysis: Analysis,
  question: string,
  language: Language,
  asked: PublicationAsked,
): Answer | undefined {
  const kind = knowledge.manifest.article.kind;
  if (asked !== "kind") {
    const missing = PUBLICATION_MISSING[asked][language];
    const known = kind
      ? language === "ko"
        ? ` 다루는 내용: 이 글은 ${kind.name.ko}이에요.`
        : ` What is known: it is ${kind.name.en}.`
      : "";
    const lead =
      language === "ko"
        ? `기사에는 ${missing} 나오지 않아요.${known}`
        : `The article doesn't say ${missing}.${known}`;
    return abstainAnswer(knowledge, language, "not-covered", lead);
  }
  if (!kind) return undefined;
  const written = normalizeText(question);
  const claimsOther = OTHER_KINDS.test(written);
  const claimsOwn = kindForms(knowledge).test(written);
  const verdict =
    analysis.asksToConfirm && claimsOwn !== claimsOther
      ? `${claimsOwn ? verdictWords[language].yes : verdictWords[language].no}, `
      : "";
  const statement =
    language === "ko"
      ? `이 글은 ${kind.name.ko}이에요. 어느 매체에 실렸는지, 누가 언제 썼는지는 나오지 않아요.`
      : `It is ${kind.name.en}; it does not say which outlet published it, who wrote it, or when.`;
  const opening = verdict !== "" && language === "en" ? statement.replace(/^It/u, "it") : statement;
  // "기사 톤 어때? 스트레이트 기사야 블로그 글이야?": the view asked beside the kind, after it.
  const beside = stanceBesideKind(knowledge, analysis, written)
    .map((fact) => ` ${fact.statement[language]}`)
    .join("");
  return composeAnswer(knowledge, language, [], [], `${verdict}${opening}${beside}`);
}

/**
 * The piece's own view (its tone) asked beside its kind, by a stance word outside the kinds'
 * names: "opinion piece" names a kind and asks no view.
 */
function stanceBesideKind(knowledge: Knowledge, analysis: Analysis, written: string): Fact[] {
  const outsideKinds = written
    .replace(OTHER_KINDS_ALL, " ")
    .replace(new RegExp(kindForms(knowledge).source, "gu"), " ");
  return STANCE.test(outsideKinds) ? stanceFactsAsked(knowledge, analysis) : [];
}

/** Every kind named, to blank them all (replace resets a global pattern's lastIndex). */
const OTHER_KINDS_ALL = new RegExp(OTHER_KINDS.source, "gu");

/** The kind's forms as regex alternatives, longest first ("" when the manifest names none). */
function kindAlternatives(knowledge: Knowledge): string {
  return (knowledge.manifest.article.kind?.forms ?? [])
    .map((form) => escapeRegExp(form.toLowerCase()))
    .sort((a, b) => b.length - a.length)
    .join("|");
}

/** The kind's forms as one pattern (words of their own), compiled once per knowledge. */
const kindForms = oncePerKnowledge((knowledge): RegExp => {
  const forms = kindAlternatives(knowledge);
  return forms === "" ? /$^/u : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![a-z])`, "u");
});

/**
 * The kind said of the piece: "is this (just) a blog?", "it's some blog post", "블로그 글이야?",
 * "블로그 맞지?". Compiled once per knowledge.
 */
const kindPredicate = oncePerKnowledge((knowledge): RegExp => {
  const forms = kindAlternatives(knowledge);
  const english = String.raw`\b(?:(?:is|was)\s+(?:this|it|that)|(?:this|it|that)(?:'s|\s+is|\s+was))\s+(?:\w+\s+)?(?:a|an|some|just|only)\s+(?:\w+\s+)?(?:${forms})\b`;
  const korean = String.raw`(?:${forms})(?:\s?(?:글|포스팅|포스트))?\s?(?:이야|야|임|인가|인지|이에요|예요|이냐|냐|이지|지|인 ?거|이었|였|맞)`;
  return forms === "" ? /$^/u : new RegExp(`${english}|${korean}`, "u");
});

/**
 * The concepts of every relation the facts have, but the piece's own (its tone, its worry, the
 * source it quotes): "기사 톤 어때? 블로그 글이야?", "blog or news? how much weight as a source?"
 * still ask what the piece is.
 */
const relationConcepts = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const own = new Set([
    ...stanceFacts(knowledge).map((fact) => fact.relation),
    ...knowledge.facts
      .filter((fact) => fact.subject.length > 0 && fact.subject.every((id) => id === "article"))
      .map((fact) => fact.relation),
  ]);
  return new Set(
    knowledge.scope.relations
      .filter((relation) => !own.has(relation.id))
      .flatMap((relation) => relation.concepts),
  );
});

/**
 * Whether the question names something the facts say ("which outlet reported the valuation?"):
 * then the outlet is that fact's, not the piece's.
 */
function namesRelation(knowledge: Knowledge, analysis: Analysis): boolean {
  const known = relationConcepts(knowledge);
  return analysis.terms.some(
    (term) => term.kind === "concept" && known.has(term.features[0]?.slice(2) ?? ""),
  );
}

/** Whether the question names an event of the story ("the announcement"): then it is about that. */
function namesEvent(analysis: Analysis): boolean {
  return analysis.terms.some((term) => term.features.includes("c:announcement"));
}

/** A count asked ("how many", "몇 개", "몇 군데", "number of"). */
const COUNT_ASKED =
  /\bhow many\b|\bnumber of\b|\bcount (?:of|the)\b|몇\s?(?:개|가지|군데|곳|건|번)|개수/u;
/** What is wrong in the piece ("errors", "differences", "틀린 곳", "오류"). */
const ERRORS =
  /\b(?:errors?|mistakes?|inaccuracies|inaccurate (?:points|claims|things)|differences|discrepancies|corrections|fact[- ]?checks|wrong|inaccurate|misstatements)\b|틀린|틀렸|오류|잘못된|잘못 나온|(?:사실|기록)과 다른|다른 (?:점|곳|부분)|팩트 ?체크|정정/u;

/**
 * "How many errors does the fact sheet list for the article?", "기사에 틀린 곳 몇 군데야?": the
 * count of the knowledge's corrections, with each of them. Not of one party's figure ("how many
 * mistakes in NVIDIA's figure?" is about that figure).
 */
export function asksHowManyErrors(knowledge: Knowledge, analysis: Analysis): boolean {
  const text = analysis.normalized;
  return COUNT_ASKED.test(text) && ERRORS.test(text) && !namesParty(knowledge, analysis);
}

const OMISSIONS_HEAD = {
  ko: "기사에 나오지 않는 내용(공식 발표·보도 기준):",
  en: "What the article leaves out (from the announcement and the press):",
} as const;

/** Whether the question names one of the knowledge's parties (then it is about that party). */
export function namesParty(knowledge: Knowledge, analysis: Analysis): boolean {
  return analysis.terms.some((term) => {
    if (term.entity !== undefined) return true;
    if (term.kind !== "concept") return false;
    const id = term.features[0]?.slice(2) ?? "";
    return id !== "article" && knowledge.scope.names.has(id);
  });
}

/** The writer of something else ("the author of Harry Potter"): not this piece's writer. */
const OTHER_WORK =
  /\b(?:author|writer|blogger|columnist)s? of (?!(?:this|the|that) (?:article|piece|post|blog|story|write-?up)\b)/u;

/** The piece pointed at without its name: "its tone", "the writing", "the way it's written". */
const PIECE_POINTED = /\bits\b|\bthe writing\b|\bthe way (?:it's|it is) written\b/u;

/** Whether words speak of a view or a tone ("critical", "worries", "우호적"), of whatever. */
export function speaksOfStance(normalized: string): boolean {
  return STANCE.test(normalized);
}

export function asksArticleStance(knowledge: Knowledge, analysis: Analysis): boolean {
  const text = analysis.normalized;
  // Neither the piece named nor pointed at: no view of it is asked (most questions; the stance
  // facts are then never read).
  const named = ARTICLE.test(text);
  if (!named && !PIECE_POINTED.test(text)) return false;
  // A view only a fact about the piece answers ("its tone": no sentence of it is about its tone).
  const factOnly = stanceFactsAsked(knowledge, analysis).some((fact) =>
    knowledge.scope.relations.some(
      (relation) => relation.id === fact.relation && !relation.passages,
    ),
  );
  return (
    (named || factOnly) &&
    (STANCE.test(text) || factOnly) &&
    !OTHER_WORK.test(text) &&
    ((!namesParty(knowledge, analysis) && !asksOtherTopic(knowledge, analysis)) ||
      (named && judgesTheStory(knowledge, analysis)))
  );
}

/** A judgement asked of something ("어떻게 평가해", "긍정적으로 봐", "what does it think of…"). */
const JUDGES =
  /어떻게 (?:평가|보|봐|생각)|평가(?:하|해|했|한)|긍정|부정적|좋게 보|나쁘게 보|\b(?:think|thinks|feel|feels) (?:of|about)\b|\b(?:opinion|view|verdict|take)s? (?:of|on)\b|\b(?:positive|negative|bullish|bearish|optimistic|pessimistic|concern)\b/u;

/** The words of a judging phrase, as the analysis keeps them ("평가하나요", "보나요", "think"). */
const JUDGING_WORD =
  /^(?:평가\p{L}*|생각\p{L}*|보\p{L}{0,3}|봐\p{L}{0,2}|봤\p{L}{0,2}|think|thinks|feel|feels|view|views|opinion|take|verdict)$/u;

/** A reason or motive asked ("its take on Microsoft's reasons"): the passage on it answers. */
const REASON_ASKED = /\b(?:reasons?|why|motives?|motivations?|purpose)\b|이유|왜|동기|목적|의도/u;

/** Words that only widen a judgement ("overall", "전반적으로"). */
const WIDENS =
  /^(?:overall|generally|general|on the whole|전반적\p{L}*|전체적\p{L}*|종합적\p{L}*)$/u;

/**
 * The writer's judgement of the story itself, named by its parties ("글쓴이는 이번 앤트로픽 투자를
 * 어떻게 평가해?", "what does the author think of the NVIDIA investment?"): the parties are what
 * is judged, not a topic of their own. Every other word the knowledge knows is one the stance
 * speaks of (the investment), and no figure is asked.
 */
function judgesTheStory(knowledge: Knowledge, analysis: Analysis): boolean {
  if (!JUDGES.test(analysis.normalized) || REASON_ASKED.test(analysis.normalized)) return false;
  const spoken = stanceConcepts(knowledge);
  let judged = false;
  for (const term of analysis.terms) {
    if (term.kind === "amount") return false;
    if (term.entity !== undefined || WIDENS.test(term.text)) continue;
    // "…Microsoft's reasons for investing": a word of its own is a topic, not the judgement's.
    if (term.kind !== "concept") {
      if (JUDGING_WORD.test(term.text)) continue;
      return false;
    }
    const id = term.features[0]?.slice(2) ?? "";
    if (id === "article" || STANCE.test(term.text)) continue;
    if (knowledge.scope.names.has(id) || !spoken.has(id)) return false;
    judged = true;
  }
  return judged;
}

/**
 * A view asked on a topic the stance facts do not speak of ("how does the article see the AI
 * market's future?"): the article's passage on that topic answers, not its stance.
 */
function asksOtherTopic(knowledge: Knowledge, analysis: Analysis): boolean {
  const spoken = stanceConcepts(knowledge);
  return analysis.terms.some((term) => {
    // The stance's own words ("angle", "시각") are concepts too, but ask no topic.
    if (term.kind !== "concept" || STANCE.test(term.text)) return false;
    const id = term.features[0]?.slice(2) ?? "";
    return id !== "article" && !spoken.has(id);
  });
}

/** The article's own view: the facts whose subject is the article, corrections aside. */
function stanceFacts(knowledge: Knowledge): Fact[] {
  return knowledge.facts.filter(
    (fact) => fact.kind !== "correction" && fact.subject.includes("article"),
  );
}

/** The concepts the stance facts speak of: their relations' own and those their statements hold. */
const stanceConcepts = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const facts = stanceFacts(knowledge);
  const texts = facts.map((fact) => `${fact.statement.ko} ${fact.statement.en}`.toLowerCase());
  const relations = new Set(facts.map((fact) => fact.relation));
  const spoken = new Set<string>();
  for (const relation of knowledge.scope.relations) {
    if (relations.has(relation.id)) for (const concept of relation.concepts) spoken.add(concept);
  }
  for (const concept of knowledge.concepts) {
    const forms = concept.forms.map((form) => form.toLowerCase());
    if (texts.some((text) => forms.some((form) => text.includes(form)))) spoken.add(concept.id);
  }
  return spoken;
});

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

/**
 * The stance facts whose relation the question names ("its tone?" asks the tone, "what worries
 * the writer?" the worry), in the knowledge's order.
 */
function stanceFactsAsked(knowledge: Knowledge, analysis: Analysis): Fact[] {
  const asked = new Set<string>();
  for (const term of analysis.terms) {
    if (term.kind === "concept") asked.add(term.features[0]?.slice(2) ?? "");
  }
  if (asked.size === 0) return [];
  return stanceFacts(knowledge).filter((fact) =>
    knowledge.scope.relations.some(
      (relation) =>
        relation.id === fact.relation && relation.concepts.some((concept) => asked.has(concept)),
    ),
  );
}

/**
 * What the knowledge says of the article's own view, with the sentences it rests on: the view
 * the question names ("how would you describe its tone?"), or all of them.
 */
export function stanceAnswer(
  knowledge: Knowledge,
  language: Language,
  analysis?: Analysis,
): Answer | undefined {
  const all = stanceFacts(knowledge);
  const asked = analysis ? stanceFactsAsked(knowledge, analysis) : [];
  const facts = asked.length > 0 ? asked : all;
  if (facts.length === 0) return undefined;
  const quoted = facts.flatMap((fact) =>
    fact.quote ? sentencesHolding(knowledge, fact.quote).slice(0, 1) : [],
  );
  return composeAnswer(knowledge, language, facts, quoted);
}

/**
 * The facts no article sentence holds, as a list, as many as fit. Of a topic named ("기사 1기가와트
 * 얘기에서 빠진 디테일"): what the record adds to the article on it, its fact checks first, and
 * the facts of it no sentence holds.
 */
export function omissionsAnswer(
  knowledge: Knowledge,
  language: Language,
  analysis?: Analysis,
): Answer | undefined {
  const topical = analysis ? omissionsOf(knowledge, analysis) : [];
  const facts: Fact[] =
    topical.length > 0
      ? topical
      : knowledge.facts.filter((fact) => fact.kind !== "correction" && !fact.quote);
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

/** The fact checks and unquoted facts that hold a topic the question names (a figure, a concept). */
function omissionsOf(knowledge: Knowledge, analysis: Analysis): Fact[] {
  const amounts = new Set<string>();
  const concepts = new Set<string>();
  for (const term of analysis.terms) {
    if (term.kind === "amount") amounts.add(term.text);
    const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
    if (id && id !== "article" && !term.features.includes("c:article")) concepts.add(id);
  }
  if (amounts.size === 0 && concepts.size === 0) return [];
  const holds = (fact: Fact) => {
    const key = figureKey(fact);
    if (key !== undefined && amounts.has(key)) return true;
    return [...concepts].some((id) => fact.subject.includes(id) || fact.object.includes(id));
  };
  const held = knowledge.facts.filter(holds);
  return [
    ...held.filter((fact) => fact.kind === "correction"),
    ...held.filter((fact) => fact.kind !== "correction" && !fact.quote),
  ];
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
