/**
 * Regional Korean (경상, 전라, 충청) read as the standard forms the rest of the engine knows, before
 * anything else reads the question. People type these as they speak them and often without spaces
 * ("아마존역할은머꼬", "발표한거아이가", "언제발표했당가"), so the question word or the yes/no tag
 * inside must come out standard wherever it sits in the run. Grammar only: no word of any story.
 * The word-final 충청 copula (…여유, …대유) is folded with the other endings in korean-register.ts.
 */

import { composeSyllable, syllableParts } from "./korean.ts";

const FINAL_N = 4;
const FINAL_L = 8;
const FINAL_SS = 20;

/** A syllable's final-consonant index (korean.ts); -1 for anything but a syllable. */
function finalOf(char: string): number {
  return syllableParts(char.codePointAt(0) ?? 0)?.[2] ?? -1;
}

function withoutFinal(char: string): string {
  const parts = syllableParts(char.codePointAt(0) ?? 0);
  return parts ? composeSyllable(parts[0], parts[1], 0) : char;
}

/** A quick test before any rewriting: most questions have none of these. */
const MAY_BE_DIALECT =
  /땀시|[이그]기 ?[뭐머뭔먼무얼언어누왜맞]|당가|랑가|[랑당]께|[머뭐]꼬|어데|헌[티테]|아이[가다라]|[다라] ?카|[다라]캤|기[가고]|[는던한된난]기(?![\uac00-\ud7a3])|지라|인자|먼 |[던는인]디|그라고|거시기|맞어|[제재](?![\uac00-\ud7a3])|슈(?![\uac00-\ud7a3])|[더일장] ?마이|노(?:[\s?？!.~]*$|[?？])|고(?:[\s?？!.~]*$|[?？])|우[째예찌]|(?<![\uac00-\ud7a3])머|잉|니꺼|남(?![\uac00-\ud7a3])|얼매|을매|월매|뭣|[뭐마제구디왜]여(?![\uac00-\ud7a3])|(?<![\uac00-\ud7a3])아녀|(?:뭔|무슨|웬|몇|어느|어떤) ?[\uac00-\ud7a3]{1,4}여(?![\uac00-\ud7a3])|[는은던한된]겨(?![\uac00-\ud7a3])|(?:감|는가|[주보]소)(?![\uac00-\ud7a3])|[나지까데네]예(?:[\s?？!.~]*$|[?？])|[주보하]이소(?![\uac00-\ud7a3])|[우수]꽈|(?:뭐|얼마|언제|어디|누구|개)꽈|어떵|수광|수과|헌틴|마씸|[랜댄믄](?![\uac00-\ud7a3])|블[믄면](?![\uac00-\ud7a3])|하영|혔|[\uac00-\ud7a3]허[구고]|허(?:는|던)|[\uac00-\ud7a3]덜|워디|은제|댜|으디|으느|원제|[\uac00-\ud7a3]헌(?![\uac00-\ud7a3])|(?<![\uac00-\ud7a3])헌 |[주보하]쇼|[다라]메|[뭐머]시기|드래|[였했갔왔됐었았]더래|무신 |마카/u;

/**
 * Words and tags that are regional wherever they stand, even inside an unspaced run:
 * 머꼬 / 뭐꼬 (뭐야), 이기 / 그기 (이게, 그게), 어데 (어디), 헌티 (한테), a closing 아이가 (아니야), the quotative 카 (고 하:
 * "있었다카던데", "뭐라카노"), 그라고 (그리고), the placeholder 거시기. Each with a syllable
 * looked for first, so a question pays only for the patterns whose syllables it has.
 */
