/**
 * Voice typing writes the punctuation it was told as words when it does not convert them: "how
 * much did microsoft put in question mark", "얼마 줬어 물음표". At the end of a message those
 * words are the mark (elsewhere they may be talked of: "a question mark over the deal").
 * Language, not any one story.
 */
const MARK: Readonly<Record<string, string>> = {
  "question mark": "?",
  물음표: "?",
  "exclamation mark": "!",
  "exclamation point": "!",
  느낌표: "!",
  "full stop": ".",
  마침표: ".",
};

const SAID = Object.keys(MARK).join("|");
/** A cheap scan first: most messages say none of the words. */
const HAS_DICTATED = new RegExp(SAID, "u");
const DICTATED_MARK = new RegExp(`\\s(${SAID})(?=\\s*[.!?~]*\\s*$)`, "gu");

/** The text with dictated punctuation words turned into their marks. */
export function dictatedMarks(text: string): string {
  if (!HAS_DICTATED.test(text)) return text;
  return text.replace(DICTATED_MARK, (_whole, words: string) => MARK[words] ?? "");
}
