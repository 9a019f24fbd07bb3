/**
 * A question may name other news only to set it aside: "not the openai thing - how much is…?",
 * "…뭐야? 구글 TPU 얘기랑 헷갈려서", "is this the X story or a different deal? What's it about?",
 * "오픈AI 건 말고 이번 거래에서…". The news set aside is not what is asked, so it must not make the
 * question about another company (and turn it away); the rest of the question is answered. The
 * words below are the language of setting aside, not of any one story.
 */

/** The noun a piece of news is called by: "the openai thing", "the stargate story". */
const NEWS_NOUN_EN =
  "(?:thing|story|stuff|deal|news|one|saga|drama|headline|announcement|rumou?r)s?";
/** Up to four words naming the news ("the microsoft-openai restructuring story"). */
const NEWS_WORDS_EN = "(?:[\\p{L}\\p{N}'.&/-]+\\s+){0,4}?";
/** "I'm not asking about", "i don't mean", "not": the set-aside verb. */
const NOT_EN = "(?:not|i(?:'m| am) not (?:asking|talking) about|i don'?t mean|forget|ignore)";

/** "not the openai thing - how much…": opens by setting a piece of news aside. */
const LEAD_NOT_THE = new RegExp(
  `^\\s*(?:(?:ok|okay|so|wait|no|hmm)[,\\s]+)*${NOT_EN} (?:the|that) ${NEWS_WORDS_EN}${NEWS_NOUN_EN}\\s*[-–—:;,.!]+\\s*`,
  "iu",
);
/** "how much is microsoft putting in, not the openai deal?": ends by setting one aside. */
const TAIL_NOT_THE = new RegExp(
  `\\s*[,;]\\s*(?:(?:and|but)\\s+)?${NOT_EN} (?:the|that) ${NEWS_WORDS_EN}${NEWS_NOUN_EN}(?=\\s*[?!.]*\\s*$)`,
  "iu",
);
/**
 * "is this the X story or a different deal?", "이거 오픈AI 구조개편 얘기야, 아니면 다른 거래야?": which
 * story this is, asked beside what it is about; the other story is named only to be told apart.
 */
const WHICH_STORY = new RegExp(
  `(?:^|(?<=[.!?]\\s*))\\s*(?:(?:wait|so|ok|okay|hold on|hmm|sorry)[,\\s]+)*(?:is|was) (?:this|it|that)(?: about)? (?:the|that|a|an) [^?.!]{1,60}? ${NEWS_NOUN_EN},? (?:or|or is it|or about) (?:a |an )?(?:different|another|other|separate|new|unrelated)(?: [\\p{L}]+)?\\s*[?？]+\\s*|(?:^|(?<=[.!?]\\s*))\\s*(?:이거|이건|이 기사|이 뉴스)\\s?[^?.!]{1,40}?(?:얘기|이야기|소식|건|기사)(?:야|임|인가|이야|예요|인가요)?,?\\s?(?:아니면|혹은)\\s?다른\\s?\\S+\\s*[?？]+\\s*`,
  "iu",
);
/**
 * "…? 구글 TPU 얘기랑 헷갈려서", "(confusing it with the stargate news)": the asker says what they
 * confuse the story with; a clause of its own, with no question in it.
 */
const CONFUSED_WITH = [
  /(?:(?<=[?!.,])|^)\s*[^?!.,]{1,40}?(?:랑|이랑|하고|와|과)\s?(?:좀\s?|자꾸\s?|계속\s?)?헷갈[^\s?!.,]*(?:\s?(?:서|요|네|ㅠ+|ㅜ+))?\s*[,.!]?\s*(?=$|[^?]*[?？])/u,
  /(?:(?<=[?!.,])|^)\s*(?:\(?\s*)(?:i(?:'m| am| keep)?|sorry,? i(?:'m| am)?)?\s*(?:confus(?:ed|ing)|mix(?:ed|ing)) (?:it |this |them )?(?:up )?with [^?!.,()]{1,50}\)?\s*(?:[,.!]+\s*|$)(?=$|[^?]*[?？])/iu,
];
/**
 * "오픈AI 건 말고", "스타게이트 얘기 말고": a piece of news by its noun, set aside. Not "이번 거래
 * 말고" (the story itself: other news is then asked) nor "마소 말고" (another party asked).
 */
