/**
 * Advice asked as a call, a price to come or a family's money: not "should I buy", but "give me
 * a buy/sell call", "what will it trade at?", "is it going to $250?", "몇 달러까지 가요?", "keep
 * holding?", "계속 들고 있어야 됨?", "my son's birthday money into…", "uncle says put it all in".
 * Generic words of trading and personal finance, about any story: a news article states what was
 * agreed, never a share's price to come or what a family should do with its money. Added to the
 * advice patterns of stopwords.ts.
 */
export const CALL_ADVICE_PATTERNS: readonly RegExp[] = [
  // An analyst's call or rating asked for: "a buy/sell call", "buy, sell or hold", "a strong buy",
  // "price target", "목표 주가". A deal has terms, never a rating.
  /\b(?:buy|sell|hold)\s?\/\s?(?:buy|sell|hold)\b|\b(?:buy|sell|hold),? (?:buy|sell|hold),? (?:or|and) (?:buy|sell|hold)\b|\b(?:strong|screaming|conviction|top) (?:buy|sell)\b|\b(?:buy|sell|hold|trading|stock) (?:call|rating|recommendation)s?\b|\bprice targets?\b|\btarget price\b|목표 ?(?:주가|가격|단가)|목표가/u,
  // Someone weighing a trade: "should one be buying…", "should investors be selling…". A company
  // buying in the story is named, never "one" or "investors".
  /\b(?:should|shall|would|could|must|ought to)\s+(?:one|i|we|you|u|people|investors|retail|folks)\s+(?:be\s+)?(?:buying|selling|shorting|loading up on|piling into|dumping)\b/u,
  // A share price to come, in dollars and not billions: "is going to $250", "heads for $1,000",
  // "what will X trade at". The story's sums carry a scale ("$10B"). Read from the sign or the
  // verb, the words before looked at only there: most questions hold neither.
  /\$\s?\d[\d,]*(?:\.\d+)?(?![\d.,]|\s?(?:k|m|b|t|bn|bil|mil|billion|million|trillion|thousand|gw)\b)(?<=\b(?:going|gonna|goes|go|headed|heading|run|running|hit|hits|hitting|reach|reaches|climb|climbs|rise|rises|fall|falls|drop|drops|trade|trades|trading|close|closes|closing|be)\s+(?:(?:up|down|back) )?(?:(?:to|at|for|above|below|past|over|under|toward|towards)\s*)?\$\s?\d[\d,]*(?:\.\d+)?)|\b(?:trade|close|be trading|be priced) (?:at|around|near)\b(?<=\b(?:will|would|gonna|going to)\b[^?.!]*)|\b(?:what|where) (?:will|would) (?:\S+ ){1,3}?(?:trade|close)\b/u,
  // "몇 달러까지 가요?", "어디까지 오를까": how far a price will move. Not "얼마까지 가능" (a limit),
  // nor how far it went ("기업가치 얼마까지 올라갔냐", "얼마까지 찍었음").
  /(?:몇 ?(?:달러|불|원|만 ?원|배)|얼마)\s?까지\s?(?:가(?!능|치|격|량|장)|갈|오르|오를|올라(?!오|와|갔|왔|간)|뛸|떨어(?!졌|진)|빠지|빠질|내려(?!갔|왔|간)|찍(?!었|음|은))|어디까지\s?(?:오르|오를|올라(?!오|와|갔|왔|간)|떨어(?!졌|진)|빠지|빠질|내려(?!갔|왔|간))/u,
  // A move at a time to come: "다음 주에 오르는 거 확실해요?", "내일 떨어지나요". Not "곧 애저에
  // 올라온다" (a model put on a service).
  /(?:내일|모레|다음 ?주|다음 ?달|내년|연말|이번 ?주|조만간)\S*\s(?:\S+\s){0,3}?(?:오르|올라(?!오|와)|떨어지|떨어질|떨어져|상승하|상승할|하락하|하락할|반등)/u,
  // Holding on: "계속 들고 있어야 됨?", "홀딩해야 할까", "keep holding", "diamond hands". "적금만 들고
  // 있어요" says what the asker holds and asks nothing of it.
  /(?:들고|갖고|가지고|쥐고|보유하고|홀딩하고) ?(?:있어야|있을까|있는 ?(?:게|거) ?(?:나|좋|맞)|가야|갈까)|(?:홀딩|보유)(?:해야|할까|해도 ?(?:돼|될|되|괜찮))|\bkeep(?:ing)? holding\b|\bhodl\w*|\b(?:diamond|paper) hands?\b|\bbag ?holders?\b|\bkeep (?:my |our |the )?(?:shares|stocks?|position)\b|\bhold (?:onto|on to) (?:my|our|the|his|her) (?:shares|stocks?|position)\b/u,
  // Money a family keeps for its own life, never a company's: "his birthday money", "retirement
  // money", "용돈으로 … 사도 돼?", "세뱃돈 엔비에 넣어도".
  /\b(?:birthday|christmas|xmas|holiday|graduation|lunch|pocket|retirement|college|tuition|inheritance|wedding|gift|rent|house|life) (?:money|cash|savings|pot)\b|\b(?:paycheck|pay check|life savings|nest egg|tax refund|stimulus check)\b|\b(?:put|putting|throw|throwing|sink|sinking|dump|dumping|move|moving|stick|sticking|pour|pouring) (?:all (?:of )?|everything |half (?:of )?)?(?:my|his|her|your) (?:\w+ ){0,2}?(?:money|savings|cash|salary|paycheck|bonus|inheritance|allowance|pension|401k|ira)\b/u,
  /(?:용돈|세뱃돈|생활비|전세 ?자금|전세금|학자금|퇴직금|월급|상여금|보너스|축의금|여윳돈|쌈짓돈|모은 ?돈|모아 ?둔 ?돈)\S*\s(?:.*\s)?(?:넣|투자|몰빵|박아|박을|태워|태울|담아|담을|굴리|굴려|매수|사(?:도|면|는|야|서|려|볼|둘|두|고|자|줘|줄|기))/u,
  // A trade picked, as a question of its own: "Nvidia going crash? sell or hold?", "hold or dump,
  // bro?". Only the pair standing alone between marks: "did Microsoft buy or sell shares?" asks
  // what a company did.
  /(?:^|[?!.,;:]\s*)(?:so |just |then |ok |okay |now )?(?:buy|sell|hold|dump|keep|trim|short)(?:,? or (?:buy|sell|hold|dump|keep|trim|short|wait))+(?:\s+(?:it|them|em|um|now|rn|bro|brah|man|mate|fam|lol))*\s*(?:[?!.]|$)/u,
  // The asker's own savings, counted: "I get five grand saved", "got 10k sitting", "I have like
  // 3 thousand to invest". A company's sums are never saved up or lying around, and a bare "got"
  // is the asker's only opening a sentence ("Anthropic has got 15 billion sitting…" is a claim).
  /(?:\b(?:i|we|i'?ve|i have|we have|i got|i get|i gots|we got)|(?:^|[,.!?;]\s*)got)\s+(?:(?:like|about|around|maybe|only|just|some|a few|few)\s+)?(?:\$?\d[\d,.]*\s?(?:k|grand|bucks|dollars|quid|pounds)?|\w+\s+(?:grand|thousand|hundred|bucks|dollars|quid|pounds|k))\s+(?:(?:\w+\s+)?(?:saved|saved up|put away|put aside|sitting|spare|lying around|laying around)|to (?:invest|put in|play with|throw at))\b/u,
  // A family member's own career move, weighed: "my kid wants to quit the apprenticeship for a
  // coding bootcamp", "my son is thinking of switching to AI, good move?". A person's schooling or
  // work, never a company's act.
  /\b(?:my|our) (?:kid|kids|son|daughter|boy|girl|nephew|niece|brother|sister|husband|wife|grandson|granddaughter|cousin)(?:'s)? (?:wants? to|wanted to|is (?:gonna|going to|thinking (?:of|about)|planning to)|might|may) (?:quit|leave|drop out|drop|switch|study|learn|retrain|go into|get into|become|join|apply)\b/u,
  /\b(?:quit|quitting|drop(?:ping)? out of|leav(?:e|ing))\s+(?:(?:my|his|her|their|our|the|a)\s+)?(?:\w+\s+)?(?:job|apprenticeship|degree|course|school|uni|university|college|studies|program|programme|trade)\b.*\b(?:good move|good idea|smart move|smart|wise|worth it|right call|mistake|bad idea)\b/u,
  // Someone telling the asker to trade: "uncle says put it all in", "my dad told me to buy", "my
  // son wants to buy…", "my brother-in-law says buy Amazon". The verb follows at once: "my
  // teacher says Microsoft put…" is a claim.
  /\b(?:uncle|aunt|dad|mom|mum|father|mother|parents?|grandpa|grandma|granddad|grandmother|grandfather|friends?|buddy|bro|brother|sister|wife|husband|son|daughter|kids?|boss|coworker|colleague|roommate|cousin|nephew|niece|girlfriend|boyfriend|partner|advisor|adviser)(?:-in-law|s-in-law| in law)?(?:'s)? (?:says?|said|told (?:me|us|him|her)|tells (?:me|us|him|her)|keeps saying|is telling (?:me|us)|wants?(?: me| us)? to|wanted(?: me| us)? to|thinks? (?:i|we) should)(?: to| (?:that )?(?:i|we) (?:should|must|gotta|need to))? (?:buy|sell|put|invest|dump|short|load up|go all in|throw|move|get in)\b/u,
  // A stock picked by theme, or one of two bought: "뭐가 수혜주임?", "AI 관련주 뭐 있어?", "엔비 vs
  // 마소 뭐 삼?". Words of a stock market, never of a deal's terms.
  /수혜주|테마주|관련주|대장주|주도주|\bvs\.?\s.*(?:뭐|뭘|어느 ?(?:거|게|쪽))\s?(?:삼|살까|사야|사냐|사지|담|고름|골라)/u,
  // A side picked to make money by: "누구 편에 줄 서야 돈 버는 거여?", "어느 쪽에 붙어야 돈 됨?".
  // The asker's own gain, never what a party of a deal earns ("앤트로픽이 돈 버는 구조").
  /(?:누구|어느|어떤|어디)\s?(?:편|쪽|회사)\S*\s(?:\S+\s){0,2}?(?:줄\s?)?(?:서야|설까|서면|붙어야|붙을까|붙으면|타야|탈까|타면|걸어야|걸까)\s(?:\S+\s)?(?:돈|수익)\s?(?:벌|버|되|돼|됨)/u,
  // An allocation raised or cut: "raise its AI allocation", "asset allocation". A fund's weights,
  // never a deal's terms.
  /\ballocations?\b(?<=(?:\b(?:raise|raising|increase|increasing|boost|boosting|bump|bumping|up|upping|cut|cutting|reduce|reducing|trim|trimming|lower|lowering|grow|growing|shrink|shrinking|add to|adding to)\s+(?:\S+\s+){0,3}|\b(?:asset|portfolio|equity|equities|stock|sector|tech|ai) )allocations?)/u,
];
