/**
 * Advice asked in disguise: not "should I buy", but the asker's own account or savings, a
 * leveraged product or a fund, a switch or a pick between holdings, or whether it is too late to
 * get in. Generic words of personal finance, about any story (a news article holds none of the
 * asker's accounts). Added to the advice patterns of stopwords.ts.
 */
export const HOLDINGS_ADVICE_PATTERNS: readonly RegExp[] = [
  // The asker's own account or savings, and what to do with it: "연금저축에 … 갈아탈까요?", "자녀
  // 증여 계좌에 … 뭐가 나아요?", "주식 말고 예금이 나을까요?". A company's account ("앤트로픽
  // 계좌에 입금") is no account of the asker's, and "적금만 들고 있어요" asks nothing of it.
  /(?:연금 ?저축|개인 ?연금|(?<![a-z])(?:irp|isa|cma)(?![a-z])|(?:증여|자녀|아이|애|아들|딸|손주|조카|주식|증권|연금|노후|비과세|내|제|우리 ?애) ?계좌|비상금|예금|적금|파킹 ?통장)\S*\s.*(?:나아|나을|낫|나음|좋을까|괜찮을까|어때|어떨까|갈아|옮길|옮겨|바꿀까|바꾸는|넣을까|넣어도|넣는 ?(?:게|거)|살까|사도|담을까|할까요?|될까|말까|뭐가|어느)/u,
  // Whether to cancel or break the asker's own savings product: "청약통장 20년 넣었는데 해지해도
  // 돼나요?", "적금 깨도 될까", "연금저축 해약할까요", "보험 중도 인출". A contract between companies
  // is no account of the asker's ("애저 계약 해지하면?" names none of these products).
  /(?:청약 ?(?:통장|저축)|주택 ?청약|연금 ?저축|개인 ?연금|(?<![a-z])(?:irp|isa|cma)(?![a-z])|예금|적금|(?:파킹 ?|월급 ?|비상금 ?|내 |제 )?통장|보험|연금|펀드)\S*\s.*(?:해지|해약|깨(?:도|야|는|면|지|고)|깰(?:까|지|래)|중도 ?(?:인출|해지|상환)|환매)/u,
  // "their emergency fund into Nvidia", "my kid's custodial account … Nvidia or a fund?": money
  // kept for the asker's own life, never a company's.
  /\b(?:emergency fund|rainy[- ]day fund|custodial (?:account|acct)|college fund|529 plan|brokerage account|savings account|retirement account|trust fund|(?:kid|kids|child|son|daughter|grandson|granddaughter|grandkid|baby)'?s? (?:\w+ )?(?:account|fund|savings))\b.*\b(?:into|in|or|should|good|bad|idea|better|worth|smart|wise|okay|ok|thoughts|move|put|buy|sell|switch)\b/,
  // A leveraged or index product is a trade: "엔비 레버리지 태워도 됨?", "3배 레버리지", "an S&P
  // 500 fund", "long 3x". A negotiation's leverage ("협상 레버리지") is no product (looked for
  // behind the word once it is found, not at every place in the text).
  /레버리지(?<!협상\S* ?레버리지)|곱버스|인버스|개별주|개별 ?종목|나스닥 ?100|인덱스 ?펀드|지수 ?추종|\bs&p ?500\b|\bnasdaq[- ]?100\b|\b(?:[23]x|triple|double)[- ]?(?:leveraged?|long|short|bull|bear|etfs?)\b|\b(?:long|short) [23]x\b|\bleveraged (?:etfs?|funds?|long|short|position|bet|play|shares?|version)\b/u,
  // A switch or a pick between holdings: "개별주로 갈아탈까요?", "MSFT랑 NVDA 중에 뭐가 나아요?".
  /갈아탈(?:까|지|래)|갈아타(?:도|는 ?(?:게|거|건) ?(?:나|좋|맞|어때|괜찮))|중에? ?(?:뭐가|뭘|어느 ?(?:게|거|것|쪽|걸))(?:이|가)? ?(?:더 )?(?:나아|나을|낫|나음|좋아|좋을|좋음|괜찮)/u,
  // Weights set in the asker's holdings: "비중 어떻게 짜면 좋을까요?".
  /비중\S*\s?(?:(?:어떻게|어케|얼마나?|몇 ?(?:퍼|프로|%)?)(?:로)?\s?)(?:짜|잡|가져가|가져갈|배분|나눠|나눌|나누)/u,
  // Whether it is too late to get in: "지금 들어가면 늦은 건가요?", "사기엔 늦었나".
  /(?:들어가|사|매수하|타|올라타|탑승하|진입하)(?:면|기엔|기에는?|는 ?(?:건|거|게)) ?(?:이미 |좀 |너무 |벌써 )?늦/u,
  // Someone telling the asker to buy or sell, or a share bought for a child: "친구가 엔비 사라는데
  // 괜찮을까요?", "팔라고 하는데", "아들한테 마소 사줘도 되나요?". "300억어치 사주는 거지?" is Microsoft's.
  // Only 사/팔 that open a word or follow its object: "회사라고 하던데" is a company; a deal's
  // terms ("애저 사라는 조건") are the companies'.
  // "왜 … 돈 넣음? 칩 팔라고?": closing a why-question, it guesses a company's purpose ("to sell
  // chips?"); no one tells the asker anything.
  /(?:(?<!\p{Script=Hangul})|(?<=[을를]))(?:사|팔)(?:라는|라고(?:(?!\s*(?:[?？]|ㅋ|ㅎ)+\s*$)|(?<!(?:왜|뭐하러|무슨 ?이유|이유가).*))|라던|란다|래서)(?!\S*\s?(?:조건|요구|계약|조항|약정))|(?:(?<!\p{Script=Hangul})|(?<=[을를]))사 ?(?:줘도|줄까)/u,
  // Shares the asker holds and what to do with them: "ah've got some nvidia shares fae years ago,
  // dae ah cash oot noo", "I own a few MSFT shares, hold or sell?". Holding alone is no ask ("I own
  // NVIDIA shares, how much did they invest?" asks a figure of the story).
  /\b(?:i|we)(?:'ve| have)? (?:got|have|own|hold|bought) (?:some |a few |a bit of |a lot of |loads of |a load of )?(?:\S+ )?(?:shares|stocks?)\b.*\b(?:sell|cash|hold on|keep them|keep it|dump|offload|get out|buy more|top up|take (?:the )?profits?)\b/,
  // What to do with shares the asker holds, dialect included: "넣어둔 엔비디아 주식, 빼야 쓰겄소
  // 더 지둘려야 쓰겄소?", "주식 지금 팔아야 하나요". A company's stake ("지분") is the story's.
  /(?:주식|종목)\S*[\s,].*(?:빼야|팔아야|처분해야|정리해야|기다려야|지둘려야|버텨야|존버해야|들고 있어야)/u,
  // A share rated like an analyst's call: "is $AMZN a sell now that…?", "is it a buy here?".
  /\bis (?:\S+ ){1,3}?a (?:strong |good |clear |screaming )?(?:buy|sell|hold)(?![-'\w])/,
  // A position sized like a fund's call: "overweight X vs Y?", "hold or trim AMZN?", "rebalance
  // into…". Words of a portfolio, never of a deal between companies.
  /\b(?:overweight|underweight|equal[- ]weight)(?:ing)?\b|\b(?:hold|keep|add|buy) or trim\b|\btrim or (?:hold|keep|add|buy|sell)\b|\brebalanc\w*\b/,
];
