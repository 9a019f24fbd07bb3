/**
 * Names of the asker or of whoever passed the story on: a sign-off ("…? Thanks, Linda", "- Tom"),
 * a teller named by who they are to the asker ("my friend Bob shared this", "my son Jake says"),
 * or the asker introducing themselves ("Hi, I'm Maria", "this is Ken from accounting"). They say
 * who is asking, not which party the question is about, so they are neither a word the knowledge
 * lacks nor a company or person it does not cover.
 */
import { matchesOf } from "../util/matches-of.ts";

/** Words that close a message before the writer's name. */
const SIGN_OFF =
  /(?:^|[\s,.!?;:)])(?:(?:thanks|thank you|many thanks|thanks again|thanks so much|thx|tks|ty|cheers|regards|best regards|kind regards|warm regards|sincerely|xoxo|take care)\s*[,.!:-]*\s+|(?:best|love|yours|xo)\s*[,.!:-]+\s*)([A-Z][a-z]+)(?:\s+[A-Z]\.?|\s+[A-Z][a-z]+)?\s*[.!~)]*\s*$/iu;
/** A dash or tilde before a lone name at the very end ("…? - Linda", "~Sam"). */
const DASH_SIGN_OFF = /[?.!]\s*[-–—~]+\s*([A-Z][a-z]+)(?:\s+[A-Z]\.?|\s+[A-Z][a-z]+)?\s*\.?\s*$/u;
/** Who someone is to the asker, after "my" or "our": "friend", "grandson", "boss". */
export const ENGLISH_PEOPLE =
  "friend|buddy|pal|mate|bro|brother|sister|sis|son|daughter|kid|kids|wife|husband|partner|mom|mum|mother|dad|father|grandson|granddaughter|grandkid|grandkids|grandma|grandpa|granny|grandmother|grandfather|uncle|aunt|auntie|cousin|nephew|niece|boss|manager|coworker|co-worker|colleague|neighbou?r|roommate|flatmate|classmate|teacher|tutor|student|students|boyfriend|girlfriend|fianc[eé]e?";
