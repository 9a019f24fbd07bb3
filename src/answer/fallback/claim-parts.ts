/**
 * Two claims in one message, each to be checked: "Microsoft up to $5B and announced Nov 18 —
 * both right?", "NVIDIA put in $10B, right? And it was at Build, right?", "엔비디아 투자 100억
 * 맞고, 발표는 빌드에서 한 거지?". Each clause is read as a claim of its own, with a tag; the
 * answerer checks each, and the first sentence says whether all hold or which one does not.
 * Only language lives here (where clauses join, what a tag is); what each clause claims is
 * checked by the same code as any claim.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import { matchesOf } from "../../util/matches-of.ts";
import type { Answer } from "../types.ts";
import { partsAnswer } from "./shapes.ts";
import { truncate } from "./text.ts";

/** A sentence that ends in a question mark, with more after it. */
const SENTENCE = /[^?？]+[?？]+/gu;
/** "And", "also", "그리고" opening a later sentence: a joiner, no word of the claim. */
const OPENING_JOINER =
  /^(?:(?:and|also|plus|oh and|and also|then)[,\s]+|(?:그리고|또|또한|그리고 또)\s+)/iu;
/**
 * English joints between two clauses: ", and", " and", ";", " — " before a clause. "and then"
 * is one sequence ("give money and then get it back"). An adverb that sets the next clause
 * apart (", and separately", ", and meanwhile") is the joint's.
 */
const ENGLISH_JOINT =
  /\s*(?:,\s*(?:and|plus)\s+(?!then\b)(?:(?:separately|meanwhile|in turn|in addition|on top of that),?\s+)?|\s+and\s+(?!then\b)(?:also\s+)?|\s*;\s*|\s+[—–]\s+(?!(?:both|all|each|right|correct|true|accurate|yes)\b))/giu;
/**
 * A clause's own claim before a joint: a figure, a date or a verb ("NVIDIA and Microsoft
 * together…" joins two names, not two claims).
 */
const CLAIMS_SOMETHING =
  /\b(?:is|are|was|were|has|have|had|gets?|got|puts?|pays?|paid|invests?|invested|buys?|bought|spends?|spent|announced|unveiled|said|says|runs?|ran|stays?|remains?|owns?|committed|pledged|signed|uses?|used|gives?|gave|takes?|took|makes?|made|\w{3,}ed)\b/u;
/** A clause that opens with its verb, its subject the clause before's. */
const VERB_FIRST =
  /^(?:(?:also|then|it)\s+)?(?:is|are|was|were|has|had|got|paid|bought|spent|gave|took|made|ran|\w{2,}(?:s|ed))\b/u;
