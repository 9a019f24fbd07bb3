/**
 * A part that only asks where the answer before comes from: "And the source?", "source please",
 * "Please cite your source.", "출처도요", "출처는 어디야?", "근거 좀 알려줘". It names nothing of
 * its own: it asks for the citation of the part before, so when that part is not covered there is
 * nothing to cite (answered alone, it would give the story's own "source" fact, the quoted expert,
 * beside "not covered", as if the question were two).
 */

/** A word for a citation, in English. */
const ENGLISH_SOURCE = new Set([
  "source",
  "sources",
  "sourced",
  "citation",
  "citations",
  "cite",
  "reference",
  "references",
  "ref",
  "refs",
  "link",
  "links",
]);

/** The words that ask for it, point at the answer before, or are courtesy. */
const ENGLISH_REQUEST = new Set([
  "and",
  "also",
  "plus",
  "with",
  "w/",
  "include",
  "including",
  "incl",
  "give",
  "provide",
  "add",
  "list",
  "show",
  "share",
  "drop",
  "what",
  "what's",
  "whats",
  "where",
  "where's",
  "wheres",
  "is",
  "are",
  "was",
  "there",
  "any",
  "please",
  "pls",
  "plz",
  "me",
  "us",
  "your",
  "the",
  "a",
  "an",
  "its",
  "their",
  "for",
  "of",
  "that",
  "this",
  "it",
  "them",
  "too",
  "as",
  "well",
  "thanks",
  "thx",
  "can",
  "could",
  "would",
  "you",
  "i",
  "need",
  "get",
  "from",
  "did",
  "does",
  "do",
  "come",
  "comes",
]);

/** A Korean word for a citation, with its particle ("출처는", "출처도요", "근거랑"). */
const KOREAN_SOURCE = /^(?:출처|근거|소스|링크|레퍼런스)(?:는|은|도|랑|와|를|가|좀)?요?$/u;

/** Korean words that ask for it ("좀 알려줘", "같이", "어디야?", "있어?"). */
const KOREAN_REQUEST =
  /^(?:좀|같이|함께|포함|포함해서|포함해서요|포함해|포함해줘|포함해주세요|달아|달아줘|달아주세요|밝혀|밝혀줘|밝혀주세요|알려|알려줘|알려줘요|알려주세요|알려주실래요|알려주시면|부탁|부탁해|부탁해요|부탁드려요|부탁드립니다|적어줘|써줘|주세요|줘|ㄱㄱ|있어|있어요|있음|있나요|있나|있니|어디|어디야|어디예요|어디에요|어디임|어디죠|어딘데|어딘지|뭐야|뭐예요|뭐임|뭐죠|는|도|요|그|거기|그거|그것)$/u;

/** At most this many words make such a part ("could you give me the source for that too?"). */
const MOST_WORDS = 9;

export function asksOnlySource(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[?？.!,~:;"“”'‘’()]+(?=\s|$)|^[("“'‘]+/gu, " ")
    .split(/\s+/u)
    .filter((word) => word !== "");
  if (words.length === 0 || words.length > MOST_WORDS) return false;
  let source = false;
  for (const word of words) {
    if (ENGLISH_SOURCE.has(word) || KOREAN_SOURCE.test(word)) source = true;
    else if (!ENGLISH_REQUEST.has(word) && !KOREAN_REQUEST.test(word)) return false;
  }
  return source;
}
