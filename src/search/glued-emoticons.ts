/**
 * Chat closes a sentence with a smiley or laughter typed onto its mark ("…거예요?^^ 회원님들한테
 * 설명해야 해서요", "…invest?lol I need it for a talk", "…거예요~ㅎㅎ 우리…"), or with a bare
 * "^^" where the mark would be ("…거예요 ^^ 우리…"). Read apart, the mark still ends the sentence
 * it closes, so what follows is read as a sentence of its own. Language, not any one story.
 */

/** A smiley or laughter: "^^", "^_^", "ㅋㅋ", "ㅎㅎ", "ㅠㅠ", ";;", ":)", ":d", "lol", "haha". */
const EMOTICON = String.raw`(?:\^[_\-.~]?\^+|ㅋ{2,}|ㅎ{2,}|[ㅠㅜ]{2,}|;{2,}|:-?[)d(p]|xd|lol|lmao|ha(?:ha)+|he(?:he)+)[~!.]*`;

/** A sentence mark with an emoticon typed onto it, before more words. */
const GLUED_TO_MARK = new RegExp(String.raw`([?？!.~])(${EMOTICON})(?=\s+\S)`, "giu");

/** A bare "^^" standing where a sentence's mark would be, between two words. */
const SMILEY_FOR_MARK = /(?<=[^\s?？!.~^])\s+(\^[_\-.~]?\^+)(?=\s+\S)/gu;

/** A cheap test first: most questions have no emoticon. */
const HAS_EMOTICON = /[\^ㅋㅎㅠㅜ;:]|xd|lol|lmao|haha|hehe/iu;

/** The text with an emoticon read apart from the mark it is typed onto. */
export function spaceGluedEmoticons(text: string): string {
  if (!HAS_EMOTICON.test(text)) return text;
  return text.replace(GLUED_TO_MARK, "$1 $2").replace(SMILEY_FOR_MARK, ". $1");
}
