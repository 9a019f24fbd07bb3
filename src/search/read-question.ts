/**
 * How a question's raw text becomes words, before any matching: normalised (Unicode, case),
 * dictated punctuation read as its mark, dates in Sino-Korean numerals and spoken decimals in digits,
 * names heard as two words joined ("ig night"), slang and abbreviations rewritten (the glossary), tokenised (words and amounts), chat jamo
 * dropped and unspaced Korean split into known words. Passages skip the glossary and the
 * splitting: their words are the knowledge.
 */

import { flatText } from "../util/flat-text.ts";
import { withAudienceAsEli5 } from "./audience.ts";
import { spaceBoundNoun } from "./bound-noun-spacing.ts";
import { restoreContractedEseo } from "./contracted-eseo.ts";
import { joinDetachedParticles } from "./detached-particles.ts";
import { dictatedMarks } from "./dictated-marks.ts";
import { restoreDroppedH } from "./dropped-h.ts";
import { restoreDroppedG } from "./english-conjugate.ts";
import { withoutEnglishFrames } from "./english-frames.ts";
import { spaceGluedCapitals } from "./glued-capitals.ts";
import { sinoAmountEnd, splitUnspacedHangul } from "./hangul-segment.ts";
import { joinHyphenatedSyllables } from "./hyphenated-syllables.ts";
import { foldKoreanRegister } from "./korean-register.ts";
import { isKnownLatinWord, splitUnspacedLatin } from "./latin-segment.ts";
import { correctQuestionWordSlips } from "./latin-slips.ts";
import type { Lexicon } from "./lexicon.ts";
import { listedParties } from "./listed-parties.ts";
import { spaceGluedNegation } from "./negation-spacing.ts";
import { normalizeText } from "./normalize.ts";
import { withQuestionWordFirst } from "./question-word-last.ts";
import { withoutQuotedParticles } from "./quoted-words.ts";
import { sinoDates } from "./sino-dates.ts";
import { joinSpacedSyllables } from "./spaced-syllables.ts";
import { joinSpelledLetters } from "./spelled-letters.ts";
import { spokenDecimals } from "./spoken-decimals.ts";
import { joinSpokenNames } from "./spoken-names.ts";
import { type Token, tokenize } from "./tokenize.ts";

export interface ReadText {
  readonly normalized: string;
  /** Normalised but before the glossary: chat tags ("ㅇㅇ?", "ㄹㅇ?") still in it. */
  readonly unglossed?: string;
  readonly tokens: readonly Token[];
  /**
   * The question's own tokens, before the glossary, chat jamo dropping and Korean splitting: what
   * the language is read from.
   */
  readonly unsplit: readonly Token[];
  /**
   * The text spaced where its unspaced Korean runs were split, before the glossary read it again:
   * a teller's verb of asking that the glossary drops ("…손녀가물어봐서요") is still in it. Only
   * when that second reading changed the text.
   */
  readonly splitBeforeGloss?: string;
}