const LAST_WORD = /[\p{L}\p{N}.'’]+$/u;
const FIRST_WORD = /^[\p{L}\p{N}'’]+/u;
/**
 * Korean endings that join a clause to the next ("맞고,", "했고", "이고", "이며"), as its close.
 * Not 하고, which joins two nouns ("100억불하고 50억불").
 */
const KOREAN_JOINT = /(맞|했|였|었|았|됐|이)(?:고|며)\s*,?\s+/gu;
/** A tag that asks of every clause at once: "both right?", "둘 다 맞지?", "all correct?". */
const BOTH =
  /\b(?:are |is )?(?:they |those |these )?(?:both|all(?: three| of them)?|each)\s+(?=(?:right|correct|true|accurate|ok|okay|legit)\b)|둘 ?다 ?(?=맞|사실|정확)|모두 ?(?=맞)|(?:,\s*)?(?:—|–)\s*(?=(?:both|all|right|correct|true|accurate)\b)/giu;
const HANGUL = /\p{Script=Hangul}/u;
/** The tag given to a clause that had none ("…100억 맞고" -> "…100억 맞지?"). */
const KOREAN_CLOSE: Readonly<Record<string, string>> = {
  맞: "맞지?",
  했: "했지?",
  였: "였지?",
  었: "었지?",
  았: "았지?",
  됐: "됐지?",
  이: "이지?",
};

/**
 * The clauses of a confirmation that claims two things or more, each as a claim of its own with
 * its tag; undefined when it is one claim. Whether each clause really claims something is for
 * the caller to check (each must get a yes or no of its own).
 */
export function claimClauses(question: string, names: ReadonlySet<string>): string[] | undefined {
  const text = question.trim();
  const sentences = text.match(SENTENCE) ?? [];
  if (sentences.length >= 2 && sentences.join("").length === text.length) {
    return sentences.map((sentence) => sentence.trim().replace(OPENING_JOINER, ""));
  }
  if (/[?？].*\S/u.test(text.replace(/[?？!.~\s]+$/u, ""))) return undefined;
  if (HANGUL.test(text)) return koreanClauses(text);
  return englishClauses(text, names);
}

function englishClauses(text: string, names: ReadonlySet<string>): string[] | undefined {
  const joints = matchesOf(ENGLISH_JOINT, text);
  if (joints.length === 0 || joints.length > 2) return undefined;
  const clauses: string[] = [];
  let start = 0;
  for (const joint of joints) {
    const at = joint.index ?? 0;
    const clause = text.slice(start, at).trim();
    const after = text.slice(at + joint[0].length);
    // "…, and separately Microsoft and Nvidia invest": a bare "and" between two names joins
    // the subjects of one clause, not two clauses.
    if (
      joint[0].trim() === "and" &&
      endsInName(clause, names) &&
      startsWithName(after, names) &&
      clauses.length > 0
    ) {
      continue;
    }
    // "…from Microsoft and pays it $30B": a verb after the joint starts a clause of its own.
    const verbNext = VERB_FIRST.test(after);
    // "NVIDIA $10B and …": a party's figure claims something too; "the 5B and the 10B" does not.
    const partyFigure = /\d/u.test(clause) && namesParty(clause, names);
    if (
      !(CLAIMS_SOMETHING.test(clause) || partyFigure) ||
      (!verbNext && endsInName(clause, names))
    ) {
      return undefined;
    }
    clauses.push(`${clause}, right?`);
    start = at + joint[0].length;
  }
  clauses.push(text.slice(start).trim().replace(BOTH, " ").replace(/\s+/gu, " "));
  return clauses;
}

/** Whether a clause has a word that names a party. */
function namesParty(clause: string, names: ReadonlySet<string>): boolean {
  return clause
    .toLowerCase()
    .split(/[^\p{L}\p{N}.'’]+/u)
    .some((word) => names.has(word.replace(/['’]s$/u, "")));
}

/** Whether a text's first word is one of the names the question gives its parties. */
function startsWithName(text: string, names: ReadonlySet<string>): boolean {
  const first = FIRST_WORD.exec(text.toLowerCase())?.[0] ?? "";
  return names.has(first.replace(/['’]s$/u, ""));
}

/** Whether a clause's last word is one of the names the question gives its parties. */
function endsInName(clause: string, names: ReadonlySet<string>): boolean {
  const last = LAST_WORD.exec(clause.toLowerCase())?.[0] ?? "";
  return names.has(last.replace(/['’]s$/u, ""));
}

function koreanClauses(text: string): string[] | undefined {
  const joints = matchesOf(KOREAN_JOINT, text);
  if (joints.length === 0 || joints.length > 2) return undefined;
  const clauses: string[] = [];
  let start = 0;
  for (const joint of joints) {
    const at = joint.index ?? 0;
    const close = KOREAN_CLOSE[joint[1] ?? ""] ?? "맞지?";
    clauses.push(`${text.slice(start, at).trim()}${close}`);
    start = at + joint[0].length;
  }
  clauses.push(text.slice(start).trim().replace(BOTH, "").replace(/\s+/gu, " "));
  return clauses;
}

/** A clause as the reader wrote it: without the tag it was given. */
function asWritten(clause: string): string {
  return clause
    .replace(/[,\s—–-]*\b(?:right|correct|true|accurate|yes|yeah|no|ok|okay)\s*[?？!.]*$/u, "")
    .replace(/[?？!.]+$/u, "")
    .trim();
}

const AGREES = /^(?:Yes|맞아요)(?![\p{L}])/u;
/** An answer's opening without its yes or no: "Yes: NVIDIA committed…" -> "NVIDIA committed…". */
const YES_NO_HEAD =
  /^(?:Yes|No|맞아요|아니에요)(?:[,:]\s*(?:the money goes the other way[,:]\s*|방향이 반대예요,\s*)?)?\s*/u;

function statementOf(answer: Answer): string {
  const opening = answer.text.split("\n\n")[0] ?? "";
  // Its own full stop off: the statements are joined by semicolons.
  return opening
    .replace(YES_NO_HEAD, "")
    .trim()
    .replace(/[.。]$/u, "");
}

/**
 * The answer to a message of several claims, each answered: the first sentence says whether all
 * hold, or which one does not; then each claim's own answer.
 */
export function claimsAnswer(
  knowledge: Knowledge,
  language: Language,
  clauses: readonly string[],
  answers: readonly Answer[],
): Answer {
  const wrong = clauses.filter((_, at) => !AGREES.test(answers[at]?.text ?? ""));
  // The first sentence carries what settles it: each part's fact when all hold, the wrong
  // parts' facts otherwise.
  const settling = answers
    .filter((answer) => wrong.length === 0 || !AGREES.test(answer.text))
    .map(statementOf)
    .filter((statement) => statement !== "")
    .join("; ");
  const lead =
    language === "ko"
      ? wrong.length === 0
        ? `맞아요, 모두 맞아요: ${settling}`
        : `아니에요, ${wrong.map((clause) => `“${asWritten(clause)}”`).join(", ")} 부분이 틀렸어요: ${settling}`
      : wrong.length === 0
        ? `${clauses.length === 2 ? "Yes, both are right" : "Yes, all of them are right"}: ${settling}`
        : `No: ${wrong.map((clause) => `“${asWritten(clause)}”`).join(" and ")} is wrong: ${settling}`;
  const parts = partsAnswer(knowledge, language, clauses, answers);
  return { ...parts, text: truncate(`${lead}\n\n${parts.text}`) };
}