const REGIONAL_WORDS: readonly (readonly [key: string, pattern: RegExp, standard: string])[] = [
  // 얼매 / 을매 / 월매 (얼마) and 뭣 (뭐): 을매 and 월매 only opening a word ("주식을매수" is 을 + 매수).
  ["얼매", /얼매/gu, "얼마"],
  ["을매", /(^|[^\uac00-\ud7a3])을매/gu, "$1얼마"],
  ["월매", /(^|[^\uac00-\ud7a3])월매/gu, "$1얼마"],
  // 전라 -블믄 / -블면 (-버리면, the auxiliary of doing it through): "투자금 빼블믄 을매가 남는당가".
  ["블", /([\uac00-\ud7a3])블(?:믄|면)(?![\uac00-\ud7a3])/gu, "$1버리면"],
  // 전라 뭐땀시 / 머땀시 / 뭣땀시 (뭐 때문에: why), and 땀시 after a noun (때문에).
  ["땀시", /(^|[^\uac00-\ud7a3])(?:뭐|머|뭣|뭐시|머시) ?땀시(?![\uac00-\ud7a3])/gu, "$1왜"],
  ["땀시", /땀시(?![\uac00-\ud7a3])/gu, " 때문에"],
  ["뭣을", /(^|[^\uac00-\ud7a3])뭣을(?![\uac00-\ud7a3])/gu, "$1뭘"],
  ["뭣이", /(^|[^\uac00-\ud7a3])뭣이(?![\uac00-\ud7a3])/gu, "$1뭐가"],
  ["뭣", /(^|[^\uac00-\ud7a3])뭣(?![\uac00-\ud7a3])/gu, "$1뭐"],
  // 충청, 전라 아녀 / 아녀유 (아니야 / 아니에요): the closing "isn't it", a tag ("그런 거 아녀").
  ["아녀", /(^|[^\uac00-\ud7a3])아녀(?:유)?(?![\uac00-\ud7a3])/gu, "$1아니야"],
  // 전라 머시 (뭐: "머시여", "머시냐") and 먼 (뭔) before what a word is said to mean ("먼 말이여",
  // "먼 소리"); 먼 before anything else is "far" (먼 미래).
  ["머시", /(^|[^\uac00-\ud7a3])머시(?=[여냐야]|[^\uac00-\ud7a3]|$)/gu, "$1뭐"],
  ["먼", /(^|[^\uac00-\ud7a3])먼(?= ?(?:말|소리|뜻|얘기|이야기|의미|차이))/gu, "$1뭔"],
  // 전라, 충청 으디 / 으느 (어디 / 어느) and 원제 (언제) opening a word: "으디다 짓는당가", "으느
  // 주여", "원제 발표혔어". 원제목 is a book's original title.
  ["으디", /(^|[^\uac00-\ud7a3])으디/gu, "$1어디"],
  ["으느", /(^|[^\uac00-\ud7a3])으느(?![\uac00-\ud7a3])/gu, "$1어느"],
  ["원제", /(^|[^\uac00-\ud7a3])원제(?!목)/gu, "$1언제"],
  // 전라, 충청 헌 (한) closing a verb's noun: "발표헌 날" (발표한). 공헌, 문헌 and their kind are nouns.
  ["헌", /([\uac00-\ud7a3])(?<!공|문|개|위|합|호|제)헌(?![\uac00-\ud7a3])/gu, "$1한"],
  // …and as a word of its own after a spaced noun, before what was done: "말 헌 사람", "얘기 헌
  // 거" (말 한, 얘기 한). Before anything else 헌 is "old" (헌 옷, 헌 차).
  ["헌", /(^|[^\uac00-\ud7a3])헌(?= (?:사람|분|거|것|게|건|적|날|말|얘기|이야기))/gu, "$1한"],
  // 전라, 경상 메 (며) closing a hearsay tag: "선언혔다메?", "그랬다메" (했다며).
  ["메", /([다라])메(?=[\s?？!.~]*$|[?？])/gu, "$1며"],
  // 강원 드래 (더래: hearsay) closing a verb: "언제였드래요", "했다드래요", "뭐라드래". 드래곤,
  // 드래그 go on with a syllable.
  ["드래", /드래(?=요|[\s?？!.~,]|$)/gu, "더래"],
  // …and the hearsay 더래 after a past stem is the standard 대: "언제였더래" (언제였대), "했더래요"
  // (했대요), which the question's reading knows.
  ["더래", /(?<=[였했갔왔됐었았])더래(?=요|[\s?？!.~,]|$)/gu, "대"],
  // 강원, 경상 무신 (무슨) before the noun it asks of: "무신 행사", "무신 돈". 무신론 is one word.
  ["무신", /(^|[^\uac00-\ud7a3])무신(?= )/gu, "$1무슨"],
  // 강원 마카 (다, 모두) as a word of its own: "이름 마카 대보우". 마카롱 goes on.
  ["마카", /(^|[^\uac00-\ud7a3])마카(?![\uac00-\ud7a3])/gu, "$1다"],
  // 하오체 쇼 (세요) after 주 / 보 / 하: "말해주쇼", "알려주쇼".
  ["쇼", /([주보하])쇼(?![\uac00-\ud7a3])/gu, "$1세요"],
  // 충청, 전라 여 after a question word (뭐여, 얼마여, 누구여 = 뭐야, 얼마야, 누구야).
  ["여", /(뭐|얼마|언제|누구|어디|왜)여(?![\uac00-\ud7a3])/gu, "$1야"],
  ["꼬", /[머뭐]꼬(?=[\uac00-\ud7a3])/gu, "뭐야 "],
  ["꼬", /[머뭐]꼬/gu, "뭐야"],
  ["어데", /어데(?=서|가|고|로|에|야|냐|까지|다|[^\uac00-\ud7a3]|$)/gu, "어디"],
  ["헌", /헌[티테]/gu, "한테"],
  // 제주 헌틴 (한테는): "작은 회사들헌틴".
  ["헌", /헌틴/gu, "한테는"],
  // A closing tag: "…한거아이가?", "엔비디아아이가" (isn't it). 아이가 opening a clause is "the child".
  ["아이가", /아이가(?=[\s?？!.~]*$|[?？])/gu, "아니야"],
  ["아이다", /아이다(?=[\s?？!.~]*$|[?？])/gu, "아니다"],
  ["아이라", /아이라(?=[\s?？!.~]*$|[?？]|고)/gu, "아니라"],
  ["카", /([다라])카(?=던데|더라|던|데|나|노|니|는데|네|이|면서)/gu, "$1고 하"],
  // Spaced off its quote too, a whole word: "머라 카면서" (뭐라고 하면서), "있다 카던데".
  ["카", /([다라]) 카(?=(?:던데|더라|면서|나|노|는데|네|데)(?:[^\uac00-\ud7a3]|$))/gu, "$1고 하"],
  // With no quotative before it at all, after the noun it names: "순환투자 카는 거" (라고 하는 거).
  [
    "카",
    /(^|[^\uac00-\ud7a3])카(?=(?:는|던|더라|던데|는데)(?:거|게|건|기)?(?:[^\uac00-\ud7a3]|$))/gu,
    "$1라고 하",
  ],
  ["캤", /([다라])캤(?=다|나|노|는데|어|대|지)/gu, "$1고 했"],
  // 경상 마이 (많이) after a degree word: "더 마이 냈노". Alone, 마이 is "my" (마이페이지).
  ["마이", /(더|제일|가장) ?마이(?![\uac00-\ud7a3])/gu, "$1 많이"],
  // 경상 이기 / 그기 (이게, 그게) before what is asked of it: "순환투자 이기 머꼬", "그기 얼마고".
  [
    "기",
    /(^|[^\uac00-\ud7a3])([이그])기(?= ?(?:뭐|머|뭔|먼|무슨|얼마|언제|어디|누구|누가|왜|맞))/gu,
    "$1$2게",
  ],
  ["그라고", /(^|[^\uac00-\ud7a3])그라고(?![\uac00-\ud7a3])/gu, "$1그리고"],
  ["그라고", /(^|[^\uac00-\ud7a3])그라고(?=[\uac00-\ud7a3])/gu, "$1그리고 "],
  // 경상 question words: 우째 / 우예 (어떻게), 머 alone (뭐), and 고 closing a question word
  // (얼마고, 언제고, 누고 = 얼마야, 언제야, 누구야).
  ["우", /(^|[^\uac00-\ud7a3])(?:우째|우예|우찌)(?![\uac00-\ud7a3])/gu, "$1어떻게"],
  // …and glued to the verb it asks of: "우째되는기고", "우째하노" (어떻게 되는, 어떻게 하냐).
  ["우", /(^|[^\uac00-\ud7a3])(?:우째|우예|우찌)(?=[되돼하해])/gu, "$1어떻게 "],
  // Also the chat spelling of 뭐라 ("나델라 머라함", "머라고 했어", "머래"), glued endings and all.
  [
    "머",
    /(^|[^\uac00-\ud7a3])머(?=(?:[가를야냐노고]|라)?(?:[^\uac00-\ud7a3]|$)|라(?:고|함|했|던|카|노)|래|랬)/gu,
    "$1뭐",
  ],
  ["고", /(얼마|언제|어디|뭐|누구)고(?=[\s?？!.~]*$|[?？])/gu, "$1야"],
  ["누고", /(^|[^\uac00-\ud7a3])누고(?=[\s?？!.~]*$|[?？])/gu, "$1누구야"],
  // 전라 잉 after a closing ending asks nothing: "맞제잉?", "그렇당께잉".
  ["잉", /([제지요다어라께])잉(?=[\s?？!.~]*$|[?？])/gu, "$1"],
  // 전라 지라 closing a sentence: "그런 거지라?", "맞지라" (거죠, 맞죠).
  ["지라", /([\uac00-\ud7a3])지라(?=[\s?？!.~]*$|[?？])/gu, "$1죠"],
  ["거시기", /(^|[^\uac00-\ud7a3])거시기(?:[가를는]|혀|해)?(?![\uac00-\ud7a3])/gu, "$1"],
  // 뭐시기 / 머시기, the same placeholder ("엔비 뭐시기가"), asks nothing.
  ["시기", /(^|[^\uac00-\ud7a3])[뭐머]시기(?:[가를는]|혀|해)?(?![\uac00-\ud7a3])/gu, "$1"],
  // 경상 예 closing a polite question or statement: "맞나예", "맞지예", "있습니까" said as "있나예".
  ["예", /([나지까데네])예(?=[\s?？!.~]*$|[?？])/gu, "$1요"],
  // 경상 이소 closing a request: "설명해주이소", "알려주이소", "말해보이소", "하이소" (…세요).
  ["이소", /([주보하])이소(?![\uac00-\ud7a3])/gu, "$1세요"],
  // 제주 우꽈 (입니까) and 어떵 (어떻게): "역할이우꽈", "어떵허우꽈"; 수꽈 is folded below.
  ["어떵", /어떵 ?(?=[허하해])/gu, "어떻게 "],
  ["어떵", /어떵/gu, "어떻게"],
  ["꽈", /[허하]우꽈/gu, "해요"],
  ["꽈", /이우꽈/gu, "이에요"],
  ["꽈", /([\uac00-\ud7a3])우꽈/gu, "$1요"],
  // A question word closed by 꽈 alone: "뭐꽈", "얼마꽈", "언제꽈" (뭐예요, 얼마예요, 언제예요).
  ["꽈", /(뭐|얼마|언제|어디|누구|몇 ?개)꽈/gu, "$1예요"],
  // 제주 수광 (습니까, 나요), 햄수광 (합니까), 마씸 (요): "맞수광", "있수광", "뭐랜 햄수광", "몰라마씸".
  ["수광", /햄수광/gu, "해요"],
  ["수광", /([\uac00-\ud7a3])수광/gu, "$1나요"],
  ["마씸", /([\uac00-\ud7a3])마씸/gu, "$1요"],
  // 제주 수과 (습니까), typed without the tense 꽈: "이수과" (있습니까), "얼마였수과", "맞수과".
  ["수과", /(^|[^\uac00-\ud7a3])이수과/gu, "$1있나요"],
  ["수과", /([\uac00-\ud7a3])수과(?![\uac00-\ud7a3])/gu, "$1나요"],
  // 제주 랜 / 댄 (라고 / 다고) closing a word: "뭐랜", "걱정이랜", "발표했댄" (오랜 is "long").
  ["랜", /(^|[^\uac00-\ud7a3]|[\uac00-\ud7a3](?<!오))랜(?![\uac00-\ud7a3])/gu, "$1라고"],
  ["댄", /([\uac00-\ud7a3])댄(?![\uac00-\ud7a3])/gu, "$1다고"],
  // 제주, 경상 믄 (면) closing a word: "치믄", "하믄"; 제주 하영 (많이).
  ["믄", /([\uac00-\ud7a3])믄(?![\uac00-\ud7a3])/gu, "$1면"],
  ["하영", /(^|[^\uac00-\ud7a3])하영(?![\uac00-\ud7a3])/gu, "$1많이"],
  // 제주, 충청 허 (하) before an ending of saying or doing: "좋댄 허는", "허던디", "시작허는" (하는,
  // 하던데). 허는 and 허던 are no standard words.
  ["허", /허(는|던)(?![\uac00-\ud7a3])/gu, "하$1"],
  ["허", /허던[디데](?![\uac00-\ud7a3])/gu, "하던데"],
  // 충청 허구 / 허고 (하고) after a noun: "마이크로소프트허구 엔비디아". Alone, 허구 is fiction.
  ["허", /([\uac00-\ud7a3])허([구고])(?![\uac00-\ud7a3])/gu, "$1하고"],
  // 충청 덜 (들) after a noun, before a particle: "손님덜이", "회사덜은". Alone, 덜 is "less".
  ["덜", /([\uac00-\ud7a3])덜(?=[이은을도에의과]|[^\uac00-\ud7a3]|$)/gu, "$1들"],
  // 충청 워디 (어디), 은제 (언제) opening a word; 댜 (대) closing one: "냈댜" (냈대).
  ["워디", /(^|[^\uac00-\ud7a3])워디/gu, "$1어디"],
  ["은제", /(^|[^\uac00-\ud7a3])은제/gu, "$1언제"],
  ["댜", /([\uac00-\ud7a3])댜(?![\uac00-\ud7a3])/gu, "$1대"],
];

