/**
 * The shape of a question, read from its wording alone (no topic words here): several questions
 * in one, questions about the article itself, and questions about which way money flows.
 */

/** Where a question holds a second one: "…, and what…", "…? …", "…이랑 …", "…했고 …". */
const ENGLISH_SPLIT =
  /,?\s+(?:and|also|plus)\s+(?=(?:what|what's|whats|when|who|who's|how|which|where|why|is|are|does|do|did|was|were|can)\b)|\?\s+(?=\S)|;\s*/gu;
const KOREAN_SPLIT =
  /(?<=\p{Script=Hangul}(?:이랑|랑|하고|했고|였고|이고|뭐고|얼마고))[,]?\s+|[?？]\s+(?=\S)|,\s*(?:그리고|또)\s+/gu;

/** The parts of a question that asks several things, or the question alone. */
export function splitQuestion(question: string): string[] {
  const parts = question
    .split(ENGLISH_SPLIT)
    .flatMap((part) => part.split(KOREAN_SPLIT))
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return parts.length > 1 ? parts : [question];
}

/** Who wrote the article, or when: the article does not say. */
const ARTICLE_METADATA = [
  /\bwho (?:wrote|writes|authored|penned|is the (?:author|writer|reporter|journalist))\b/,
  /\b(?:author|writer|reporter|journalist)(?:'s)? (?:name|is who)\b|\bbyline\b/,
  /\bwhen (?:was|is) (?:this|the|that) (?:article|piece|post|story|blog)\b.*\b(?:published|written|posted|out)\b/,
  /\bpublication date\b|\bpublished (?:on|when)\b/,
  /누가 (?:썼|쓴|작성)|(?:쓴 사람|쓴 기자|작성자|기자|글쓴이|필자|저자)(?:가|는|이|의)? ?(?:누구|이름)|언제 (?:쓴|작성|게재|올라온|발행|나온)|게재일|발행일|작성일/u,
];

export function asksAboutArticleMetadata(normalized: string): boolean {
  return ARTICLE_METADATA.some((pattern) => pattern.test(normalized));
}

/** Whether the article gets things wrong, as a whole ("is the article accurate?"). */
const ACCURACY_EN =
  /\b(?:wrong|mistakes?|errors?|inaccura\w*|accurate|accuracy|misleading|reliable|trustworthy|trust|fact[- ]?check\w*|get right|gets right|correct)\b/;
const ARTICLE_EN = /\b(?:article|piece|post|story|writer|author|blog|it|this)\b/;
const ACCURACY_KO =
  /틀린|틀렸|틀려|오류|잘못된|잘못 |사실과 다른|사실이랑 다른|사실하고 다른|다른 부분|정확해|정확한가|정확하|믿을 ?만|신뢰|팩트 ?체크|오보/u;
const ARTICLE_KO = /기사|글|내용|이거|이건/u;

export function asksWhetherArticleIsRight(normalized: string): boolean {
  return (
    (ACCURACY_EN.test(normalized) && ARTICLE_EN.test(normalized)) ||
    (ACCURACY_KO.test(normalized) && ARTICLE_KO.test(normalized))
  );
}

/** Which way money goes: "receive … or pay", "받는 거야 주는 거야", "who pays whom". */
const DIRECTION = [
  /\b(?:receiv\w*|get|gets|getting|take|takes)\b.*\bor\b.*\b(?:pay\w*|give\w*|spend\w*)\b/,
  /\b(?:pay\w*|give\w*|spend\w*)\b.*\bor\b.*\b(?:receiv\w*|get|gets|getting|take|takes)\b/,
  /\bwho pays (?:whom|who)\b|\bwhich way (?:does|is) the money\b|\bfollow the money\b/,
  /(?:받|얻)\S*.*(?:주는|내는|지불|주|내)\S* ?(?:거야|건지|는지|건가|나요|냐|거예요)/u,
  /(?:주는|내는|지불)\S*.*받\S* ?(?:거야|건지|는지|건가|나요|냐|거예요)/u,
  /누가 누구(?:에게|한테)|돈의? 흐름|돈이 어디로/u,
  // Which side a party is on, or what is left after both ways.
  /\b(?:investor|buyer|customer|payer) or (?:the |a )?(?:vendor|supplier|seller|customer|payee|investor)\b|\b(?:vendor|supplier|seller|customer) or (?:the |a )?(?:investor|buyer|customer)\b/,
  /\bnet (?:flow|money|cash|amount|position)\b|\bin net terms\b|순(?:유입|유출|흐름)|결국 누가 (?:더 )?(?:내|받|주)/u,
];

export function asksMoneyDirection(normalized: string): boolean {
  return DIRECTION.some((pattern) => pattern.test(normalized));
}

/** "Does A pay B?", "A가 B한테 돈 내?": a payment between two parties, either way. */
const PAYS =
  /\b(?:pays?|paying|paid|gives? (?:money|cash)|sends? money)\b|돈(?:을|이)? ?(?:내|주|줘|보내|받)|지불/u;

export function asksWhetherOnePays(normalized: string): boolean {
  return PAYS.test(normalized);
}