export function readQuestion(text: string, lexicon: Lexicon): ReadText {
  // "in-vest-ment": a word typed in hyphenated syllables is read whole.
  // "howmuchdidmicrosoftputin": English typed without spaces is read as its words; "talkin" is
  // "talking".
  // A word gets its g back when it is no word as written and a word of the knowledge or a stop
  // word with it ("payin'" is "paying"; "bitcoin", "margin" stay).
  // "Right, so what's this 'gigawatt' business?": an opening marker and a generic head frame it.
  // "뭡니까", "알려주시오", "했소": formal and old-fashioned endings are read as plain polite ones.
  // "얼마 줬어 물음표": punctuation a voice typist said is the mark; "십일월 십팔일" is 11월 18일;
  // "four point five" and "사 점 오" are 4.5. "초록 팀 은": a particle typed apart is glued back.
  // "MSFT + NVDA + Anthropic deal": a plus before the word for a deal lists its sides.
  // "행사서", "회사서": 에서 with its 에 dropped after a noun the knowledge has is written out.
  // "'ow much", "'ave": a dropped h comes back the same way, before the g.
  // "'돌려막기'라 하던데": a particle typed after a quoted word's closing mark is dropped.
  // "waht", "rigth", "10 billon": a question word typed with a slip is read as meant.
  // "aboutOpenAI": a function word glued to a capitalised name is spaced off it.
  // The two texts every reader scans are copied flat once (flat-text.ts): these steps and the
  // glossary join and slice them.
  const isWord = (word: string) => isKnownLatinWord(word, lexicon);
  // "votin rights", "droppin": a word of the glossary or of what the knowledge knows it does not
  // cover gets its g back too, so "voting rights" is read as the thing not covered. A form as
  // written that only the glossary spells ("throwin at") is no word for this: the glossary has
  // its -ing twin, and "throwin how much at" is read with it.
  const isWordWithG = (word: string) => isWord(word) || lexicon.latinWords.has(word);
  const unglossed = flatText(
    restoreDroppedG(
      restoreDroppedH(
        splitUnspacedLatin(
          withoutEnglishFrames(
            withQuestionWordFirst(
              withAudienceAsEli5(
                spokenDecimals(
                  sinoDates(
                    dictatedMarks(
                      spaceBoundNoun(
                        restoreContractedEseo(
                          joinDetachedParticles(
                            foldKoreanRegister(
                              listedParties(
                                correctQuestionWordSlips(
                                  joinHyphenatedSyllables(
                                    joinSpacedSyllables(
                                      withoutQuotedParticles(
                                        normalizeText(spaceGluedCapitals(text)),
                                      ),
                                    ),
                                    lexicon,
                                  ),
                                  lexicon,
                                ),
                              ),
                            ),
                          ),
                          lexicon,
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
          lexicon,
        ),
        isWord,
      ),
      isWordWithG,
      isWord,
    ),
  );
  // "ig night" (Ignite, voice-typed): a name heard as two words is the name; "a m d", a name
  // spelt letter by letter, is the name too.
  // "안중요하다고": the negation typed onto its predicate is spaced off it, after the glossary (whose
  // phrases, "이해가 안", read the glued form whole).
  const glossedText = spaceGluedNegation(
    lexicon.glossary.rewrite(joinSpokenNames(joinSpelledLetters(unglossed, lexicon), lexicon)),
  );
  const normalized = glossedText === unglossed ? unglossed : flatText(glossedText);
  const glossed = tokenize(normalized);
  // The language is the asker's, not the glossary's: "who put money in?" stays English though
  // "money in" is read as "받는 돈".
  const unsplit = normalized === unglossed ? glossed : tokenize(unglossed);
  const tokens = splitUnspacedHangul(glossed, lexicon);
  // "뭐같이함": a glossary phrase inside an unspaced run shows once the run is split. Only a
  // question whose Korean was split pays for a second reading.
  const spaced = withSpacesAtSplits(normalized, tokens);
  if (spaced !== normalized) {
    const reglossed = flatText(lexicon.glossary.rewrite(spaced));
    // "마소오십억맞음": an amount split off a run is read as one once it stands alone.
    if (reglossed !== spaced || tokens.some(isSinoAmount)) {
      const tokensAgain = splitUnspacedHangul(tokenize(reglossed), lexicon);
      return {
        normalized: reglossed,
        unglossed,
        tokens: tokensAgain,
        unsplit,
        splitBeforeGloss: spaced,
      };
    }
  }
  return { normalized, unglossed, tokens, unsplit };
}

const SYLLABLE = /[\uac00-\ud7a3]/;
/** A piece of a split run that opens with an amount in Sino-Korean numerals ("오십억"). */
function isSinoAmount(token: Token): boolean {
  return token.script === "hangul" && sinoAmountEnd(token.text, 0) > 0;
}

/** The text with a space where the split cut a run of syllables ("뭐같이함" -> "뭐 같이함"). */
function withSpacesAtSplits(text: string, tokens: readonly Token[]): string {
  let spaced = "";
  let from = 0;
  for (const token of tokens) {
    const at = token.start;
    if (token.script !== "hangul" || at <= from || at >= text.length) continue;
    if (!SYLLABLE.test(text.charAt(at - 1)) || !SYLLABLE.test(text.charAt(at))) continue;
    spaced += `${text.slice(from, at)} `;
    from = at;
  }
  return from === 0 ? text : spaced + text.slice(from);
}

export function readPassage(text: string): ReadText {
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized);
  return { normalized, tokens, unsplit: tokens };
}