/**
 * Regional and older speakers' endings closing a word: 전라 당가 / 랑가 (…는가, …ㄹ까), 던디 / 는디 /
 * 인디 (…던데), 맞어 (맞아), 맞제 / 했제 / 맞재 (맞지, 했지), 충청 슈 (했슈 = 했어요, 뭐슈 = 뭐예요) and 남
 * (했남 = 했나), 경상 니꺼 (니까); 충청 / 전라 는감 / 인감 (하는감 = 하나요, 이름인감 = 이름인가요), the
 * old-fashioned question 는가 (했는가, 언제였는가 = 했나요, 언제였나요) and the 하오체 request 주소 /
 * 보소 after a verb's 어 form (말해주소, 풀어보소 = 말해주세요, 풀어보세요).
 */
const REGIONAL_ENDINGS = [
  "당가",
  "랑가",
  "던디",
  "는디",
  "인디",
  "니꺼",
  "는감",
  "인감",
  "는가",
  "주소",
  "보소",
  "랑께",
  "당께",
  "제",
  "재",
  "슈",
  "남",
  "감",
];
const MAY_END_REGIONAL =
  /(?:당가|랑가|[랑당]께|[던는인]디|니꺼|[는인]감|는가|[주보]소|[제재슈남감])(?![\uac00-\ud7a3])/u;
