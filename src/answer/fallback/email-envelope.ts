/**
 * A question written as an email or a letter to "support": a salutation line ("Hi there,",
 * "Dear support team,", "안녕하세요 담당자님,"), the body, a closing ("Kind regards,", "Thanks in
 * advance,", "감사합니다.") and a signature under it (a name, a job title, a company, "Sent from my
 * phone", a "--" line, "Tom Fischer | Analyst | Fischer & Co"). The envelope says who writes to
 * whom, not what is asked: left in, a signature's words are read as the question's subject ("the
 * article doesn't cover Manager"). It is found by its layout, line by line, so only a message of
 * several lines pays for it.
 */
import { spaceSplitCount } from "../../search/split-count.ts";
import { GREETINGS_EN, GREETINGS_KO, THANKS_EN, THANKS_KO } from "./courtesy-phrases.ts";

/** The words that ask, which an addressee ("Hi there", "Dear support team") never holds. */
const ASKING_WORD =
  /^(?:what|what's|whats|how|who|when|where|why|which|whose|is|are|was|were|do|does|did|can|could|will|would|should|has|have|quick|question|just)$/iu;

/** A greeting that opens an English salutation line. */
const GREETING_EN = new RegExp(
  String.raw`^(?:${GREETINGS_EN}|to whom it may concern)(?![\p{L}'’])[,!]?`,
  "iu",
);
/** A Korean greeting line: "안녕하세요.", "담당자님 안녕하세요", "안녕하세요 고객센터 담당자님,". */
const SALUTATION_KO = new RegExp(
  String.raw`^(?:[^\s?？]+\s+){0,2}(?:${GREETINGS_KO}|수고하십니다|수고\s?많으십니다)(?:\s*[,.!~]*\s*[^\s?？]+님(?:께)?)?[\s,.!~^]*$`,
  "u",
);
/** A Korean address line: "담당자님,", "고객센터 담당자님께,", "관계자 귀하". */
const ADDRESS_KO = /^(?:[^\s?？]+\s+){0,2}[^\s?？]*(?:님|귀하)(?:께)?\s*[,:]?\s*$/u;

/** The words that end a letter: "Kind regards", "Thanks in advance", "Many thanks", "Cheers". */
const CLOSING_WORDS = String.raw`(?:${THANKS_EN}|best|thx|ty|tia|many thanks|much appreciated|appreciate (?:it|your help)|sincerely|yours(?:\s+(?:sincerely|truly|faithfully))?|respectfully)(?:\s+(?:in advance|again|so much|a lot|very much|a bunch|heaps|for (?:your|the|any) (?:help|time|reply|answer)))?`;
/** A closing, the marks after it, and what follows (the writer's name, a signature). */
const CLOSING_EN = new RegExp(`^${CLOSING_WORDS}(?![\\p{L}'’])(\\s*[,.!~:;-]*)\\s*(.*)$`, "iu");
/** The writer's name after a closing on its line ("Thanks, Tom", "Best — Anna K."). */
const NAME_AFTER_CLOSING = /^(?:[A-Z][\p{L}'’.-]*\s*){0,3}$/u;
/** A Korean closing: "감사합니다.", "미리 감사드려요!", "수고하세요~"; and a name signed after it. */
const CLOSING_KO = new RegExp(String.raw`^(?:(?:미리|항상|늘)\s*)?(?:${THANKS_KO})[\s.!~^]*$`, "u");
const SIGNED_KO = /^[^\s?？]+(?:\s+[^\s?？]+)?\s+(?:드림|올림)$/u;

/** A line that opens a signature with no closing before it: "--", "—", "__", "Sent from my phone". */
const SIGNATURE_OPENER =
  /^(?:[-–—_]{2,}|—|sent from my\b.*|보낸 사람\b.*|[^\s?？]+(?:\s+[^\s?？]+)?\s+(?:드림|올림))\s*$/iu;
/** A signature line of fields: "Tom Fischer | Analyst | Fischer & Co". */
const FIELDS_LINE = /^[^|?？]+(?:\s\|\s[^|?？]+)+$/u;

/** A line under a closing is signature-like when it is short and asks nothing. */
const SIGNATURE_WORDS = 8;

function isSalutation(line: string): boolean {
  if (SALUTATION_KO.test(line) || ADDRESS_KO.test(line)) return true;
  const greeting = GREETING_EN.exec(line);
  if (!greeting) return false;
  // "Hi there,", "Dear Sir or Madam,", "Hello support team!": an addressee of a few words, then
  // a mark; never a question ("Hey, how much did…").
  const addressee = line
    .slice(greeting[0].length)
    .replace(/[\s,.:;!~—-]+$/u, "")
    .trim();
  if (addressee === "") return true;
  const words = addressee.split(/\s+/u);
  return (
    words.length <= 4 &&
    !/[?？\d]/u.test(addressee) &&
    words.every((word) => !ASKING_WORD.test(word.replace(/[,.]/gu, "")))
  );
}

function isClosing(line: string): boolean {
  if (CLOSING_KO.test(line)) return true;
  const closing = CLOSING_EN.exec(line);
  return closing !== null && NAME_AFTER_CLOSING.test(closing[2] ?? "");
}

/**
 * A sign-off after the last question, on its line ("…? Kind regards, Priya Raman, Marketing
 * Coordinator", "…? Best, Ana | Analyst", "…? 감사합니다. 김민수 드림"): the closing words with a
 * mark after them (or a capitalised name, or nothing), then a few words that ask nothing.
 */
function isSignOffTail(tail: string): boolean {
  if (/[?？]/u.test(tail) || spaceSplitCount(tail) > SIGNATURE_WORDS + 4) return false;
  // "감사합니다. 김민수 드림", "미리 감사드립니다!": a closing of one or two words, then a name signed.
  const words = tail.split(/\s+/u);
  for (const count of [1, 2]) {
    if (!CLOSING_KO.test(words.slice(0, count).join(" "))) continue;
    const signed = words.slice(count).join(" ");
    return signed === "" || SIGNED_KO.test(signed);
  }
  const closing = CLOSING_EN.exec(tail.replace(/\s+/gu, " "));
  if (!closing) return false;
  const [, mark = "", rest = ""] = closing;
  return rest === "" || mark.trim() !== "" || /^[A-Z]/u.test(rest);
}

/** The text without a sign-off after its last question mark. */
function withoutSignOffTail(text: string): string {
  const at = Math.max(text.lastIndexOf("?"), text.lastIndexOf("？"));
  if (at < 0) return text;
  const tail = text.slice(at + 1).trim();
  return tail !== "" && isSignOffTail(tail) ? text.slice(0, at + 1).trim() : text;
}

function isSignatureLine(line: string): boolean {
  return !/[?？]/u.test(line) && spaceSplitCount(line) <= SIGNATURE_WORDS;
}

/**
 * The message without its salutation, closing and signature, when it is written as a letter; the
 * message as it is otherwise. The body keeps its own lines.
 */
export function withoutEmailEnvelope(written: string): string {
  // Cheap first test: an envelope takes lines of its own; else only a sign-off after the question.
  if (!written.includes("\n")) return withoutSignOffTail(written);
  const lines = written.split(/\r?\n/u).map((line) => line.trim());
  let start = lines.findIndex((line) => line !== "");
  if (start < 0) return written;
  const greeted = isSalutation(lines[start] ?? "");
  if (greeted) start += 1;
  let end = lines.length;
  // The first closing after the body under which every line is a signature's.
  let body = false;
  for (let at = start; at < lines.length; at += 1) {
    const line = lines[at] ?? "";
    const opensSignature =
      body &&
      (isClosing(line) || SIGNATURE_OPENER.test(line) || (greeted && FIELDS_LINE.test(line)));
    body ||= line !== "";
    if (!opensSignature) continue;
    if (lines.slice(at + 1).every((after) => after === "" || isSignatureLine(after))) {
      end = at;
      break;
    }
  }
  const text = withoutSignOffTail(lines.slice(start, end).join("\n").trim());
  if (!greeted && end === lines.length && text === written.trim()) return written;
  return text === "" ? written : text;
}
