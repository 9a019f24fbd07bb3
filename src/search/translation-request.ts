/**
 * A request to translate a text of the asker's own ("번역 좀 부탁: 'We remain constructive…'",
 * "이 문장 번역해 줄래: …", "please translate this for me: …"): another task, which no news
 * article answers, whatever words of the story the text holds. A request about the article's own
 * text ("기사 첫 문장 번역해줘", "translate the article's intro") is not one: the article names it.
 * Added to the other-task patterns of stopwords.ts.
 */
const ABOUT_THE_ARTICLE = String.raw`(?!.*(?:기사|본문|\barticle\b|\bpiece\b|\bpost\b|\bblog\b))`;
const ASKS_TRANSLATION = String.raw`(?:번역 ?(?:좀|을 ?좀|해 ?(?:줘|주|달|줄)|부탁|요청|가능|ㄱ)|\btranslate (?:this|these|that|the following|it)\b|\b(?:pls|please|can you|could you) translate\b|\btranslation (?:pls|please)\b)`;

/**
 * A language the story is not told in: the knowledge has Korean and English only, so words asked
 * in one of these ("how do you say 'back at one' in Japanese", "일본어로 뭐라고 해") are a
 * translation, never a term of the story (asked-language.ts reads the other of Korean and English).
 */
const OTHER_LANGUAGE = `(?:japanese|chinese|mandarin|cantonese|spanish|french|german|italian|portuguese|russian|arabic|hindi|urdu|bengali|punjabi|vietnamese|thai|tagalog|filipino|indonesian|malay|turkish|dutch|polish|swedish|norwegian|danish|finnish|greek|hebrew|persian|farsi|swahili|hawaiian|ukrainian|czech|romanian|hungarian)`;
const OTHER_LANGUAGE_KO = `(?:일본어|일어|일본말|중국어|중국말|광둥어|스페인어|서반아어|프랑스어|불어|독일어|독어|이탈리아어|포르투갈어|러시아어|노어|아랍어|힌디어|베트남어|태국어|타갈로그어|인도네시아어|말레이어|터키어|튀르키예어|네덜란드어|폴란드어|스웨덴어|그리스어|히브리어|페르시아어|우크라이나어)`;

/**
 * The language named, not a currency or a market of its country: "in Japanese yen at 150 yen per
 * dollar" asks a conversion.
 */
const LANGUAGE_NAMED = String.raw`${OTHER_LANGUAGE}\b(?!\s+(?:yen|yuan|renminbi|rmb|won|rupees?|rupiah|pesos?|euros?|francs?|krona|kronor|krone|lira|baht|dong|ringgit|reais|real|rubles?|roubles?|dollars?|money|currency|terms|market|stocks?|shares?))`;

/** "how do you say … in Japanese", "translate … into Spanish", "일본어로 뭐라고 해", "불어로 번역". */
const ASKS_OTHER_LANGUAGE = String.raw`(?:\bhow (?:do|would|should|can|could|to|fo|da|ta|ya) (?:(?:you|i|we|u|ya|one) )?(?:say|write|spell)\b.*\b(?:in|into) ${LANGUAGE_NAMED}|\b(?:translat\w*|put)\b.*\b(?:in|into|to) ${LANGUAGE_NAMED}|\bwhat(?:'s| is| be) .+ in ${LANGUAGE_NAMED}|${OTHER_LANGUAGE_KO}로\s?(?:뭐라고|뭐라|어떻게|번역|바꿔|옮겨|써|말해))`;

export const TRANSLATION_REQUEST_PATTERNS: readonly RegExp[] = [
  new RegExp(`^${ABOUT_THE_ARTICLE}.*${ASKS_TRANSLATION}`, "u"),
  new RegExp(`^${ABOUT_THE_ARTICLE}.*${ASKS_OTHER_LANGUAGE}`, "u"),
];
