/**
 * Whether a question asks to confirm a claim ("…, right?", "is it true that…", "I heard…",
 * "…맞지?", "…했다며?", "NVIDIA put in $10B?") rather than asking for something ("how much…?",
 * "얼마야?"). Language-level tables only: nothing here is about one story.
 *
 * Three kinds of marks, strongest first:
 *   - a tag at the end ("right?", "isn't it?", "맞죠?", "그치?", "아님?", "라던데 사실이야?");
 *   - a lead-in at the start ("is it true that", "am I right that", "I heard", "들었는데");
 *   - a yes/no question with no question word that states something checkable: a figure, a
 *     date or version, or a verb ("The deal was announced at Ignite?", "엔비디아 100억 넣었어?").
 * "A or B?" asks which, not whether, and is never a confirmation.
 */
import { escapeRegExp } from "../util/escape-regexp.ts";
import { matchesOf } from "../util/matches-of.ts";
import { isEnding } from "./korean.ts";
import { stemForms } from "./korean-conjugate.ts";
import {
  asksForSomething,
  endsInChatNominal,
  endsInKoreanPredicate,
  passesOnHearsay,
  statesAskersWish,
} from "./korean-predicate.ts";
import { literalGate } from "./required-literals.ts";
import { spaceSplitCount } from "./split-count.ts";

/** Auxiliaries whose negative makes a tag ("didn't it?", "wasn't that?"). */
const AUXILIARIES = "is|are|was|were|do|does|did|has|have|had|will|would|can|could|should";
/** Tags that make any question a confirmation. */
const ENGLISH_TAG = new RegExp(
  String.raw`(?:\b(?:right|correct|true|accurate|innit|abi|no be so|isn't that right|(?:is )?that right|(?:is )?that correct|(?:is )?that true|am i right|am i correct|am i wrong|am i (?:misremembering|mistaken|confused|dreaming|imagining (?:it|things|that))|yes or no|true or false|right or wrong|correct or not|amirite|rite|ryt|fr|for real|no cap|cap or no cap|(?:facts|true|real) or cap|cap or (?:facts|real)|real or fake|fake or real|on god|based|legit|valid|(?:are )?we good|we gucci|we straight|that tracks|or (?:nah|nope|naw|nay|no|not|what)|(?:is )?that (?:the deal|the case|how it (?:is|works|went))|(?:is|was|are|were) (?:that|this|those|these) the (?:list|lineup|line-up|models?|names?|figures?|numbers?|amounts?|sums?|dates?|breakdown|split|order)(?: (?:in|from|of|given in|named in|stated in) (?:the |their |[a-z]+'s |the official )?(?:article|release|press release|announcement|piece|post|blog(?: post)?|record|sources?|report))?|(?:is )?(?:that|this) how (?:it|things|(?:the )?(?:money|cash|deal|flow|funds?|loop|circle|payments?)) (?:is|works|goes|went|flows|moves|runs|plays out|adds up)|(?:is )?that(?:'s| is)? what (?:the )?(?:deal|article|release|announcement|piece|post|it|they|the sources?) (?:says?|said|means?|is)|(?:is|was|are|were) (?:he|she|they|that|this|it) (?:right|correct|true|real|legit|accurate)|(?:does|do|did) (?:that|this|it) (?:check out|add up|hold up)|checks? out|adds? up|fact or fiction|(?:true|right|correct|legit|accurate|real) or (?:is|was|are|am|did|does|do|has|have) (?:\S+ ){0,4}\S+|(?:do|did|have|had) i (?:have|get|got|understand|read) (?:that|this|it|things|everything)(?: all)? (?:right|correct(?:ly)?|straight)|(?:have|did) i got (?:that|this|it) (?:right|correct)|(?:(?:do|did) )?i (?:understand|understood|get|got|see|read) (?:(?:that|this|it|everything|all) )?(?:correctly|right|correct|well)|am i (?:understanding|reading|getting) (?:that|this|it)? ?(?:right|correctly)|(?:is )?my understanding (?:right|correct)|is that so|is this so|(?:is|was) (?:that|this|it) (?:really|actually|truly|indeed|quite) (?:so|right|correct|true|accurate|the case)|i (?:assume|presume|suppose|guess|take it|reckon|gather|bet|imagine)|presumably|surely|i'?d assume|i'?m guessing|correct me if i'?m (?:wrong|mistaken)|if i'?m not (?:wrong|mistaken)|unless i'?m (?:wrong|mistaken)|if i (?:remember|recall) (?:right|correctly))|\b(?:${AUXILIARIES}|ai)n'?t (?:it|they|he|she|that|there|we|you|i|this)(?: so)?|\b(?:is|was) (?:it|that) so)\s*[?!.]*$`,
  "u",
);
/**
 * Tags that do so only without a question word ("explain the deal, ok?" asks for something);
 * with the tags of Singlish ("hor", "izzit") and German speakers' English ("ja?", "genau?",
 * "oder?": only asked, as "genau." closing a sentence is "exactly").
 */
const ENGLISH_WEAK_TAG =
  /\b(?:yeah|yea|yeh|yes|yep|yup|ya|ok|okay|eh|no|huh|confirm|confirmed|agreed|or not|hor|izzit|issit|isit)\s*[?!.]*$|\b(?:ja|jah|genau|oder|nicht wahr)\s*[?？]+$/u;
