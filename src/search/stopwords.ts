/**
 * Words that shape a question but say nothing about its subject, in English and Korean. They are
 * left out of both matching and the on-topic test, so "tell me about X" weighs the same as "X".
 */

export const ENGLISH_STOPWORDS = new Set(
  `a about above after again against all also am an and any are aren around as at be because been
  before being below between both but by can could did didn do does doesn doing don down during each
  either else ever every few for from further get gets got had has have having he her here hers him
  his how however i if in into is isn it its itself just let lets like me might mine more most much
  must my myself no nor not now of off on once only or other our ours out over own per please really
  same shall she should so some such than that the their theirs them then there these they this
  those through to too under until up upon very via was wasn we were what whats when where which
  while who whom whose why will with within without would wouldn yes yet you your yours
  tell explain describe summarize summarise summary say says said saying mean means meant meaning
  know known think thought show shows give gives given talk talking article articles story news
  post text piece report reported reporting mention mentioned mentions detail details info
  information anything something thing things stuff role happen happened happening going go
  goes way ways kind sort part lot lots okay ok hey hi hello thanks thank pls plz please bot
  actually basically exactly quite rather maybe perhaps also again still already even`
    .split(/\s+/)
    .filter(Boolean),
);

export const KOREAN_STOPWORDS = new Set(
  `뭐 뭐야 뭐지 뭔가요 뭔데 뭐예요 뭐에요 뭐라고 뭐라 무엇 무엇인가요 무엇인지 무엇일까요 무슨 어떻게 어떤
  어떤가요 어땠나요 어때 어때요 어떠한 어느 왜 누구 누가 누구야 누군가 언제 어디 어디서 어디에 어디야
  알려줘 알려주세요 알려 알려줄래 알고 싶어 싶어요 싶다 궁금 궁금해 궁금해요 궁금합니다 설명 설명해줘
  설명해 설명해주세요 해줘 해주세요 해 주세요 줘 좀 그 이 저 그리고 또 또는 및 정말 진짜 혹시 대해 대해서
  대한 관해 관해서 관한 관련 관련해서 기사 기사에서 기사에 기사는 내용 말해줘 말해 말했어 말했나요
  했어 했나요 있어 있나요 있어요 있는 있나 있지 없어 없나요 인가요 요약 요약해줘 의미 뜻 역할
  맞아 맞나요 맞니 맞지 아니야 아닌가요 이번 지금 그럼 그러면 그래서 근데 그런데 하지만 네 예
  안녕 안녕하세요 고마워 감사 감사합니다 것 거 건 게 수 등 때 중 더 가장 제일 다 모두 얘기 이야기
  된 되는 됐어 했는지 하는지 인지 건가요 건지 거야 거예요 건데 나요 까요 세요 습니까 니까 할까 할까요
  년 월 일 대 개 명 위 번 차 쯤 정도 하 되 있 없 않 같 싶 알`
    .split(/\s+/)
    .filter(Boolean),
);

/** Phrases that ask for personal advice or a prediction: the article cannot answer those. */
export const ADVICE_PATTERNS: readonly RegExp[] = [
  /\bshould (?:i|we)\b/,
  /\b(?:can|do|would) you recommend\b/,
  /\bis it (?:a good|worth)\b.*\b(?:buy|invest|time)\b/,
  /\bworth (?:buying|it)\b/,
  /\b(?:buy|sell) (?:the )?(?:stock|shares?)\b/,
  /(?:살까|사야|팔까|팔아야|살지|사도 될까|사면 될까|추천해|추천 좀|추천 부탁|해야 할까|해야 하나|오를까|떨어질까|내릴까)/,
];