/** The last syllable of a verb's 어 form, before a helper verb 주 / 보 (말해, 풀어, 알려, 봐). */
const CONNECTIVE_END = new Set([..."어아여해와워줘봐져쳐겨려러내"]);
const HANGUL_WORD = /[\uac00-\ud7a3]+/gu;

/** A word with its regional ending folded (itself when it has none). */
function foldWordEnd(word: string): string {
  for (const ending of REGIONAL_ENDINGS) {
    if (word.endsWith(ending)) return foldRegionalEnd(word, word.slice(0, -ending.length), ending);
  }
  return word;
}

function foldRegionalEnd(whole: string, stem: string, ending: string): string {
  if (stem === "") return whole;
  const last = stem.charAt(stem.length - 1);
  const final = finalOf(last);
  switch (ending) {
    case "당가":
      return `${questionStem(stem, last, final)}`;
    case "랑가":
      // 할랑가, 될랑가, 있을랑가: "will it", …ㄹ까요.
      return final === FINAL_L ? `${stem}까요` : whole;
    case "던디":
    case "는디":
    case "인디":
      return `${stem}${ending.charAt(0)}데`;
    case "제":
    case "재":
      // 맞제, 했제, 있제 (typed 맞재, 했재 too): a tag asking for a yes (맞지). A noun before 제
      // (문제, 경제) or 재 (인재, 현재) has no ㅆ and is no 맞.
      return final === FINAL_SS || last === "맞" ? `${stem}지` : whole;
    case "슈":
      if (final === FINAL_SS) return `${stem}어요`;
      return last === "뭐" || last === "거" ? `${stem}예요` : whole;
    case "니꺼":
      // 경상 합니꺼, 맞십니꺼 / 맞심니꺼 (합니까, 맞습니까): the formal question, folded on by
      // korean-register.
      if (
        (last === "십" || last === "심") &&
        stem.length >= 2 &&
        finalOf(stem.charAt(stem.length - 2)) > 0
      ) {
        return `${stem.slice(0, -1)}습니까`;
      }
      return `${stem}니까`;
    case "감":
      // 맞는감, 이름인감, 발표한감, 했감: the question 가 (맞나, 이름인가, 발표한가, 했나), like
      // 당가. A noun's 감 (부담감, 예감, 인감 alone) follows none of these (or stands alone).
      if (final === FINAL_SS) return `${stem}나`;
      if (stem.length < 2) return whole;
      if (last === "는") return `${stem.slice(0, -1)}나`;
      return "인한던".includes(last) ? `${stem}가` : whole;
    case "남":
      // 충청 했남 (했나): after a past stem only (강남, 베트남 are places).
      return final === FINAL_SS ? `${stem}나` : whole;
    case "는감":
    case "는가":
      // 하는감, 넣는가, 했는감, 언제였는가: the plain question on the same stem.
      return `${stem}나요`;
    case "인감":
      return `${stem}인가요`;
    case "랑께":
      // 전라 말해보랑께, 알려주랑께, 하랑께 (말해보세요, 알려주세요, 하세요): a request insisted on.
      return "보주하".includes(last) ? `${stem}세요` : whole;
    case "당께":
      // 그렇당께, 했당께 (그렇다니까): a statement insisted on, read as the statement.
      return final > 0 ? `${stem}다` : whole;
    case "주소":
    case "보소":
      // 말해주소, 알려주소, 풀어보소: a request. After a noun (회사주소, 이메일주소) it is an address.
      return CONNECTIVE_END.has(last) ? `${stem}${ending.charAt(0)}세요` : whole;
    default:
      return whole;
  }
}

