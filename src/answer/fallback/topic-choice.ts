/**
 * A multiple-choice item on what the whole text is about, as worksheets write it: "다음 중 글의
 * 주제로 가장 적절한 것은? ① … ② … ③ …", "Which of the following is the best title? (A) … (B) …".
 * The options name other things to tempt (another company, a product's features); the right one
 * is the one that speaks of the story itself: its main parties and the words the knowledge knows,
 * with the fewest words it does not. The answer names that option, then the summary.
 */
import type { Language } from "../../knowledge/schema.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { type Answer, MAX_ANSWER_LENGTH } from "../types.ts";
import { composeSummaryAnswer } from "./text.ts";

/** A choice among given options ("다음 중", "which of the following", "고르시오", "가장 적절한"). */
const CHOICE_STEM =
  /다음 중|보기 중|고르(?:시오|세요|면|기)|가장 (?:적절|알맞|적합)|\bwhich of (?:the|these) (?:following|options|choices)\b|\bchoose\b|\bpick the\b|\bbest (?:title|describes|summari[sz]es|captures)\b/iu;

/** What the whole text is about: its topic, title, main idea or gist. */
const TOPIC_ASKED =
  /주제|제목|요지|중심 ?(?:내용|생각)|핵심 ?내용|글의 목적|\b(?:topic|title|headline|main (?:idea|point|theme)|gist|central idea|summar\w*|mainly about)\b/iu;

/** Option marks: circled digits, "(1)", "1)", "(A)", "A)", "a.". */
const OPTION_MARK = /(?:^|\s)(?:[①-⑩]|\(\s*(?:\d|[a-eA-E])\s*\)|(?:\d|[a-eA-E])[).](?!\d))\s*/gu;

interface Option {
  readonly mark: string;
  readonly text: string;
}

/** The options after the stem, when there are at least three; undefined otherwise. */
function optionsOf(question: string): { stem: string; options: Option[] } | undefined {
  const marks = [...question.matchAll(OPTION_MARK)];
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

/** How much an option speaks of the story: main parties and known words, less unknown words. */
function storyScore(index: KnowledgeIndex, text: string): number {
  let score = 0;
  for (const term of index.analyze(text).terms) {
    if (term.entity !== undefined) score += 2;
    else if (term.kind === "concept") score += 1;
    else if (term.kind !== "amount") score -= 1;
  }
  return score;
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
  if (!parsed || !CHOICE_STEM.test(parsed.stem) || !TOPIC_ASKED.test(parsed.stem)) {
    return undefined;
  }
  const scored = parsed.options
    .map((option) => ({ option, score: storyScore(index, option.text) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < 2 || (second && second.score >= best.score)) return undefined;
  const summary = composeSummaryAnswer(index.knowledge, language);
  const lead =
    language === "ko"
      ? `${best.option.mark} ${best.option.text}: 글은 이 내용을 다뤄요.`
      : `${best.option.mark} ${best.option.text}: that is what the article is about.`;
  const text = `${lead}\n${summary.text}`;
  return text.length <= MAX_ANSWER_LENGTH ? { ...summary, text } : undefined;
}
