/**
 * A request to translate a text of the asker's own ("번역 좀 부탁: 'We remain constructive…'",
 * "이 문장 번역해 줄래: …", "please translate this for me: …"): another task, which no news
 * article answers, whatever words of the story the text holds. A request about the article's own
 * text ("기사 첫 문장 번역해줘", "translate the article's intro") is not one: the article names it.
 * Added to the other-task patterns of stopwords.ts.
 */
const ABOUT_THE_ARTICLE = String.raw`(?!.*(?:기사|본문|\barticle\b|\bpiece\b|\bpost\b|\bblog\b))`;
const ASKS_TRANSLATION = String.raw`(?:번역 ?(?:좀|을 ?좀|해 ?(?:줘|주|달|줄)|부탁|요청|가능|ㄱ)|\btranslate (?:this|these|that|the following|it)\b|\b(?:pls|please|can you|could you) translate\b|\btranslation (?:pls|please)\b)`;

export const TRANSLATION_REQUEST_PATTERNS: readonly RegExp[] = [
  new RegExp(`^${ABOUT_THE_ARTICLE}.*${ASKS_TRANSLATION}`, "u"),
];
