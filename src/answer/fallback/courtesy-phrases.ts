/**
 * The greetings and thanks a message is wrapped in, one list for every reader of them: a polite
 * message's sentences (courtesies.ts) and a letter's salutation and closing lines
 * (email-envelope.ts). Regular-expression sources, each an alternation to wrap in (?:…).
 */

/** An English greeting: "hi", "hiya", "dear", "good morning". */
export const GREETINGS_EN =
  "hi|hii|hello|hallo|hey|heya|hiya|howdy|g'?day|dear|greetings|good (?:morning|afternoon|evening|day)";

/** A Korean greeting: "안녕하세요", "안녕하십니까". */
export const GREETINGS_KO = "안녕하세요|안녕하십니까";

/**
 * English thanks and sign-offs: "thanks", "thank you", "cheers", "kind regards", "all the best".
 * "many thanks" and "best wishes" come from the pair at the front.
 */
export const THANKS_EN = String.raw`(?:best|kind|kindest|warm|warmest|many|with)\s+(?:regards|wishes|thanks)|regards|cheers|thanks|thank\s*you|all the best|take care`;

/** Korean thanks and wishes: "감사합니다", "고맙습니다", "수고하세요", "좋은 하루 되세요". */
export const THANKS_KO = String.raw`감사하겠습니다|감사합니다|감사드립니다|감사드려요|감사해요|고맙습니다|수고하세요|수고하십시오|좋은\s?하루\s?(?:되세요|보내세요)`;
