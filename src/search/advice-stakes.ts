/**
 * Advice asked with the asker's own stake or as a score of a share, in any register: a sum of the
 * size people hold ("a grand", "a few hundred quid", "500 bucks", "£300", "몇백", "이백만 원") put
 * somewhere or taken to a pick ("put a grand into…", "…or… with a few hundred quid?", "몇백 넣을까"),
 * and a share rated as an investment ("rate X vs Y as an investment from 1 to 10", "투자처로 몇 점?").
 * A news story's sums are billions; what a reader's own few hundred should do is no fact of it.
 * Generic words of money, about any story. Each check runs only when its cheap word test passes:
 * most questions never pay for the patterns.
 */

/** Words without which no stake is named: checked with includes before any pattern runs. */
const STAKE_WORDS = [
  "grand",
  "quid",
  "buck",
  "pound",
  "euro",
  "hundred",
  "thousand",
  "£",
  "€",
  "몇백",
  "몇천",
  "몇십",
  "만원",
  "만 원",
];

const NUMERAL = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|few|couple|couple of|some|\d{1,3}(?:,\d{3})*(?:\.\d+)?)`;
/** A scale after the sum ("ten bucks billion"): the story's size, spoken loosely. */
const SCALE = String.raw`(?:billion|bil|bn|million|mil|trillion)(?![\p{L}])`;
/** What may follow "a grand" in a sentence about money; "a grand plan" is no sum. */
const AFTER_GRAND =
  "(?:into|in|on|of|to|at|or|and|for|with|worth|each|total|tops|max|now|rn|today)";

/** "0.9 euros per dollar", "80 pounds to the dollar": an exchange rate, no sum anyone holds. */
const PER_DOLLAR = String.raw`\s*(?:per|to the|to a|a|an|for (?:one|1|a|each)|/)\s*(?:us\s?)?(?:dollars?|usd|\$)`;

/**
 * A sum of the size a reader holds: "a grand", "two grand", "a few hundred quid", "500 bucks",
 * "£300", "몇백", "오백만 원". A scale of millions or billions makes it the story's ("5 billion
 * dollars" never matches: "billion" is no numeral here).
 */
const READER_SUM = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}$£€])${NUMERAL}\s+grand(?![\p{L}\p{N}])(?!\s*${SCALE})(?!\s+(?!${AFTER_GRAND}(?![\p{L}]))\p{L})`,
    String.raw`(?<![\p{L}\p{N}$£€])${NUMERAL}\s+(?:(?:hundred|thousand)\s+)?(?:quid|bucks|pounds|euros|dollars)(?![\p{L}])(?!\s*${SCALE})(?!${PER_DOLLAR})`,
    String.raw`[£€]\s?\d{1,3}(?:,\d{3})?(?:k)?(?![\d.,]|\s?(?:m|b|bn|bil|mil|million|billion|trillion)(?![\p{L}]))`,
    String.raw`(?:몇 ?(?:십|백|천)(?: ?만)?|(?:\d+|[일이삼사오육칠팔구]?[십백천])+ ?만)(?! ?[억조])(?: ?원)?(?:이|을|를|으로|정도|만|쯤)? ?(?:\S+ ){0,2}?(?:넣|사|투자|태우|태워|박|지르|질러|담|들어가|굴리|굴려)`,
  ].join("|"),
  "u",
);

/** The sum moved or taken to a choice: a verb of putting, "with", "or", a Korean verb of buying. */
const STAKE_MOVE =
  /\b(?:put|puts|putting|stick|sticking|throw|throwing|bung|bunging|chuck|chucking|lob|lobbing|invest|investing|sink|sinking|punt|park|parking|buy|buying|go|going|into|with|or|spare|got|have)\b|[넣사투태박질담들굴]/u;

/** Words without which nothing is rated: the rating word and an investment word. */
const RATE_WORDS = ["rate", "rating", "rank", "score", "grade", "out of", "점"];
const INVEST_WORDS = ["invest", "투자", "종목", "a buy", "stock", "share"];

/**
 * A share scored as an investment: "rate MSFT vs NVDA as an investment from 1 to 10", "score NVDA
 * out of 10 as a buy", "투자처로 몇 점이야?", "종목 점수 매겨줘". Not the article rated ("rate the
 * article's argument"), which names no investment.
 */
const RATED_INVESTMENT =
  /\b(?:rate|rank|score|grade)\b[^.?!]*\bas (?:an? )?(?:investments?|buys?|stocks?|shares?|bets?)\b|\bas (?:an? )?(?:investments?|buys?|stocks?)\b[^.?!]*\b(?:out of (?:5|10|100|five|ten)|from (?:0|1|one|zero) to (?:5|10|100|five|ten)|on a scale)\b|(?:투자처|투자 ?대상|투자 ?가치|종목|주식)(?:로|로서|으로|으로서)?(?:는|은)? ?(?:\S+ )?(?:몇 ?점|점수|별점|평점)/u;

/** Whether the text asks advice with a reader-sized stake or a share's score as an investment. */
export function asksStakeAdvice(text: string): boolean {
  if (STAKE_WORDS.some((word) => text.includes(word))) {
    const sum = READER_SUM.exec(text);
    if (sum && STAKE_MOVE.test(text)) return true;
  }
  return (
    RATE_WORDS.some((word) => text.includes(word)) &&
    INVEST_WORDS.some((word) => text.includes(word)) &&
    RATED_INVESTMENT.test(text)
  );
}
