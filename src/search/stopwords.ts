/**
 * Words that shape a question but say nothing about its subject, in English and Korean. They are
 * left out of both matching and the on-topic test, so "tell me about X" weighs the same as "X".
 * Nothing here is about one story: a topic's own too-common words ("deal" in a story about a
 * deal) come from its manifest (search.stopwords) and are added by the lexicon.
 */
import { escapeRegExp } from "../util/escape-regexp.ts";
import { ABOUT_THE_BOT_PATTERNS } from "./about-the-bot.ts";
import { CALL_ADVICE_PATTERNS } from "./advice-calls.ts";
import { CHOICE_ADVICE_PATTERNS } from "./advice-choices.ts";
import { EXIT_ADVICE_PATTERNS } from "./advice-exits.ts";
import { HOLDINGS_ADVICE_PATTERNS } from "./advice-holdings.ts";
import { CODING_QUESTION_PATTERNS } from "./coding-question.ts";
import { DECLARED_TASK_PATTERNS } from "./declared-task.ts";
import { englishVerbForms } from "./english-conjugate.ts";
import { isEnding } from "./korean.ts";
import { TRANSLATION_REQUEST_PATTERNS } from "./translation-request.ts";

export const ENGLISH_STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren around as at be because been
  before being below between both but by can could did didn do does doesn doing don down during each
  either else ever every few for from further get gets got had has have having he her here hers him
  his how however i if in into is isn it its itself just let lets like me might mine more most much
  must my myself no nor not now of off on once only or other our ours out over own per please really
  same shall she should so some such than that the their theirs them then there these they this
  onto toward towards across along behind beyond throughout till unto although though whereas
  whenever wherever whatever whoever therefore thus hence neither ourselves yourself yourselves
  himself herself themselves
  those through to too under until up upon very via was wasn we were what whats when where which
  while whether who whom whose why will with within without would wouldn yes yet you your yours us
  tell explain describe summarize summarise summary say says said saying mean means meant meaning
  teach teaches teaching taught
  know known think thought show shows give gives given talk talking article articles story news
  post text piece report reported reporting mention mentioned mentions detail details info
  information anything something thing things stuff role happen happened happening going go
  goes went gone gave brought way ways kind sort part parts bit bits claim claims care cares caring korean korea english american chinese japanese european lot lots okay ok hey hi hello thanks thank pls plz please bot
  actually basically exactly quite rather maybe perhaps also again still already even want wants
  wanted get gets getting got receive receives received receiving affect affects affected affecting impact impacts effect effects make makes making made take takes taking took put puts putting need
  needs needed come comes came see sees saw seem seems look looks looking work works happens one
  result results outcome outcomes
  ones line sentence word words phrase phrases phrasing wording plain simple simply kind company
  companies firm firms two three
  specifically exactly precisely context terms regard regarding play plays played playing differ
  differs different difference differences biggest big bigger largest large small smaller single
  another other others keep keeps kept call calls called official officially describe describes
  described real good bad better best worse worst main key important overall whole new old many
  first last exact precise author authors writer writers reader readers audience anyone someone everyone everybody anybody somebody people
  person guy guys folks idea ideas point points side sides case cases fact facts involved involve
  involves exactly overall refer refers referring referred represent represents representing
  actual afterward afterwards instead sound sounds sounded relation relations relationship relationships
  relate relates related relating
  hint imply suggest according argue insinuate allude list
  wait hmm umm um uh uhh uhm erm anyway anyways anyhow
  cheers regards sincerely xoxo
  passage passages excerpt excerpts worksheet worksheets handout handouts
  little substance gist essence party parties formal formally open opens opened`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The inflected forms of an English function word ("seeing", "keeps", "explained", "getting",
 * "differently"): a word that says nothing about a question's subject says nothing with an ending
 * either. A verb's forms as the glossary's verbs get them, and -ly. Only words of three letters or
 * more, so "us" never yields "uses" nor "be" "bed".
 */
export function inflectionsOf(word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word)) return [];
  return [...englishVerbForms(word).filter((form) => form !== word), `${word}ly`];
}

export const KOREAN_STOPWORDS = new Set(
  `며칠 몇일 뭐 뭐야 뭐지 뭔가요 뭔데 뭐예요 뭐에요 뭐라고 뭐라 무엇 무엇인가요 무엇인지 무엇일까요 무슨 어떻게 어떤
  어떤가요 어땠나요 어때 어때요 어떠한 어느 왜 누구 누가 누구야 누군가 언제 어디 어디서 어디에 어디야
  알려줘 알려주세요 알려 알려줄래 알고 싶어 싶어요 싶다 궁금 궁금해 궁금해요 궁금합니다 설명 설명해줘
  설명해 설명해주세요 해줘 해주세요 해 주세요 해줄 해줄래 해줄래요 해주실 해주실래요 줘 주는지 주나요 주냐 주시겠습니까 주시겠어요 주시겠어 주시겠나요 주시겠는지요 주시겠는지 주시겠지요 주시겠죠 좀 그 이 저 그리고 글고 그리구 또 또는 및 정말 진짜 팩트 혹시 대해 대해서 대해선 대해서는
  대한 관해 관해서 관해선 관해서는 관한 관련 관련해서 기사 기사에서 기사에 기사는 내용 말해줘 말해 말했어 말했나요
  했어 했나요 있어 있나요 있어요 있는 있나 있지 없어 없나요 인가요 요약 요약해줘 의미 뜻 역할
  부탁 부탁해 부탁해요 부탁드려 부탁드려요 부탁드립니다 부탁합니다 부탁함 부탁좀 바람 바랍니다 바래요 바래 요망 사항
  이라는게 이라는건 라는게 라는건 이란게 이란건 어떤식으로 어떤식 식으로
  아니야 아닌가요 이번 지금 그럼 그러면 그래서 근데 그런데 하지만 네 예
  안녕 안녕하세요 고마워 감사 감사합니다 것 거 건 게 수 등 때 중 더 가장 제일 다 모두 얘기 이야기
  된 되는 됐어 했는지 하는지 인지 건가요 건지 거야 거예요 건데 나요 까요 세요 습니까 니까 할까 할까요
  년 월 일 대 개 명 위 번 차 쯤 정도 하 되 있 없 않 같 싶 알
  짜리 어치 어치나 직후 직전 시사
  그냥 굳이 봐도 돼 돼요 되요 뭐가 뭘 뭔 좋은 좋은데 좋아 좋을까 좋다 좋다고 좋다는 좋대 나쁜 안 못 잘 많이 정확히 구체적으로 각각
  대체 도대체 결국 그거 이거 저거 이게 그게 저게 이건 그건 걸 건가 거지 받는 받아 주는 하는데 한다
  한다고 하던데 했다는데 회사 회사들 기업 기업들 군데 곳 두 세 한 여러 둘 셋 넷 둘이서 셋이서 두개 두가지 세개 세가지 둘다 어디가 누구한테 누구에게 쓴 글 글쓴이 기자
  부분 쪽 측 입장 입장에선 입장에서 정리 정리해줘 간단히 간단하게 게메 게매 간략히 간략하게 짧게 한마디로 한줄 한 줄 소개 소개돼 소개됐어
  소개되 묘사 묘사돼 서술 서술돼 서술된 나와 나와요 나오는 나온 나오 맥락 문맥 근거 들어가 들어가는 들어간 들어감 들어가요 들어있 들어있어 들어와 했고 했는데 했지 말 말이 말은 말을 써 쓰여 적혀 언급 언급돼 말하는 말한 원래 만든 만들 만드는
  보여 보이 보여줘 보이는 글쓴이 저자 필자 작성자 사람 사람들 공식 설명해 설명하 설명했 묻는 묻고
  이렇게 그렇게 저렇게 이런 그런 저런 이러면 그러니까 뭐뭐 알려주 알려주셈 알려주삼 알랴줘 갈켜줘 가르쳐줘 뭐임 뭐냐 뭐누 뭐노 뭐지 뭐였지 뭐였음 뭐였냐 뭐였어 누구임 누구냐 언제임 언제냐 어디임 어디냐 어케 어캐 왜케
  왜냐 왜임 어떰 어땜 됨 있음 없음 있냐 없냐 알려줘라 알려주라 해봐 말해봐 설명좀 이후 이전 전후 이걸 이거 그걸 저걸 이것 그것 몇개 몇개임 개임 머 머야 머임 머였지 머지 머냐 대목 드러내는 드러낸 나타내는 가리키 가리키는 가리키나요 가리킨 가리켜 가리키는지 지칭 지칭하 지칭하는 지칭하는지 지칭하나요 지칭한 지칭해 자주 흔히 단어 여기선 여기서는 뜻임 의미임 말임 걍 아직 아직도 위치 포지션 받 줬 줬어 줬냐 줬음 시작점 출발점 났음 났어 났냐 났지 났나 났대 났다 났는지 갔냐 갔어 갔음 갔지 갔나 갔대 함 노릇 편 전반적 전반적인 전반 전체적 전체적인 대체로 했음 했냐 했노 했누 했삼 했셈 했지 했나 했니 했네 했대 했다 했죠 했다며 됐음 됐지 됐나 됐어 였음 였어 였지 였나 한대 전에는 전에 전엔 예전엔 예전에는 쓰고 쓰는데 썼는데 표현 된대 됐대 된거 됐음 됐냐 되냐 요즘 요새 부르는 부르 불러 불리는 불리 부를 대는 대 주고 주는 준 얻는 얻어 얻으려 얻을 얻게 돼서 되서 결과 점 측면 이야기 얘기해
  했더라 였더라 이었더라 더라 했던가 였던가 갔 갔냐 갔어 갔음 갔지 갔나 갔노
  다뤄 다뤄요 다루 다루는 다룬 다뤘 다뤘어 다뤘나요 다뤄져 다뤄지 다룸 다루나 다루나요 다루고
  각자 각자가 따로따로 하나씩 영향 미치는 미칠 미쳐 미쳤 미친 소식 소식임 소식이야 뉴스 인터넷 댓글 댓글들 커뮤 커뮤니티 단톡 단톡방 카톡방 블로그 줌 주냐 주나 주나요 주니 줄까 줄래 준대 준다 준다고 준다며 줬대 줬다 줬나 줬지 줬니 줬냐고
  내세우는 내세운 내세우고 내세워 내세웠 내세웠어 내세운다
  뭐고 머고 뭐며 뭔지
  용도 기준 기준으로 기준에서 기준상 기준임 뭐하는 뭐하는데 곳 거임 거냐 거였음 거였어 거에요 건가 건지
  본문 지문 원문 윗글 아랫글 제시문 정보 이라는거 라는거 이란거
  주실 주실래 주실래요 주실래용 주실까요 주시면 주시죠 주시지요 주시오 주십시오 주십쇼 주셔요 주셨으면 주시길 주시기 주셔서 해주시면 해주시죠 해주십시오 해주셔요
  같은데 같은데요
  내주기로 내어주기로 내주는 내어주는 내준 내어준 내줬 내어줬 내줄 내어줄 딱
  해보세요 말해보세요 해보시오 말해보시오 해봐요 말해봐요 해보이소 말해보이소
  여쭙겠소 여쭙겠나요 여쭙겠습니다 소승 소승이 소인 소인이
  얻고자 얻고자하는 바가 바는 바를
  첫째 둘째 셋째 넷째 첫번째 두번째 세번째 네번째
  보는 보나 보나요 보는지 보는지요 봅니까 보십니까 보시나요 보시는지
  취지 취지로 취지의 취지라고 취지로요 자기네 자기네들 지네 지네들
  상관 상관이야 상관이에요 상관있어 상관있나 상관있음 상관있는 상관이 상관은 연관 연관이야 연관돼 연관된 연관있어 연관이`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "딜임?", "딜이냐", "딜인데": a one-syllable word of the topic's own stop list (the manifest's, not
 * the generic lists above) with a casual copula or ending after it. The stripper keeps a
 * one-syllable ending on a two-syllable word ("게임" stays whole), so a one-syllable topic word
 * would otherwise stay an unknown word. Only the topic's words: "게" + "임" is a game.
 */
export function isTopicStopwordWithEnding(word: string, stopwords: ReadonlySet<string>): boolean {
  const head = word.slice(0, 1);
  const rest = word.slice(1);
  return (
    rest !== "" &&
    stopwords.has(head) &&
    !KOREAN_STOPWORDS.has(head) &&
    !ENGLISH_STOPWORDS.has(head) &&
    isEnding(rest)
  );
}

/**
 * No party acts in the clause: no subject ("앤트로픽이", "ms가") in the five words before, other
 * than the asker ("내가", "우리가"), an adverb ending alike ("같이", "많이") or a one-syllable noun
 * ("주가 빠진 지금 사는 게 맞나": the price, not a buyer), and none behind a
 * clause's end ("…니까", "…는데"). Used right after a lookahead for the verb, so it is tried only
 * where the verb is.
 */
const NO_PARTY_ACTING = String.raw`(?<!(?:^|\s)(?!(?:내|제|우리|저희|니|네|너|나|저)가\s|(?:같|많|높|깊|빨리|일찍|굳|없|적|크|작|길|넓|좁|멀|가까)이\s)(?:\p{Script=Hangul}{2,}|[a-z]+)[이가]\s(?:(?!\S*(?:니까|는데|지만|면|서|고)\s)\S+\s){0,5}\S*)`;
/** The same, a topic too ("마이크로소프트는 … 사는 게 맞죠?"): a plain "맞아" asks that more often. */
const NO_TOPIC_ACTING = String.raw`(?<!(?:^|\s)(?!(?:내|제|우리|저희|니|네|너|나|저)가\s|(?:같|많|높|깊|빨리|일찍|굳|없|적|크|작|길|넓|좁|멀|가까)이\s)(?:\p{Script=Hangul}{2,}|[a-z]+)[이가은는]\s(?:(?!\S*(?:니까|는데|지만|면|서|고)\s)\S+\s){0,5}\S*)`;

/**
 * Nouns whose 하다 states what a thing is, not an act anyone does ("해당하는 게 맞나", "의미하는
 * 것이 맞는지"): whether the story's sum "is" an investment is a claim, never the asker's move.
 */
const STATE_VERB_NOUNS = "해당|의미|뜻|상당|일치|동일|유사|비슷|포함|관련|존재|성립|의존|기인|근거";

/**
 * Phrases that ask for personal advice or a prediction, about anything: the article cannot answer
 * those. What people ask trading advice about in a given story (its tickers, "stock") comes from
 * the manifest (search.adviceTopics); see advicePatterns.
 */
export const ADVICE_PATTERNS: readonly RegExp[] = [
  // Not how much to trust what is read: "how much weight should I give it as a source?",
  // "should I trust this post?" ask about the source, not the asker's money.
  /(?<!\b(?:weight|trust|credence|faith|credibility) )\bshould (?:i|we|my|our)\b(?! (?:trust|believe|rely on|cite|quote|weigh|take (?:it|this|that) (?:seriously|at face value))\b)/,
  // "Should my startup run Claude on Azure or AWS?", "우리 회사는 어디서 써야 할까?": the asker's own choice.
  // Said negated too ("My startup shouldn't build only on Claude, should it?"): still its choice.
  /\bshould(?:n'?t| not)? (?:my|our) (?:\w+ )?(?:startup|company|team|business|firm|org|organi[sz]ation|app|product|project)\b|\b(?:my|our) (?:\w+ )?(?:startup|company|team|business|firm|app|product)(?: should(?:n'?t| not)?|'s better off)(?![\w'])/,
  // Not writing something down: "표에 써야 돼요", "보고서에 써야 해요" is homework, not a choice.
  /(?<!(?:표|칸|빈칸|보고서|레포트|리포트|과제|숙제|답안지?|노트|공책|에세이|발표문?|자료|슬라이드|ppt|학습지|활동지)에\s?)(?:써야|골라야|선택해야|옮겨야|갈아타야|이전해야|도입해야) ?(?:할까|하나|하나요|할지|해요|돼|될까|되나)/u,
  /\b(?:can|do|would) you recommend\b/,
  // "투자할 만해?", "이직할 만해?", "살 만함?", "싼 거야 비싼 거야?": whether it is worth the asker's
  // money or move.
  /(?:투자|매수|이직|전직|취업|취직|입사|재취업)(?:할|해 ?볼) ?만(?:해|한가|할까|하냐|함|한지|합니까|합니다|할까요|한가요|하나요|해요)|살 ?만(?:해|한가|할까|하냐|함|한지|합니까|할까요|한가요|하나요|해요)|(?:싼|싸|저렴한) 거야,? ?(?:비싼|비싸)|\b(?:cheap|undervalued) or (?:expensive|overvalued|pricey)\b/u,
  /\bis it (?:a good|worth)\b.*\b(?:buy|invest|time)\b/,
  // "Is it worth me buyin a few Microsoft shares": whose money may stand between.
  /\bworth (?:(?:me|us|my|our) )?(?:buying|it)\b/,
  // A prediction: "will the valuation go up?", "주가 오를까?", "Nvidia going crash?" (the "to"
  // dropped, as Hawaiian Pidgin and much quick typing do).
  /\bwill (?:it|they|this|that|the \w+|\w+) (?:go up|go down|rise|fall|increase|decrease|drop|crash|double|soar|tank|pay off)\b|\b(?:going to|gonna) (?:go up|go down|rise|fall|crash|double|soar|tank)\b|\bgoing (?:crash|tank|soar|go up|go down)\b/,
  // Work the asker may lose or leave: "will AI replace us?", "is it wise to resign from my job
  // to study…", "worth retraining from sparky to data centre work?": a prediction, or the
  // asker's own career move.
  /\b(?:will|gonna|going to|is going to|could|might) (?:ai|it|this|claude|robots?|machines?) (?:replace|take) (?:us|me|our jobs?|my job|people|humans|workers)\b|\b(?:wise|smart|sensible|a good idea|good idea|safe|risky|too late|worth it) to (?:quit|resign|leave (?:my|our)|switch careers?|change careers?|retrain)\b|\bworth (?:it )?(?:(?:me|us|for me|for us) )?(?:retraining|reskilling|upskilling|switching (?:careers?|jobs|fields?)|changing (?:careers?|jobs|fields?)|going back to (?:school|uni|college))\b/,
  // "a smart career move to jump to NVIDIA?", "career-wise 어디가 better?", "오퍼 받았는데 어디
  // 가야 돼?": where the asker should work, their own decision.
  /\bcareer[- ]?(?:move|wise|choice|decision|step|bet)s?\b|커리어(?:상|적으로| ?관점| ?측면)|(?:오퍼|\boffer)(?:를|도|는)?\s?(?:받았|받은|받음|받으면|받아서)/u,
  // "Is Anthropic a good investment?", "a good moment to short NVIDIA": the asker's own decision.
  /\b(?:good|bad|smart|safe|wise|great|solid|risky) (?:\w+ )?(?:investment|buy|bet|pick|stock)\b|\b(?:good|right|best|bad) (?:time|moment|point|entry(?: point)?) (?:to|for)\b|\bentry point\b|\btime to (?:buy|sell|short|exit|get in|get out|cash out)\b|\b(?:a )?sign to (?:buy|sell|short|get in|get out|exit)\b|\b(?:to|should i|should we|gonna|going to) short\b|\bshorting\b/,
  // A holding period or a derivative is the asker's trade: "장기 투자로는", "long-term hold", "콜옵션".
  /(?:장기|단기) ?(?:투자|보유|홀딩|관점)|\b(?:long|short)[- ]term (?:hold|holding|investment|buy|bet|play|trade)\b|콜옵션|풋옵션|\b(?:call|put) options?\b|\b(?:calls|puts) or (?:calls|puts)\b|\b(?:buy|buying|grab|load up on) (?:\w+ )?(?:calls|puts)\b|(?<!\p{Script=Hangul})(?:뭐|뭘) 사면|사면 ?(?:됨|돼|되나|되냐|될까)/u,
  // "ms or nv long term?", "msft or nvda for the long run": a pick between two, asked over a
  // holding period and nothing else, is the asker's trade.
  /^(?:\S+ ){0,2}\S+ or \S+,? (?:for the |in the |over the )?(?:long|short)[- ]?(?:term|run)\s*[?!.]*$/u,
  // "go all in", "NVDA all in?": the asker's move; "Microsoft is all in on OpenAI" is a company's,
  // and so is "Anthropic's gone all in with Microsoft" (a partner chosen, not a stake bought).
  // "the total them two are puttin' in together, all in?", "what's that all in?": all in is the
  // total asked.
  /\b(?:(?:go|goes|going|gone|went) all in(?! with\b(?![^?.!]*\b(?:shares?|stocks?|money|savings|cash|portfolio)\b))|(?:i'm|im|i am|we're|were) all in|yolo|buy the dip|go long|go short|average (?:down|up)|averaging (?:down|up))\b|^(?!.*\b(?:total|together|combined|altogether|sum|in all|what(?:'s| is| are| does))\b).*\ball in\s*[?!.]*$/,
  // The bot asked to decide for the asker ("would you buy…?", "if you were me", "advise whether I
  // should short…", "would you advise signing…", "advise me on…"), or the asker's own money named
  // ("my 401k", "내 돈", "노후자금"): personal advice, whatever the company. A bare "please advise
  // whether/the…" is office English for "tell me": a request, not advice. "Too late to get into
  // microsoft shares": the asker's entry, though "shares" alone may be a party's stake.
  /\b(?:would|will|do|did) (?:you|u|ya) (?:personally )?(?:buy|sell|short|invest|put|move|hold|bet|go long|get in(?!\s+(?:\w+'s|the|a|an)\b)|grab|pick up|load up|dump|ape)\b|\b(?:would|should|could) (?:you|i|we) (?:put|move|invest|park|throw) (?:(?:my|our|your) own |my |our |your |some |more )?(?:money|cash|savings|401k|ira)\b|\bif (?:you|u) were me\b|\bin my (?:shoes|position)\b|\bany advice\b|\badvi[sc]e (?:me|us) (?:on|about)\b|\badvi[sc]e (?:me |us )?(?:(?:on|about|as to|regarding) )?(?:(?:whether|if) )?(?:to (?:buy|sell|short|invest|hold|put|move|get|go|enter|exit|dump|trim|add|increase|reduce|switch|sign)\b|(?:i|we|you|one|(?:my|our|the) (?:\w+ )?(?:clients?|firm|company|fund|team|family|business|startup|board))(?:'d)? (?:should|ought to|must|need to|had better|would be wise)\b|(?:buying|selling|shorting|investing|holding|signing|moving|switching|putting|getting in|going long|entering|loading up|dumping|trimming|adding to|increasing|reducing|exiting|rotating)\b)|\bwhether (?:i|we) should\b|\b(?:i|we) (?:should|could|must|ought to|need to|gotta) (?:buy|sell|short|invest|hold|dump|ape|go long|go short|bet|put (?:it|them|that|my \w+|our \w+|the \w+) (?:in|into))\b|\bhold (?:it |them |\S+ )?(?:long[- ]?term|for the long (?:run|haul))\b|\b(?:worth|time to|good time to) (?:get|getting|buy|buying|jump|jumping|pile|piling) (?:into|in|on)\b|\b(?:smart|wise|a good idea|good idea|safe|risky|too late) to (?:buy|sell|short|invest|hold|get in(?:to)?|get out)\b/,
  // "buy microsoft now or wait til it dips, what would you do?", "do you think I should make the
  // leap?": the bot asked what it would do, or whether the asker should act. A news article says
  // what the parties did, never what anyone should do.
  /\bwhat (?:would|should|will) (?:you|u|ya) do\b|\b(?:do|d') ?(?:you|u|ya) think (?:i|we) (?:should|ought to)\b/,
  // "MSFT NVDA 중에 뭐가 더 upside 있어 보여요?", "which one has more upside": the pick of a stock
  // to hold, by how far it may rise.
  /(?:중에|중에서|vs\.?|랑|이랑|하고|둘 ?중)\s?(?:뭐가|뭐|어디가|어디|어느 ?(?:쪽|거|것|회사|종목)(?:이|가)?|누가)\s?더\s?(?:upside|업사이드|상승 ?여력|오를|유망)|\b(?:which|what)(?: one| stock| name| company| ticker)? (?:has|have|offers?|got) (?:more|the most|bigger|better|the bigger|the better) upside\b/u,
  // "엔비디아 비중 줄이는 게 맞을까요?", "AI주 비중 늘려야 돼?": a weight raised or cut is a holding's.
  /비중\S*\s?(?:(?:좀|더|조금|다시|좀더)\s?)?(?:늘리|늘릴|늘려|늘린|줄이|줄일|줄여|줄인|높이|높일|높여|낮추|낮출|낮춰|확대|축소|조절|조정)/u,
  // "a portfolio split between…", "rebalance into…", "rotate out of X into Y", "숏 쳐야 돼?": the
  // asker's holdings or trade.
  /\bportfolios?\b|\brebalanc\w*|\brotat(?:e|es|ed|ing|ion) (?:out of|into|from)\b|포트폴리오|리밸런싱|(?:숏|(?<![a-z])short|(?<![a-z])long|(?<!\p{Script=Hangul})롱) ?(?:쳐|칠|치|잡|때리|각)|공매도 ?(?:해|할|하는|쳐|칠|치는|치면|때리|때릴|잡|각)/u,
  // "my oil royalty money", "our rainy-day savings": up to two words say whose money it is.
  /\b(?:my|our) (?:[\w-]+ ){0,2}(?:money|savings|cash|portfolio|401k|401\(k\)|ira|roth|pension|retirement|nest egg|shares|stocks|holdings|position|funds|bonus|paycheck|salary|inheritance|allowance)\b/,
  // "손주 통장에 모은 용돈 엔비디아로 바꿔주면", "비상금 마소에 넣어 볼까": the asker's own savings
  // moved into something. "둘 중 하나 산다면 어느 쪽?": a purchase the asker imagines, to choose.
  /(?:통장|용돈|비상금|쌈짓돈|세뱃돈|여윳돈|목돈|저금|모은 ?(?:돈|거|것))\S*\s.*(?:바꿔|바꾸|넣어|넣을|넣으|넣는|옮겨|옮기|갈아타|돌려|투자하|투자해)|(?:산다면|살 ?거면|살 ?거라면|사야 ?한다면|매수한다면|고른다면)[^?？]*(?:어느|뭐|뭘|어디)/u,
  /(?:(?:^|\s)(?:내|제|우리) (?:\p{Script=Hangul}+ )?(?:돈(?!으로 (?:몇|얼마|환산|치면|바꾸|계산))|자산|포트폴리오|적금|예금|월급|퇴직금|노후자금|연금|주식|계좌|401 ?\(?k\)?|(?:ira|irp|isa|roth)(?![a-z]))|노후 ?자금|퇴직 ?연금|(?<!\p{Script=Hangul})(?:너라면|니라면|당신이라면)|(?:넣을까|투자할까|들어갈까|살래|사 ?볼까|매수할까|담을까|태울까))/u,
  // 사야/사도/사면 (buy) start a word or follow its object's particle, or 사야 comes before
  // "must" ("사야 돼", "사야겠"): "회사야", "기사야" and "회사도" are nouns, not trades.
  /(?:(?<!\p{Script=Hangul})|(?<=[을를좀더]))(?:사야|사도 될까|사면 될까|사도 돼|사도 되나)|사야(?= ?(?:돼|되|될|할|하|함|겠|지|만))|살까|팔까|팔아야|살지|추천해|추천 좀|추천 부탁|해야 할까|해야 하나|오를까|떨어질까|내릴까/u,
  // 매수 alone is also a takeover ("매수 금액"): only the trader's phrasings count.
  // Which is the better pick, or what should we do: the asker's own decision.
  // A fund or the asker's "exposure" to a company: a trade, whatever the fund holds.
  /\b(?:etfs?|index funds?|mutual funds?)\b|\bexposure (?:to|in)\b|\b(?:most|more|max|some|any|get|gives? me) (?:\w+ )?exposure\b/,
  // "how do I say 300억 in English?", "how should I cite it": the asker's words, not a trade.
  /\bhow (?:do|can|should) (?:i|we)\b(?! (?:say|read|pronounce|write|spell|convert|translate|cite|quote|reference|word|phrase|put it|call|interpret|understand)\b)|\bwhich (?:one |company )?(?:should|is (?:a )?better (?:to|investment))\b|\bbetter (?:investment|buy|bet)\b/,
  // "매도하는 편이 낫습니까?", "어디 매수하는 게 나은지", "둘 중 뭐 사요?": a trade the asker makes. Not 파는: a company sells its goods ("칩을 파는 게").
  /(?:투자하는|사는|들어가는|넣는|매수하는|매도하는|처분하는|손절하는|익절하는) ?(?:게|것이|편이) ?(?:나아|나을|나은(?:지|가| ?(?:거|건|쪽|편))|낫|좋아|좋을|좋겠|나음)|(?:뭐|뭘|어느 ?(?:거|것|쪽))(?:를)? ?(?:사는|담는|넣는) ?(?:게|것이|편이)|어느 ?종목|(?:둘|셋|두 ?(?:개|곳|회사|종목)|세 ?(?:개|곳|회사|종목)) ?중(?:에|에서)? (?:뭐|뭘|어디|어느 ?(?:거|것|쪽|걸|곳|종목))(?:를|을)? ?(?:사|살|매수|담|넣)(?:요|야|냐|나요|나|지|죠|까|까요|는 ?게|면|을까|아|아요|어|어요|음|함|할까|해|해요)?(?![\p{Script=Hangul}])|어떻게 해야 (?:돼|되|될까|하나|할까|해)|(?:우리|내가|제가|저희)(?:도| 회사도)? .*(?:받으려면|하려면|되려면)/u,
  // "엔비디아 사는 거 미친 짓이죠?", "대출 받아서 사는 건 바보짓인가요": the asker's trade judged
  // (mad, foolish, wise). A party acting ("엔비디아가 투자하는 게 현명했나") is the story's.
  new RegExp(
    `(?=(?:사는|매수하는|몰빵하는|투자하는) ?(?:게|것이|거|건) ?(?:미친|바보|멍청|무모|현명|도박|잘하는|오바|에바|호구))${NO_TOPIC_ACTING}(?:사는|매수하는|몰빵하는|투자하는)`,
    "u",
  ),
  // "아들이 MS로 옮기는 게 나을까요, 앤트로픽으로 가는 게 나을까요?": where someone should go to
  // work, a place named with 로 / 으로.
  /(?:로|으로) (?:옮기는|가는|옮겨 ?가는|이직하는|가서 일하는) ?(?:게|것이|편이) ?(?:나아|나을|나은|낫|좋아|좋을|좋겠|나음)/u,
  // "Would buying Amazon shares be smart?", "is buying nvidia stock rn a good idea": a trade in a
  // company's shares judged.
  /\b(?:buying|selling|shorting|grabbing|picking up|loading up on|dumping|holding) (?:\S+ ){0,2}(?:shares?|stocks?|equity) (?:\S+ )?(?:be |is |are )?(?:a |an )?(?:smart|wise|good idea|dumb|stupid|crazy|risky|foolish|sensible|worth it|good move|mistake|bad idea)\b/u,
  // "Would Nvidia shares be a good present for the grandkids?", "주식을 손주 선물로 사 줄까": shares
  // given as a gift, judged or planned, are the asker's trade too.
  /\b(?:shares?|stocks?)\b(?: \S+){0,2} (?:be|make) (?:a |an )?(?:\S+ ){0,2}(?:present|gift)s?\b|\b(?:gift|gifting|give|giving|buy|buying) (?:\S+ ){0,4}(?:shares?|stocks?) (?:as|for) (?:a |an |his |her |their |my )?(?:\S+ )?(?:present|gift|birthday|christmas|communion|graduation|wedding)\b|주식(?:을|를)? ?(?:\S+ )?선물(?:로|하|해)/u,
  // "…현금화하는 게 맞을까?", "지금 들어가는 게 맞나", "엔비 더 사는 게 맞아": whether the asker
  // should do something. Who acts tells it from a confirmation: a subject a few words before
  // ("앤트로픽이 애저를 … 구매하는 게 맞나요?") makes it a party's act, the story's to confirm;
  // none, or the asker ("내가"), makes it the asker's. A subject of an earlier clause ("엔비가 더
  // 확신하니까 엔비 사는 게 맞죠?") does not act in this one.
  new RegExp(
    `(?=하는|사는|파는|넣는|빼는|들어가는|나오는)(?<!${STATE_VERB_NOUNS})${NO_PARTY_ACTING}(?:하는|사는|파는|넣는|빼는|들어가는|나오는) ?(?:게|것이) ?(?:맞을까|맞나|맞는 ?걸까|맞는지|좋을까|나을까|낫나)|(?<![가-힣])(?=(?:(?:더|좀|지금|다시|또|추가로|이제) )?(?:사는|파는|매수하는|매도하는) ?(?:게|것이|거) ?(?:맞|어때|어떨까|어떰|괜찮))${NO_TOPIC_ACTING}(?:더 |좀 |지금 |다시 |또 |추가로 |이제 )?(?:사는|파는|매수하는|매도하는) ?(?:(?:게|것이) ?(?:맞아|맞냐|맞음|맞죠|맞지|맞습니까|맞겠지|맞는 ?거지)|(?:게|것이|거) ?(?:어때|어떨까|어떰|괜찮))`,
    "u",
  ),
  // "남편이 마소 더 사자는데 말려야 돼요?": a trade someone close proposes ("let's buy"), the
  // asker's to make or stop.
  /(?:^|\s)(?:사|팔|매수하|매도하)자(?:는데|고 ?(?:하는데|하네|해서|그러|난리|조르))/u,
  /현금화|차익 ?실현|분할 ?매수|적립식|버블\S* (?:언제 |곧 )?(?:터[지짐질진졌]|꺼[지짐질진졌]|붕괴)|\bbubble\b(?:\s+\S+){0,4}?\s+(?:burst|bursts|pop|pops|crash|crashes)\b|\bdca(?:ing)?\b|dollar[- ]cost[- ]averag/u,
  // The asker's own sum, in the sizes people hold ("got 10k", "twenty thousand pounds sitting in
  // an account", "천만원 있는데"): what follows is what to do with it. The story's sums are
  // billions, never thousands.
  /\b(?:i(?:'ve| have)?|we(?:'ve| have)?|got|have|with|spare)\s+(?:about |around |roughly |some |like )?(?:[$£€]\s?)?\d[\d,.]*\s?(?:k|grand|thousand)\b|\b(?:i|we)(?:'ve| have| got| 've got)? (?:about |around |roughly |some )?(?:\w+ )?thousand (?:pounds|dollars|quid|bucks|euros|won)\b|(?:\d+|천|백|오백|삼천|이천|몇천|몇백) ?(?:만|천만|백만) ?원(?:이|을|으로|가|정도)? ?(?:있는데|있으면|있음|있어|있습니다|있고|있다|모았|모아 ?놨|생겼|으로|가지고|넣으면|굴리)|\b(?:i(?:'ve| have)?(?: got)?|we(?:'ve| have)?(?: got)?|got|have|with|spare)\s+(?:about |around |roughly |some |like |only |just )?[$£€]\s?\d[\d,]*(?:\.\d+)?(?![\d,.]|\s?(?:k|m|b|t|bn|bil|mil|billion|million|trillion)\b)/u,
  // Whether the asker would be wise to put money somewhere: "Would I be wise to put it into…",
  // "Is it sensible to pour my savings into…"; learners' calques of "conviene" and "vale la pena"
  // ("is convenient to invest", "is worth to buy"). No party named in between: "convenient for
  // Microsoft to invest" asks a company's motive.
  /\b(?:would|will|am|is|was) (?:i|it|we) be (?:wise|smart|sensible|prudent|foolish|silly|mad|crazy|daft|better off)\b|\b(?:wise|smart|sensible|prudent|foolish|silly|mad|crazy|daft) to (?:put|move|park|throw|stick|pour|sink|plough|plow|invest|buy)\b|\b(?:convenient|advisable|recommendable|recommended|worth) (?:for (?:me|us) )?to (?:put|invest|buy|enter|get in)\b/,
  // A share price that will rocket ("which one moons harder", "gonna moon"): a prediction. A
  // figure that went to the moon ("valuation mooned to what") is the story's.
  /\b(?:will|gonna|going to|could|can|might|may|about to) moon\b|\bmoons? (?:harder|more|further|first|next|higher|after)\b|\bwhich (?:one |\w+ )?moons\b/,
  // The asker's own trade, about to be made or asked for: "what do i buy", "what are you buying",
  // "buying msft tomorrow", "i'm loading up on…", "do i cash out now", "is there a coin i can
  // buy" (not "how much coin", "the real coin": money), "can regular people invest in…", "마소
  // 내일 살 건데", "사고 싶은데". A company's purchase names the company ("does Microsoft buy
  // NVIDIA systems?"), never "i", "we" or a clause that opens on the verb.
  /\bwhat (?:do|should|can|could|would|will|shall) (?:i|we|u|you) (?:\w+ )?(?:buy|sell|invest in|short|long|grab|pick|get into|ape into|load up on)\b|\bwhat (?:are|r) (?:you|u|ya|y'?all|people|ppl|folks)(?: guys| all| lot)? (?:buying|selling|holding|longing|shorting|loading up on)\b|\b(?:i|we|im)(?:'m|'re|'ll|'d|'ve| am| are| will| would| have)?(?: (?:just|already|also|still|def|definitely|probably|prob|kinda|gonna|going to|about to|want to|wanna|plan to|planning to|planning on|thinking of|thinking about|tempted to|might|may|could|can|should))* (?:buy|buying|bought|sell|selling|sold|short|shorting|shorted|longing|load up|loading up|loaded up|ape|aping|aped|dump|dumping|dumped|invest|investing|cash out|cashing out)\b|(?:^|[.?!,;:]\s*)(?:buying|selling|shorting|longing|loading up on|aping into|getting into)\s+(?:\S+\s+){0,3}?(?:tomorrow|today|tonight|rn|now|at (?:the )?open|at (?:the )?close|next week|this week|monday|on monday|before earnings|after earnings)\b|(?:^|[.?!,;:]\s*)(?:thinking|thought|planning|considering|tempted)(?: (?:of|about|on|to))? (?:buy|buying|sell|selling|dump|dumping|short|shorting|loading up|trimming|adding to|investing in|getting into|getting out of)\b|\b(?:dump|dumping|sell|selling|sell off|selling off|offload|offloading|unload|unloading|trim|trimming|ditch|ditching) (?:all |half |some )?(?:of )?my\b|\b(?:can|could|may) (?:i|we|regular people|normal people|ordinary people|regular folks|retail(?: investors)?|individuals|individual investors|anyone|the public) (?:even )?(?:buy|invest|purchase|own|get in)\b|\bwhere (?:can|could|do|should|would) (?:i|we|one) (?:buy|invest|purchase|get (?:some )?shares)\b|(?<!\b(?:real|much|serious|big|decent|good|of) )\b(?:coins?|crypto|memecoins?|airdrops?)\b|(?<!\p{Script=Hangul})코인|(?<!\p{Script=Hangul})(?:살|팔|사|팔아|매수할|매도할|넣을(?<!(?:자료|문서|보고서|리포트|슬라이드|장표|발표|피티|ppt|덱|deck|메모|노트|표|글|기사|블로그|영상|과제|논문)(?:에|에다|에다가|안에) ?넣을)|지를) ?(?:건데|생각인데|계획인데|려는데|려고 하는데|까 하는데|까 생각 중)|(?:사고|팔고|투자하고|매수하고) ?싶(?:은데|어|음|다)|(?:개인|일반인|개미|소액 ?투자자)(?:이|가|도|은|는)? ?(?:\p{Script=Hangul}+ )?(?:투자|매수|살 수|사는 ?(?:법|방법))/u,
  // The market's view of a share, asked of the asker's own trade ("is this bullish ser?", "priced in?",
  // "any alpha here?", "호재야 악재야?"). The article's own stance ("is the piece bullish on the
  // deal?") is a question about the article.
  /^(?!.*\b(?:article|articles|writer|author|authors|piece|blog|post|column|columnist|journalist|reporter|op-?ed|coverage|text|story|press)\b)(?!.*(?:기사|필자|글쓴이|작성자|저자|기자|블로그|칼럼)).*(?:\b(?:bullish|bearish|priced in|price(?:d)? it in|any alpha|alpha (?:here|on|in)|(?:buy|sell) signal)\b|호재|악재)/u,
  // The asker's own choice, for their own business: "for my startup, Azure or AWS, which one i
  // should choose", "우리 스타트업은 애저랑 AWS 중에 어디서 쓰는 게 좋아?".
  /\b(?:i|we) (?:should|ought to|gotta|need to|must) (?:choose|pick|use|go with|select|opt for|sign up (?:for|with)|get|take|buy)\b|\bwhich (?:\w+ ){0,2}(?:i|we) (?:should|ought to|gotta|need to|must)\b|\bfor (?:my|our) (?:\w+ ){0,2}(?:startup|company|team|business|firm|app|product|project|org|organi[sz]ation|use case|workloads?|shop|agency|clients?)\b.*\b(?:which (?:one|cloud|platform|provider|option|service|vendor)|better|best|choose|pick|go with|recommend)\b|\b(?:which (?:one|cloud|platform|provider|option|service|vendor)|better|best|choose|pick|go with|recommend)\b.*\bfor (?:my|our) (?:\w+ ){0,2}(?:startup|company|team|business|firm|app|product|project|org|organi[sz]ation|use case|workloads?|shop|agency|clients?)\b|(?:^|\s)(?:(?:우리|저희) ?|(?:내|제) )(?:\p{Script=Hangul}+ )?(?:스타트업|회사|팀|서비스|앱|프로젝트|사업|가게|쇼핑몰)\S*.*(?:좋아|좋을|나아|나을|낫|나음|추천|골라|고를|선택|어디서|어디로|어느 ?(?:쪽|거|곳))|(?:어디서|어느 ?(?:쪽|거|것|곳|클라우드)(?:에서)?).*(?:쓰는|이용하는|고르는|가는) ?(?:게|것이|편이|데가) ?(?:좋|나아|나을|낫|나음)/u,
  // "Would Anthropic be a good thing to invest in for the grandchildren?", "a sensible place to
  // put money": whether something is worth the asker's money, by a plain noun.
  /\b(?:good|bad|smart|safe|wise|great|sound|sensible|decent) (?:thing|place|way|option|idea|one|company|firm|home) (?:to|for) (?:invest|investing|put|putting|buy|buying|back|backing|park|parking)\b/u,
  // "I've got some spare cash, is Microsoft a good home for it?": the asker's own money, and
  // whether a place is a good one for it.
  /\b(?:my|our|some|spare|extra|idle|(?:i|we) have|(?:i|we)'ve got) (?:spare |extra |idle |own )?(?:cash|money|savings|funds|capital|dosh|dough)\b[^?]*\b(?:good|safe|smart|wise|sensible|better|best|right) (?:home|place|spot|bet|option|choice|pick|idea|move)\b|\b(?:good|safe|smart|wise|sensible|better|best|right) (?:home|place|spot|bet|option|choice|pick|idea|move) for (?:my|our) (?:spare |extra |idle )?(?:cash|money|savings|funds|capital)\b/u,
  // "Please advise whether our organisation should allocate two million dollars to Microsoft
  // equity": the asker's own money moved into a company's shares.
  /\b(?:should (?:i|we|they|my \w+|our \w+|the \w+)|(?:i|we|they|my \w+|our \w+) should) (?:allocate|invest|put|move|shift|commit|deploy|rebalance)\b[^?.!]{0,60}\b(?:to|in|into|towards?) (?:\w+ ){0,2}(?:equity|equities|stocks?|shares|holdings?|position)\b/u,
  // "따상" (a new listing's first-day double) names only a share price to come.
  // Which share is the better bet: "which is the safer bet for a seventy-year-old?".
  /\b(?:safer|safest|better|best|smarter|smartest|riskier|riskiest|good|bad) (?:bet|buy|investment|stock|pick|play|hold)\b/u,
  // "what is better for invest long term, nvidia or microsoft?": which to put money in, asked with
  // "better to / for" and the verb (a learner's "for invest" too).
  /\b(?:better|best|smarter|safer|wiser) (?:to|for) (?:invest|buy|hold|own)(?:ing)?\b/u,
  // "홀딩이 맞을까요 손절이 맞을까요", "매도가 나을까": which trade of the asker's own is right.
  /(?:홀딩|손절|익절|매수|매도|존버|물타기)(?:이|가|을|를)? ?(?:맞을까|맞나|맞는지|맞겠|나을까|낫나|낫겠|나은지|좋을까|좋겠)/u,
  // "엔비 정리하는 게 낫겠죠?": a holding cleared out (sold), better or not. Not what is written up
  // ("내용 정리하는 게 나아요?", "표로 정리하는 게 좋을까").
  /(?<!(?:내용|기사|요약|표|글|자료|숫자|정보|핵심|쟁점|포인트|흐름|개념|관계|생각|노트|메모)(?:을|를|은|는|도|로|으로)?\s?)정리하는 ?(?:게|것이|편이|거) ?(?:나아|나을|나은|낫|좋을|좋아|나음|맞을까|맞겠)/u,
  // The asker's own money put somewhere: "Is it worth putting my ISA allowance into an AI fund?",
  // "should my pension go into…", "is it worth investing in…".
  /\b(?:worth|wise|smart|sensible) (?:putting|investing|sinking|moving|throwing|parking|buying|loading up|piling in|getting in|grabbing|picking up|adding|shorting|holding|selling|dumping|a punt|a flutter)\b|\b(?:my|our) (?:isas?|sipp|401\(?k\)?|iras?|roth|pension|super|superannuation|savings|nest egg|retirement (?:money|savings|fund|pot)|(?:isa|tax-free) allowance)\b[^?.!]*\b(?:into|in)\b/u,
  /전량 ?(?:매도|매수|정리|손절|익절)|몰빵|풀매수|풀매|(?:매수|매도|(?<![a-z])(?:buy|sell|short|dump)(?![a-z])) ?(?:해도|해야|할까|하면|각|타이밍|추천|시점)|존버|(?<!\p{Script=Hangul})(?:불타기|물 ?(?:탈(?:까|래|지)|타(?:기|야|도|면|러|자|볼|봐|려|는|냐|나|요|서|[?？!\s]|$)))|손절(?:할까|해야)|익절|(?:떡상|떡락)(?:할까|할지|하겠|각|가즈아|가능)|(?<!\p{Script=Hangul})따{1,2}상|(?:투자 ?해도|들어가도|사도|타도|올라타도|넣어도) ?(?:돼|될까|되나|됨|되냐|되는지|괜찮)(?!\p{Script=Hangul}*\s?(?:조건|경우|이유))/u,
  // "마소 주식 사는 거 어떻게 생각해?", "엔비디아 주식에 돈 넣는 거 어때?", "여유 자금 엔비디아에
  // 넣어둘까?": a share bought or money put somewhere, asked for an opinion, is the asker's trade.
  /(?:주식|종목|주가)\S*\s(?:\S+\s){0,3}?(?:사는|사 ?두는|사 ?놓는|넣는|넣어 ?두는|넣어 ?놓는|들고 ?있는|갖고 ?있는|보유하는) ?(?:거|것|건|게)\S*\s?(?:어때|어떨까|어떰|어떻게 ?(?:생각|보)|괜찮|좋을까|좋아)|(?:넣어|사|사 ?놓아|넣어 ?놓아|박아) ?(?:둘까|둘지|두면 ?(?:어때|될까|돼|괜찮))/u,
  // "How about putting some money in NVDA shares?", "thoughts on picking up some nvidia
  // shares?": the asker's move, offered for an opinion (no party does it).
  /\b(?:how about|what about|thoughts on|any thoughts on|opinions? on|views? on|what do you think (?:of|about)|how do you feel about)\s+(?:me\s+|us\s+)?(?:buying|putting|picking up|grabbing|getting into|adding to|loading up on|investing|selling|dumping|shorting|parking|throwing|sinking)\b/u,
  ...HOLDINGS_ADVICE_PATTERNS,
  ...CALL_ADVICE_PATTERNS,
  ...CHOICE_ADVICE_PATTERNS,
  ...EXIT_ADVICE_PATTERNS,
];

/**
 * Buying, selling or a price moving: advice when said of an advice topic ("<ticker> 살까"). A bare
 * trade verb is the asker's trade only where nothing follows it that is bought ("msft buy or
 * sell?", Singlish "nvda share now buy can or not", never "does msft buy nvidia systems").
 */
const TRADE_WORDS = String.raw`\b(?:buy|sell|short|hold)\b(?:\s+(?:now|rn|today|here|it|them|yet|still|anymore|or|and|can|cannot|anot|\w+\?))*\s*(?:[?!.,]|or\b|$)|\b(?:go up|go down|price target|a buy|a hold|a sell|get in|buy in|buy the dip|(?:buy|sell) signal|(?:long|short)[- ]term hold)\b|살까|살래|사야|질러야|지를까|질러도|질러볼까|사도|사면|사나|팔까|팔아|팔면|팔래|오를|내릴|떨어질|올라갈|오른다|오른답|오르겠|내린다|떨어진다|떨어지겠|전망|들어가도|탑승|올라타|사는 ?(?:방법|법)|(?:사|사 ?두|사 ?놓|투자하|매수하|들고 있)는 ?(?:거|게|건|것이|편이) ?(?:어때|어떰|괜찮|좋|맞|이득|유리|이익|나아|나을|낫|남는)|오르는 ?(?:거|게|건)|오르나|오르냐|올라요|올라가나|올라갈까|상승할|하락할|반등할|살 수 있`;

/** Goods a company sells: after a ticker, they make it the maker, not shares to trade. */
const GOODS = String.raw`(?:gpus?|chips?|cards?|systems?|servers?|hardware|products?|software|services?|compute|cloud|racks?)\b`;

/** After a ticker: its goods or anything of its own ("msft's model shop"), not its shares. */
const OWN_THINGS = String.raw`\s+${GOODS}|'s\b(?!\s+(?:stocks?|shares?)\b)`;

