/**
 * The shape of a question, read from its wording alone (no topic words here): several questions
 * in one, questions about the article itself, and questions about which way money flows.
 */

import { anyMatches, unitedPatterns } from "../../search/pattern-union.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { nextLegAsked } from "./next-leg.ts";

/**
 * Where a question holds a second one: "…, and what…", "…? …", "…, plus …", "…이랑 …", "…했고 …".
 * "when and where was it announced": two question words that share one clause ask it whole, so
 * no split follows a bare question word that opens the question or follows another one,
 * capitalised or not ("When and where was…", "When, where, and how did…"). A bare question word
 * after a clause asks that clause again ("when was it announced, where, and what's…"). A list's
 * ordinal or a colon before the first question word opens the question too ("…: first, when and
 * where was it announced"), and "and second, which…" splits as "and which…" does. A join
 * before a last helper word alone ("Claude on Google cloud also can?") ends the clause, no ask.
 * An attribution may open the second ask ("…, and according to Nadella is OpenAI still…").
 * "The gap between what Anthropic spends and what the two invest": "between" pairs the two sides
 * of one measure, its "and" asks nothing of its own.
 * A claim closed by its tag after ", and" ("…, and Claude is still in Copilot or not?") asks too.
 */
export const ENGLISH_SPLIT =
  /(?<!\bbetween\s[^?,;]*)(?<!(?:^|:\s*|\b(?:[Ff]irst(?:ly)?|[Ss]econd(?:ly)?|[Tt]hird(?:ly)?|[Nn]ext|[Tt]hen|[Ff]inally|[Ll]astly)[,:]?\s+|(?:^|[\s,])(?:[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow|[Ww]ho|[Ww]hat|[Ww]hich)[\s,]+)(?:[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow|[Ww]ho|[Ww]hat|[Ww]hich))(?<!(?:^|:\s*|\b(?:[Ff]irst(?:ly)?|[Ss]econd(?:ly)?|[Tt]hird(?:ly)?|[Nn]ext|[Tt]hen|[Ff]inally|[Ll]astly)[,:]?\s+|(?:^|[\s,])(?:[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow|[Ww]ho|[Ww]hat|[Ww]hich)[\s,]+)(?:[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow|[Ww]ho|[Ww]hat|[Ww]hich),),?\s+(?:and also|and then|and|also|plus|as well as)(?:,(?=\s+(?:second(?:ly)?|third(?:ly)?|next|finally|lastly)\b))?\s+(?:(?:second(?:ly)?|third(?:ly)?|next|finally|lastly)[,:]?\s+)?(?=(?:(?:on|at|in|for|from|with|by|to|of|over|during|under|within|after|before|since|until|through)\s+)?(?:according to [\w'’.-]+(?:\s[\w'’.-]+)?,?\s+)?(?:(?:what|what's|whats|when|who|who's|how|which|where|why)\b|(?:is|are|does|do|did|was|were|can|has|have|will)\b(?!\s*(?:[?？.!]+(?:\s|$)|$))|(?<=,\s*and\s+)[^?？,;]{6,}\b(?:or not|right|correct|true|yeah|innit)\s*[?？]+\s*$))|,\s*(?:and\s+)?(?:plus|also|as well as)\s+|\s+as well as\s+|\s+plus\s+(?!\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|one hundred|a billion|a million)\b)|\s*,?\s*&\s+(?=(?:what|when|who|how|which|where|why|is|are|does|do|did|was|were)\b)|\?\s+(?=\S)|;\s*|\s+(?=\(?\d{1,2}[).]\s)|(?<=[\p{L}\p{N}?？])\s*\+\s*(?=\p{L})|\s+\/\s+(?=(?:what|what's|which|how|is|are|does|do|did|who|when|where|why)\b)/gu;
/**
 * Korean joins: a clause ending in -고 / -며 (with a comma, or after a past or copula stem, or
 * after a question word and its verb: "모델 뭐 있고 …"), and noun lists. "A랑 같은 날?" compares
 * with A: no list. "보유하고 있는", "투자하고 싶은": -하고 before 있다 or 싶다 is one verb's
 * ending, no join. "어떻게 됨" before a last word of guess ("어케됨 밀려남?") ends the question.
 */
export const KOREAN_SPLIT =
  /(?<=\p{Script=Hangul}(?:이랑|랑|하고|이며|이면서)|(?:했고|였고|었고|았고|됐고|되고|이고|뭐고|얼마고))[,]?\s+(?!(?:똑\s?)?같|비슷|다른|달라|다르|동일|(?<=하고\s+)(?:있|계시|싶))|(?<=\p{Script=Hangul}{2}(?:뭐고|얼마고|언제고))(?=누가|누구|언제|얼마|어디|왜|뭐|몇)|(?<=(?:뭐|뭐가|무엇이|무엇|어디|어디가|누가|누구|몇 ?개|몇 ?군데) (?:있|없|나오|나와|되|돼|들어가|쓰)고),?\s+|(?<=\p{Script=Hangul}(?:고|며|면서)),\s*|[?？]\s+(?=\S)|(?<=(?:어케|어캐|어떻게|어찌)\s?(?:됨|돼|되냐|되나|됐음|됐어|됐냐))\s+(?=\S+\s*[?？]*$)|,?\s*(?<!\p{Script=Hangul})(?:그리고|글고|그리구|또|및)\s+/gu;
/**
 * Noun lists ("투자 금액과 구매 약정액은 각각…", "마소 투자액, 엔비디아 투자액, 애저 구매액"):
 * split only when each side asks something.
 */
// "앤트로픽과 맺은 협력", "엔비디아와 함께 하는…": 과 / 와 before a verb of partnering is "with",
// no item of a list.
export const KOREAN_NOUN_SPLIT =
  /(?<=\p{Script=Hangul}{2}(?:과|와)),?\s+(?!(?:맺|체결|손잡|손을 잡|함께|같이|제휴|협업|협력하|협력한|계약한|계약을 맺)\p{Script=Hangul}*)|(?<=[\p{L}\p{N}]),\s+(?:and\s+)?(?!(?:or|but|또는)\b)/gu;
/**
 * A Korean clause ending in a bare -고 ("모델 뭐 들어가고 발표는 언제야?"): two questions only
 * when each side has its own question word (otherwise "-고" joins one clause: "투자하고 있어?").
 * A quoting 고 ("돈이 돈다고 말한 전문가", "얼마라고 한") ties its quote to the verb of saying.
 */
export const KOREAN_BARE_GO = /(?<=\p{Script=Hangul}(?<![다라냐자])고)\s+/gu;
const KOREAN_QUESTION_WORD =
  /뭐|뭔|뭘|무엇|무슨|얼마|언제|어디|어느|누구|누가|왜|어떻게|어케|어캐|어떤|몇/u;
/** A question word with the ending that closes a question: "얼마임", "뭐야", "언제예요". */
const ASKED_WORD_END =
  "(?:얼마|뭐|언제|누구|어디)(?:임|야|냐|여|이야|이냐|예요|에요|인가요|입니까)";
/**
 * A Korean question ended by its question word and a final ending, then more with no mark between
 * ("총 투자 얼마임 엔비 칩 이름은 뭐고", "마소 투자 얼마야 발표 언제야"): two questions when the rest
 * has a question word of its own.
 */
export const KOREAN_ASKED_END = new RegExp(
  String.raw`(?<=\p{Script=Hangul}*\s\p{Script=Hangul}*${ASKED_WORD_END})\s+(?=\S)`,
  "gu",
);
/** What every KOREAN_ASKED_END match holds: the question word, its ending, and a space. */
const MAY_END_ASKED = new RegExp(String.raw`${ASKED_WORD_END}\s`, "u");
/** What KOREAN_SPLIT's split before a guess holds: "어케됨", "어떻게 돼" (see MAY_SPLIT_KOREAN). */
const MAY_GUESS_AFTER_HOW = String.raw`(?:어케|어캐|어떻게|어찌)\s?[됨돼되됐]`;
/** The joins of two clauses (never a list of nouns), for a question that is also a confirmation. */
export const CLAUSE_SPLIT =
  /,?\s+(?:and|also|plus)\s+(?=(?:(?:what|what's|whats|when|who|who's|how|which|where|why)\b|(?:is|are|does|do|did|was|were|can|has|have|will)\b(?!\s*(?:[?？.!]+(?:\s|$)|$))))|\?\s+(?=\S)|;\s*|(?<=\p{Script=Hangul}고),\s*|[?？]\s+(?=\S)/gu;

/** A list marker opening a part: "1)", "2.", "(3)", "①", "-". */
const LIST_MARKER =
  /^(?:\(?\d{1,2}[).]|[①-⑩]|[-•*]|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|last(?:ly)?|finally|also|첫째|둘째|셋째|마지막으로)\s*[,:)]|[^:?？]{1,60}:(?=\s*(?:what|what's|when|who|how|which|where|why|is|are|does|do|did|was|were|can)\b))\s*/iu;

/**
 * What every ENGLISH_SPLIT, KOREAN_SPLIT or KOREAN_BARE_GO match holds: a comma or a sign of
 * theirs, a question mark with a space and more after it (a mark that ends the question splits
 * nothing), "and", "also", "plus" or "as well as" between spaces, a space before a number, or a
 * Korean join (랑, 고, 며, 면서, 또, 및, 그리구), "어떻게 됨" before a guess, or a question word's
 * closing ending and a space (KOREAN_ASKED_END's). Without one, nothing splits.
 */
export const MAY_SPLIT = new RegExp(
  String.raw`[,&;+/랑고며또및—–]|면서|그리구|[?？]\s+\S|\s(?:and|also|plus|as well as)\s|\s\(?\d|${MAY_GUESS_AFTER_HOW}|${MAY_END_ASKED.source}`,
  "u",
);
/** What every ENGLISH_SPLIT match holds: a sign or a word of MAY_SPLIT's, not a Korean join. */
const MAY_SPLIT_ENGLISH = /[,&;+/]|\?\s+\S|\s(?:and|also|plus|as well as)\s|\s\(?\d/u;
/**
 * What every KOREAN_SPLIT match holds: a join's last syllable before a comma or a space (랑, 며,
 * 면서), 고 anywhere (뭐고 before a question word needs no space), 또, 및, 그리구, a question
 * mark with more after it, or "어떻게 됨" before a guess ("어케됨 밀려남?").
 */
const MAY_SPLIT_KOREAN = new RegExp(
  String.raw`[랑며서][,\s]|[고또및]|그리구|[?？]\s+\S|${MAY_GUESS_AFTER_HOW}`,
  "u",
);
/** What every CLAUSE_SPLIT match holds, as MAY_SPLIT for ENGLISH_SPLIT and the rest. */
export const MAY_SPLIT_CLAUSES = /;|[?？]\s+\S|\s(?:and|also|plus)\s|고,/u;

/** The parts of a question that asks several things, or the question alone. */
export function splitQuestion(asked: string, options: { clausesOnly?: boolean } = {}): string[] {
  // A cheap scan first: most questions ask one thing (the splits' lookbehinds are tried at
  // every place otherwise).
  if (!(options.clausesOnly ? MAY_SPLIT_CLAUSES : MAY_SPLIT).test(asked)) return [asked];
  // "…, and second, um, which…": a hesitation set off by commas stands between a join and
  // its question word, where the splits look for them side by side.
  const question = asked.includes(",") ? asked.replace(HESITATION, " ") : asked;
  // Each split only where a sign of its own is (a Korean question needs no English split, nor an
  // English one the Korean): a split tries its lookbehinds at every place of the text.
  const pieces = options.clausesOnly
    ? question.split(CLAUSE_SPLIT)
    : (MAY_SPLIT_ENGLISH.test(question) ? question.split(ENGLISH_SPLIT) : [question])
        .flatMap((part) => (MAY_SPLIT_KOREAN.test(part) ? part.split(KOREAN_SPLIT) : [part]))
        .flatMap((part) => (part.includes("고") ? splitAtBareGo(part) : [part]))
        .flatMap((part) => (MAY_END_ASKED.test(part) ? splitAtAskedEnd(part) : [part]))
        .flatMap((part) => (part.includes("—") || part.includes("–") ? splitAtDash(part) : [part]));
  const parts = pieces
    .map((part) => part.trim().replace(LIST_MARKER, "").trim())
    .filter((part) => part !== "" && !JOIN_ALONE.test(part));
  return parts.length > 1 ? parts : [asked];
}

/**
 * "…? And also how many…": the question mark splits before "And", the join "also" after it; the
 * word left between the two is no part.
 */
const JOIN_ALONE = /^(?:and|so|but|plus|also|then)[,.]?$/iu;

/** A spoken hesitation followed by a comma, and a comma before it: ", um, ", " uh, ", " erm, ". */
const HESITATION = /,?\s+(?:u+h*m+|u+h+|e+r+m*|h+m+)\s*,\s*(?=\S)/giu;

/**
 * "Where does Amazon stand in all this — are they losing Anthropic to Microsoft?": a dash between
 * two questions, each opening with its question word or helper verb. A dash after a topic ("NVIDIA
 * — how much?", "…passing the same dollar around — what does the post call it?") joins it to
 * the question after it, and stays.
 */
function splitAtDash(part: string): string[] {
  const dash = DASH_BETWEEN_QUESTIONS.exec(part);
  if (!dash) return [part];
  const before = part.slice(0, dash.index).trim();
  const after = part.slice(dash.index + dash[0].length).trim();
  return QUESTION_OPENING.test(before) && after !== "" ? [before, after] : [part];
}

const DASH_BETWEEN_QUESTIONS =
  /\s+[—–]\s+(?=(?:is|are|was|were|do|does|did|can|will|has|have|what|who|how|when|where|why|which)\s)/iu;
/** A question's own opening: its question word or helper verb first. */
const QUESTION_OPENING =
  /^(?:(?:so|and|but|ok|okay)[,\s]+)?(?:is|are|was|were|do|does|did|can|will|has|have|what|what's|who|who's|how|when|where|why|which)\s/iu;

/**
 * Where one sentence ends and the next begins: a full stop or "!" and a space, a tilde after a
 * Korean ending and a space ("했나요~ 남편이…", as chat ends a sentence), or a new line.
 */
const SENTENCE_BREAK =
  /(?<=[\p{L}\p{N})'"”][.!。！])(?<!(?:^|\s)\d{1,2}[.)])\s+(?=\S)|(?<=\p{Script=Hangul}~+)\s+(?=\S)|\s*\n+\s*/gu;

/** A word that opens the next step of a request ("Then…", "Next,", "After that,", "그 다음"). */
const SEQUENCE_LEAD =
  /^(?:(?:and|but|so)\s+)?(?:then|next|after that|afterwards|also|plus|finally|lastly|second(?:ly)?|third(?:ly)?|and)\b[,:]?\s*|^(?:그리고|그 ?다음(?:에는|에|으로|엔)?|다음으로|다음은|또한|또|마지막으로|이어서)[,\s]+/iu;

/**
 * A sentence that asks for something as a request, not a question: "Give me the date", "Tell me
 * how much…", "Name the event", "I want the total", "발표 날짜 알려줘", "정리 부탁드립니다", "돈 흐름
 * 정리 좀.".
 */
const REQUEST =
  /^(?:(?:please|pls|now|ok|okay|so|also|then|next|and)[,\s]+)*(?:give|tell|show|list|name|state|explain|describe|summari[sz]e|walk me through|remind me|share|provide|i (?:also )?(?:want|need|'d like|would like) (?:to know |the |a |an |to see )?)\b|(?:알려|말해|설명해|정리해|요약해|보여|짚어)\s?(?:줘|줄래|주세요|줘요|주라|주실래요|주시겠어요|주십시오|줄 수|달라)|부탁(?:해|드려|합니다|드립니다|요)?(?=[.!?\s]*$)|(?:정리|요약|설명)\s?(?:좀|ㄱㄱ|바람|plz|pls)(?=[.!?~\s]*$)/iu;

export function isRequest(sentence: string): boolean {
  return REQUEST.test(sentence.trim());
}

/** Whether a sentence opens as the next step of what came before ("Then…", "그 다음…"). */
export function opensAsNextStep(sentence: string): boolean {
  return SEQUENCE_LEAD.test(sentence.trim());
}

/**
 * The sentences of a message, each without the word that opens it as a next step ("Then tell
 * me…" -> "tell me…"), and whether that word was there.
 */
export function sentencesOf(question: string): { text: string; sequenced: boolean }[] {
  return question
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "")
    .map((sentence) => {
      const lead = SEQUENCE_LEAD.exec(sentence);
      const rest = lead ? sentence.slice(lead[0].length).trim() : sentence;
      return rest === "" ? { text: sentence, sequenced: false } : { text: rest, sequenced: !!lead };
    });
}

/**
 * A clause asking yes or no by itself after a -고 ("…들어가고 / 코파일럿에도 들어감?", "…넣고 /
 * 지분도 받아?"): two words or more and a question mark, not opening on a helper verb that
 * finishes the clause before ("투자하고 있어?", "뭐 하고 싶은지 알아?").
 */
const YES_NO_CLAUSE =
  /^(?!(?:있|없|싶|계시|계신|보|봐|주|줘|줬|말|놓|둬|두|났|나|가|와|오|왔|갔)\p{Script=Hangul}*\s)\S+(?:\s+\S+)+[?？]$/u;

/**
 * A figure given as known before the -고 ("엔비는 100억 달러고", "오십억 달러 맞고"): one side of
 * a contrast whose other side asks ("…마소는 몇억 달러?"), an ask of its own, not the two parties'
 * one figure.
 */
const GIVEN_FIGURE_GO =
  /(?:\d|[일이삼사오육칠팔구십백천만억조])\s*(?:억|조|만)?\s*(?:달러|불|\$|기가와트)\s*(?:이고|고|맞고)$/u;

/**
 * "A 뭐 하고 B 언제야": split after the -고 whose both sides ask with a question word of their own,
 * or whose first side gives a figure the second asks of another ("A는 100억이고 B는 얼마?").
 */
function splitAtBareGo(part: string): string[] {
  for (const match of matchesOf(KOREAN_BARE_GO, part)) {
    const at = match.index ?? 0;
    const before = part.slice(0, at);
    const after = part.slice(at + match[0].length);
    if (
      (KOREAN_QUESTION_WORD.test(before) &&
        (KOREAN_QUESTION_WORD.test(after) || YES_NO_CLAUSE.test(after.trim()))) ||
      (GIVEN_FIGURE_GO.test(before.trimEnd()) && KOREAN_QUESTION_WORD.test(after))
    ) {
      return [before, ...splitAtBareGo(after)];
    }
  }
  return [part];
}

/** A part split after each question word's ending whose rest asks with one of its own. */
function splitAtAskedEnd(part: string): string[] {
  for (const match of matchesOf(KOREAN_ASKED_END, part)) {
    const at = match.index ?? 0;
    const after = part.slice(at + match[0].length);
    if (KOREAN_QUESTION_WORD.test(after)) {
      return [part.slice(0, at), ...splitAtAskedEnd(after)];
    }
  }
  return [part];
}

/**
 * The join a part ends on ("…이랑", "…하고", "…뭐고"), which says nothing of the part itself. A
 * quoting 고 ("얼마라고?", "했다고?", "뭐냐고") ends the question itself: it stays.
 */
const TRAILING_JOIN =
  /(?<=\p{Script=Hangul})(?:이랑|랑|하고|과|와|이며|며|면서)[,\s]*$|(?<=\p{Script=Hangul})(?<![라다냐자])고[,\s]*$/u;

/** A part without the join that tied it to the next one: "순환 투자가 뭐고" -> "순환 투자가 뭐". */
export function withoutTrailingJoin(part: string): string {
  const stripped = part.replace(TRAILING_JOIN, "").trim();
  return stripped === "" ? part : stripped;
}

/** A choice between two, or a comparison: its commas do not list questions. */
const CHOICE =
  /\b(?:or|vs|versus|than|more|less|bigger|larger|smaller|compare\w*)\b|아니면|혹은|중에|중 누가|보다|비교|차이/u;

/** What every KOREAN_NOUN_SPLIT match holds, or the one "and" of two noun phrases (nounPair). */
export const MAY_LIST = /[과와,&]|\sand\s/u;

/** What a list is for, before it: "For my class slide:", "정리 부탁:", "교수님 슬라이드용으로". */
const LIST_FRAME_LEAD =
  /^[^:：?？]{1,60}[:：]\s+|^(?:\S+\s+){0,2}\S*\p{Script=Hangul}(?<!사)용으로\s+/u;
/**
 * How many items it has, or the request, after its last item: "— three things please", "세
 * 가지 정리 부탁드립니다", "정리 부탁드립니다".
 */
const LIST_FRAME_TAIL =
  /\s*[—–-]*\s*(?:(?:these|those|the|all)\s+)?(?:two|three|four|five|[2-5])\s+(?:things|items|points|numbers|figures|bits)\b.*$|\s*(?:이\s|위\s)?(?<!\p{Script=Hangul})(?:두|세|네|다섯|[2-5])\s?(?:가지|개)(?!\p{Script=Hangul}{2}).*$|\s+(?:정리|요약)\s?(?:해\s?)?(?:줘|주세요|주실래요|부탁\S*)[.!?\s]*$|\s+부탁(?:해|드려|합니다|드립니다|해요)?[.!?\s]*$/iu;

/**
 * A list of noun phrases ("A의 투자 금액과 B의 약정액은…", "For my slide: total investment, the
 * Azure spend, and the size of the compute deal?"), or the part alone. The list's frame (what it
 * is for, how many items) is no item; "A, B and C" ends on an item joined by "and".
 */
export function splitNounList(part: string): string[] {
  // Every KOREAN_NOUN_SPLIT match holds 과, 와 or a comma, and a noun pair "and" or "&": without
  // one the part is one item.
  if (!MAY_LIST.test(part)) return [part];
  // "Who put in more, Microsoft or NVIDIA?": a choice or a comparison is one question.
  if (CHOICE.test(part)) return [part];
  const lead = LIST_FRAME_LEAD.exec(part);
  const body = lead ? part.slice(lead[0].length) : part;
  const pieces = outsideBrackets(body, KOREAN_NOUN_SPLIT)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
  // "NVIDIA's investment and its reason", "the hardware and the date": two noun phrases joined
  // by one "and" (each must still ask something by itself to be a part).
  if (pieces.length < 2) return nounPair(body) ?? [part];
  const last = (pieces.pop() ?? "").replace(LIST_FRAME_TAIL, "").trim();
  const joined = last.split(/\s+and\s+/u);
  if (joined.length === 2 && joined.every((item) => item.trim() !== "")) pieces.push(...joined);
  else if (last !== "") pieces.push(last);
  return pieces.length > 1 ? pieces : [part];
}

/**
 * The text split where the pattern matches outside brackets: "the date, the event, and the
 * headline number (the correct one, not the article's)" has an aside on its last item, and the
 * aside's comma lists nothing.
 */
function outsideBrackets(text: string, pattern: RegExp): string[] {
  if (!text.includes("(")) return text.split(pattern);
  const pieces: string[] = [];
  let from = 0;
  for (const match of matchesOf(pattern, text)) {
    const at = match.index ?? 0;
    const before = text.slice(from, at);
    // Inside an aside opened in this piece and not yet closed: no item ends here.
    if (before.split("(").length > before.split(")").length) continue;
    pieces.push(before);
    from = at + match[0].length;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** One "and" between two phrases, neither side a bare name or a clause of its own. */
const ONE_AND = /^(?!.*(?:\band\b|&).*(?:\band\b|&))(.+?)\s+(?:and|&)\s+(.+)$/u;

const CLAUSE_OPENING =
  /^(?:[^,:]*\b)?(?:if|what|what's|whats|when|who|who's|how|which|where|why|is|are|was|were|do|does|did|can|could|has|have|will|would)\b/iu;

function nounPair(body: string): string[] | undefined {
  if (/\p{Script=Hangul}/u.test(body)) return undefined;
  const match = ONE_AND.exec(body.trim());
  const [, first = "", second = ""] = match ?? [];
  if (first.trim() === "" || second.trim() === "") return undefined;
  // "the payment schedule (tranches and dates) for…": an "and" inside an aside joins the aside's
  // own words, no two items.
  if (first.split("(").length > first.split(")").length) return undefined;
  // "what did Microsoft and NVIDIA invest": a question word before the "and" asks of both.
  if (CLAUSE_OPENING.test(first.trim())) return undefined;
  // "Mistral's latest raise — size and valuation?": a bare noun after the "and" is one more
  // item of what came before it, not a question of its own.
  if (!/\s/u.test(second.trim().replace(/[?？.!]+$/u, ""))) return undefined;
  // "add 5B and 30B", "between 2024 and 2025": two figures are one item.
  if (/\d\S*$/u.test(first.trim()) && /^\$?\d/u.test(second.trim())) return undefined;
  return [first.trim(), second.trim()];
}

/** Who wrote the article, or when: the article does not say. */
const ARTICLE_METADATA = [
  // Not "who wrote the 'circular' quote": a quote's author is who said it.
  // Not "the fella who wrote this keeps going on about…": a relative clause after a noun.
  /(?<!\b(?:person|people|guy|guys|one|man|woman|lady|folks?|someone|somebody|dude|bloke|chap)\s)\bwho(?: (?:wrote|writes|authored|penned)(?! (?:the |that |this )?(?:'[^']*' |"[^"]*" |(?!article|piece|post|blog|story)\S+ ){0,3}(?:quote|quotation|remark|comment|statement)s?\b)|(?:'s| is| was) the (?:author|writer|reporter|journalist))\b/,
  // Not "does the writer name the expert": there "name" is the writer's verb.
  /\b(?:author|writer|reporter|journalist)(?:'s)? (?:name(?! (?:the|a|an|any|their|his|her|its|who|which|that|this|names|sources?|the \w+)\b)|is who)\b|\bbyline\b/,
  // "what's the name of the chap who wrote the article": the relative clause named.
  /\b(?:name|identity) of (?:the |this |that )?(?:person|people|guy|guys|one|man|woman|lady|folks?|someone|somebody|dude|bloke|chap) who (?:wrote|writes|authored|penned)\b/,
  // "does the writer have a name?", "the author go by a name?"
  /\b(?:author|writer|reporter|journalist|blogger|columnist) (?:have|has|got|go by|goes by) (?:a |any )?(?:real )?name\b/,
  /\bwhen (?:was|is) (?:this|the|that) (?:article|piece|post|story|blog)\b.*\b(?:published|written|posted|out)\b/,
  /\bpublication date\b|\bpublished (?:on|when)\b/,
  // "When did they publish this blog post?", "when'd the site put up the piece?": the asker's
  // verb with the piece as its object (the announcement's date is another question).
  /\bwhen(?:'d| did| do| does| will| would)?(?: \w+){1,3}? (?:publish|post|write|put (?:out|up)|run|upload)(?:ed)? (?:the|this|that) (?:article|piece|post|story|blog|write-?up)\b/,
  // A part that is nothing but the author, as one item of a list ("기사 작성자랑 발표 행사").
  /^(?:(?:이 |그 )?(?:기사|글)(?:의)? )?(?:작성자|글쓴이|저자|필자|기자 이름)(?: 이름)?[\s?？.!]*$|^(?:the |this )?(?:article'?s |piece'?s )?(?:author|writer|byline)(?:'s name)?[\s?.!]*$/u,
  // "발표 언제 나온 거예요", "발표가 정확히 언제 나온 거여": what came out is the announcement,
  // not the article (reg12).
  /누가 (?:썼|쓴|작성)|(?:쓴 ?사람|쓴 ?기자|작성자|기자|글쓴이|필자|저자)(?:가|는|이|의)? ?(?:누구|이름)|언제 (?:쓴|작성|게재|올라온|발행)|(?<!(?:발표|공개)[^?？.!]{0,12})언제 나온|(?:기사|글)(?:은|는|이|가)? ?언제 게시|게재일|발행일|작성일/u,
  // "is the author some known analyst?", "작성자가 전문가야?": who the writer is, asked as a kind
  // of person. The writer is never the unnamed expert the article quotes.
  /\b(?:is|was) (?:the|this) (?:author|writer)(?: of (?:the|this) (?:article|piece|post|blog|story))? (?:(?:a|an|some|one|the same|itself|also|really|actually|like) )*(?:(?:known|famous|well-known|big|real|professional|financial|tech|industry|wall street) )*(?:analyst|expert|economist|journalist|reporter|insider|professional|pro|person|ai|bot|source)\b/,
  /(?:작성자|글쓴이|필자|저자|쓴 사람|쓴 기자)(?:가|는|이|도)? ?(?:유명한 |알려진 |업계 |금융 )?(?:애널리스트|분석가|전문가|기자|경제학자|업계 사람|ai|봇)(?:야|이야|인가|인가요|예요|이에요|임|인지|냐|이냐|였|이었)/u,
  // "게재 일자", "게시 날짜", "작성 일시": the piece's date, in two words (not the release's).
  /(?<!(?:발표|보도자료|공지)\p{Script=Hangul}{0,3}\s?)(?:게재|발행|게시|작성)\s?(?:일자|날짜|일시)/u,
];

const ARTICLE_METADATA_UNITED = unitedPatterns(ARTICLE_METADATA);

export function asksAboutArticleMetadata(normalized: string): boolean {
  return anyMatches(ARTICLE_METADATA_UNITED, normalized);
}

/** Whether the article gets things wrong, as a whole ("is the article accurate?"). */
const ACCURACY_EN =
  /\b(?:wrong|mistakes?|errors?|erroneous|inaccura\w*|incorrect|accurate|accuracy|misleading|reliable|trustworthy|trust|fact[- ]?check\w*|factually|get right|gets right|correct|off|false|bogus|hold(?:s)? up|check(?:s)? out|legit|exaggerat\w*|overstat\w*|debunk\w*)\b/;
const ARTICLE_EN = /\b(?:article|piece|post|story|writer|author|blog|it|its|this)\b/;
const ACCURACY_KO =
  /틀린|틀렸|틀려|틀림|틀리(?:게|는|나|냐|지)|오류|잘못된|잘못 |사실과 다른|사실이랑 다른|사실하고 다른|다른 부분|정확해|정확한가|정확하|믿을 ?만|믿어도|신뢰|팩트 ?체크|팩트|오보|허위|과장|부풀|사실관계|맞는 말/u;
const ARTICLE_KO = /기사|글|내용|이거|이건/u;
/** The piece named by a noun, not "it" or "this" (which may stand for the asker's own thing). */
const ARTICLE_NOUN =
  /\b(?:article|piece|post|story|writer|author|blog\w*|write-?up|report)\b|기사|(?<!\p{Script=Hangul})글/u;

/**
 * "What's wrong with it?" outvoted by words the knowledge lacks ("my outboard motor keeps
 * sputtering"): "it" is the asker's thing, not the piece; only the piece named asks of it.
 */
export function namesArticleAsNoun(normalized: string): boolean {
  return ARTICLE_NOUN.test(normalized);
}

/**
 * The article held against the record ("anything in the post that doesn't match the official
 * announcement?", "공식 발표와 안 맞는 부분", "the writer's interpretation rather than what the
 * release says"): the announcement or release named is the yardstick, not what is asked.
 */
const AGAINST_RECORD_EN =
  /\b(?:match(?:es)?|line up with|lines up with|squares? with|agrees? with|tall(?:y|ies) with|consistent with|differs? from|different from|deviates? from|at odds with|contradicts?|inconsistent with|interpretation|interpretive|editoriali[sz]\w*|spin)\b[^?.!]*\b(?:official|announcement|announced|press release|release|record|sources?|fact sheet|facts?|filings?)\b/;
const AGAINST_RECORD_KO =
  /(?:공식 ?발표|보도 ?자료|발표 ?내용|공식 ?자료|원 ?자료|사실)(?:와|과|랑|이랑|하고|에)? ?(?:안 맞|맞지 않|다른|다르|달라|어긋|차이)|사실이 아니라[^?.!]*(?:해석|의견|주관|추측)|(?:필자|글쓴이|기자|저자|작성자)(?:의|가)? ?(?:해석|주관|추측|의견(?:인|일|이))/u;

/**
 * One part of the article held against another, or against the real figure ("does the headline
 * number match the body?", "기사 제목이랑 본문 수치가 어긋나?", "제목 금액이랑 진짜 금액이 다르다던데"):
 * the article's own parts disagree only where a fact check corrects one of them.
 */
const ARTICLE_PART_EN = String.raw`\b(?:headline|title|intro|lede)\b`;
const DISAGREE_EN = String.raw`\b(?:match(?:es)?|line up|lines up|squares?|agrees?|tall(?:y|ies)|consistent|inconsistent|differs?|different|deviates?|at odds|contradicts?|conflicts?|clash(?:es)?|discrepanc\w*|mismatch\w*)\b`;
const PARTS_DISAGREE_EN = new RegExp(
  `${ARTICLE_PART_EN}[^?.!]*${DISAGREE_EN}|${DISAGREE_EN}[^?.!]*${ARTICLE_PART_EN}`,
  "u",
);
const PARTS_DISAGREE_KO =
  /(?:제목|헤드라인|도입부|본문)[^?.!]*(?:어긋|다르|달라|다른|안 맞|맞지 않|차이|불일치|모순)/u;

/** Whether the question holds the article against the record (above). */
export function holdsArticleAgainstRecord(normalized: string): boolean {
  return (
    PARTS_DISAGREE_EN.test(normalized) ||
    PARTS_DISAGREE_KO.test(normalized) ||
    (AGAINST_RECORD_EN.test(normalized) && ARTICLE_EN.test(normalized)) ||
    (AGAINST_RECORD_KO.test(normalized) && ARTICLE_KO.test(normalized))
  );
}

export function asksWhetherArticleIsRight(normalized: string): boolean {
  return (
    (ACCURACY_EN.test(normalized) && ARTICLE_EN.test(normalized)) ||
    (ACCURACY_KO.test(normalized) && ARTICLE_KO.test(normalized)) ||
    holdsArticleAgainstRecord(normalized)
  );
}

/** "Trace the loop: who does Anthropic pay…", "순환 고리 설명": the loop is named, and answers too. */
export const LOOP_NAMED = /\b(?:loop|circle|cycle|circular|round[- ]trip)\b|순환|고리|한 바퀴/u;

/**
 * The order the money takes, asked: an order word ("어떤 순서", "차례", "in what order",
 * "sequence") and money or its loop within one sentence, either way round. "순서대로" and "차례로"
 * ask for a list in order ("respectively"), not the money's order.
 */
const MONEY_ORDER =
  /(?:(?:어떤|무슨|어느) (?:순서|차례)|(?:순서|(?<![두세네몇한여러]\s?)차례)(?!대로|로))[^.?!]*(?:돈|자금|현금|순환)|(?:돈|자금|현금|순환)[^.?!]*(?:(?:어떤|무슨|어느) (?:순서|차례)|(?:순서|(?<![두세네몇한여러]\s?)차례)(?!대로|로))|\b(?:(?:what|which) (?:order|sequence)|the (?:order|sequence) of)\b[^.?!]*\b(?:money|cash|funds?|dollars|payments?|loop|circle|circular)\b|\b(?:money|cash|funds?|dollars|payments?|loop|circular)\b[^.?!]*\b(?:in (?:what|which) order|sequence)\b/u;

/** The money moving or going round: "도는", "흘러", "오가", "goes round", "flows", "circular". */
const MONEY_MOVES =
  /(?:돌|도는|흐르|흘러|흐름|오가|오고 가|움직|순환)|\b(?:go|goes|going|went|flows?|flowing|moves?|moving|travel\w*|circulat\w*|round|around|changes? hands|loop|circle|circular)\b/u;

/**
 * "in what order does the cash move", "돈이 어떤 순서로 도는 거야": the order of the money's
 * steps as it moves (the flows and their loop), not a list asked in order.
 */
export function asksMoneyOrder(normalized: string): boolean {
  return MONEY_ORDER.test(normalized) && MONEY_MOVES.test(normalized);
}

/**
 * Where money ends up ("그 돈이 결국 엔비디아로도 흘러가?", "does it end up at NVIDIA?", "does the
 * money end up going back to NVIDIA?", "is the cash just cycling back to Microsoft?"). Money
 * going back is asked as which way, not how much ("how much of it ends up going back to…" is a
 * share the knowledge lacks).
 */
const ENDS_UP =
  /(?:결국|최종적으로|마지막엔) \S*(?:(?:로|으로|에게|한테)(?:도|까지)?|까지) (?:흘러|흐르|가|간|들어가|넘어가)|\b(?:ends?|ended|wind|winds) up (?:at|in)\b|^(?!.*(?:\bhow (?:much|many)\b|얼마|몇)).*?(?:\b(?:ends?|ended|wind|winds) up (?:going |flowing |coming |getting )?back (?:at|in|to)\b|\b(?:money|cash|funds?|funding|investments?|payments?|it)\b(?: \w+){0,3}? (?:go|goes|going|flows?|flowing|comes?|coming|cycles?|cycling|loops?|looping|makes? its way|finds? its way|finding its way|making its way) back (?:to|into)\b)|(?:결국|최종적으로|마지막엔) (?:돈(?:이|은) )?어디로|돈(?:이|은) (?:결국|최종적으로) 어디로|\bwhere does (?:the |all the |all that |that )?money (?:end up|finally go|go in the end)\b/u;

export function asksWhereMoneyEndsUp(normalized: string): boolean {
  return ENDS_UP.test(normalized);
}

/**
 * One party's giving and getting asked as a pair ("what does NVIDIA give and what does it get?",
 * "what it pays out and what it takes in", "엔비디아가 주는 것과 받는 것", "지급하는 돈과 수취하는
 * 돈", "투자 주체 … 수취 주체"), or money asked to go both ways ("both ways", "two-way",
 * "양방향", "주고받"): the party's flows both ways, however its parts split.
 */
const GIVING_EN =
  "(?:give|gives|giving|pay|pays|paying|spend|spends|spending|invest|invests|investing|puts? in|putting in|sends?|sending|contributes?|hands? over|pays? out|paying out)";
const GETTING_EN =
  "(?:get|gets|getting|receiv\\w*|takes? in|taking in|collects?|collecting|earns?|earning|gets? back)";
/** "…, and", "&", "and", "vs", "plus" between the two verbs. */
const PAIR_JOIN_EN = "\\s*(?:,\\s*(?:and\\b|&)?|&|\\band\\b|\\bvs\\b|\\bversus\\b|\\bplus\\b)\\s*";
/** "what does NVIDIA give", with an optional "what does it" before the second verb. */
const ASKED_EN = "\\bwhat\\b[^?,;]{0,30}\\b";
const GIVING_KO = "(?:주|내|지급하|지불하|투자하|쓰|대|보내|넣)는 (?:것|거|게|돈|금액|쪽|편|측)";
/** "받는", "받아가는", "얻어오는": the verb with a helper verb of direction after it. */
const GETTING_KO =
  "(?:받|수취하|수령하|얻|벌)(?:[아어]\\s?[가오])?는 (?:것|거|게|돈|금액|쪽|편|측)";
const PAYER_KO = "(?:지급|지불|출자|투자)\\s?(?:주체|측|액|금)";
const PAYEE_KO = "(?:수취|수령|수혜)";
const GIVES_AND_GETS = new RegExp(
  [
    `${ASKED_EN}${GIVING_EN}\\b(?:\\s+\\w+)?${PAIR_JOIN_EN}(?:${ASKED_EN})?${GETTING_EN}\\b`,
    `${ASKED_EN}${GETTING_EN}\\b(?:\\s+\\w+)?${PAIR_JOIN_EN}(?:${ASKED_EN})?${GIVING_EN}\\b`,
    "\\bboth (?:ways|directions)\\b|\\bin both directions\\b|\\b(?:two-way|two way|bi-?directional)\\b",
    "양방향|쌍방향|주고받",
    `${GIVING_KO}\\S*.{0,20}${GETTING_KO}|${GETTING_KO}\\S*.{0,20}${GIVING_KO}`,
    `${PAYER_KO}\\S*.{0,20}${PAYEE_KO}|${PAYEE_KO}\\s?(?:주체|측|액|금)\\S*.{0,20}(?:지급|지불|출자|투자)`,
  ].join("|"),
  "u",
);

/** Whether a question asks one party's giving and getting together (above). */
export function asksGivesAndGets(normalized: string): boolean {
  return GIVES_AND_GETS.test(normalized);
}

/**
 * The flows laid out, asked as a picture or a walk-through rather than a direction: "draw me
 * the money arrows", "trace the loop step by step", "돈이 누구한테서 누구한테 가는지", "돈이 어떻게
 * 도는 건지", "where does the money go?", "돈은 어디로 가?", and money paid only to be paid back
 * ("paying A so A pays it back"), and "the flow" to be laid out by itself ("흐름 좀 정리해
 * 주세요": in a question about this story, the money's). Every flow, and the loop they make (with
 * one party or two named, that party's flows answer instead).
 */
const MONEY_LAID_OUT =
  /\b(?:money|cash|payment|funding) arrows?\b|\barrows?\b.{0,30}\b(?:money|cash)\b|\b(?:trace|draw|sketch)\b(?: me| us)? (?:out )?(?:the |this |that |a )?(?:\w+ ){0,2}(?:loop|circle|cycle|money|cash|flows?)\b|\b(?:loop|circle|cycle|money|cash|flows?)\b.{0,30}\b(?:step[- ]by[- ]step|one step at a time)\b|\b(?:pay\w*|giv\w*|fund\w*|invest\w*|hand\w*|send\w*)\b.{1,40}\b(?:to|so)\b.{0,30}\b(?:pay|pays|paying|give|gives|hand|hands|send|sends)\b (?:\w+ ){1,2}?back\b|누구(?:한테서|에게서|로부터|에서) ?누구(?:한테|에게|로|에)|돈(?:이|은)? (?:어떻게|어케|어찌) (?:한 바퀴 )?(?:도는|돌아|도나|돌고|순환)|\bwhere (?:does|do|did|will) (?:all )?(?:the |this |that )?(?:money|cash|funding|funds) (?:\w+ )?(?:go|end up|flow)\b|\bwhere(?:'s| is) (?:all )?(?:the )?(?:money|cash|funding) (?:going|flowing|ending up)\b|(?:돈|자금|현금)(?:은|이)? (?:다 |결국 )?어디로 (?:가|흘러|흐르|가는|갔|나가|돌)|(?<![\p{Script=Hangul}] ?)흐름(?:을|만)? (?:좀 |한번 |한 번 |간단히 |쉽게 )?(?:정리|설명|보여|그려|짚어)/u;

export function asksMoneyLaidOut(normalized: string): boolean {
  return MONEY_LAID_OUT.test(normalized);
}

/**
 * One way named, then the other asked beside it: "from A to B, or the other way around?", "or
 * vice versa", "from A to B or from B to A?", "explain both directions", "아니면 반대". Both ways
 * are asked, not the way named.
 */
const OTHER_WAY_TOO =
  /\bor (?:is it |was it |does it go |do(?:es)? (?:the )?(?:money|cash|it) (?:go|flow) )?(?:the other way(?: (?:a)?round)?|the reverse|vice versa)\b|(?:아니면|혹은|or) (?:그 )?(?:반대|거꾸로)|\bfrom\b[^?]*\bto\b[^?]*\bor (?:is it |does it go |does it flow )?from\b|\b(?:both|each|either) (?:directions?|ways?)\b|양방향|양쪽 ?방향/u;

export function asksOtherWayToo(normalized: string): boolean {
  return OTHER_WAY_TOO.test(normalized);
}

/** Which way money goes: "receive … or pay", "받는 거야 주는 거야", "who pays whom". */
const DIRECTION = [
  /\b(?:receiv\w*|get|gets|getting|take|takes|taking)\b.*\bor\b.*\b(?:pay\w*|give\w*|spend\w*)\b/,
  /\b(?:pay\w*|give\w*|spend\w*)\b.*\bor\b.*\b(?:receiv\w*|get|gets|getting|take|takes|taking)\b/,
  /\bwho pays (?:whom|who)\b|\bwhich way (?:does|is) the money\b|\bfollow the money\b/,
  // "Who gives money to whom?", "which way the money goes", "which direction does the $30B travel".
  // Told after the fact too: "who paid who and how much", "who gave money to whom".
  /\bwho(?:'s| is| was)? (?:gives|giving|gave|sends|sending|sent|pays|paying|paid|owes|owed) (?:\w+ )?(?:to )?(?:whom|who)\b|\bwhich way (?:the )?money\b|\bwhich way (?:does|is|did|do|will)\b|\bwhich direction\b|\b(?:ends?|ended) up back\b|\bcomes? back (?:to|at)\b|(?:어느|어떤) (?:쪽|방향)으로|방향으로 (?:가|흘러|흐르)/u,
  // "투자한 돈이 다시 마소로 돌아오는 구조", "결국 다시 MS로 돌아가는": money coming (going) back round.
  /(?:다시|결국) \S*(?:로|으로|에게|한테) (?:돌아오|되돌아|돌아가|돌아간)|돌아오는 구조/u,
  // "그 돈이 결국 엔비디아로도 흘러가?": where the money ends up.
  ENDS_UP,
  // "돈이 한 바퀴 도는 순서", "how does the money go round": the loop, step by step.
  /돈이 (?:한 바퀴 )?(?:도는|돌아가는|순환하는)|\bmoney (?:go(?:es)?|flows?|moves?) (?:round|around)\b|\bround[- ]trip\b/u,
  // "마소 → 앤트로픽, 앤트로픽 → 마소": both arrows.
  /\S\s*(?:→|->)\s*\S.*\S\s*(?:→|->)\s*\S/u,
  // "from Microsoft to Anthropic, from Anthropic to Microsoft, or both?": both ways in words.
  /\bfrom ([\p{L}\d.]+) to ([\p{L}\d.]+)\b.*(?<!\b(?:not|than|of|never) )\bfrom \2 to \1\b/u,
  // "a customer, an investment, or both?", "directly, or through Azure?", "goes out … comes back in".
  /\b(?:customer|investor|invest\w*|buyer|vendor|supplier)\b.*\bor both\b|\bdirectly\b.*\bor\b.*\b(?:through|via)\b|직접.*(?:아니면|혹은).*(?:거쳐|통해)|\b(?:goes|going|flows?) out\b.*\b(?:comes?|coming|flows?) (?:back )?in\b/u,
  /(?:받|얻)\S*.*(?:주는|내는|지불|주|내)\S* ?(?:거야|거임|건지|는지|건가|나요|냐|거예요)/u,
  /(?:주는|내는|지불)\S*.*받\S* ?(?:거야|거임|건지|는지|건가|나요|냐|거예요)/u,
  // "투자도 하고 돈도 받음?", "돈도 받고 투자도 해?", "both invests in it and gets paid by it?": one
  // party said to give and to get, each with its own 도 / "both … and".
  /(?:투자|지불|돈|자금)\S*도 (?:하고|하면서|해 ?놓고|내고|주고|넣고)\s.*(?:돈|대금|매출|투자금?)\S*도 ?(?:받|벌)|(?:돈|대금|매출|투자금?)\S*도 (?:받고|받으면서|벌고)\s.*(?:투자|지불|돈|자금)\S*도 ?(?:하|해|내|주|넣)|\bboth (?:invests?|pays?|gives?|puts?)\b.*\band (?:gets?|receives?|is paid|gets paid|takes?)\b|\bboth (?:gets?|receives?|takes?)\b.*\band (?:invests?|pays?|gives?|puts?)\b/u,
  /누가 ?누구(?:에게서|한테서|에게|한테|의|거|꺼|를|랑)|누가 ?누구\s?(?:고객|손님)|(?:돈|(?<!\p{Script=Hangul})(?:자금|현금))의? ?흐름(?!\S*\s?(?:의 )?(?:투명|불투명))|(?:돈|자금)이 어디로/u,
  // "누가 누구 물건을 사는 건데?", "who gives what, who buys what?": each side's goods or money.
  /누가 ?누구\S*(?:\s\S+)?\s(?:사|산|사는|살|구매|팔|파는|판매)|\bwho (?:gives|pays|buys|sells|gets|sends|spends|receives|provides) what\b/u,
  // "who's the buyer and who's the seller", "landlord or investor", "who does NVIDIA sell to".
  /\b(?:buyer|seller|customer|supplier|vendor|landlord|investor|client|provider)s?\b.{0,30}\bor\b.{0,20}\b(?:buyer|seller|customer|supplier|vendor|landlord|investor|client|provider)s?\b|\b(?:buyer|seller)\b.{0,30}\band\b.{0,20}\b(?:buyer|seller)\b|\bwho (?:does|do|did) \S+ (?:sell|sells|pay|pays) (?:to)?\b|\bwho (?:buys|bought|purchases) from\b/u,
  // "how does the money move between the three", "돈이 어떻게 움직여", "돈이 어디서 시작해서".
  /\bhow (?:does|do|did|is) (?:the )?(?:money|cash) (?:move|moving|flow|flowing|go|going|travel|travelling|circulate|circulating)\b|돈(?:이|은)? (?:어떻게 )?(?:움직|오가|오고 가)|돈(?:이|은)? 어디서/u,
  // "who is buying what from whom?", "who sells what to whom", "who is whose customer?".
  /\bwho\b.{0,40}\b(?:from|to) (?:whom|who)\b|\bwhose (?:customer|client|supplier|vendor|investor|buyer)\b/u,
  // "내는 쪽이야 받는 쪽이야?", "주는 입장이야 받는 입장이야?": which side, both named. Learners
  // name the two verbs alone: "돈 받아요 아니면 줘요?", "주나요, 받나요?".
  /(?:받|주|내|쓰|지불하)는 ?(?:쪽|입장|편).*(?:받|주|내|쓰|지불하)는 ?(?:쪽|입장|편)|(?:받아|받나|받냐|받니|받음|받습)\S*\s?(?:아니면|혹은|또는|or|[,/?])\s?(?:돈 ?(?:을|를)? ?)?(?:줘|주나|주냐|주니|줌|줍|내요|내나|내냐)|(?:줘|주나|주냐|주니|줌|줍|내요|내나|내냐)\S*\s?(?:아니면|혹은|또는|or|[,/?])\s?(?:돈 ?(?:을|를)? ?)?(?:받아|받나|받냐|받니|받음|받습)/u,
  // "both an investor and a seller", "both a customer and a supplier": one party on both sides.
  /\bboth (?:an? |the )?(?:investor|buyer|customer|payer|client|backer|funder|shareholder|vendor|supplier|seller|payee|provider|landlord)s? and (?:an? |the )?(?:investor|buyer|customer|payer|client|backer|funder|shareholder|vendor|supplier|seller|payee|provider|landlord)s?\b/u,
  // "set out each flow of funds between the three", "all the money flows among them": the flows,
  // every one, asked as a list (not one party's "cash flow", a measure of its own).
  /\b(?:each|every|all(?: the)?) (?:flows?|movements?|transfers?) of (?:funds|money|cash|capital)\b|\b(?:each|every|all(?: the)?) (?:money |cash |fund |funding )?(?:flows?|transfers?)\b(?=.*\b(?:between|among|across)\b)/u,
  // Which side a party is on, or what is left after both ways.
  /\b(?:investor|buyer|customer|payer) or (?:the |a )?(?:vendor|supplier|seller|customer|payee|investor)\b|\b(?:vendor|supplier|seller|customer) or (?:the |a )?(?:investor|buyer|customer)\b|투자자\S* .*(?:고객|판매자|공급자)|(?:고객|판매자|공급자)\S* .*투자자/u,
  /\bnet (?:flow|money|cash|amount|position|receiver|recipient|payer|payee|inflow|outflow|gain|spender)\b|\bin net terms\b|순(?:유입|유출|흐름)|결국 누가 (?:더 )?(?:내|받|주)/u,
  // "MS to ant, or ant to MS?", "마소에서 앤트로, 아니면 앤트에서 마소로?": both ways named.
  /\b(?:from )?([\p{L}\d]+) to ([\p{L}\d]+)\b.*\bor (?:from )?\2 to \1\b/u,
  /(\p{Script=Hangul}+?)에서 (\p{Script=Hangul}+?)(?:으로|로|한테|에게)\S*.*\2에서 \1/u,
  // "마소가 앤트로픽에 주는 돈하고 앤트로픽이 마소에 주는 돈", "what A pays B and what B pays A":
  // each party named as the payer of the other.
  // The names may be written in Latin letters before the particle ("Anthropic이 MS에 내는 돈").
  // Read from the start, once the text is seen to hold two of 에/한테/께 (a match holds both, in
  // that order): most Korean texts hold one at most and fail there, where the unanchored pattern
  // tried its lazy names and backreferences at every place (about 1 against 2-30 µs a text within
  // an answer, test/backref-gate25.test.ts). The same texts match.
  /^(?=[\s\S]*?(?:에|한테|께)[\s\S]*?(?:에|한테|께))[\s\S]*?(\p{Script=Hangul}{2,}?|[A-Za-z][\w.]+)(?:이|가|은|는) (\p{Script=Hangul}{2,}?|[A-Za-z][\w.]+)(?:에게|한테|에|께)(?:서)? .*\2(?:이|가|은|는) \1(?:에게|한테|에|께)(?!서)/u,
  /\b([\p{L}\d]+)(?:'s)? (?:pays?|paying|gives?|giving|sends?|sending|spends? (?:on|with)|invests? in|puts? into) ([\p{L}\d]+)\b.*\b\2(?:'s)? (?:pays?|paying|gives?|giving|sends?|sending|spends? (?:on|with)|invests? in|puts? into) \1\b/u,
  // "nvidia gives anthropic money, anthropic gives nvidia what back?", "what do they get back?",
  // "what does A get in return for its $5B?": what comes back for the money (not "back in
  // September").
  /\bwhat\b.*\b(?:give|gives|giving|gave|get|gets|getting|got|receiv\w*|send|sends|sent|hand|hands|handed|pay|pays|paid)\b(?:\s+\w+){0,3}?\s+(?:back\b(?!\s+(?:in|then|when|during|at|on|to (?:the|basics))\b)|in (?:return|exchange)\b)|\b(?:give|gives|get|gets|receiv\w*|send|sends|hand|hands|pay|pays)\b(?:\s+\w+){0,3}\s+what (?:back|in return|in exchange)\b/u,
  GIVES_AND_GETS,
  MONEY_LAID_OUT,
  // Who holds what after the money moved: "who owns what now?", "who has a stake in whom?".
  /\bwho (?:owns|holds|has) (?:what|(?:a )?(?:stake|piece|share|equity)s? (?:in|of) (?:who|whom|what|which))\b/u,
  // "…, or is it the other way around?", "반대야?": the direction itself is asked.
  OTHER_WAY_TOO,
  /거꾸로(?:야|인가|냐|임)/u,
  // Money in and out of one party: "들어오는 돈이랑 나가는 돈", "inflows and outflows", "받기만 해?".
  /들어오는 돈.*나가는 돈|나가는 돈.*들어오는 돈|받는 돈.*(?:내는|주는|쓰는) 돈|(?:내는|주는|쓰는) 돈.*받는 돈|(?:받기|내기|주기)만|\binflows?\b.*\boutflows?\b|\bmoney (?:coming )?in and (?:going )?out\b|\bmoney in\b.*\bmoney out\b|\bmoney out\b.*\bmoney in\b|\b(?:only|just) (?:receiv\w*|gets?|taking|pays?|paying|giv\w*) (?:money|cash|funds)\b/u,
  // Into a party against out of it: "money into Anthropic vs money out of Anthropic", "is more
  // cash flowing into NVIDIA or out of it?"; or one way only claimed ("the money only flows one
  // way, into Anthropic?", "한쪽으로만 흘러?"): its money both ways, with the sums. Not a figure's
  // way ("Is the $30B going into Anthropic or out of it?": that one flow answers).
  /\b(?:money|cash|funds?|funding|capital)\b[^?.!$\d]{0,25}\binto\b[^?.!]{0,40}\b(?:or|vs\.?|versus|and|against|compared (?:to|with))\s+(?:\w+\s+){0,3}?out of\b|\bout of\b[^?.!]{0,40}\b(?:or|vs\.?|versus|and|against)\s+(?:\w+\s+){0,3}?into\b|\b(?:flows?|flowing|goes|going|moves?|moving|runs?|running) (?:only |just )?(?:in )?one (?:way|direction)\b|\bone[- ]way (?:street|flow|traffic)\b|(?:한쪽|한 쪽|한 방향|한방향|일방)(?:으로)?만/u,
  // "누가 앤트로픽한테 돈 주고…", "앤트로픽에서 엔비디아 쪽으로는 뭐가 가?", "what flows from A to B".
  /누가 \S+(?:한테|에게|에) 돈|누구(?:한테|에게) 돈|쪽으로는? (?:뭐가|무엇이|뭘|어떤)|\bwhat (?:goes|flows|moves) (?:from|back)\b/u,
  // "Who is funding Anthropic?", "who ends up paying Microsoft?": the flows of the party named.
  /\bwho(?:'s| is| are)? (?:\w+ )?(?:fund(?:s|ing)?|pay(?:s|ing)?|bankroll\w*|back(?:s|ing)?|financ\w*)\b|누가 (?:\S+ )?(?:돈을? (?:대|내|주)|자금을? 대)/u,
  // One party's side of the money, as a bookkeeper names it: "유입/유출", "자금 유입", "inflows",
  // "cash out",
  // "money coming in", "돈은 어디로 나가", "들어오는 쪽", "순액", "who is doing the spending".
  // "돈은 언제 들어와?", "언제 돈 들어와?" ask when the money lands (a schedule), not which way it
  // goes.
  // With a party named, its flows both ways; with none, every flow.
  /유입.*유출|유출.*유입|(?:자금|돈|현금|투자금|금액)\S* ?(?:순)?(?:유입|유출)|(?:유입|유출)(?:되는|된|시키는|하는|되|시키)\S* ?(?:자금|돈|현금|금액|액|쪽|곳|회사)|순액|(?<!언제 (?:\S+ )?)(?:돈|자금|현금)(?:이|은|는|도)? (?:(?!언제)\S+ )?(?:나가|빠져나가|들어오|들어와)|(?:나가|들어오|빠져나가)는 (?:쪽|편|입장|돈|자금|현금)|\b(?:in|out)-?flows?\b|\b(?:cash|money|funds?) (?:coming |going |flowing )?(?:in|out)\b(?=\s*(?:$|[?.,!/;:]|(?:vs|versus|and|or)\b))|\b(?:comes?|coming|flows?|flowing) in\b.*\b(?:goes|going|flows?|flowing) out\b|\b(?:goes|going|flows?|flowing) out\b.*\b(?:comes?|coming|flows?|flowing) in\b|\b(?:on a |in )?net (?:basis|terms)\b|\bwho(?:'s| is| are)? (?:\w+ )?(?:spending|doing the (?:spending|paying|investing))\b/u,
];

/**
 * "…30 billion back from Anthropic — is this how the money goes?": a tag that asks whether the
 * claim before it is right, not which way the money goes (the claim may ask that by itself).
 */
const MONEY_WAY_TAG =
  /(?:^|[\s,;:—–-])(?:is|was) (?:this|that) how (?:the )?(?:money|cash|funds?|it|things) (?:goes|went|flows|flowed|moves|moved|works|worked|runs)\s*[?!.]*$/u;

export function asksMoneyDirection(normalized: string): boolean {
  // One answer asks this of the same text four or five times: the last text's result is kept.
  if (normalized !== lastDirectionText) {
    lastDirectionText = normalized;
    // A cheap test of one word before the tag is read.
    const claim = normalized.includes(" how ") ? normalized.replace(MONEY_WAY_TAG, "") : normalized;
    lastDirectionAsked =
      claim !== "" &&
      // "who said the money goes round in circles?": who said it is asked, not the money's way.
      !SPEAKER_ASKED.test(claim) &&
      // "where does the money go after A pays B?": the next leg of the money.
      (anyMatches(DIRECTION_UNITED, claim) || nextLegAsked(claim) !== undefined);
  }
  return lastDirectionAsked;
}
const DIRECTION_UNITED = unitedPatterns(DIRECTION);
/** Who said or called something: "who said …", "who called it …", "누가 그랬어", "…라고 누가". */
const SPEAKER_ASKED =
  /\bwho (?:said|says|claimed|claims|called|calls|described|put it)\b|누가 (?:말했|말한|그랬|그러던|한 ?말|얘기했|꼬집|지적)|(?:라고|다고) 누가/u;
let lastDirectionText: string | undefined;
let lastDirectionAsked = false;

/** "Does A pay B?", "A가 B한테 돈 내?": a payment between two parties, either way. */
const PAYS =
  /\b(?:pays?|paying|paid|gives? (?:money|cash)|sends? money)\b|\b(?:receiv\w*|gets?|got|getting) (?:\w+ )?(?:from|back)\b|\bin return\b|돈(?:을|이)? ?(?:내|주|줘|보내|받)|지불|돌려받|대가로|반대급부/u;

export function asksWhetherOnePays(normalized: string): boolean {
  return PAYS.test(normalized);
}

/** Money coming in: "get paid", "make money", "돈 받", "paid by". */
const MONEY_IN_EN =
  /\bhow much (?:money |cash |funding )?(?:did|does|do|is|was|has|have|will|would) (?:\w+ ){1,2}?(?:get|gets|getting|got|receiv\w*|rais\w*|take in|took in|bring in|brought in)\b(?! out of)|\b(?:gets?|got|getting|receiv\w*|rais\w*) how much\b|\b(?:receiv\w*|gets?|getting|got|makes?|making|made|earns?|earning|earned|collects?|collecting|pockets?)\b(?:\s+\w+){0,2}?\s+(?:money|cash|funds?|funding|paid|payments?|revenue|anything|something)\b|\bget(?:s|ting)? paid\b|\b(?:is|are|was|being) (?:\w+ )?paid\b|\bpaid by\b|\bmoney back\b|\b(?:money|cash|funds?|funding|investment)\b(?:\s+\w+){1,3}?\s+(?:receiv\w*|gets?|got|getting|raised?|rais\w*|takes? in|took in|pulls? in|pulled in)\b/u;
/** Money going out: "pay", "spend", "give money". */
const MONEY_OUT_EN =
  /\b(?:pay|pays|paying|spend|spends|spending|spent|shell\w* out|forks? out)\b|\b(?:gives?|giving|gave|sends?|sending|sent|hands?|handing)\b(?:\s+\w+){0,2}?\s+(?:money|cash|funds?|funding)\b/u;
/**
 * Money said to move, in English: "flows into", "goes to", "comes in", "goes out of". "Going to"
 * only with "into": "it's going to run on…" is the future, not a way.
 */
const MONEY_MOVES_TOWARD =
  /\b(?:(?:comes?|coming|came|flows?|flowing|flowed|goes|went|pours?|pouring|poured|moves?|moving|moved|ends? up|ending up|lands?|landing)\s+(?:in)?to|going into)\b/u;
const MONEY_COMES_IN =
  /\b(?:comes?|coming|came|flows?|flowing|flowed|pours?|pouring|poured|rolls?|rolling) in\b(?!to\b)/u;
const MONEY_GOES_OUT =
  /\b(?:goes|going|went|flows?|flowing|flowed|pours?|pouring|poured|moves?|moving|moved) out\b/u;

/**
 * Which side of a party the money is said to move to: "how much flows into Anthropic?" (in),
 * "how much money comes in for Anthropic?" (in), "what goes out of Anthropic?" (out), "how
 * much of Anthropic's money goes to Azure?" (the party before the verb pays: out).
 */
function moneyMovedSide(normalized: string, partyAt: number): "in" | "out" | undefined {
  const toward = MONEY_MOVES_TOWARD.exec(normalized);
  if (toward) return toward.index < partyAt ? "in" : "out";
  if (MONEY_COMES_IN.test(normalized)) return "in";
  if (MONEY_GOES_OUT.test(normalized)) return "out";
  return undefined;
}
const MONEY_IN_KO =
  /얼마(?:나|를)? ?(?:받|벌)|(?:돈|투자금?|자금)(?:을|이|도)? ?(?:얼마(?:나|를)? ?)?(?:받|벌|들어오|유치)|(?:받는|받은|버는|들어오는|들어온) (?:돈|투자금?|자금)|수익(?:을|이)? ?(?:내|얻|올리)/u;
/**
 * Money going out, in Korean: "돈 내", "지불", "지급하는" (the formal verb; not 지급받 or 지급되,
 * money received), "내는 돈", "얼마 냈는지" (how much it paid).
 */
const MONEY_OUT_KO =
  /돈(?:을|이|도)? ?(?:얼마(?:나|를|씩)? ?)?(?:내|주|줘|줌|줬|쓰|써|씀|썼|대|보내)|지불|지급(?:하|한|할|했|합|해)|(?:내는|주는|쓰는) 돈|얼마(?:나|를|씩)? ?(?:내|냈|낸|냄|줘|줌|줬|준|주는|주나|쓰|써|씀|썼|쓴)/u;
/** A Korean party written as the one money goes to ("엔비디아한테 돈 주는…"). */
const KOREAN_TO = /(?:에게|한테|께|에)(?:는|도)?$/u;

/**
 * Which side of one party's money a question asks about: what it gets ("Does NVIDIA get any
 * money back?", "엔비디아도 돈 받는 거야?", "Who pays NVIDIA?") or what it pays ("Does Microsoft
 * pay anything?", "마소도 돈 내?"). `partyAt` is where the party's name starts.
 */
export function moneySideAsked(normalized: string, partyAt: number): "in" | "out" | undefined {
  const word = /^[\p{L}\p{N}]+/u.exec(normalized.slice(partyAt))?.[0] ?? "";
  if (/\p{Script=Hangul}/u.test(normalized)) {
    const toParty = /\p{Script=Hangul}/u.test(word) && KOREAN_TO.test(word);
    if (MONEY_IN_KO.test(normalized)) return toParty ? undefined : "in";
    if (MONEY_OUT_KO.test(normalized)) return toParty ? "in" : "out";
    return undefined;
  }
  const moved = moneyMovedSide(normalized, partyAt);
  if (moved) return moved;
  if (MONEY_IN_EN.test(normalized)) return "in";
  const out = MONEY_OUT_EN.exec(normalized);
  if (!out) return undefined;
  // "Who pays NVIDIA?": the party after the verb is paid.
  return out.index < partyAt ? "in" : "out";
}

const NET_IN_EN =
  /\bnet (?:receiver|recipient|gainer|inflow|winner|positive)\b|\b(?:receiv\w*|gets?|getting|takes? in|brings? in)\b.{0,20}\b(?:bigger|more|larger|greater|higher)\b.{0,12}\bthan\b.{0,25}\b(?:pays?|paying|spends?|spending|gives?|giving)\b|\b(?:come|comes|coming|came) out ahead\b|\bin the black\b|\btak(?:e|es|ing) in more\b|\b(?:receiv\w*|gets?|getting|brings? in|bringing in) more\b|\bmore (?:money |cash )?(?:in|coming in) than (?:out|going out|it (?:pays|spends))\b/u;
const NET_OUT_EN =
  /\bnet (?:payer|spender|outflow|loser|negative)\b|\b(?:pays?|paying|spends?|spending) (?:out )?more\b|\bmore (?:money |cash )?(?:out|going out) than (?:in|coming in|it (?:gets|receives))\b/u;
const KOREAN_IN_MONEY = /(?:받|들어오)는 돈/u;
const KOREAN_OUT_MONEY = /(?:내|나가|주|쓰)는 돈/u;

/**
 * Whether a question asks which way one party's money nets out, and which side it claims is
 * bigger: "Is Anthropic a net receiver?", "takes in more than it pays out?" (in); "앤트로픽이 받는
 * 돈보다 내는 돈이 더 많아?" (out).
 */
export function netSideAsked(normalized: string): "in" | "out" | undefined {
  if (NET_IN_EN.test(normalized)) return "in";
  if (NET_OUT_EN.test(normalized)) return "out";
  const received = KOREAN_IN_MONEY.exec(normalized);
  const paid = KOREAN_OUT_MONEY.exec(normalized);
  if (!received || !paid || !/더 (?:많|크|커)|순유입|순유출/u.test(normalized)) {
    // "마소가 남는 장사 아님?": a deal that leaves it more than it put in.
    if (/순유입|더 많이 받|남는 (?:장사|거래|딜)/u.test(normalized)) return "in";
    if (
      /순유출|더 많이 (?:내|줘|주|써|쓰)|(?:밑지는|손해 ?보는) (?:장사|거래|딜)/u.test(normalized)
    )
      return "out";
    return undefined;
  }
  // "A보다 B가 더 많아?": B is claimed bigger; without 보다 the first named is.
  const base = (match: RegExpExecArray) =>
    normalized
      .slice(match.index + match[0].length)
      .trimStart()
      .startsWith("보다");
  if (base(received)) return "out";
  if (base(paid)) return "in";
  return received.index < paid.index ? "in" : "out";
}

/** A comparison of two things ("A랑 B 비교하면?", "A vs B"): one question, never two parts. */
const COMPARES =
  /\b(?:compare[sd]?|comparing|comparison|versus|vs\.?|than)\b|비교|보다\s|더 (?:많|크|커|적|작)|중에 (?:누가|어디가|뭐가|어느)|몇 ?대 ?몇/u;

export function asksToCompare(normalized: string): boolean {
  return COMPARES.test(normalized);
}

/** Both receiving and paying named ("돈 받는 (거임) 내는 (거임)?"): money both ways is asked. */
const BOTH_SIDES =
  /(?:받|벌)\S*\s.*(?:내|주|지불)|(?:내는|주는|지불)\S*\s.*(?:받|벌)|\b(?:receiv\w*|gets?|getting)\b.*\b(?:pay\w*|giv(?:e|es|ing))\b|\b(?:pay\w*|giv(?:e|es|ing))\b.*\b(?:receiv\w*|gets?|getting)\b/u;

export function asksBothSides(normalized: string): boolean {
  return BOTH_SIDES.test(normalized);
}

/**
 * Whether a part of a question is followed there by a question mark: splitting a question into
 * parts drops the marks, and whether a part was asked by its mark is read back from the whole.
 */
export function askedWithMark(question: string, part: string): boolean {
  if (part === "") return false;
  const at = question.indexOf(part);
  return at >= 0 && /^\s*[?？]/u.test(question.slice(at + part.length));
}