const KO_NOT_THE =
  /(?<=^|\s)((?:\S+\s){0,2}?\S+?)(?:\s?(?:얘기|이야기|소식|뉴스)|\s(?:건|딜))(?:은|는)?\s?(?:말고|빼고|말구)(?:요)?\s*[,.]?\s*/u;
/** Words for the story itself: what is set aside then is everything else. */
const THIS_STORY = /(?:^|\s)(?:이번|이|그|저|요번|이거|그거|이것|그것)(?=\s|$)|^(?:이번|요번)/u;

/**
 * The words each kind of setting aside needs, looked for before its pattern is tried: LEAD_NOT_THE
 * and TAIL_NOT_THE's verbs (by plain search: a \b pattern with these flags cost more than the
 * rest), WHICH_STORY's "or", CONFUSED_WITH's confusing, KO_NOT_THE's 말고.
 */
function setsAsideInEnglish(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    lower.includes("not") ||
    lower.includes("forget") ||
    lower.includes("ignore") ||
    /don'?t mean/u.test(lower)
  );
}
const ASKS_WHICH_STORY = /\bor\b|아니면|혹은/iu;
const CONFUSES = /헷갈|confus|mix(?:ed|ing)/iu;
const KO_SETS_ASIDE = /말고|빼고|말구/u;

/** Letters left to ask with: a set-aside that leaves only marks leaves the question whole. */
const ASKS_SOMETHING = /[\p{L}\p{N}]{2,}/u;

/**
 * "…still Anthropic's main cloud, despite all this Microsoft business?", "Despite the Microsoft
 * deal, is…": a concession names what the claim holds against, not what is asked; its party
 * would steer the question to that party's facts, and its figure would be claimed of the
 * claim's party ("…still the main cloud despite the $30B Azure deal?"). At the question's end or
 * its start only.
 */
const CONCESSION_WORD = "(?:despite|in spite of|notwithstanding|even with|even after)";
const CONCESSION_TAIL = new RegExp(
  `,?\\s*\\b${CONCESSION_WORD}\\b[^?!.]{1,50}?(?=\\s*[?？!.]*\\s*$)`,
  "iu",
);
const CONCESSION_LEAD = new RegExp(`^\\s*${CONCESSION_WORD}\\b[^,?!.]{1,50},\\s*`, "iu");
const CONCEDES = new RegExp(`\\b${CONCESSION_WORD}\\b`, "iu");

/** The question without the news it names only to set aside, or the question as it was. */
export function withoutSetAside(question: string): string {
  // Each pattern is tried only where its own words are: most questions set nothing aside, and
  // these patterns, tried at every position, would cost every question.
  let rest = question;
  if (setsAsideInEnglish(rest)) rest = rest.replace(LEAD_NOT_THE, "").replace(TAIL_NOT_THE, "");
  if (ASKS_WHICH_STORY.test(rest)) rest = rest.replace(WHICH_STORY, " ");
  if (CONFUSES.test(rest)) for (const pattern of CONFUSED_WITH) rest = rest.replace(pattern, " ");
  if (CONCEDES.test(rest)) rest = rest.replace(CONCESSION_TAIL, "").replace(CONCESSION_LEAD, "");
  const korean = KO_SETS_ASIDE.test(rest) ? KO_NOT_THE.exec(rest) : null;
  if (korean && !THIS_STORY.test(korean[1] ?? "")) {
    rest = `${rest.slice(0, korean.index)}${rest.slice(korean.index + korean[0].length)}`;
  }
  rest = rest.replace(/\s{2,}/gu, " ").trim();
  return rest !== question.trim() && ASKS_SOMETHING.test(rest) ? rest : question;
}