/**
 * The stem of a 당가 question in its plain polite form: 받는당가 -> 받나요, 했당가 / 맞당가 ->
 * 했나요 / 맞나요, 발표한당가 -> 발표하나요, 언제당가 / 거당가 -> 언제인가요 / 거인가요.
 */
function questionStem(stem: string, last: string, final: number): string {
  if (last === "는") return `${stem.slice(0, -1)}나요`;
  // 일인당가 (일인가요), 하는건당가 (하는 거인가요): the copula, not a verb.
  if (last === "인") return `${stem.slice(0, -1)}인가요`;
  if (last === "건") return `${stem.slice(0, -1)}거인가요`;
  if (final === FINAL_N) return `${stem.slice(0, -1)}${withoutFinal(last)}나요`;
  if (final > 0) return `${stem}나요`;
  if (last === "이" && stem.length >= 2 && finalOf(stem.charAt(stem.length - 2)) > 0) {
    return `${stem.slice(0, -1)}인가요`;
  }
  return `${stem}인가요`;
}

const STANDALONE_MAJEO = /(^|[^\uac00-\ud7a3])맞어(?![\uac00-\ud7a3])/gu;
const WH_WORD = /뭐|뭘|뭔|무슨|어디|언제|누가|누구|얼마|왜|어떻게|몇|어느/u;
/** Not the 노 of a loanword (카지노, 피아노, 도미노, 르노). */
const CLOSING_NO = /([\uac00-\ud7a3])(?<![지아미르리])노(?=[\s?？!.~]*$|[?？])/gu;

