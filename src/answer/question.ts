/**
 * The check every surface runs on a question before answering it: invisible characters out,
 * spaces folded, and a refusal for a question with no words or one that is too long. The refusal's
 * wording comes from ./shared/phrases.ts, the one place the answerer's words live.
 */
import type { Language, Manifest } from "../knowledge/schema.ts";
import { languageOf } from "../search/analyze.ts";
import { normalizeText, stripInvisible } from "../search/normalize.ts";
import { abstainMessage, phrases } from "./shared/phrases.ts";
import type { Answer } from "./types.ts";

export type QuestionCheck =
  | { readonly ok: true; readonly question: string }
  | {
      readonly ok: false;
      readonly reason: "empty" | "too-long";
      readonly language: Language;
      readonly message: string;
    };

export interface QuestionRules {
  /** Longest question, in characters. */
  readonly maxLength: number;
  /** The knowledge's manifest: a question with no words gets its topic and example questions. */
  readonly manifest: Manifest;
  /** The language to refuse in when the question has no words to tell it by. */
  readonly fallbackLanguage?: Language;
}

/** A letter or a digit: a question with neither (emoji, marks) has no words to answer. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function checkQuestion(raw: string, rules: QuestionRules): QuestionCheck {
  const question = stripInvisible(raw).replace(/\s+/g, " ").trim();
  if (normalizeText(question) === "" || !hasLetterOrDigit(question)) {
    const language = rules.fallbackLanguage ?? languageOf(question);
    return {
      ok: false,
      reason: "empty",
      language,
      message: abstainMessage(rules.manifest, language, "empty"),
    };
  }
  const length = [...question].length;
  if (length > rules.maxLength) {
    const language = languageOf(question.slice(0, 2_000));
    return {
      ok: false,
      reason: "too-long",
      language,
      message: phrases[language].tooLong(length, rules.maxLength),
    };
  }
  return { ok: true, question };
}

/** A question with no words as the answer contract has it: not covered, with the hint. */
export function wordlessAnswer(check: { language: Language; message: string }): Answer {
  return {
    mode: "fallback",
    language: check.language,
    abstained: true,
    text: check.message,
    citations: [],
    sources: [],
  };
}
