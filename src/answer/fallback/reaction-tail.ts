/**
 * A reaction after an open question: "how much did NVIDIA drop on Anthropic? bare money innit",
 * "…얼마 넣었어? 완전 큰돈이네 그치?". How big the sum strikes the asker, with a tag ("innit",
 * "right", "그치"): read as a claim of its own, the tag makes the open question a yes/no one and
 * the reaction's words ("money", "deal") pick a fact of their own. The question is answered
 * without it. A tail that names a party, a figure or a date claims something, and stays.
 */
import { hasQuestionWord } from "../../search/confirmation.ts";

/** The question, with its marks, and one short sentence after the last question mark. */
const TAIL_AFTER_QUESTION = /^([\s\S]*[^\s?？][?？]+)\s+([^?？.!\n]{2,40})[?？!.~]*\s*$/u;

/** "bare money innit", "that's crazy money eh", "a lotta cash right", "mad ting innit". */
const ENGLISH_REACTION =
  /^(?:(?:that'?s|thats|dat|dats|it'?s|what|such|so|man|wow|damn|yo)\s+)*(?:a\s+|an\s+)?(?:(?:big|huge|crazy|mad|bare|insane|wild|massive|serious|proper|real|wicked|heavy|silly|mental|nuts|fat|major|lotta|lot of|lots of|ton of|tonne of|mega|stupid)\s+){1,2}(?:money|cash|dough|bread|p|paper|bucks|dosh|ting|thing|things|deal|sum|numbers?|figures?|bag|stacks|bands|coin|moolah|brass|wonga)?(?:\s+(?:innit|right|eh|huh|yeah|ya|yah|no|man|bro|mate|fam|lol|lmao|lah|bru|boet|ey))*$|^(?:(?:that'?s|thats|dat|dats|it'?s)\s+)?(?:a\s+)?(?:lot|lotta|ton|tonne|heap|pile|shedload|boatload)(?:\s+of\s+(?:money|cash|dough|p|bread|dosh|brass))?(?:\s+(?:innit|right|eh|huh|yeah|ya|no|man|bro|mate|fam|lol|lah|bru))*$/iu;

/**
 * "완전 큰돈이네 그치", "대박이다 ㄷㄷ", "어마어마하네", "돈 미쳤네 ㅋㅋ"; and disbelief at one word
 * of what was asked ("…왜 앤트로픽까지 끌어옴? 양다리 실화냐"): "for real?", asking nothing new.
 */
const KOREAN_REACTION =
  /^(?:(?:와|우와|헐|완전|진짜|엄청|무슨|돈|액수|금액)\s?)*(?:큰돈|큰 돈|대박|엄청나|어마어마하|어마무시하|장난\s?아니|미쳤|쩐다|쩌네|쩔|ㄷㄷ)[\p{Script=Hangul}~]*(?:\s?(?:그치|그쵸|맞지|ㅋ+|ㄷ+|ㅎ+))*$|^(?:(?:와|헐|아니|ㅋ+)\s)?(?:\p{Script=Hangul}{1,5}\s)?(?:실화냐|실화임|실화야|실화인가|실화냐고|실화)(?:\s?(?:ㅋ+|ㄷ+|ㅎ+))*$/u;

/** The question without a reaction after it, or undefined when none closes it. */
export function withoutReactionTail(question: string): string | undefined {
  const found = TAIL_AFTER_QUESTION.exec(question.trim());
  const head = found?.[1];
  const tail = found?.[2]?.trim();
  if (!head || !tail || /\d/u.test(tail)) return undefined;
  if (!ENGLISH_REACTION.test(tail) && !KOREAN_REACTION.test(tail)) return undefined;
  // Only after an open question: after a claim ("…, right? huge money eh") the reaction is the
  // asker's remark on the claim, which the claim's own reading already leaves aside.
  return hasQuestionWord(head.toLowerCase()) ? head : undefined;
}
