/**
 * Korean typed with a space after nearly every syllable ("마 이크로소프트 랑 엔비디아 합 산 투자
 * 액 이 얼 마 죠", "엔 비 디 아 투 자 액"): the run is read as unspaced Korean, which the
 * segmenter splits against the lexicon, instead of a row of one-syllable words that match
 * nothing or the wrong thing. Only a run with three or more lone syllables that are no word on
 * their own: "그 돈 다 어디 가?" is spaced as written. Language, not any one story.
 */

/** Hangul words of one syllable each, spaced apart: a cheap scan before any reading. */
const MAY_BE_SPACED = /(?:^|\s)[가-힣] [가-힣] [가-힣](?=\s|$|[?？!.~])/u;

/** A run of Hangul words one space apart (each word Hangul only). */
const HANGUL_RUN = /(?<![\p{L}\p{N}])[가-힣]+(?: [가-힣]+)+(?![\p{L}\p{N}])/gu;

/**
 * One-syllable words people do write on their own: pronouns and determiners, adverbs, counters,
 * nouns of money and time, and the Sino-Korean digits said one by one ("사 점 오", 4.5). A lone
 * syllable outside these is part of a word typed apart.
 */
const WORD_ON_ITS_OWN = new Set([
  ..."그이저돈왜더다좀또안못뭐몇한두세네걍넘꼭딱참잘막곧늘거것건게걸수줄때데등및난넌날널내제니걔얘응예아어오와음흠즉총각약딜칩값몫집차물불말일달해년월원억조만천백십빚땅",
  ..."영공삼사육칠팔구점",
  // The piece and its writer ("이 글 쓴 사람"), sides and places, and adnominals of doing.
  ..."글쓴뜻쪽곳편측분새첫현큰긴준낸산본판법힘땜",
]);

/** Lone syllables that are no word on their own, needed before a run is read unspaced. */
const LONE_SYLLABLES_NEEDED = 3;

export function joinSpacedSyllables(text: string): string {
  if (!MAY_BE_SPACED.test(text)) return text;
  return text.replace(HANGUL_RUN, (run) => {
    let lone = 0;
    for (const word of run.split(" ")) {
      if (word.length === 1 && !WORD_ON_ITS_OWN.has(word)) lone++;
    }
    return lone >= LONE_SYLLABLES_NEEDED ? run.replaceAll(" ", "") : run;
  });
}
