/**
 * Advice asked as getting out of a holding, or as getting into one too late: cutting losses on a
 * share named alone ("MSFT 손절각임?", "마소 손절각이냐"; "마소 오픈AI랑 손절각임?" is one company
 * dropping another, the story's), clearing out shares ("AI 주식 싹 정리할까"), "too late to get
 * into … shares", a pick between two for "the long haul", and unlisted shares bought on a
 * secondary market ("비상장 주식을 … 매입하는 것이 투자 가치가 있는지"), and staying out ("a bubble I
 * should stay away from"). Generic words of trading, about any story. Added to the advice
 * patterns of stopwords.ts.
 */
/** Keeping out of something: the verbs of the staying-out pattern below. */
const STAY_OUT = "(?:stay away from|keep away from|steer clear of|stay clear of|stay out of|avoid)";

export const EXIT_ADVICE_PATTERNS: readonly RegExp[] = [
  // One name (or a name and 주식) and "손절각" / "익절각" / "존버각", nothing else: the asker's
  // stop-loss. Two names ("나델라형 오픈ai 손절각?", "마소 오픈AI랑 손절각임?") are one party
  // dropping another, the story's.
  /^\s*\S+(?:\s+(?:주식|주|종목|주주))?\s+(?:손절|익절|존버|탈출)\s?각\S*\s*[?？!.~ㅋㅎㅠ]*\s*$/u,
  // Shares cleared out or dumped: "AI 주식 싹 정리할까", "엔비 주식 다 털까", "던져야 돼?".
  /(?:주식|종목|주)\s?(?:(?:싹|다|전부|몽땅|그냥|일부|좀)\s?)?(?:정리할까|정리해야|정리하는 ?(?:게|거)|털까|털어야|던질까|던져야|처분할까|처분해야)/u,
  // "too late to get into … shares", "too late to jump in".
  /\btoo late (?:for (?:me|us) )?to (?:get into|jump (?:in|into|on)|pile (?:in|into)|buy (?:in|into)|hop on|get on board)\b/u,
  // "msft or nvda for the long haul, which one ya reckon?": a pick between two over a holding
  // period, with a "which one" after it at most.
  /^(?:\S+ ){0,2}\S+ or \S+,? (?:for the |in the |over the )?(?:long|short)[- ]?(?:term|run|haul)\b(?:\s*[?!.]*$|,?\s*which (?:one|is better|would you)\b)/u,
  // Staying out as the asker's own choice: "a bubble I should stay away from as an investor?",
  // "should we steer clear of it".
  new RegExp(
    String.raw`\b(?:i|we|one|u|you) (?:should|shd|ought to|need to|must|better) ${STAY_OUT}\b|\b(?:should|shd|do|must) (?:i|we|one) (?:\w+ )?${STAY_OUT}\b`,
    "u",
  ),
  // Unlisted shares bought by the asker: "비상장 주식을 세컨더리 시장에서 매입하는 것이 투자 가치가
  // 있는지", "장외에서 사도".
  /(?:비상장|장외)\s?주식\S*\s.*(?:매입|매수|구매|사는|살|투자)\S*\s?(?:것이|게|거)?\s?(?:투자\s?가치|괜찮|나을|좋을|될까|돼|되나)|(?:매입|매수|구매|사)(?:하는|는) ?(?:것이|게|거) ?투자\s?가치가? ?(?:있|없)/u,
];