const ENGLISH_LEAD_IN =
  /^(?:(?:so|and|but|wait|ok|okay|hmm|um+|uh+|erm|just|then|quick|real quick)[,\s]+)*(?:is it (?:true|correct|right|accurate|the case)|was it (?:true|the case)|is that (?:true|correct|right)|am i (?:right|correct|wrong)|did i (?:get|understand) (?:it|this|that)|correct me if|tell me if|(?:(?:can|could|would) you )?(?:please |kindly )?(?:clarify|tell (?:me|us)|let (?:me|us) know|advise|inform (?:me|us)) (?:whether|if)|(?:can|could) you (?:confirm|verify|check|double[- ]check)|(?:please )?(?:confirm|verify|double[- ]check)|just (?:to )?(?:confirm|check|checking)|checking|sanity check|fact[- ]?check|true or false|right or wrong|correct or (?:not|incorrect)|fact or fiction|real or fake|yes or no|it'?s true that|right that|correct that)\b/u;
/**
 * A quiz's verdict asked after a short label of its own ("Quiz question, true or false: …",
 * "Round two — right or wrong: …"): the label is no word of the claim.
 */
const LABELLED_VERDICT_LEAD_IN =
  /^(?:[\p{L}\p{N}'#]+\s+){0,3}[\p{L}\p{N}'#]+\s*[,:—–-]\s*(?:true or false|right or wrong|fact or fiction|correct or incorrect|real or fake)\b/u;
/** Its verdicts' words, looked for first (its letters by script are slow to try). */
const LABELLED_VERDICT_GATE = literalGate(LABELLED_VERDICT_LEAD_IN);
/**
 * Lead-ins that introduce a claim unless a question word follows ("I heard…, how much…?"), and
 * a label of the check asked ("Attribution check: …", "Quote check: …").
 */
const ENGLISH_WEAK_LEAD_IN =
  /^(?:(?:so|and|but|wait|ok|okay|hmm|um+|uh+|erm|just|then)[,\s]+)*(?:i (?:heard|read|saw|was told|think|thought|believe|understand|remember|assume)|i'?ve (?:heard|read|been told)|i keep hearing|(?:someone|somebody|people|they|everyone|a (?:friend|coworker|colleague|guy|youtuber|streamer|commenter)(?: of mine)?|some (?:guy|dude|youtuber|streamer|analyst|commenter))(?: (?:on|in|at|from) (?:the |a |my |our )?[\w.-]+(?: \w+)?)? (?:said|say|says|told me|claims?|claimed|insists?)|(?:my|our) \w+ (?:said|says|told me|claims?|claimed|thinks|insists?|reckons)|i (?:take it|presume|suppose|guess|gather|bet|reckon|imagine)(?: that)?|(?:my understanding|my impression|the word|the buzz|the scuttlebutt) is(?: that)?|as i understand it|from what i (?:understand|gather|hear)|(?:presumably|surely|apparently|supposedly|reportedly|allegedly|rumou?r has it|word is|buzz is|scuttlebutt is)|[a-z]+ check(?=\s*:)|so basically|basically|so|in other words|in short|real talk|for real|fr|no cap|legit|honest(?:ly)?|tbh|ngl)\b/u;
/**
 * A tag written first, then the claim ("ㅇㅈ? 마소+엔비 150억", "진짜? 엔비디아 100억 넣음",
 * "real talk: …", "fr? …"): a confirmation when no question word follows.
 */
const LEADING_TAG =
  /^(?:(?:이거|이게|이건|그거|그게|그건|저거|저게|이 ?말|그 ?말|이 ?얘기|그 ?얘기|이 ?소문|그 ?소문)(?:이|가|은|는)?\s+)?(?:[ㅇᄋ][ㅈᄌ]|[ㄹᄅ][ㅇᄋ]|[ㅇᄋ][ㅇᄋ]|진짜|정말|사실|실화|레알|팩트|팩트체크|맞지|맞죠|맞아|맞나|그치|그쵸|real talk|fr|for real|no cap|legit|true|correct|right|confirm)(?:이야|야|이냐|냐|임|이에요|예요|에요|요|이지|인가요?|입니까|이죠|죠|인감|이었어)?\s*(?:[?？!:]+|\s-\s)\s*\S/u;
/**
 * Whether a sentence is only a tag written before the claim ("이거 사실임?", "그 얘기 진짜야?",
 * "ㄹㅇ?"): it asks nothing of its own; the claim after it is what it asks about.
 */
export function isLeadingTagOnly(sentence: string): boolean {
  // A part comes without its mark ("이거 사실임"): the mark is put back to read it as a tag.
  const trimmed = sentence.trim().toLowerCase();
  const text = `${/[?？!:]$/u.test(trimmed) ? trimmed : `${trimmed}?`} x`;
  return LEADING_TAG.exec(text)?.[0].length === text.length;
}
/** Yes/no questions opening with an auxiliary ("Did NVIDIA…", "Is Amazon…"). */
const ENGLISH_AUXILIARY_START = new RegExp(
  String.raw`^(?:(?:so|and|but|wait|ok|okay|just)[,\s]+)*(?:${AUXILIARIES}|isn'?t|aren'?t|wasn'?t|weren'?t|didn'?t|doesn'?t|don'?t|hasn'?t|haven'?t|won't)\b`,
  "u",
);
/** "Was it Nadella who…?", "is it NVIDIA that…?": one party asked about, yes or no. */
const CLEFT_QUESTION =
  /^(?:(?:so|and|but|wait|ok|okay|just)[,\s]+)*(?:is|was|wasn't|isn't) it (?:really |actually )?(?:[\p{L}\p{N}.'-]+ ){1,3}(?:who|that)\b/u;
/**
 * "a gig of power — is that what anthropic signed up for?", "$30B, is that how much they
 * spend?": the claim first, then "is that what…" asks whether it is.
 */
const IS_THAT_WHAT =
  /\S\s*(?:[—–,:;]|\s-)?\s+(?:is|was|are|were|isn't|wasn't) (?:that|this|it|those|these) (?:what|how much|how many|the (?:amount|figure|number|sum|list|lineup|line-up|models?|names?|breakdown|split|date|ones?))\b/u;
const IS_THAT_WHAT_GATE = literalGate(IS_THAT_WHAT);
/** A weak tag set off after the claim ("…, yeah?", "… — no?"). */
const CLAUSE_WEAK_TAG =
  /(?:,|\s[—–-])\s*(?:yeah|yea|yeh|yes|yep|yup|ya|no|eh|huh|na|naa|hai na)\s*[?!.]*$/u;
/** A question that opens with its question word ("What did…, yeah?" asks for something). */
const OPENS_WITH_QUESTION_WORD =
  /^(?:(?:so|and|but|wait|ok|okay|hmm|um+|uh+|erm|just|then|quick|real quick)[,\s]+)*(?:what|what's|whats|wat|how|how's|who|who's|whom|whose|when|where|which|why|explain|describe|tell me|list|give me|show me|summari[sz]e|(?:can|could|would|will) you)\b/u;
const ENGLISH_QUESTION_WORD =
  /\b(?:(?<!\b(?:half|twice|double|triple|than|times|of) )what|what's|whats|wat|how|how's|who|who's|whom|whose|when|where|which|why|explain|describe|tell me about|list|give me)\b/u;
/**
 * A verb or copula that states something ("was announced", "put in", "invested"), or a copula
 * shortened ("Claude's on…", "it's already…", "they're…"): 's before a noun is whose, not is.
 * "Still" or "no longer" says a state goes on or ended, with its verb left out in chat ("amazon
 * still main cloud?").
 */
const ENGLISH_STATEMENT =
  /\b(?:is|are|was|were|has|have|had|will|gets?|got|puts?|pays?|paid|owns?|runs?|funds?|buys?|bought|spends?|spent|gives?|gave|goes|went|came|comes|said|says|becomes?|became|stays?|remains?|makes?|made|means?|meant|includes?|involves?|covers?|lets?|allows?|needs?|requires?|depends?|uses?|keeps?|kept|holds?|held|sells?|sold|invests?|receives?|takes?|took|brings?|brought|works?|loses?|lost|\w{3,}ed)\b|[a-z]'s\s+(?:on|in|at|off|out|not|now|still|already|also|just|only|really|actually|officially|available|live|a|an|the|being|getting|going|been)\b|[a-z]'re\b|\b(?:still|no longer)\b/u;

/** Korean tags that make any question a confirmation. */
const KOREAN_TAG =
  /(?:맞지|맞아|맞나|맞는가|맞을까|맞죠|맞쥬|맞냐|맞니|맞음|맞을걸|맞는지|맞습니까|맞소|맞소이까|옳소|그렇소|맞는 ?거|맞는 ?(?:건가|건지|거지|것인지|것인가)|맞는 ?게|맞다고|그치|그쵸|그죠|그렇지|그렇죠|그런 ?거지|그런 ?거죠|아님|아냐|아니냐|아니야|아니지|아닌가|아닌감|아니었어|아니었나|아닌지|맞는 ?(?:말|얘기|소리|이야기)(?:이야|야|이에요|예요|임|인가|이냐|냐|입니까|이지|이죠|인지)?|(?<![a-z])(?:true|legit|correct|fact|real)(?:이야|야|임|이에요|예요|인가|이냐|냐|이죠|죠|이지|지)|사실이|사실이야|사실인|사실임|사실이냐|사실이에요|사실입니까|진짜야|진짜임|진짜냐|진짜예요|진짜요|진짜지|정말이야|정말임|정말이에요|정말요|ㄹㅇ|ㅇㅈ|ㅇㅇ|실화|실화냐|실화임|실화야|(?:(?<!\p{Script=Hangul})|(?<=[거건게것]))사실|다며|라며|다면서|라면서|잖(?:아|여|어|녀|냐|슴|음)|확실해|확실한가|확실함|확실하지|정확해|정확한가|정확함|정확하지|틀림없지|진위(?:는|가)?(?: ?여부(?:는|가)?)?(?: ?좀| ?확인(?: ?좀)?)?)요?\s*[?!.~]*$/u;
/**
 * Endings that do so only without a question word ("얼마였죠?" asks for the figure). An ending
 * that concludes ("…넣은 거네", "…였구나", "결국 …한 셈이네") offers the asker's reading to be
 * confirmed. Not the counted noun 가지 ("두 가지", "몇 가지": kinds, not 가다's tag).
 */
const KOREAN_WEAK_TAG =
  /(?:겠지|겠죠|겠네|(?:인|한|는|은|던) ?(?:듯|거 ?같은데|것 ?같은데|거 ?같아|것 ?같아|모양이네)|나 ?보네|나 ?봐|거네|건가|거구나|구나|는군|셈이네|셈이지|셈이야|셈임|셈인가|(?:었|았|였|했|됐|졌)네|했지|였지|었지|았지|졌지|됐지|갔지|왔지|줬지|냈지|이지|거지|(?<=\p{Script=Hangul})(?<!(?:한|두|세|네|다섯|여섯|몇|여러|모든|각|이런|그런|저런|어떤|무슨|\d)\s?가)지|거죠|거잖아|한 ?거야|였나|었나|(?:였|었|았|했)던가|였던 ?거|던데|죠|지요|인가|인감|인 ?거|임|였음|었음|함|됨)요?\s*[?!.~]*$/u;
/** A past verb that states an event: "투자했어?", "넣었나?", "발표됐어?", "받았어?". */
const KOREAN_STATEMENT =
  /(?:했|였|었|았|됐|왔|갔|냈|줬)(?:어|나|니|냐|음|어요|나요|습니까)?\s*[?？]+\s*$/u;
/**
 * A claim quoted, then asked whether a text says it: "…'조건부'라고 나와요?", "…한다고 써 있어?",
 * "…라고 돼 있나요?" (with no question word: "뭐라고 나와?" asks what).
 */
const KOREAN_QUOTED_CLAIM =
  /(?:라고|다고|이라고|라구|다구)\s?(?:나와|나오|나옴|써 ?있|쓰여 ?있|적혀 ?있|돼 ?있|되어 ?있|명시|언급|발표)\p{Script=Hangul}*\s*[?？]+\s*$/u;
/** Whether something can be done or goes on: "계속 쓸 수 있어요?", "계속 씀?". */
const KOREAN_ABILITY =
  /(?:수 ?있(?:어|나|니|냐|음|어요|나요|습니까|는 ?거야|는 ?건가)|계속 \p{Script=Hangul}+)\s*[?？]+\s*$/u;
// "…확인 부탁드립니다" checks a claim, but "발표 일자도 함께 확인 부탁드립니다" asks for a value (a
// date, a sum, a name) to be looked up: no claim. Memo style asks the same for a reply
// ("…인지 여부 확인 요청", "…한 것이 맞는지 회신 바람", "맞는 것인지 확인해 주실 수 있을까요",
// "…했다는 보도 사실 여부 확인 요망", "…맞는지 사실관계 확인 요망").
const KOREAN_LEAD_IN =
  /(?:맞는지|맞는 ?(?:것|건|거)인지|사실인지|맞나|(?<=\p{Script=Hangul})지 ?여부(?:를|가)?|(?:사실|진위) ?여부(?:를|가)?)(?: ?사실 ?(?:관계|여부)(?:를|가)?)? ?(?:확인|체크|회신|답변|답신)|(?<!(?:일자|날짜|일정|시점|시기|금액|액수|규모|이름|명칭|출처|내용|수치|숫자|합계|총액|행사)(?:도|를|을|까지|만)?\s?(?:함께|같이|좀|각각)?\s?)확인 ?(?:해 ?줘|해 ?주세요|부탁)|들었는데|들었어요|들었어|들었음|봤는데|읽었는데|라던데|다던데|래던데|라는데|다는데|라고 하던데|다고 하던데|카던데|라고 하는데|다고 하는데/u;
const KOREAN_QUESTION_WORD =
  /뭐|뭔|뭘|무엇|무슨|얼마|언제|어디|어느|누구|누가|누군|왜|어떻게|어떤|어때|어땠|몇|며칠|어케|어캐|(?<!\p{Script=Hangul})머(?:였|야|임|냐|죠|에요|예요|(?:가|를|지)(?=\s|$|[?？]))/u;
/** The hearsay tag closing a question ("…넣었다며?", "…했다면서요?"). */
const HEARSAY_TAG = /(?:다며|라며|다면서|라면서)요?\s*[?？!.~]*$/u;
/** What a hearsay question may ask for instead of a yes: an amount, a time, a person, a place. */
const HEARD_OPEN_ASK = /얼마|몇|언제|누구|누가|어디/u;
/** A question that states something checkable: a figure, a date, a version. */
const CHECKABLE = /\d|억|조 ?달러|billion|bn\b|기가와트|gw\b|%/u;
/**
 * "A or B": alternatives offered. "…or am I misremembering?" is the asker's doubt, and "…co-design
 * or whatever", "…or something" a vague tail: no alternative.
 */
const ALTERNATIVES =
  /(?<!\b(?:facts|true|real|cap|fake|right|correct|accurate|legit) )(?<!\b(?:no more|no longer|not|never|without|nor|neither)\s(?:\S+\s){1,3})\bor\b(?! (?:not|wrong|false|no|nah|nope|naw|nay|nee|nein|non|nao|nae|what|cap|no cap|fake|real|facts|fiction|incorrect|less|more|above|below|higher|lower|so|thereabouts|whatever|something|somethin|summat|sth|smth|whatnot|(?:am|did|do|have|was) i|is my)\b)|아니면|혹은|거야 .*거야|는지 .*는지|\p{Script=Hangul}(?:이야|야|냐|임|인가) .*\p{Script=Hangul}(?:이야|야|냐|임|인가)\s*[?？]*$/u;
const QUESTION_MARK = /[?？]\s*$/u;
const HANGUL = /\p{Script=Hangul}/u;
/** The longest tag ("isn't that right?", "라고 하던데 사실이에요?") fits in this many characters. */
const TAIL = 40;

/** "A or B?": asks which, not whether (as written, before slang is rewritten). */
export function asksWhich(normalized: string): boolean {
  return ALTERNATIVES.test(normalized);
}

/**
 * A tag word, then "or" and a question of the teller, once slang is read ("true or is he
 * right?"): a tag, not a choice.
 */
const TAG_BEFORE_OR =
  /\b(?:true|right|correct|accurate|legit) or (?:is|was|are|were|does|did|has) (?:he|she|they|it|that|this)\b/u;

/**
 * "A or B?" as written, before slang rewrites it, unless the slang was the tag's own ("that the
 * straight goods or is he pullin my leg?" reads "true or is he right?").
 */
export function asksWhichAsWritten(asWritten: string, normalized: string): boolean {
  return ALTERNATIVES.test(asWritten) && !TAG_BEFORE_OR.test(normalized);
}

/** Whether a normalised (lower-cased) question asks to confirm a claim. */
/** Korean endings that only ask (냐, 니, 나요, 습니까), after a stem or a past ㅆ: a question mark or not. */
const INTERROGATIVE_ENDING =
  /(?<=\p{Script=Hangul})(?:냐|니|나요|습니까|[습읍]니까|는가요?)\s*(?:[!.~…]|ㅋ|ㅎ|ㅠ|ㅜ)*$/u;

/**
 * Whom the asker addresses, after the tag ("맞나요 쌤", "맞지 형?", "맞죠 선생님", "right
 * bro?", "yes or no, folks?"): no word of the claim, and the tag before it is still the tag.
 */
const TRAILING_ADDRESS =
  /(?<=\S)[\s,]+(?:쌤|샘|선생님|교수님|형|형님|누나|언니|오빠|선배|선배님|팀장님|부장님|과장님|대리님|기자님|작가님|사장님|님|여러분|봇아?|챗봇아?|얘들아|친구야|bro|bruh|sis|sir|ma'am|mate|dude|fam|guys|folks|people|everyone|y'all|buddy|pal|lads)(?:[?？!.~]|ㅎ|ㅋ|ㅠ)*\s*$/u;
/**
 * The words these trailing patterns cannot match without, looked for first: each is tried at
 * every position of the text (a lookbehind first), and most texts hold none of the words.
 */
const TRAILING_ADDRESS_GATE = literalGate(TRAILING_ADDRESS);

/**
 * A restatement after the tag, opening on "그", "that" ("…발표한 거 맞지 그 개발자 행사", "…at
 * Build right, that developer conference"): the asker recalls what the claim named; the tag
 * before it is still the tag. At most three words, none a question.
 */
const TRAILING_AFTERTHOUGHT =
  /(?<=(?:맞지|맞죠|맞아|맞나|맞나요|맞냐|맞음|맞습니까|그치|그쵸|아님|아냐|아니야|\bright|\bcorrect|\byeah)[?？]?)[\s,]+(?:그|저|이|that|the|this)\s+[^\s?？]+(?:\s+[^\s?？]+){0,2}\s*[?？!.~…]*\s*$/u;
const TRAILING_AFTERTHOUGHT_GATE = literalGate(TRAILING_AFTERTHOUGHT);

/**
 * A tag that closes a sentence ("…끝난 거 맞죠?", "…now, right?"), read where that sentence ends;
 * so does a claim heard and put back ("…아니라고 했다며?", "…손절한다면서?").
 */
const CLOSING_TAG =
  /(?:맞지|맞죠|맞쥬|맞아|맞나요|맞냐|맞음|그치|그쵸|(?<=\p{Script=Hangul})(?:다|라)(?:며|면서)|\bright|\bcorrect|\btrue|\bhor|\bizzit|\bja|,\s*na)\s*[?？]$/u;

/**
 * A tag, then one more short sentence that says the claim again as an ending ("아마존 끝난 거
 * 맞죠? 마소로 넘어간 거 ㅎㅎ", "Amazon is out now, right? Microsoft took over", "…아니라고
 * 했다며? 오픈AI 손절각ㅋㅋ", "…right? not the other way around"): the tag still
 * asks to confirm. Not when the sentence after it asks something of its own (a question word, a
 * request: "각 단계도 설명해줘") or gives a figure ("엔비 100 + 마소 50"): that is a part of its own.
 */
/** "…right? not the other way around": the claim's direction said again, no claim of its own. */
const NOT_THE_OTHER_WAY =
  /^(?:(?:and|but|so|i mean)[,\s]+)?(?:not|and not|rather than|instead of|never) (?:the )?(?:other way(?: round| around)?|reverse|opposite|vice versa)\b[\s.!?]*$|^not vice versa\b/u;

/**
 * "…right? Sounds like it from the article", "…correct? just checking": the asker's own remark on
 * the claim, no claim or ask of its own.
 */
const ASKERS_REMARK =
  /^(?:(?:at least|or at least|well|i mean)[,\s]+)?(?:(?:it |that |this )?(?:sounds|seems|looks|reads) (?:like it|like that|so|that way)|(?:that's|that is) (?:how|what) i (?:read|understood|heard|got)(?: it| from it)?|(?:just |only )?(?:checking|check|making sure|double[- ]checking)|i (?:think|guess|assume|believe) so)(?: (?:from|in|by|based on|reading) (?:the|this|that) (?:article|piece|story|post|write-?up|text))?[\s.!~…]*$/u;

function taggedBeforeAfterthought(text: string): boolean {
  const mark = /[?？]\s+(?=\S)/u.exec(text);
  if (!mark) return false;
  const end = mark.index + 1;
  const after = text.slice(end).trim();
  return (
    CLOSING_TAG.test(text.slice(Math.max(0, end - TAIL), end)) &&
    spaceSplitCount(after) <= 6 &&
    (claimsEnded(after) || NOT_THE_OTHER_WAY.test(after) || ASKERS_REMARK.test(after)) &&
    !CHECKABLE.test(after) &&
    !/[?？]\s+\S/u.test(after) &&
    !KOREAN_QUESTION_WORD.test(after) &&
    !ENGLISH_QUESTION_WORD.test(after) &&
    !ALTERNATIVES.test(after)
  );
}

/**
 * A Korean tag, then a short remark of the asker's that asks nothing ("…맞지? 진짜개쩐다", "…맞제?
 * 헷갈리네", "…맞아요? 기사에 그렇게"): the tag still asks to confirm. Not a remark that asks (a
 * question word, a mark, a request), gives a figure, or names a topic to ask about next ("…맞지?
 * 엔비는").
 */
function taggedBeforeRemark(text: string): boolean {
  const mark = /[?？]\s*(?=\p{Script=Hangul})/u.exec(text);
  if (!mark) return false;
  const end = mark.index + 1;
  const after = text.slice(end).trim();
  return (
    KOREAN_CLOSING_TAG.test(text.slice(Math.max(0, end - TAIL), end)) &&
    spaceSplitCount(after) <= 3 &&
    !/[?？]/u.test(after) &&
    !CHECKABLE.test(after) &&
    !KOREAN_QUESTION_WORD.test(after) &&
    !REMARK_ASKS.test(after)
  );
}

/** A Korean tag, then when the claim holds, said last ("1830억 된 거 맞죠 이번에"). */
const TAG_BEFORE_TIME_WORD =
  /(?:맞지|맞죠|맞쥬|맞아요?|맞나요?|맞음)\s+(?:이번에|이번엔|지금|요즘|이제|결국)\s*[?？.~]*$/u;

/**
 * A Korean tag, unmarked, then who said it ("…꽂았다며 맞지 아까 손님이 그러더라고", "…맞지 친구가
 * 그러던데"): the teller named after the tag asks nothing of its own.
 */
const TAG_BEFORE_TELLER =
  /(?:맞지|맞죠|맞쥬|맞제|맞아|맞나|맞냐|맞음|그치|그쵸)\s+(?:[^\s?？]+\s+){0,4}?[^\s?？]*(?:그러더라고|그러더라|그러던데|그랬어|그랬음|그러대|그런대|하더라고|하던데|카던데|카더라)[\s.~!]*$/u;

/** A Korean tag closing the sentence before a remark ("맞아요?", "맞는 거죠?", "팩트임?"). */
const KOREAN_CLOSING_TAG =
  /(?:맞지|맞죠|맞쥬|맞제|맞아요?|맞나요?|맞냐|맞음|맞습니까|맞는 ?(?:거|것)(?:죠|지|야|예요|에요|임)|그치|그쵸|팩트임|진짜임|사실임|ㄹㅇ)\s*[?？]$/u;

/**
 * A remark that asks after all: a request of any verb ("하나씩 풀어줘", "출처 확인 부탁요"), or a
 * topic left open ("엔비는", "그럼 총액도").
 */
const REMARK_ASKS =
  /(?:줘|주세요|줄래|주라|주실|줄 ?수)|(?:해|알려|말해|설명해|정리해|보여)\s?봐|부탁|확인|출처|(?:은|는|도|랑|이랑|하고|만)\s*[.~…]*$/u;

/**
 * The asker's working written after the tag, figures and signs only ("…두 배 맞지? 10 vs 5",
 * "…about 91%, right? (350-183)/183"): it shows how the claim was reached and asks nothing.
 * A figure with a word ("엔비 100 + 마소 50") is a part of its own and stays so.
 */
const WORKING =
  /^(?=[^\d]*\d)(?:[\s()[\]$₩%.,+\-*/×÷=:~≈<>]|\d|\b(?:vs|versus|x|bn?|b)\b|대|억|조)+$/u;

/**
 * A reason in figures left open after the tag, its sentence never finished ("…틀린 거 맞지? 실제
 * 투자는 150억이고 300억은 딴 돈이고"): the asker's working trailing on, no question of its own.
 * Without a figure ("…맞죠? 엔비디아가 돈 받는 쪽이고") it restates the claim in other words, a
 * part of its own.
 */
const OPEN_FRAGMENT = /(?:이고|하고|이며|인데|는데|니까|이라서|라서|해서)[\s'"’”.…~]*$/u;

function taggedBeforeWorking(text: string): boolean {
  const mark = /[?？]\s+(?=\S)/u.exec(text);
  if (!mark) return false;
  const end = mark.index + 1;
  if (!CLOSING_TAG.test(text.slice(Math.max(0, end - TAIL), end))) return false;
  const after = text.slice(end).trim();
  if (WORKING.test(after)) return true;
  return (
    OPEN_FRAGMENT.test(after) &&
    CHECKABLE.test(after) &&
    spaceSplitCount(after) <= 8 &&
    !/[?？]/u.test(after) &&
    !KOREAN_QUESTION_WORD.test(after) &&
    !ALTERNATIVES.test(after)
  );
}

/**
 * What closes a message after its tag and asks nothing: emoji ("…right? 🙏", "맞죠? 😅"), and a
 * last sentence that says where the claim was heard ("…, right? That's what my son told me",
 * "…맞죠? 친구가 그러더라고요"). The tag before it is still the tag.
 */
const TRAILING_EMOJI =
  /(?<=\S)(?:[\s\p{Extended_Pictographic}\p{Emoji_Modifier}]|\ufe0f|\u200d)+$/u;
const TRAILING_HEARSAY =
  /(?<=[?？])\s+(?:(?:that'?s|that is|this is|it'?s) (?:what|how) (?:i (?:heard|read|was told|understood)|(?:my|our|a|some) [\w ]{1,20}? (?:told me|said|says|told us|claims?|thinks?|heard)|people (?:are )?(?:say(?:ing)?|said))|(?:at least )?(?:that'?s what|so) (?:i heard|i read|they say|people say)|(?:i )?(?:saw|read|heard) (?:it|that|this) (?:in|on) (?:some|an|a|the|one) [\w ]{1,20}?|(?:my|our) \w+ (?:told me|said so|says so)|(?:친구|동료|지인|아들|딸|엄마|아빠|남편|아내|선배|선생님|누가|사람들)\S*\s(?:그러더라|그러던데|그랬어|말하더라|말했어|알려줬)\S*)[\s.!~…]*$/u;

/**
 * A statement closed by where it was heard, with no question mark ("Claude is getting pulled
 * from Copilot, I read", "NVIDIA's in for $10B, apparently", "…, or so I heard"): passed on to be
 * checked, as "…, right?" would be. Only after a comma or dash, so "what I read" stays a phrase.
 */
const TRAILING_HEARSAY_PLAIN =
  /\s*[,;—–-]\s*(?:(?:or |at least )?(?:so|that'?s what) i (?:hear|heard|read|was told)|i (?:read|heard|saw)(?: (?:somewhere|online|it somewhere|that|it|on \w+|in \w+))?|i'?ve (?:read|heard|been told)|i'?m told|i was told|apparently|supposedly|reportedly|allegedly|(?:people|they|everyone) (?:say|said|are saying)|(?:someone|somebody|a friend|my \w+) (?:said|says|told me)|from what i (?:hear|heard|read))[\s.!~…]*$/u;

/** A text emoticon that closes a message ("…맞는건지요^^", "…right? ^_^", "…죠;;"): no word of it. */
const TRAILING_TEXT_EMOTICON = /(?<=\S)\s*(?:\^[_\-.~]?\^+|;;+)[;~.!]*$/u;

export function withoutAddress(text: string): string {
  // A cheap test of the last character before the emoticon is read.
  const lastChar = text.at(-1);
  if (lastChar === "^" || lastChar === ";") {
    const bare = text.replace(TRAILING_TEXT_EMOTICON, "");
    if (bare !== text) return withoutAddress(bare);
  }
  // Read only where they can be: a last character of an emoji (a surrogate, a symbol, a variation
  // selector), and a question mark before a last sentence.
  const last = text.charCodeAt(text.length - 1);
  const emoji =
    (last >= 0xd800 && last <= 0xdfff) || (last >= 0x2000 && last < 0x3000) || last === 0xfe0f;
  // Not a replace by a pattern that never matches: it is still tried at every position.
  const bare = emoji ? text.replace(TRAILING_EMOJI, "") : text;
  const closed = /[?？]\s+\S/u.test(text) ? bare.replace(TRAILING_HEARSAY, "") : bare;
  if (closed !== text) return withoutAddress(closed);
  // Read only where a sentence closes without a question mark (a cheap test first).
  if (!/[?？]/u.test(text) && /,|;|—|–|-/u.test(text)) {
    const heard = TRAILING_HEARSAY_PLAIN.exec(text);
    if (heard && heard.index > 0) return `${text.slice(0, heard.index)}?`;
  }
  const afterthought = TRAILING_AFTERTHOUGHT_GATE.test(text)
    ? TRAILING_AFTERTHOUGHT.exec(text)
    : null;
  if (
    afterthought &&
    !KOREAN_QUESTION_WORD.test(afterthought[0]) &&
    !ENGLISH_QUESTION_WORD.test(afterthought[0])
  ) {
    return `${text.slice(0, afterthought.index)}?`;
  }
  const address = TRAILING_ADDRESS_GATE.test(text) ? TRAILING_ADDRESS.exec(text) : null;
  if (!address) return text;
  const mark = /[?？]/u.test(address[0]) ? "?" : "";
  return `${text.slice(0, address.index)}${mark}`;
}

/** A greeting that opens a message ("dear team,", "hi priya,"): the lead-in comes after it. */
const LEADING_GREETING = /^(?:dear|hi|hello|hey|greetings)(?:\s+[\p{L}.'-]+){0,2}\s*[,:!]\s*/u;

/**
 * Chat intensifiers that close a question ("msft dropped how much fr", "who's paying who for
 * real?", "how much no cap", "how much no cap 💀": emoji after the tag decorate it): they stress a question that asks for something, and put a claim
 * forward only when nothing is asked ("msft put in 5 bil fr?").
 */
const INTENSIFIER_TAG =
  /[\s,]+(?:fr(?: fr)?|frfr|for real|no cap|on god|deadass|istg)\s*[?!.]*(?:\s*\p{Extended_Pictographic}\uFE0F?)*\s*[?!.]*$/u;

// Room for the tag and a few closing emoji ("no cap 💀💀").
const INTENSIFIER_TAIL = 24;

/** The question without a closing intensifier, when it asks for something; else unchanged. */
function withoutAskingIntensifier(text: string): string {
  // The tag closes the text: only its last characters are searched.
  const from = Math.max(0, text.length - INTENSIFIER_TAIL);
  const tag = INTENSIFIER_TAG.exec(text.slice(from));
  if (tag === null) return text;
  const asked = text.slice(0, from + tag.index);
  return OPENS_WITH_QUESTION_WORD.test(asked) || ASKS_AMOUNT.test(asked) ? `${asked}?` : text;
}

/** An amount asked anywhere in the sentence ("msft tossing how many tendies at anthropic"). */
const ASKS_AMOUNT = /\bhow (?:much|many|big|large)\b/u;

export function asksToConfirm(normalized: string): boolean {
  const trimmed = withoutAskingIntensifier(normalized.trim());
  // A cheap test of the first letter before the greeting is read.
  const greeted = /^[dhg]/u.test(trimmed) ? trimmed.replace(LEADING_GREETING, "") : trimmed;
  const text = withoutAddress(greeted);
  if (text === "" || ALTERNATIVES.test(text)) return false;
  // Tags are at the end: only the tail is searched for them (questions can be long).
  const tail = text.slice(-TAIL);
  // "돈을 얼마 넣었다며?": what was heard is asked for (how much, when, who), nothing is put forward.
  // A figure given is put forward ("누가 그러던데 마소가 100억이라며?").
  if (HEARSAY_TAG.test(tail) && HEARD_OPEN_ASK.test(text) && !CHECKABLE.test(text)) return false;
  if (ENGLISH_TAG.test(tail) || KOREAN_TAG.test(tail) || ENGLISH_LEAD_IN.test(text)) return true;
  if (
    taggedBeforeAfterthought(text) ||
    taggedBeforeWorking(text) ||
    taggedBeforeRemark(text) ||
    TAG_BEFORE_TIME_WORD.test(tail) ||
    TAG_BEFORE_TELLER.test(tail)
  ) {
    return true;
  }
  if (LABELLED_VERDICT_GATE.test(text) && LABELLED_VERDICT_LEAD_IN.test(text)) return true;
  if (LEADING_TAG.test(text) && !hasQuestionWord(text)) return true;
  if (HANGUL.test(text)) {
    if (KOREAN_QUESTION_WORD.test(text)) return false;
    // "엔비디아 투자액 궁금함": the asker's wish, not a claim (a tag like 맞는지 still counts).
    if (statesAskersWish(tail)) return false;
    // "기사에서 순환투자라고 하던데 그게 뭔 소리임": what was heard is named to be explained,
    // not put forward to be checked.
    if (KOREAN_EXPLAIN_REQUEST.test(tail)) return false;
    if (KOREAN_WEAK_TAG.test(tail) || KOREAN_LEAD_IN.test(text)) return true;
    // "마소 50억 넣음", "아마존 이제 빠짐": chat states a claim with a noun-made verb.
    if (endsInChatNominal(tail)) return true;
    // "앤트로픽 가치 3500억이래": a claim heard, passed on to be checked.
    if (passesOnHearsay(tail)) return true;
    // "엔비디아가 앤트로픽에 투자했어?", "클로드가 애저에서 돌아가?": with no question word, a
    // question that ends in a verb or copula (not a bare noun, not a request) asks yes or no.
    // "엔비디아가 100억 투자했냐", "클로드 애저에서 되니": an ending that only asks needs no mark.
    return (
      (QUESTION_MARK.test(text) || INTERROGATIVE_ENDING.test(tail)) &&
      !asksForSomething(tail) &&
      (CHECKABLE.test(text) ||
        KOREAN_STATEMENT.test(tail) ||
        KOREAN_ABILITY.test(tail) ||
        KOREAN_QUOTED_CLAIM.test(tail) ||
        endsInKoreanPredicate(tail))
    );
  }
  if (ENGLISH_QUESTION_WORD.test(text)) {
    // "The $30B is what Anthropic spends on Azure, yeah?": a question word inside the claim
    // (a relative clause), not opening it, leaves the tag after the comma a tag.
    // "Was it Nadella who said it?": a cleft names who, to be confirmed.
    return (
      (CLAUSE_WEAK_TAG.test(tail) &&
        !OPENS_WITH_QUESTION_WORD.test(text) &&
        ENGLISH_STATEMENT.test(text)) ||
      CLEFT_QUESTION.test(text) ||
      (IS_THAT_WHAT_GATE.test(text) && IS_THAT_WHAT.test(text))
    );
  }
  if (ENGLISH_WEAK_TAG.test(tail) || ENGLISH_WEAK_LEAD_IN.test(text)) return true;
  // "The article says X. Does the release say so too?": a last sentence asking yes or no.
  if (ENGLISH_AUXILIARY_START.test(text) || ENGLISH_AUXILIARY_START.test(lastSentence(text))) {
    return true;
  }
  if (QUESTION_MARK.test(text)) return CHECKABLE.test(text) || ENGLISH_STATEMENT.test(text);
  // "nvidia is putting in more than microsoft": a claim typed with no mark at all, sent to be
  // checked.
  return (
    !/[?？!]/u.test(text) &&
    !/^(?:if|when|once|since|because)\b/u.test(text) &&
    (BARE_CLAIM.test(text) || INFERRED_CLAIM.test(text))
  );
}

/**
 * A claim closing on "then", typed with no mark: what the asker concludes, put forward to be
 * checked ("nadella's dumped openai then", "so amazon's out then, they're done with them"). A
 * verb of its own, and "then" last or before one short clause only.
 */
const INFERRED_CLAIM =
  /^(?:[\p{L}\p{N}$.'’-]+\s+){0,3}?[\p{L}\p{N}$.'’-]+(?:'s|’s|\s+(?:has|have|had|is|are|was|were|did|got|put|paid|gave|\p{L}+ed))\s+(?:[\p{L}\p{N}$.'’-]+\s+){0,6}?then\s*(?:,\s*[^,?？!]{1,40})?[\s.]*$/u;

/** A Korean request to explain what came before ("그게 설명해줘", "무슨 뜻이야?"). */
const KOREAN_EXPLAIN_REQUEST =
  /(?:설명 ?(?:해 ?줘|해 ?주세요|해 ?줄래|해 ?주실래요|좀|부탁)|무슨 ?(?:뜻|의미)|뜻이 ?(?:뭐|무엇)|의미가 ?(?:뭐|무엇))\S*\s*[?!.~]*$/u;

/** A statement with a verb of its own that compares two sides: what a bare claim checks. */
const BARE_CLAIM =
  /^(?:(?:so|and|but|ok|okay|wait)[,\s]+)*(?:[\p{L}\p{N}$.'’-]+\s+){1,4}?(?:is|are|was|were|has|have|had|put|puts|putting|pays|paid|paying|gave|gives|invested|invests|investing)\b.*\b(?:more|less|bigger|smaller|larger|higher|lower) than\b/u;

/**
 * A yes-or-no question asked plainly, with no claim put forward: "Is X coming to Foundry?", "X
 * 들어오나요?". No tag ("…, right?", "맞지?"), no lead-in ("I read that…"): the asker states
 * nothing of their own to be corrected.
 */
export function asksPlainly(normalized: string): boolean {
  const text = withoutAddress(normalized.trim());
  const tail = text.slice(-TAIL);
  if (ENGLISH_TAG.test(tail) || KOREAN_TAG.test(tail) || ENGLISH_LEAD_IN.test(text)) return false;
  if (HANGUL.test(text)) {
    return (
      (QUESTION_MARK.test(text) || INTERROGATIVE_ENDING.test(tail)) && !KOREAN_LEAD_IN.test(text)
    );
  }
  return ENGLISH_AUXILIARY_START.test(text) && !ENGLISH_WEAK_LEAD_IN.test(text);
}

/**
 * Whether the question ends with a tag that puts a claim forward to be checked ("…, right?",
 * "맞지?", "사실이야?"), whatever else it asks.
 */
export function endsWithClaimTag(normalized: string): boolean {
  const tail = withoutAddress(withoutAskingIntensifier(normalized.trim())).slice(-TAIL);
  return ENGLISH_TAG.test(tail) || KOREAN_TAG.test(tail);
}

/** A word that is itself a confirmation tag ("right", "correct", "맞지"): not part of the claim. */
export function isConfirmationTag(word: string): boolean {
  if (ENGLISH_TAG.test(`${word}?`) || KOREAN_TAG.test(`${word}?`)) return true;
  // "사실인가요", "맞는지요", "정말인가": a tag's root and endings only.
  const root = KOREAN_TAG_ROOT.exec(word);
  return root !== null && isEnding(word.slice(root[0].length));
}

/**
 * Who a Korean claim was heard from, at its start ("친구가 …라던데", "회사 동료도 …래"): the teller,
 * not a party of the claim.
 */
const KOREAN_TELLER =
  /^(?:(?:내|제|우리|회사|어떤) )?(?:친구|동료|지인|누가|누군가|사람들|다들|형|누나|언니|오빠|동생|엄마|아빠|선배|후배|팀장님?|부장님?|상사|교수님|선생님|기자|유튜버|유튜브|뉴스|커뮤|트위터|단톡방?|카톡방?)(?:이|가|도|는|은|들이|에서|에선|한테서?)?(?=\s)/u;
/**
 * Where the asker met the talk, said after the question ("…, seeing wildly diff figures on
 * twitter", "… keep hearing different numbers on reddit"): how they came to ask, not what.
 */
const ENGLISH_SEEN_WHERE =
  /[,;—–-]\s*(?:(?:i'?m|i've|i|been|keep|kept|i keep)\s+)*(?:seeing|saw|seen|hearing|heard|reading|read|getting)\b[^,.?!]{0,60}?\b(?:on|in|from|across|all over) (?:the )?(?:twitter|x|reddit|youtube|tiktok|news|social media|socials|facebook|fb|insta\w*|linkedin|threads|discord|forums?|blogs?|online|internet|timeline|tl|group ?chats?|the web)\b[^.?!]*[.?!]*$/u;
/**
 * Where in the article the claim was read, at its start ("기사 끝부분에 …라고 돼 있는데"): the
 * claim's source, not a topic of it.
 */
const KOREAN_PLACE_READ =
  /^(?:(?:이 |그 )?(?:기사|본문|원문|글) ?)?(?:끝 ?부분|마지막 ?부분|마지막 ?문단|끝 ?문단|끝|앞부분|도입부|첫 ?문단|중간 ?부분)(?:에|에서|에선|엔|을 ?보면|보면)(?=\s)/u;
const SENTENCE_END = /[.?!？。]\s+(?=\S)/gu;
/** A Korean hedge: "거 같은데", "것 같아", "듯". */
const KOREAN_HEDGE =
  /(?:거|것|게) ?같(?:은데|아요|아|음|네|고)|(?<=\s|^)듯(?:해|함|요)?(?=\s|[?!.~]|$)/gu;
const WORDS = /[\p{L}\p{N}']+/gu;
/**
 * Korean words of hearing, knowing or remembering that close a claim ("들었는데요", "걸로 아는데",
 * "걸로 기억하는데", "했다는데", "봤는데"), its quotative ("파트너 라고", "…다고 하던데") and the
 * tag's "그 말", "그게".
 */
const KOREAN_HEARD =
  /(?<=\s|^)(?:(?:걸로|것으로|거로|줄로)\s)?(?:들었|들은|듣기로|알기로|아는데|알고 ?있|기억하는데|기억하기로|이해했는데|이해하였는데|이해했었는데|이해하기로|이해하고 ?있|기억나는데|기억이 ?나는데|기억하고 ?있|봤는데|읽었는데|했다는데|했다던데|한다던데|하던데|그러던데|그러더라|이라고|라고|다고|그 ?말|그게|그거)\p{Script=Hangul}*(?=\s|[,.?!~]|$)/gu;

/**
 * The words that frame a claim rather than state it: its lead-in ("I heard", "my friend says",
 * "apparently", "Right or wrong:", "친구가"), and its tag ("…, yeah?", "Is he right?", "True?").
 * A yes needs every word of the claim held by the fact; these words are not the claim's.
 */
export function claimFrameWords(normalized: string, withTags = true): ReadonlySet<string> {
  const whole = normalized.trim();
  const text = withoutAddress(whole);
  const spans: string[] = text === whole ? [] : [whole.slice(text.length)];
  // The Korean patterns cannot match a text without Hangul, nor the labelled verdict one without
  // its verdict's words (each is tried at every position): a cheap test first.
  const korean = HANGUL.test(text);
  const labelled = LABELLED_VERDICT_GATE.test(text);
  for (const lead of [
    ENGLISH_LEAD_IN,
    LABELLED_VERDICT_LEAD_IN,
    ENGLISH_WEAK_LEAD_IN,
    ENGLISH_SEEN_WHERE,
    KOREAN_TELLER,
    KOREAN_PLACE_READ,
  ]) {
    if ((lead === KOREAN_TELLER || lead === KOREAN_PLACE_READ) && !korean) continue;
    if (lead === LABELLED_VERDICT_LEAD_IN && !labelled) continue;
    const match = lead.exec(text);
    if (match) spans.push(match[0]);
  }
  if (!withTags) return wordsOf(spans);
  const leadingTag = LEADING_TAG.exec(text);
  if (leadingTag) spans.push(leadingTag[0]);
  if (korean) {
    // "…인 거 같은데 맞아?", "…한 듯?": the asker's hedge, no word of the claim.
    for (const hedge of matchesOf(KOREAN_HEDGE, text)) spans.push(hedge[0]);
    // "…한다고 들었는데요, 맞죠?", "…남는 걸로 아는데", "…라고 했다는데 그말 맞습니까?": where the
    // asker heard it, said after the claim in Korean, and the tag's "그 말".
    for (const heard of matchesOf(KOREAN_HEARD, text)) spans.push(heard[0]);
  }
  // A last sentence that is only a tag ("Is he right?", "Does that check out?", "그 말 맞아?").
  const last = lastSentence(text);
  if (last !== text && last.length <= TAIL && hasTag(last)) spans.push(last);
  const tail = text.slice(-TAIL);
  for (const tag of [ENGLISH_TAG, ENGLISH_WEAK_TAG, KOREAN_TAG]) {
    const match = tag.exec(tail);
    if (match) spans.push(match[0]);
  }
  return wordsOf(spans);
}

function wordsOf(spans: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const span of spans) for (const word of span.match(WORDS) ?? []) words.add(word);
  return words;
}

/** The text's last sentence (the whole text when it is one sentence). */
function lastSentence(text: string): string {
  let start = 0;
  for (const end of matchesOf(SENTENCE_END, text)) start = (end.index ?? 0) + end[0].length;
  return text.slice(start);
}

function hasTag(text: string): boolean {
  return ENGLISH_TAG.test(text) || KOREAN_TAG.test(text) || ENGLISH_WEAK_TAG.test(text);
}

/**
 * Whether a text is a tag and nothing else ("right?", "isn't that right?", "맞아?"): what it
 * tags is before it, so it is no question by itself.
 */
export function isBareConfirmationTag(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  return ENGLISH_TAG.exec(trimmed)?.index === 0 || KOREAN_TAG.exec(trimmed)?.index === 0;
}

/**
 * "…투자한다는 주장, 진위는?", "…라는 보도가 사실입니까?", "…했다는 소문 맞아?": the noun that names
 * the claim as someone's (a claim, report, rumour) is frame. Asked for its truth, it reads as
 * "…한다는 거, 진위는?", the clause before it the claim; its particle stays in the grammar.
 */
const CLAIM_NOUN_FRAME =
  /(?<=\p{Script=Hangul}(?:라는|다는|란|단|라던|다던))\s+(?:주장|보도|얘기|이야기|소문|말|설|썰|루머|뉴스|풍문|지라시|찌라시|카더라)(?:들)?(이|가|은|는|을|를|의|도)?(?=\s*[,，:]?\s*(?:진위|사실|맞|진짜|정말|팩트|실화|[?？]))/u;
const PARTICLE_AFTER_THING: Readonly<Record<string, string>> = {
  이: "게",
  가: "게",
  은: "건",
  는: "건",
  을: "걸",
  를: "걸",
  도: "것도",
};

/** "…, 진위는?", "진위 여부가 궁금", "사실 여부는요?": its truth asked, which is "맞아?". */
const TRUTH_ASKED =
  /[,，:]?\s*(?:진위|사실 ?여부)(?:는|가|를)?(?: ?여부(?:는|가|를)?)?(?: ?(?:좀|확인(?: ?좀)?|궁금(?:해|함|합니다)?|알려 ?줘|알려 ?주세요))?(?:요|용)?\s*[?？!.~]*\s*$/u;

export function withoutClaimNoun(question: string): string {
  const frame = CLAIM_NOUN_FRAME.exec(question);
  const framed = frame
    ? `${question.slice(0, frame.index)} ${PARTICLE_AFTER_THING[frame[1] ?? ""] ?? "거"}${question.slice(frame.index + frame[0].length)}`
    : question;
  const truth = TRUTH_ASKED.exec(framed);
  return truth && truth.index > 0 ? `${framed.slice(0, truth.index)} 맞아?` : framed;
}

/** The roots of Korean tags ("사실", "맞", "진짜"), whatever endings follow them. */
const KOREAN_TAG_ROOT = /^(?:사실|맞|진짜|정말|확실|정확|실화|그렇|진위)/u;

/** Whether an English question opens on its question word ("what chips…", "so how much…"). */
export function opensWithQuestionWord(normalized: string): boolean {
  return OPENS_WITH_QUESTION_WORD.test(normalized.trimStart());
}

/** Whether a normalised question has a question word ("how much", "뭐", "언제"): not a yes/no one. */
export function hasQuestionWord(normalized: string): boolean {
  return HANGUL.test(normalized)
    ? KOREAN_QUESTION_WORD.test(normalized)
    : ENGLISH_QUESTION_WORD.test(normalized);
}

/**
 * Korean verbs of ending, as stems: each is matched in every form (버려진, 빠짐, 끝낸다고, 손절했),
 * derived by korean-conjugate.ts. A space may be left out ("손떼", "발빼").
 */
const ENDED_STEMS = [
  "버리",
  "밀리",
  "빠지",
  "갈아타",
  "떠나",
  "끝나",
  "끝내",
  "없어지",
  "사라지",
  "그만두",
  "손절하",
  "결별하",
  "헤어지",
  "갈라서",
  "손 떼",
  "발 빼",
  "등 돌리",
  "내치",
  "쫓겨나",
  "교체하",
  "교체되",
  "대체하",
  "대체되",
  "중단하",
  "중단되",
  "철수하",
  // "오픈AI랑 거리 두는 거지?", "관계를 축소한다며": drawing away, winding down.
  "멀어지",
  "거리 두",
  "거리를 두",
  "축소하",
  "축소되",
  // "아마존에서 애저로 바뀐 거지?", "주력을 옮겼다": a change from one to another.
  "바뀌",
  "바꾸",
  "변경되",
  "변경하",
  "옮기",
  "옮겨가",
  // "메인 클라우드에서 물러났다": stepping down.
  "물러나",
  // "파트너십을 종료한다고": ending it.
  "종료하",
  "종료되",
];
const KOREAN_ENDED = [
  ...ENDED_STEMS.flatMap(stemForms).map((form) => escapeRegExp(form).replace(/ /gu, " ?")),
  "손절",
  "끊",
  "관계 ?끝",
  // "관계 정리한다고", "파트너십 사실상 정리": a relationship wound up (정리 alone is "sum up").
  "(?:관계|파트너십|협력|제휴|동맹)(?:를|을)? ?(?:사실상 |완전히 |결국 |아예 )?정리",
  "끝이(?:라|야|다|래)",
  "끝장",
  "팽 ?(?:당|했|함|시)",
  "그만",
  "뺏",
  "빼앗",
  // "주력 자리를 내줬다", "자리를 마소에 넘겨준": a place given up, to someone or not (돈을 내주는
  // is paying out).
  "자리(?:를|도)? ?(?:[^\\s?？]+(?:에게|에|한테|께) )?(?:내주|내줬|내준|내줌|넘겨|넘긴|빼앗|뺏|잃)",
  // "오픈AI 이제 필요없다고": no longer needed. "덜 중요한 파트너", "종료를 시사": less than it
  // was, or its end.
  "필요 ?없",
  "덜 ?(?:중요|필요|핵심)",
  "종료(?:를|가|도|로)?(?=\\s|$)",
  // "라인업에서 제외됐다던데": taken out of a list ("제외하고", except, is not).
  "제외(?:됐|되었|된다|됨|된대|된다고|되는)",
  // "마소로 넘어간 거지?", "애저 쪽으로 넘어왔대": gone over to another ("300억 넘어가" is a bound).
  "(?<=\\p{Script=Hangul})(?:로|쪽으로|쪽에) ?넘어(?:가|간|갔|감|갈|와|온|왔|옴)",
  // "아마존 대신 마소가": a noun replaced; "투자하는 대신" (in exchange for) is not.
  "(?<![는은던]\\s?)대신(?:에|해|하)?",
  // "아마존 이제 메인 클라우드 아니고 MS가…", "더 이상 주력 아니지?": what is now no longer so
  // (the English "no longer"); "…된 거 아니야?" is a tag, not a denial.
  // Typed without spaces too: "아마존은이제앤트로픽주력클라우드아니게된거".
  "(?:이제|이젠|인제|더 ?이상|더는)\\s?(?:[^\\s?？]+\\s){0,5}?[^\\s?？]*?(?<![거건게것]\\s?)아니(?:고|야|라|다|지|잖|래|란|에요|예요|죠|임|게|었)",
].join("|");
/**
 * A party put out by a phrasal verb around it ("knock Google Cloud out", "squeeze Amazon out",
 * "freeze OpenAI out"): the party the claim says is gone is the words between (group 1).
 */
export const PUT_OUT =
  /\b(?:knock|knocks|knocked|knocking|cut|cuts|cutting|boot|boots|booted|booting|freeze|freezes|froze|frozen|freezing|squeeze|squeezes|squeezed|squeezing|push|pushes|pushed|pushing|shut|shuts|shutting|lock|locks|locked|locking|edge|edges|edged|edging) ((?:[\w.']+ ){1,3})out\b(?! (?:of (?:the )?)?(?:park|window|pocket)\b)/u;

/**
 * A claim that something ended ("Nadella dumped OpenAI", "Is Amazon out now?", "amazon's out?",
 * "OpenAI's finished as a partner", "Amazon got bumped", "밀려남", "손절함"): a fact that says it
 * remains answers it with a no. "Claude's out on Azure" (released) ended nothing.
 */
const ENDED = new RegExp(
  String.raw`\b(?:dump(?:s|ed|ing)?|drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|abandon\w*|replac\w*|ceas(?:e|es|ed|ing)|discontinu\w*|terminat\w*|relinquish\w*|(?:give|gives|gave|given|giving) up|supplant\w*|supersed\w*|displac\w*|oust\w*|usurp\w*|overt(?:ake|akes|aken|aking|ook)|leav(?:e|es|ing)|left|quit\w*|cut(?:s|ting)? ties|no longer|not anymore|no more (?!than\b|then\b)|kick(?:s|ed)? out|${PUT_OUT.source.slice(2)}|knock(?:s|ed|ing)? (?:it|that|this|them) on the head|ax(?:e|es|ed|ing)\b|scrap(?:s|ped|ping)?|pull(?:s|ed|ing)? the plug|swap(?:s|ped)?|switch(?:es|ed|ing)? (?:from|away|over|to)|chang(?:e|es|ed|ing) (?:over|to)|(?:mov|chang|shift|switch)(?:e|es|ed|ing)? (?:[\w']+ ){0,4}(?:from|away from)|migrat\w*|stopp?(?:ed|s|ing)?|(?:is|are|was|now|be) out|'s out(?=\s*(?:[?？!.,;]|$|as\b|now\b|then\b|for good\b))|(?:is|are|was|were|'s|'re|now)\s+(?:finished|done|over|history|toast|dead)(?=\s+(?:as|with|for)\b|\s*(?:[?？!.,;]|$))|out of (?:the )?(?:picture|deal|game|loop|running)|gone|over with|(?:end|ends|ended|ending) (?:its|their|the|his|her|our|ties|things)|took over|takes over|taken over|walk(?:s|ed|ing)? away|remov(?:e|es|ed|ing)|pull(?:s|ed|ing)? (?:out|from)|pull(?:s|ed|ing)? (?:[\w.]+ ){1,3}(?:from|off)\b|taken (?:off|out)|(?:took|take|takes|taking) (?:[\w.]+ ){1,3}(?:off|out of)\b|delet(?:e|es|ed)|kill(?:s|ed)|los(?:e|es|ing|t) \w+|get(?:s|ting)? rid of|cut(?:s|ting)? off|turn(?:s|ed|ing)? (?:its|their|his) back|part(?:s|ed|ing)? ways|broke up|break(?:s|ing)? up|split(?:s|ting)? (?:from|with)|instead of|in place of|wind(?:s|ing)? down|wound down|phas(?:e|es|ed|ing) out|scal(?:e|es|ed|ing) back|sidelin\w*|bump(?:s|ed|ing)?(?! up)|bench(?:es|ed|ing)|shelv(?:e|es|ed|ing)|shown the door|elbow(?:s|ed|ing)? (?:out|aside)|back(?:s|ed|ing)? away|distanc(?:e|es|ed|ing) (?:itself|themselves|from)|downgrad\w*|demot\w*|less (?:important|essential|critical|crucial|central|relevant|of a priority)|de-?prioriti[sz]\w*|mov(?:e|es|ed|ing) on from)\b|^(?:(?:so|and|but|wait|ok|okay)[,\s]+)*(?:is|are|was|were)\b(?:\s+[\w']+){1,3}\s+out\b|${KOREAN_ENDED}`,
  "u",
);
/** A fact's text saying something goes on ("remains", "stays", "여전히", "계속"). */
const GOES_ON =
  /\b(?:remains?|still|stays?|continues?|keeps?)\b|여전히|계속|남(?:아|는|을|기|음|았|겠|게)|유지/u;

/** Whether a claim says something ended. */
export function claimsEnded(text: string): boolean {
  // "Should we switch from GPT?", "할까?": a question about what to do, not a claim.
  return ENDED.test(text) && !HYPOTHETICAL.test(text) && !RENAMED.test(text);
}

/**
 * "이름이 … 바뀐", "renamed", "now called": a name changed, nothing ended. "Nadella called OpenAI
 * less important" is a verb of saying, not a name.
 */
const RENAMED =
  /\b(?:renam\w*|rebrand\w*|(?:now|is|are|was|were|be|been|being|gets?|got|getting) called|name[sd]?)\b|이름|명칭|개명/u;

const HYPOTHETICAL =
  /^(?:(?:so|and|but|ok|okay)[,\s]+)*(?:should|would|could|shall|may|might|will|can)\b|\bshould (?:i|we|you|they)\b|(?:할까|해야|하는 게 좋|할지)/u;

/** Whether a fact's text says something goes on. */
export function saysGoesOn(text: string): boolean {
  return GOES_ON.test(text);
}

/** Words of still going on or of now ("still", "아직도", "여전히"): what a fact that remains holds. */
const ONGOING =
  /^(?:still|now|currently|today|anymore|아직|아직도|여전히|이제|지금|지금도|계속|현재)$/u;

export function isOngoingWord(word: string): boolean {
  return ONGOING.test(word);
}

/**
 * What a claim sets aside to say what it is instead: ", not Microsoft investing", "not a
 * guaranteed lump sum", "rather than fixed", "not X but Y", "확정치가 아니라", "투자 말고",
 * "고정된 게 아니고". The words set aside are not claimed. ", not the other way round" is the
 * claim's direction said twice, read where directions are.
 */
const SET_ASIDE_EN =
  /(?:(?:^|[,;:(—–-]\s*|\b(?:and|but)\s+)(?:not|rather than|instead of)|\b(?:rather than|instead of))\s+(?!(?:the )?other way|the reverse|vice versa|only\b|just\b|merely\b|simply\b)([^,.;:?!)—–]+)|\bnot\s+(?!only\b|just\b|merely\b|simply\b)((?:[\w'-]+\s+){0,4}?[\w'-]+)\s+but\b/gu;
/**
 * One or two Korean words before 아니라, 아니고, 말고, 대신 ("마소 투자가 아니라"); a topic
 * before them ("1기가와트는 확정치가 아니라") is what the claim is about, not set aside.
 */
const SET_ASIDE_KO =
  /(?:^|\s)((?:\S+(?<![은는])\s)?\S+?)\s?(?:이|가|은|는)?\s?(?:아니라|아니고|말고|말구|대신(?:에)?)(?=\s|[,.!?]|$)/gu;

/**
 * The text with the words a claim sets aside blanked out (same length, so positions hold).
 * The text itself when nothing is set aside.
 */
export function withoutSetAside(text: string): string {
  if (!SET_ASIDE_HINT.test(text)) return text;
  let out = text;
  for (const pattern of [SET_ASIDE_EN, SET_ASIDE_KO]) {
    for (const match of matchesOf(pattern, text)) {
      const words = match[1] ?? match[2];
      if (!words) continue;
      const start = (match.index ?? 0) + match[0].indexOf(words);
      out = out.slice(0, start) + " ".repeat(words.length) + out.slice(start + words.length);
    }
  }
  return out;
}

/**
 * The claim with what it sets aside cut out, marker and all ("the 30 billion is Anthropic paying
 * Microsoft, not Microsoft paying Anthropic, correct?" claims only its first way round), and the
 * words set aside. Undefined when nothing is set aside.
 */
export function claimWithoutSetAside(
  text: string,
): { readonly kept: string; readonly setAside: string } | undefined {
  if (!SET_ASIDE_HINT.test(text)) return undefined;
  let kept = text;
  const setAside: string[] = [];
  for (const pattern of [SET_ASIDE_EN, SET_ASIDE_KO]) {
    for (const match of matchesOf(pattern, kept).reverse()) {
      const start = match.index ?? 0;
      setAside.push(match[1] ?? match[2] ?? "");
      kept = `${kept.slice(0, start)}${kept.slice(start + match[0].length)}`;
    }
  }
  if (kept === text) return undefined;
  return {
    kept: kept
      .replace(/\s+/gu, " ")
      .replace(/\s+([,?!.])/gu, "$1")
      .trim(),
    setAside: setAside.join(" "),
  };
}

const SET_ASIDE_HINT = /\b(?:not|rather than|instead of)\b|아니라|아니고|말고|말구|대신/u;

/** Whether the word at a position of the text is one the claim sets aside. */
export function setAsideAt(text: string, at: number): boolean {
  if (!SET_ASIDE_HINT.test(text)) return false;
  const blanked = withoutSetAside(text);
  return at >= 0 && at < text.length && blanked[at] === " " && text[at] !== " ";
}