/** Who a teller is to the asker ("my friend", "my grandson") and their name after it ("Bob"). */
const TELLER = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur)\\s+(?:(?:best|old|good|close)\\s+)?(${ENGLISH_PEOPLE})\\b(?:(?:\\s+named)?,?\\s+([A-Z][a-z]+)\\b)?`,
  "gu",
);
/**
 * People the asker may name in Korean as who asked them or whom they must tell: family, friends,
 * colleagues. Generic Korean, no word of any story. The words of two syllables or more are also
 * words of the unspaced-Korean split (lexicon.ts), so "손주가물어봐서요" is 손주가 + 물어봐서요,
 * not 손 + 주가 ("share price").
 */
export const KOREAN_PEOPLE = [
  ..."친구 지인 아들 딸 손자 손녀 손주 남편 아내 와이프 엄마 아빠 어머니 아버지 할머니 할아버지".split(
    " ",
  ),
  ..."동생 형 누나 언니 오빠 동료 상사 팀장님 부장님 과장님 사장님 선생님 교수님 학생 학생들".split(
    " ",
  ),
  ..."애들 아이 조카 삼촌 이모 고모 사촌 팀장 부장 과장 사장 팀원 후배 선배 가족 부모님".split(" "),
] as const;
const PEOPLE = KOREAN_PEOPLE.join("|");
/**
 * Someone close to the asker opening a clause as its subject ("아들이 ", "우리 딸은 ", "할머니께서 "):
 * the pattern's source, for the clauses that tell of them (preamble.ts, closing-remark.ts).
 */
export const KOREAN_PERSON_SUBJECT = `(?:우리\\s?)?(?:${PEOPLE})(?:이|가|는|도|께서|님이|님은|님도|들이|들은)\\s`;
/**
 * A Korean teller and how they passed the question on ("손자가 물어봐서", "친구가 보내줬는데", "딸이
 * 숙제로 물어봐서요"): who asked or told, with its particle, and the verb of asking or sending.
 */
const KOREAN_TELLER = new RegExp(
  `(?:^|\\s)((?:${PEOPLE})(?:이|가|는|도|께서|님이|님께서|들이)?)\\s+(?:(\\p{Script=Hangul}+로)\\s+)?((?:물어|묻|여쭤|궁금해|보내|공유|알려|카톡|톡)\\p{Script=Hangul}*)`,
  "gu",
);
/**
 * Whom the asker must pass the answer on to ("손주한테 설명해줘야 해서요", "아들에게 알려주려고",
 * "팀장님께 보고해야 돼서"): the person and the verb of telling say why they ask, not what.
 */
const KOREAN_AUDIENCE = new RegExp(
  `(?:^|\\s)((?:${PEOPLE})(?:한테|에게|께|들한테|들에게)(?:도)?)\\s+((?:설명|알려|말해|얘기|이야기|보고|전해)\\p{Script=Hangul}*)(?:\\s+(\\p{Script=Hangul}+))?`,
  "gu",
);
/** What KOREAN_TELLER and TELLER need: a verb of passing on, and "my" or "our". */
const PASSED_ON = /물어|묻|여쭤|궁금해|보내|공유|알려|카톡|톡|설명|말해|얘기|이야기|보고|전해/u;
/**
 * "my" or "our" as a word, in any case: \b(?:my|our)\b with the i and u flags, spelt out (with
 * those flags, ſ and the Kelvin sign are word characters too). The flags made the engine read the
 * text slowly, place by place: 5.6 µs for a long question, now 0.5.
 */
const MY_OR_OUR =
  /(?<![0-9A-Z_a-z\u017f\u212a])(?:[Mm][Yy]|[Oo][Uu][Rr])(?![0-9A-Z_a-z\u017f\u212a])/;
/** What OUTLET needs: a verb of hearing or reading. */
const MAY_NAME_OUTLET = /\b(?:heard|saw|seen|read|caught)\b/i;
/**
 * Where the asker heard or read the story ("Heard on VOCM this morning that…", "saw it in the
 * Globe"): the outlet passed it on, it is not a party the question is about.
 */
const OUTLET =
  /\b(?:[Hh]eard|[Ss]aw|[Ss]een|[Rr]ead|[Cc]aught)\s+(?:(?:it|that|this|about (?:it|this|that))\s+)?(?:on|in)\s+(?:the\s+)?([A-Z][A-Za-z0-9]+)(?:\s+[A-Z][A-Za-z0-9]+)?/gu;
/** What SELF needs: a self-introduction's opening words. */
const MAY_NAME_SELF = /[Ii](?:'m| am|m)|[Mm]y name|[Tt]his is/;
/** The asker's own name ("I'm Maria", "my name is Ken", "this is Ken here"). */
const SELF =
  /(?:^|[\s,.!?])(?:(?:[Ii]'m|[Ii] am|[Ii]m|[Mm]y name is|[Mm]y name's)\s+([A-Z][a-z]+)(?=\s*(?:[,.!?]|$|\s+(?:here|from|and)\b))|[Tt]his is\s+([A-Z][a-z]+)(?=\s+(?:here|from)\b))/gu;

/**
 * The lower-cased names (first word and a surname after it) the raw question gives for the asker
 * or a teller. Capitals are read on the text as written: "my friend bought…" names nobody.
 */
export function askerNames(raw: string, spaced?: () => string): ReadonlySet<string> {
  // The guards here, each reading of a name in a function of its own that runs only when its
  // words are there: most questions name nobody, and one function holding every reading was
  // optimised by V8 only after thousands of answers (its bytecode size sets how much of it must
  // run first, and most answers ran only these tests).
  const names = new Set<string>();
  // Each pattern is tried only where its words are (a verb of passing on; "my" or "our").
  if (PASSED_ON.test(raw)) addKoreanTellers(names, raw, spaced);
  if (MY_OR_OUR.test(raw)) addTellers(names, raw);
  if (!CAPITAL.test(raw)) return names;
  // A sign-off ends the message on a name: tried at every position, its pattern would cost every
  // question, most of which end on a question mark.
  if (endsOnAWord(raw)) addNamed(names, SIGN_OFF.exec(raw) ?? DASH_SIGN_OFF.exec(raw));
  if (MAY_NAME_SELF.test(raw)) for (const match of matchesOf(SELF, raw)) addNamed(names, match);
  if (MAY_NAME_OUTLET.test(raw)) for (const match of matchesOf(OUTLET, raw)) addNamed(names, match);
  return names;
}

const CAPITAL = /[A-Z]/;
const LATIN_LETTERS = /[A-Za-z]+/g;
const OPENS_CAPITAL = /^[A-Z]/;
const OPENS_LIGHT_VERB = /^[해하드]/u;

/** The name a sign-off or self-naming match gives, and a surname written after it. */
function addNamed(names: Set<string>, match: RegExpMatchArray | RegExpExecArray | null): void {
  const name = match?.[1] ?? match?.[2];
  if (!match || !name) return;
  // The name and a surname written after it ("Thanks, Linda Park").
  const tail = match[0].slice(match[0].lastIndexOf(name));
  for (const word of tail.match(LATIN_LETTERS) ?? []) {
    if (OPENS_CAPITAL.test(word)) names.add(word.toLowerCase());
  }
}

/**
 * The Korean tellers and audiences. Read on the question as written and, when it was typed
 * without spaces, on its words as split ("…궁금합니다손주가물어봐서요").
 */
function addKoreanTellers(names: Set<string>, raw: string, spaced?: () => string): void {
  const koreanTexts = [raw, spaced?.() ?? raw];
  for (const [at, text] of koreanTexts.entries()) {
    if (at > 0 && text === raw) break;
    for (const match of matchesOf(KOREAN_TELLER, text)) {
      names.add(match[1] as string);
      names.add(match[3] as string);
      // "숙제로", "카톡으로": why or how it was passed on, when said between the two.
      if (match[2]) names.add(match[2]);
    }
    for (const match of matchesOf(KOREAN_AUDIENCE, text)) {
      names.add(match[1] as string);
      names.add(match[2] as string);
      // "설명해줘야 해서요" is read as one word: the verb with its auxiliary.
      if (match[3]) names.add(`${match[2]}${match[3]}`);
      // "얘기 해줘야해요": the light verb after a noun of telling, split off it.
      if (match[3] && OPENS_LIGHT_VERB.test(match[3])) names.add(match[3]);
    }
  }
}

/**
 * "my friend Bob": who Bob is to the asker goes with him; "my wife swears…" alone is left as it
 * is (the claim's frame is read on it, confirmation.ts).
 */
function addTellers(names: Set<string>, raw: string): void {
  for (const match of matchesOf(TELLER, raw)) {
    if (!match[2]) continue;
    names.add((match[1] as string).toLowerCase());
    names.add(match[2].toLowerCase());
  }
}

/** Marks that may close a message after its last word. */
const CLOSING_MARKS = ".!~)";

/**
 * What SIGN_OFF and DASH_SIGN_OFF end on: a letter, then at most closing marks, then at most
 * space (/[a-z][.!~)]*\s*$/iu read from the end, not tried at every place of the text).
 */
export function endsOnAWord(text: string): boolean {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && CLOSING_MARKS.includes(trimmed.charAt(end - 1))) end--;
  if (end === 0) return false;
  const code = trimmed.charCodeAt(end - 1);
  // With the i and u flags, [a-z] is also A-Z, ſ (s) and the Kelvin sign (k).
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x17f ||
    code === 0x212a
  );
}
