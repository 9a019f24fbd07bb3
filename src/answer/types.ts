/**
 * The one value every answer path returns. Claude and the deterministic answerer both produce it,
 * so the CLI and the Discord renderer never care which one ran.
 */
import type { Language } from "../knowledge/schema.ts";

export type AnswerMode = "claude" | "fallback";

/** A verbatim passage of the article and the title of the section it stands in. */
export interface Citation {
  readonly quote: string;
  readonly section: string;
}

/** An outside source (from the fact sheet) the answer rests on. */
export interface SourceLink {
  readonly title: string;
  readonly url: string;
}

/** Token counts of one Claude answer, as the API reported them. */
export interface Usage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheCreationInputTokens: number;
  readonly cacheReadInputTokens: number;
}

export interface Answer {
  readonly mode: AnswerMode;
  readonly language: Language;
  /** True when the knowledge does not cover the question (the text then says so). */
  readonly abstained: boolean;
  /** What a person sees: at most MAX_ANSWER_LENGTH characters. */
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly sources: readonly SourceLink[];
  /** A short note about how the answer was made, e.g. that Claude was unavailable. */
  readonly notice?: string;
  /** Present when Claude answered. */
  readonly usage?: Usage;
  /**
   * Why this is the deterministic answer although Claude is configured: a Claude failure reason
   * ("timeout", "refusal", …), "user-limit" or "busy". Absent when Claude answered or is not
   * configured. Kept by the store for the report; never shown.
   */
  readonly fallbackReason?: string;
}

export const MAX_ANSWER_LENGTH = 1200;

/** One earlier message of a conversation, oldest first. */
export interface ConversationTurn {
  readonly role: "user" | "assistant";
  readonly text: string;
}
