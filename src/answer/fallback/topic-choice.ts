/**
 * A multiple-choice item on what the whole text is about, as worksheets write it: "다음 중 글의
 * 주제로 가장 적절한 것은? ① … ② … ③ …", "Which of the following is the best title? (A) … (B) …".
 * The options name other things to tempt (another company, a product's features); the right one
 * is the one that speaks of the story itself: its main parties and the words the knowledge knows,
 * with the fewest words it does not. The answer names that option, then the summary.
 */
import type { Language } from "../../knowledge/schema.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";
import { composeSummaryAnswer } from "./text.ts";

/** A choice among given options ("다음 중", "which of the following", "고르시오", "가장 적절한"). */
const CHOICE_STEM =
  /다음 중|보기 중|고르(?:시오|세요|면|기)|가장 (?:적절|알맞|적합)|\bwhich of (?:the|these) (?:following|options|choices)\b|\bchoose\b|\bpick the\b|\bbest (?:title|describes|summari[sz]es|captures)\b/iu;

/** What the whole text is about: its topic, title, main idea or gist. */
const TOPIC_ASKED =
  /주제|제목|요지|중심 ?(?:내용|생각)|핵심 ?내용|글의 목적|\b(?:topic|title|headline|main (?:idea|point|theme)|gist|central idea|summar\w*|mainly about)\b/iu;

/**
 * How the whole text is written ("윗글의 서술 방식", "전개 방식", "how the passage is organized"):
 * the options describe ways of writing in words of no story, and the right one names what the
 * story is made of (its parties' strategies, the concerns).
 */
const METHOD_ASKED =
  /서술 ?(?:방식|방법|상의 특징|전략)|전개 ?(?:방식|방법)|글의 (?:구성|짜임)|\b(?:primary purpose|(?:is|are) (?:organi[sz]ed|structured|developed)|method of development)\b/iu;

/** Option marks: circled digits, "(1)", "1)", "(A)", "A)", "a.". */
const OPTION_MARK = /(?:^|\s)(?:[①-⑩]|\(\s*(?:\d|[a-eA-E])\s*\)|(?:\d|[a-eA-E])[).](?!\d))\s*/gu;

export interface Option {
  readonly mark: string;
  readonly text: string;
}

/** The options after the stem, when there are at least three; undefined otherwise. */
export function optionsOf(question: string): { stem: string; options: Option[] } | undefined {
  const marks = matchesOf(OPTION_MARK, question);
  if (marks.length < 3) return undefined;
  const first = marks[0];
  if (first?.index === undefined) return undefined;
  const options: Option[] = [];
  for (const [at, match] of marks.entries()) {
    const start = (match.index ?? 0) + match[0].length;
    const end = marks[at + 1]?.index ?? question.length;
    const text = question
      .slice(start, end)
      .replace(/[\s,;/]+$/u, "")
      .trim();
    if (text === "") return undefined;
    options.push({ mark: match[0].trim(), text });
  }
  return { stem: question.slice(0, first.index), options };
}

/**
 * How much an option speaks of the story: main parties and known words, less unknown words; and
 * how many of its words the story knows.
 */
function storyScore(index: KnowledgeIndex, text: string): { score: number; known: number } {
  let score = 0;
  let known = 0;
  for (const term of index.analyze(text).terms) {
    if (term.entity !== undefined) score += 2;
    else if (term.kind === "concept") score += 1;
    else if (term.kind !== "amount") score -= 1;
    if (term.entity !== undefined || term.kind === "concept") known += 1;
  }
  return { score, known };
}

/**
 * The option on the story's topic and the summary, for a multiple-choice item on the topic;
 * undefined when the question is no such item or no option clearly leads.
 */
export function topicChoiceAnswer(
  index: KnowledgeIndex,
  question: string,
  language: Language,
): Answer | undefined {
  // The stem is part of the question: a question with no choice words has no such stem, and
  // most questions are let go here before their option marks are looked for.
  if (!CHOICE_STEM.test(question)) return undefined;
  const parsed = optionsOf(question);
  if (!parsed || !CHOICE_STEM.test(parsed.stem)) return undefined;
  const topic = TOPIC_ASKED.test(parsed.stem);
  if (!topic && !METHOD_ASKED.test(parsed.stem)) return undefined;
  const scored = parsed.options
    .map((option) => ({ option, ...storyScore(index, option.text) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return undefined;
  // A way of writing is said in words of no story: the option naming two of the story's own
  // words, well ahead of the others, is the one.
  const leads = topic
    ? best.score >= 2 && !(second && second.score >= best.score)
    : best.known >= 2 && !(second && second.score + 2 > best.score);
  if (!leads) return undefined;
  const summary = composeSummaryAnswer(index.knowledge, language);
  const said =
    language === "ko"
      ? topic
        ? "글은 이 내용을 다뤄요."
        : "글은 이렇게 쓰였어요."
      : topic
        ? "that is what the article is about."
        : "that is how the article is written.";
  const lead = `${best.option.mark} ${best.option.text}: ${said}`;
  const text = withinLength(lead, summary.text);
  return text ? { ...summary, text } : undefined;
}

/** The lead and as many of the summary's lines as fit in an answer; undefined if none fits. */
function withinLength(lead: string, summary: string): string | undefined {
  const lines = summary.split("\n");
  while (lines.length > 0) {
    const text = `${lead}\n${lines.join("\n")}`.trimEnd();
    if (text.length <= MAX_ANSWER_LENGTH) return text;
    lines.pop();
  }
  return undefined;
}
