/**
 * A word of the story used only to say when: "투자 후 기업가치", "딜 직후", "after the investment",
 * "post-investment", "before the funding round". The word names a moment, not the kind of money
 * or the thing a claim is about. Generic words of time, nothing of one story.
 */
import { escapeRegExp } from "../../util/escape-regexp.ts";

/** Korean words of "after" and "before" right after the noun ("투자 후", "딜 이후", "발표 직전"). */
const KOREAN_AFTER_NOUN =
  /^\s?(?:후|이후|직후|뒤|전|이전|직전|당시|때)(?![가-힣])|^\s?(?:후|뒤|전|때)(?:에|엔|의|로|부터|까지)/u;
/** English words of time before the noun ("after the investment", "post-investment"). */
const ENGLISH_BEFORE_NOUN =
  /\b(?:after|before|since|post|pre|following|prior to|ahead of|until)[\s-]+(?:the\s+|this\s+|that\s+|their\s+)?$/u;

/** Whether the first place a text writes the word is a time reference ("투자 후", "post-deal"). */
export function usedAsTime(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  if (/\p{Script=Hangul}/u.test(word)) return KOREAN_AFTER_NOUN.test(text.slice(at + word.length));
  if (!new RegExp(`\\b${escapeRegExp(word)}`, "u").test(text.slice(at))) return false;
  return ENGLISH_BEFORE_NOUN.test(text.slice(Math.max(0, at - 24), at));
}

/**
 * Korean words that only say when ("직전 기업가치", "현재 지분", "당시 금액"): a modifier of
 * time, never the name of a thing.
 */
export const KOREAN_TIME_MODIFIER =
  /^(?:직전|직후|이전|이후|당시|현재|지금|최근|종전|당초|기존|예전|과거|앞서|최초|처음|나중|향후|추후)(?:의|엔|에는|에)?$/u;