/**
 * 충청, 전라 copula 여 on a noun a question word asks about: "뭔 소리여" (뭔 소리야), "무슨 뜻이여"
 * is folded elsewhere (이여), "몇 개여", "어느 회사여". After a vowel only: a noun with a final
 * consonant takes 이여. Not the verbs and Sino-Korean nouns that end on 여 (보여, 모여, 하여, 기여,
 * 부여, 대여, 수여, 투여).
 */
const ASKED_NOUN_YEO =
  /((?:^|[^\uac00-\ud7a3])(?:뭔|무슨|웬|몇|어느|어떤) ?[\uac00-\ud7a3]{0,3})([\uac00-\ud7a3])여(?![\uac00-\ud7a3])/gu;
/** Verb stems before 여 wherever they stand (대하여, 보여, 모여): */
const VERB_BEFORE_YEO = new Set([..."하되이보모쓰"]);
/** Sino-Korean nouns of 여 when they are the whole word (기여, 부여); 얘기여 is a copula. */
const NOUN_BEFORE_YEO = new Set([..."기부대수투"]);

function foldAskedNounYeo(whole: string, head: string, last: string): string {
  if (finalOf(last) !== 0 || VERB_BEFORE_YEO.has(last)) return whole;
  const wholeWord = !/[\uac00-\ud7a3]$/u.test(head);
  if (wholeWord && NOUN_BEFORE_YEO.has(last)) return whole;
  return `${head}${last}야`;
}

