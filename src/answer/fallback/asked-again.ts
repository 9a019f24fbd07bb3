/**
 * "When does the 1GW go live? need a date", "…how much is X paying Y? need a number for the
 * diagram", "얼마 내요? 정확한 금액으로 알려줘": after a part the knowledge does not cover, a part
 * that only says which kind of answer the asker wants (a date, a number) asks that part again.
 * Alone it would be answered with the story's own date or figure, another question's answer. A
 * layout wanted ("want the full step-up chart") asks the part before again, whatever it asked.
 */

/** The asker saying they want something: "need", "i just need", "give me", "알려줘". */
const WANTS = String.raw`(?:(?:i|we)\s+)?(?:(?:just|really|still|only)\s+)?(?:need|want|would like|'d like|give me|gimme|looking for|pls give)`;
const DETERMINERS = String.raw`(?:(?:the|an?|any|some|a rough|rough|exact|precise|specific|actual|ballpark|hard|real|concrete|정확한|정확히|구체적인|대략적인|대충)\s*)*`;
/** Why they want it ("for the loop diagram", "for my chart"): the asker's purpose, nothing asked. */
const PURPOSE = String.raw`(?:\s+(?:for|to put in|to use in)\s+[^?？]*)?`;
const POLITE = String.raw`(?:\s+(?:please|pls|plz|thanks|thx|좀|알려줘|알려주세요|알려 ?줘요|부탁해요|부탁드려요))*`;
const END = String.raw`\s*[?？.!~]*$`;

/** Only a date wanted, with the asker's "need" or purpose around it: "need a date", "exact date for my notes". */
const WANTS_A_DATE = new RegExp(
  String.raw`^(?:${WANTS}\s+)?${DETERMINERS}(?:date|day|timing|timeline|날짜|일자|시점|일정)(?:로|으로)?${PURPOSE}${POLITE}${END}`,
  "u",
);
/** Only a figure wanted: "need a number for the loop diagram", "ballpark figure?", "정확한 금액으로 알려줘". */
const WANTS_A_FIGURE = new RegExp(
  String.raw`^(?:${WANTS}\s+)?${DETERMINERS}(?:number|figure|amount|dollar figure|dollar amount|estimate|금액|액수|숫자)(?:로|으로)?${PURPOSE}${POLITE}${END}`,
  "u",
);
/**
 * Only a form of the answer wanted: "want the full step-up chart", "a breakdown table pls",
 * "표로 정리해줘": the part before's answer again, laid out.
 */
const WANTS_A_LAYOUT = new RegExp(
  String.raw`^(?:${WANTS}\s+)?${DETERMINERS}(?:(?:full|whole|complete|entire|step-up|step up|year-by-year|round-by-round|historical)\s+)*(?:chart|table|graph|timeline|breakdown|history|표|차트|그래프|타임라인)(?:로|으로)?(?:\s?(?:정리해|그려|만들어)\s?(?:줘|주세요))?${PURPOSE}${POLITE}${END}`,
  "u",
);
/** The part before asked when. */
const WHEN = /\bwhen\b|언제|며칠|몇 ?월|\b(?:what|which) (?:date|day)\b/u;
/** The part before asked how much. */
const HOW_MUCH =
  /\bhow much\b|얼마|\bwhat (?:does|did|do|will) [^?？]*\bcost\b|몇 ?(?:억|조|만) ?(?:달러|불|원)/u;

/**
 * Whether a part (normalized) only names the kind of answer wanted for what the part before
 * (normalized) asked: a date after "when", a figure after "how much".
 */
export function asksAgainForKind(part: string, before: string): boolean {
  const trimmed = part.trim();
  if (WANTS_A_DATE.test(trimmed)) return WHEN.test(before);
  if (WANTS_A_FIGURE.test(trimmed)) return HOW_MUCH.test(before);
  return WANTS_A_LAYOUT.test(trimmed);
}