/**
 * Not after an auxiliary and a one-word subject that is no person ("did nvidia …", "has msft …"):
 * the named company's own act, not a trade the asker weighs ("did you …", "will anyone …" are).
 * Nor set against a loan as the kind of money paid ("it is loan or buy shares?").
 */
const NOT_NAMED_ACTOR = String.raw`(?<!\b(?:did|does|do|has|have|had|will|would)\s+(?!(?:i|we|you|u|ya|y'all|they|people|ppl|anyone|anybody|everyone|someone|somebody|retail|folks|investors|it|not)\b)[a-z]+\s+|\b(?:a\s+)?(?:loans?|debt|credit|grant|donation)\s+or\s+(?:to\s+)?)`;

/** A ticker as written in an advice topic: two to five Latin letters ("msft", "nvda"). */
const TICKER_SHAPE = /^[a-z]{2,5}$/;
/** Advice topics that are words for shares, not tickers. */
const STOCK_WORDS = new Set(["stock", "stocks", "share", "shares", "stonk", "stonks"]);
/** Words of a question about the story's figures, which a choice of tickers may ask too. */
const STORY_ASK = String.raw`\d[\d,.]*\s?(?:b|bn|bil|billion)\b|\b(?:billion|bil|bn|more|most|less|least|bigger|biggest|larger|smaller|invest\w*|put|puts|paid|pays?|paying|spend\w*|gave|gives?|get|gets|got|receiv\w*|owns?|announc\w*|said|say)\b`;

