/**
 * "…인지 여쭤봐도 될까요?", "…에 대해 물어봐도 되나요?": a polite asker asks leave to ask, and the
 * question is what comes before. Read as the plain request "…인지 알려주세요", which the reader
 * already takes apart ("…있는지" is asked, not a clause of its own).
 */

/** The words every such frame holds: the question pays nothing more when none is present. */
const GATE = /여쭤|여쭈|물어/u;

/** Leave asked to ask ("여쭤봐도 될까요", "물어봐도 괜찮나요") or the asking announced ("여쭤보고 싶습니다"). */
const ASKING_LEAVE =
  /(?:좀 |하나 |한 ?가지 )?(?:여쭤|여쭈어|여쭈워|물어) ?(?:봐도|보아도) ?(?:될까요|되나요|돼요|되요|될까|되겠습니까|될지요|괜찮을까요|괜찮나요|괜찮겠습니까)|(?:좀 |하나 |한 ?가지 )?(?:여쭤|여쭈어|물어) ?(?:보고 ?싶습니다|보고 ?싶어요|보고 ?싶은데요|볼게요|봅니다)/u;

export function askPermissionAsRequest(text: string): string {
  if (!GATE.test(text)) return text;
  return text.replace(ASKING_LEAVE, "알려주세요");
}
