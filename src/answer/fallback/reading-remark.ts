/**
 * A summary asked with a word on the asker's time or patience: "기사 한줄로 요약해봐 손님 와서 길게
 * 못읽어", "한 줄 요약 쫌. 길게 말고", "tl;dr? no time to read lol", "쉽게 풀어서, 우리 같은
 * 늙은이도 알아듣게". The remark says how short or plain the answer should be; its words (손님,
 * "wall cloud") ask nothing, and would turn the summary away as unknown or read as a topic.
 * Language tables only: nothing here names the story.
 */
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { spaceSplitCount } from "../../search/split-count.ts";

/** Why the asker wants it short or plain: no time, too long, can't read it all, to understand. */
const READING_REMARK =
  /(?:길게|길면|길어서|긴 ?(?:글|건|거))\s?(?:말고|못\s?읽\S*|안\s?읽\S*|읽기\s?(?:싫|귀찮|힘들)\S*)|(?:읽을\s?)?시간(?:이|은)?\s?없\S*|바빠서|바쁘니까|바쁨|알아듣게|알아들을\s?수\s?있게|이해하기\s?쉽게|\b(?:no|ain't got|aint got|got no|don't have|dont have|do not have|haven't got|not much)\s+(?:the\s+)?time\s+(?:to\s+read|for\s+(?:the\s+)?(?:whole|full|long|all)\b)|\btoo long\b|\bdidn'?t read\b|\bcan'?t read (?:the |it |all )|\bin a (?:rush|hurry)\b/iu;

/** Where a clause of a chat message ends: a mark, or a request's verb ("요약해봐", "쫌", "please"). */
const CLAUSE_END =
  /[.!?？,;~…]+(?=\s)|(?:해\s?봐|해\s?줘|해\s?주세요|해\s?주실래요|해\s?주시겠어요|쫌|좀|\bplease|\bplz|\bpls)(?=\s)/gu;

/** At most this many words make a remark; a longer clause says more than the asker's hurry. */
const MAX_REMARK_WORDS = 12;

/** The question without the clauses that only remark on the asker's time, when a summary is asked. */
export function withoutReadingRemark(index: KnowledgeIndex, question: string): string | undefined {
  if (!READING_REMARK.test(question)) return undefined;
  const clauses: string[] = [];
  let start = 0;
  for (const end of question.matchAll(CLAUSE_END)) {
    const stop = (end.index ?? 0) + end[0].length;
    clauses.push(question.slice(start, stop));
    start = stop;
  }
  clauses.push(question.slice(start));
  const kept = clauses.filter((clause) => {
    const read = index.analyze(clause);
    // The request itself ("요약해봐 길게 말고" in one clause) stays.
    if (read.asksForSummary) return true;
    // "kids screaming, no time to read": the asker's words beside the remark, known to nothing.
    if (!READING_REMARK.test(clause)) return read.terms.some((term) => term.known);
    // "마소랑 엔비랑 앤트로픽 뭔일임 초딩 동생도 알아듣게": a clause naming the story's parties asks.
    if (read.terms.some((term) => term.entity !== undefined || term.kind === "amount")) return true;
    return spaceSplitCount(clause.trim()) > MAX_REMARK_WORDS;
  });
  if (kept.length === clauses.length) return undefined;
  const rest = kept.join("").trim();
  return rest !== "" && index.analyze(rest).asksForSummary ? rest : undefined;
}