/**
 * "msft or nvda?", "nvda vs msft": two different tickers side by side, nothing of the story asked.
 * Not one ticker on both sides ("anthropic buying from msft or msft buying from anthropic": who
 * buys from whom). The pairs are spelt out (no backreference, so the pattern unites with others).
 */
function tickerChoice(tickers: readonly string[]): RegExp {
  const pairs = tickers.flatMap((first) =>
    tickers
      .filter((second) => second !== first)
      .map(
        (second) =>
          String.raw`${escapeRegExp(first)}\s*(?:or|vs\.?|versus)\s*${escapeRegExp(second)}`,
      ),
  );
  return new RegExp(`^(?!.*(?:${STORY_ASK})).*(?<![a-z])(?:${pairs.join("|")})(?![a-z])`);
}

/**
 * The advice patterns for one knowledge folder: the generic ones, and "<topic> … buy/sell" or
 * "buy/sell … <topic>" for each of its advice topics.
 */
export function advicePatterns(topics: readonly string[]): readonly RegExp[] {
  if (topics.length === 0) return ADVICE_PATTERNS;
  const names = topics.map((topic) => escapeRegExp(topic.toLowerCase())).join("|");
  const tickers = topics
    .map((topic) => topic.toLowerCase())
    .filter((topic) => TICKER_SHAPE.test(topic) && !STOCK_WORDS.has(topic));
  const topic = `(?<![a-z])(?:${names})(?![a-z])`;
  return [
    ...ADVICE_PATTERNS,
    new RegExp(`${topic}.*(?:${TRADE_WORDS})`),
    // "…so they buy more nvda gpus": a ticker before goods names the maker, not its shares.
    // "did nvidia buy anthropic shares?": a company named as the buyer after "did/has/will" acts
    // in the story (its stake); "did you buy…", "will anyone buy…" still ask of people.
    new RegExp(String.raw`${NOT_NAMED_ACTOR}\b(?:buy|sell|short)\b.*${topic}(?!${OWN_THINGS})`),
    // "Would you touch NVDA shares now?": the bot asked to decide about a ticker or shares.
    new RegExp(String.raw`\b(?:would|will|should|do) (?:you|u|ya)\b.*${topic}(?!${OWN_THINGS})`),
    // "nvda calls", "msft puts", "nvda leaps": a ticker's options are the asker's trade.
    // Not the verb: "MSFT puts in 5B", "nvda calls it a partnership" name a company's act.
    new RegExp(
      String.raw`${topic}\s+(?:calls|puts|options|leaps)\b(?!\s+(?:in|into|up|out|forward|money|cash|it|this|that|the|its|their|a|an)\b|\s+\$?\d)`,
    ),
    // "got 10k, msft or nvda?", "nvda vs msft for the next 5 years?": a choice between tickers
    // that asks nothing of the story (no "who put in more").
    ...(tickers.length > 1 ? [tickerChoice(tickers)] : []),
  ];
}