/** 충청, 전라 겨 (거여, "it is the one that"): "투자한겨?", "뭐하는겨" -> 투자한 거야, 뭐하는 거야. */
const BOUND_NOUN_GYEO =
  /((?<![\uac00-\ud7a3])한|[\uac00-\ud7a3][는은던한된])겨(?![\uac00-\ud7a3])/gu;

/** 제주 수꽈 (습니까) after a past stem: "했수꽈", "있수꽈" (했어요, 있어요). */
const CLOSING_SUKKWA = /([\uac00-\ud7a3])수꽈/gu;

function foldClosingSukkwa(whole: string, last: string): string {
  return finalOf(last) === FINAL_SS ? `${last}어요` : whole;
}

/**
 * 경상 기 (거, "the one that") closing a clause after a verb's adnominal form: "되는 기가?",
 * "빠지는 기가," (되는 거야?), "뭐가 틀린 기고?" (틀린 거야?). Only closing a clause, so 기가 as
 * giga ("몇 기가", "1 기가 전력") is left: a number or 몇 has no final ㄴ / ㄹ, and a subject's 은 / 는
 * before the unit goes on to ask something after it.
 */
const CLOSING_GI = /([\uac00-\ud7a3]) ?기[가고](?=[\s?？!.~,]*$|\s*[?？,])/gu;

/**
 * The first of two clauses offered as a choice, each closed by 기가 ("…한테 가는 기가 …로 가는
 * 기가", is it this or that): once the last is read as 거야, the first is too.
 */
const CHOICE_GI = /([\uac00-\ud7a3]) 기[가고](?=\s.*\S 거야[\s?？!.~]*$)/gu;

/** The first choice's 거야 ends its clause: a comma, as the choice would be written. */
function foldChoiceGi(whole: string, last: string): string {
  const folded = foldClosingGi(whole, last);
  return folded === whole ? whole : `${folded},`;
}

function foldClosingGi(whole: string, last: string, at?: number, text?: string): string {
  const final = finalOf(last);
  if (final !== FINAL_N && final !== FINAL_L) return whole;
  // 기가 / 기고 always ask: closing the text with no mark, the question mark it stands for.
  const unmarked = text !== undefined && /^\s*$/u.test(text.slice((at ?? 0) + whole.length));
  return unmarked ? `${last} 거야?` : `${last} 거야`;
}

/**
 * 경상 기 (거) glued to a verb's adnominal form, wherever the clause stands: "돌아가는기 맞제"
 * (돌아가는 거 맞지), "쓰는기 있나" (쓰는 거 있나), "하는기가, …" / "끝난기고" (하는 거야, 끝난 거야).
 * Only after 는 / 던 / 한 / 된 / 난, whose words never end in a noun's 기: 인기, 전기, 분기 and
 * their kind have other syllables before it.
 */
