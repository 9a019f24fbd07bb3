/**
 * Advice asked as a judgement of the asker's trade or a pick between shares: not "should I buy",
 * but "매수하는 것이 합리적인가요?", "어느 쪽에 투자하는 게 더 유리해요?", "뭐가 더 오를 종목임?",
 * "하나만 찍어줘", "is it rational to invest in…", "which one's gonna pump harder". Generic words of
 * trading, about any story: a news article says who invested what, never which share to own.
 * Added to the advice patterns of stopwords.ts.
 */
export const CHOICE_ADVICE_PATTERNS: readonly RegExp[] = [
  // The asker's trade judged: "매수하는 것이 합리적인가요?", "투자하는 게 더 유리해요?", "사는 게
  // 현명할까", "어디 주식을 사는 게 더 나아요?", "장외에서 매수하는 것은 괜찮은 투자일까요?". A
  // party named as the one acting ("마이크로소프트가 … 투자하는 것이 합리적인지") or as the
  // viewpoint ("엔비디아 입장에서 … 넣는 게 이득") asks of the deal, not of the asker's money. The
  // asker ("제가", "내가") is no party.
  /^(?!.*입장)(?!.*(?:^|\s)(?!(?:내|제|우리|저희|니|네|너|나|저)가\s)(?:\p{Script=Hangul}{2,}|[a-z]+)[이가]\s(?:\S+\s){0,5}\S*(?:투자하|매수|매도|사는|넣는))(?=.*(?:투자하|매수하|매도하|(?:(?<!\p{Script=Hangul})|(?<=[을를]))사|넣|들어가)는 ?(?:게|것이|것은|건|편이) ?(?:더 |좀 |지금 )?(?:합리적|현명|타당|바람직|유리|이득|이익|유망|똑똑|잘하는|나아|나을|낫|좋을|괜찮))/u,
  // A pick between shares by how far they will rise: "뭐가 더 오를 것 같음?", "어느 쪽이 더 유망해요",
  // "오를 종목", "하나만 찍어줘", "하나만 산다면", "NVDA MSFT 중에 하나만 고르면". What rose already ("더 오른") is past.
  /(?:뭐가|무엇이|어느 ?(?:쪽|거|게|것|회사|주식|종목)(?:이|가)?|누가|어디가)\s?(?:더|제일|가장|많이|젤)\s?(?:많이 )?(?:오를|오르겠|오르나|오를지|올라갈|뛸|상승할|떡상|유망)|(?:오를|뜰|유망한?|유망|추천) ?종목|(?:하나|한 ?개|한 ?곳|한 ?종목)만 ?(?:찍어|찍자|찍으면|산다면|사면|사야|살 ?거면|매수한다면|고르면|고른다면|고르라면|골라)|(?:하나|한 ?종목) ?찍어|(?<!\p{Script=Hangul})어느 ?(?:거|것|걸|쪽|회사|종목)(?:를|을)? ?(?:사요|사나요|살래요?|사죠|사야 ?(?:돼|해|함|됨|하나요?))(?!\p{Script=Hangul})/u,
  // "is it rational to invest in…", "reasonable to buy…", "just pick one for me", "which one's
  // gonna pump harder". "the rationale for NVIDIA's investment" is the deal's own reason.
  /\b(?:rational|reasonable|logical|sensible|prudent|wise|smart) (?:for (?:me|us|someone|a retail investor) )?to (?:buy|invest|put|get in|sell|short|hold|load up)\b|\b(?:just |only )?pick one (?:for me|for us)\b|\bjust pick one\b|\b(?:will|gonna|going to|could|might|about to) (?:pump|rip|rally|skyrocket|outperform)\b|\b(?:pumps?|rips?|rall(?:y|ies)) (?:harder|more|higher|further)\b/,
  // A job chosen between the parties: "should he go work for Microsoft or NVIDIA?", "should I
  // join NVIDIA". The article says who invested, never where anyone should work.
  /\bshould (?:i|he|she|they|we|my \w+|our \w+) (?:go |try to |rather )?(?:work (?:for|at)|join|apply (?:to|at|for)|intern (?:at|for))\b/,
  // The asker's own job hunt: "퇴직 후 앤트로픽 재취업 가능성 및 준비사항 자문 바람", "엔비디아
  // 취업하려면 뭘 준비해요?", "앤트로픽 들어가려면 뭐부터 해야 돼요?", "how do I get a job at
  // Anthropic". A party's hiring is no ask of theirs.
  /(?:재취업|취업|취직|이직|입사)(?:하려면|할 ?수|할까|해도|하고 ?싶|준비|가능성|\S*\s(?:\S+\s)?(?:가능성|준비|방법|자문|조언|팁|전략))|(?:들어가|들어갈)(?:려면|라면|려믄)\s(?:\S+\s)?(?:뭐|뭘|머|무엇|어떻게)(?:부터|을|를|해야)?|\bhow (?:do|can|could|would) (?:i|we|my \w+|someone) (?:get|land) (?:a )?(?:job|role|position|internship) (?:at|with|in)\b/u,
  // A job urged on someone the asker knows: "아들이 취업한다 카는데 앤트로픽 같은 데 가라 칼까?",
  // "앤트로픽 같은 데 입사하면 좋을까", "should I tell my daughter to apply to NVIDIA?". ("칼까" is
  // Gyeongsang for "할까".)
  /(?:재취업|취업|취직|이직|입사)\S*\s(?:\S+\s){0,5}(?:가라고|가라|들어가라고|들어가라|지원하라고|지원하라|보내)\s?(?:할까|칼까|해야|하까|말까|해도|해 ?볼까|줄까)|(?:재취업|취업|취직|이직|입사)(?:하면|하는 ?게|하는 ?거) ?(?:\S+ )?(?:좋을까|나을까|괜찮을까|어때|어떨까)|\b(?:tell|push|encourage|advise|urge|let) (?:my|our|his|her) \w+ to (?:go work|work|join|apply|take (?:a|the|that) job)\b/u,
  // Which share makes the asker money: "Microsoft or Nvidia, which one gonna mek mi more p by
  // next year?", "what'll make me the most cash". The deal makes no one's returns.
  /\b(?:make|makes|mek|mak|earn|earns|get|gets) (?:me|mi|us|you|ya) (?:more|the most|some|good|big|bigger|real) (?:money|p|cash|bread|bank|profit|profits|returns?|gains?|dough|bucks|coin|paper)\b/,
  // A job offer weighed: "오픈AI vs 앤트로픽 오퍼 둘 다 받으면 커리어엔 어디가 나음", "이직하면
  // 어느 회사가 나아요". Where the asker should work, not what the deal says.
  /(?:오퍼|이직|커리어|취업|입사|연봉 ?협상)\S*\s(?:\S+\s){0,4}(?:어디가|어느 ?(?:쪽|곳|회사|거)(?:이|가)?|뭐가)\s?(?:더\s?)?(?:나음|나아|나을|낫|좋|유리)/u,
  // Applying to a party weighed ("앤트로픽 같은 곳에 지원하는 것이 어떠하겠사옵니까", "엔비디아에
  // 지원해 볼까"), or a job wished for and the parties set side by side ("AI 회사 가고 싶다는데
  // 앤트로픽이 좋아요 마소가 좋아요?"). 에 지원 is applying; 을 지원 (backing) is a party's.
  /에\s?지원(?:하는 ?(?:게|것이|거|건)|해 ?(?:보는 ?(?:게|것이|거|건)|볼까))\s?(?:\S+\s)?(?:어때|어떨까|어떠하겠|어떠할까|좋을까|나을까|괜찮을까)|(?:회사|직장|곳|데)\S*\s(?:\S+\s)?(?:가고|들어가고|다니고|일하고|취업하고) ?싶\S*\s(?:\S+\s){0,4}\S*(?:좋아|나아|나을|낫|좋을)/u,
  // A price judged fit for the asker to buy at: "장외에서 사도 되는 밸류임?", "지금 사도 될
  // 가격이야?".
  /(?<!\p{Script=Hangul})사도 ?(?:되는|될|괜찮은) ?(?:밸류|가격|타이밍|시점|수준|가치|주가)/u,
  // A trade put as a bare choice: "short Microsoft or nah?", "buy NVDA or not", "sell it or
  // hold". The verb opens the ask, with nothing of the deal before it.
  /^(?:(?:so|ok|okay|yo|bro|then)[,\s]+)?(?:buy|sell|short|dump|hold|hodl|long|ape into|load up on|get into)\s+(?:\S+\s+){0,2}?(?:or (?:nah|na|naw|not|no|nope|what|sell|buy|hold|short|dump)\b|y\/n\b|yes or no\b)/u,
  // Someone else's trade asked for them: "client is asking if they should trim their MSFT
  // position", "whether my dad should sell". A party's deal has no "position" to trim.
  /\b(?:whether|if) (?:they|he|she|my (?:\w+ )?clients?|the clients?|clients|my (?:mom|mum|dad|wife|husband|friend|parents|boss)) should (?:buy|sell|trim|hold|add|invest|short|dump|exit|get out|get in|load up)\b|\b(?:trim|trimming|add to|adding to|exit|exiting|close out|closing out|hedge|hedging) (?:my|our|their|his|her|a|the|this) (?:\w+ )?position\b/,
];