/**
 * Requests for something other than facts ("tell me a joke about cloud computing", "엔비디아로
 * 삼행시 지어줘"): no article answers them, whatever company they name.
 */
export const OTHER_TASK_PATTERNS: readonly RegExp[] = [
  // A service's live status ("is azure down right now", "클로드 지금 느린 거 나만 그래?"): a news
  // article cannot tell how a product runs at this moment.
  /\b(?:is|are|was)\s+(?:\S+\s+){1,3}?(?:down|slow|laggy|lagging|offline|broken|crashing|crashed|not (?:working|loading|responding))\b(?=.*\b(?:right now|rn|atm|at the moment|currently|today|for anyone|for everyone|just me)\b)|\b(?:is it|or is it) just me\b|\bworking for (?:anyone|everyone|you|other people)\b|\b(?:outage|downtime|status page)\b/u,
  /(?:지금|현재|오늘|요즘) ?(?:\S+ )?(?:장애|먹통|다운|느려|느린|느림|렉|안 ?(?:돼|되|됨|열려)|접속 ?(?:안|불가)|터졌|터짐)|나만 (?:그래|그런|이래|안 ?돼)/u,
  // Code to write, fix or read ("can you fix my python code for i in range(10) print(i)", "코드 좀
  //짜줘"): a number or a company's name inside code is no claim about the story.
  /\b(?:fix|debug|refactor|write|review|optimi[sz]e|rewrite|correct|compile|lint)\s+(?:me\s+|up\s+)?(?:my|this|our|the|some|a|an|these|that)?\s*(?:\w+\s+){0,2}?(?:code|script|function|query|program|snippet|regex|macro|stack ?trace|one-liner)s?\b|\b(?:my|this|our) (?:\w+ )?(?:code|script|sql query|regex|macro)\b|\bdebug this\b|\b(?:print|println|printf|range|len|console\.log)\(|\bfor \w+ in (?:range|enumerate|zip)\b|\bdef \w+\s*\(|\bselect\s+(?:\*|[\w.]+(?:\s*,\s*[\w.]+)+\s+from\b|(?:count|sum|avg|max|min)\()|=\s*(?:sum|vlookup|xlookup|if|count|average)\(|\b(?:let|const|var|int)\s+\w+\s*=|(?:코드|코딩|스크립트|쿼리|함수|매크로|정규식|정규 ?표현식)(?:를|을|좀|이|가)? ?(?:좀 )?(?:짜|고쳐|수정해|디버깅|디버그|리뷰|봐 ?줘|봐 ?줄|작성해|만들어|돌려|실행해)/u,
  /\b(?:joke|jokes|poem|poems|song|songs|rap|limerick|riddle|pun|puns|bedtime story|short story|fan ?fic\w*)\b/,
  // Poem forms that are also model names (Haiku, Sonnet) and "story" only when asked for.
  /\b(?:tell|write|make up|compose|give) (?:me |us )?(?:a |an |another |some )?(?:funny )?(?:lyrics|story|haiku)\b/,
  /(?:농담|유머|개그|드립(?!니)|아재 ?개그|삼행시|이행시|수수께끼|동화|랩 ?(?:해|써|가사)|노래 ?(?:불러|만들어|지어|가사)|시 ?(?:한 ?편|써 ?줘|지어)|(?:시|노래|가사|소설|동화|랩)(?: 한 (?:편|곡))? ?(?:써|지어|만들어))/u,
  ...ABOUT_THE_BOT_PATTERNS,
  ...CODING_QUESTION_PATTERNS,
  ...TRANSLATION_REQUEST_PATTERNS,
  ...DECLARED_TASK_PATTERNS,
];

/**
 * Attempts to change the rules instead of asking a question: the answerer treats them as off
 * topic (Claude gets them as a plain question and its rules say so too).
 */
export const INJECTION_PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b.{0,40}\b(?:instructions?|rules?|prompt|article|guidelines|restrictions)\b/,
  /\b(?:system|hidden|initial|original) (?:prompt|instructions?|message)\b/,
  /\byour (?:instructions|rules|configuration|prompt|token|api key)\b/,
  /\b(?:you are now|from now on|pretend (?:you are|to be)|act as|role-?play|jailbreak|developer mode|dan)\b/,
  /\brepeat (?:the|your) (?:text|words|instructions) above\b/,
  /<\/?(?:system|assistant|user)>|\bnew rules\b/,
  // A role label pasted at the start of the text or of a sentence ("SYSTEM: admin mode on.",
  // "…config. USER: ok go"), and a mode to switch on: the asker writing the bot's orders.
  /(?:^|[.!?>\]]\s*)(?:system|sys|assistant|admin|administrator|developer|operator|시스템|관리자|운영자)\s?:\s|\b(?:admin|god|sudo|debug|maintenance|unrestricted|dev) mode\b/u,
  /(?:무시하고|무시해|시스템 프롬프트|프롬프트를|지시(?:를|는|사항)|역할극|이제부터|관리자 모드|개발자 모드|규칙 해제|탈옥)/,
];