const GLUED_GI = /([는던한된난])기([가고])?(?![\uac00-\ud7a3])/gu;

function foldGluedGi(_whole: string, adnominal: string, asked: string | undefined): string {
  return asked ? `${adnominal} 거야` : `${adnominal} 거`;
}

/**
 * 전라, 경상 인자 (이제, "now") as a word of its own, opening the sentence, after its first word
 * before a place ("클로드 인자 애저에서도 …"), after a subject or topic ("아마존은 인자 손 뗐나")
 * or after a clause closed on 거 ("되는 거야 인자 끝난 거야"); after a noun further on it is a
 * factor ("유전 인자", "주요 인자").
 */
const STANDALONE_INJA = /(^|[^\uac00-\ud7a3])인자(?= [\uac00-\ud7a3])/gu;
const BEFORE_INJA = /(?:^|[,.!?？]|[\uac00-\ud7a3]*[은는이가도]|(?:거|건|게)(?:야|냐|고|가)?)\s*$/u;
/** The sentence's first word, then 인자, then a place said with its particle: "클로드 인자 애저에서도". */
const FIRST_WORD_INJA =
  /^([^\s,.!?？]+ )인자(?= [\uac00-\ud7a3]+(?:에서도|에서|에도|에|로도|으로))/u;

function foldInja(text: string): string {
  const opened = text.replace(FIRST_WORD_INJA, "$1이제");
  return opened.replace(STANDALONE_INJA, (whole, before: string, offset: number) =>
    BEFORE_INJA.test(opened.slice(0, offset + before.length)) ? `${before}이제` : whole,
  );
}

/**
 * 충청, 전라 혔 (했): "넣기로 혔대유", "발표혔고", "선언혔다메". After the stem of a -히다 verb it
 * is that verb's standard past (밝혔, 뽑혔, 막혔, 잡혔), and stays.
 */
const REGIONAL_HYEOT = /([\uac00-\ud7a3])?혔/gu;
const HI_VERB_STEMS = new Set([..."밝뽑막잡묻얽입읽넓좁익앉굳닫갇먹박식적찍꽂잊맺얹긁밟업엎집딪"]);

function foldRegionalHyeot(whole: string, before: string | undefined): string {
  if (before !== undefined && HI_VERB_STEMS.has(before)) return whole;
  return `${before ?? ""}했`;
}

/** The text with its regional words, tags and closing endings read as standard ones. */
export function foldKoreanDialect(text: string): string {
  if (!MAY_BE_DIALECT.test(text)) return text;
  let folded = text.includes("혔") ? text.replace(REGIONAL_HYEOT, foldRegionalHyeot) : text;
  for (const [key, pattern, standard] of REGIONAL_WORDS) {
    if (folded.includes(key)) folded = folded.replace(pattern, standard);
  }
  if (folded.includes("수꽈")) folded = folded.replace(CLOSING_SUKKWA, foldClosingSukkwa);
  if (folded.includes("기")) {
    folded = folded
      .replace(CLOSING_GI, foldClosingGi)
      .replace(CHOICE_GI, foldChoiceGi)
      .replace(GLUED_GI, foldGluedGi);
  }
  if (folded.includes("인자")) folded = foldInja(folded);
  if (folded.includes("맞어")) folded = folded.replace(STANDALONE_MAJEO, "$1맞아");
  if (folded.includes("여")) folded = folded.replace(ASKED_NOUN_YEO, foldAskedNounYeo);
  if (folded.includes("겨")) folded = folded.replace(BOUND_NOUN_GYEO, "$1 거야");
  // 경상 노 closing a question with a question word in it: 뭐가 더 크노 -> 크냐, 얼마 받노 -> 받냐.
  if (folded.includes("노") && WH_WORD.test(folded)) folded = folded.replace(CLOSING_NO, "$1냐");
  return MAY_END_REGIONAL.test(folded) ? folded.replace(HANGUL_WORD, foldWordEnd) : folded;
}
