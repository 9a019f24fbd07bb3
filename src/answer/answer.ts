/**
 * answer(question, history, options): the one entry point every surface (CLI, chat, Discord)
 * calls. Today it runs the deterministic answerer; Claude plugs in here, with the deterministic
 * answer as its fallback on any failure.
 */
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import { answerFromKnowledge } from "./fallback.ts";
import type { Answer, AnswerMode } from "./types.ts";

export interface ConversationTurn {
  readonly role: "user" | "assistant";
  readonly text: string;
}

export interface AnswerOptions {
  /** Answer in this language instead of the question's own. */
  readonly language?: Language;
  /** Receives the growing answer text while it is being written (Claude streams). */
  readonly onText?: (text: string) => void;
}

export interface Answerer {
  /** "claude" when Claude is configured (it may still fall back per question). */
  readonly mode: AnswerMode;
  answer(
    question: string,
    history?: readonly ConversationTurn[],
    options?: AnswerOptions,
  ): Promise<Answer>;
}

export interface AnswererDependencies {
  readonly index: KnowledgeIndex;
  readonly logger: Logger;
}

export function createAnswerer({ index }: AnswererDependencies): Answerer {
  return {
    mode: "fallback",
    async answer(question, history = [], options = {}) {
      return deterministicAnswer(index, question, history, options.language);
    },
  };
}

/**
 * The deterministic answer, using the conversation for follow-ups that say too little on their
 * own ("how much?" after a question about Microsoft's investment).
 */
export function deterministicAnswer(
  index: KnowledgeIndex,
  question: string,
  history: readonly ConversationTurn[],
  language?: Language,
): Answer {
  const options = language ? { language } : {};
  const answer = answerFromKnowledge(index, question, options);
  if (!answer.abstained) return answer;
  const previousQuestion = [...history].reverse().find((turn) => turn.role === "user")?.text;
  if (!previousQuestion) return answer;
  const analysis = index.analyze(question);
  if (analysis.asksForAdvice || analysis.terms.some((term) => !term.known)) return answer;
  const followUp = answerFromKnowledge(index, `${previousQuestion} ${question}`, {
    language: language ?? answer.language,
  });
  return followUp.abstained ? answer : followUp;
}
