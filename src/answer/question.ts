import { languageOf } from "../search/analyze.ts";
import { normalizeText, stripInvisible } from "../search/normalize.ts";

export type QuestionCheck =
  | { readonly ok: true; readonly question: string }
  | { readonly ok: false; readonly reason: "empty" | "too-long"; readonly message: string };

export function checkQuestion(raw: string, maxLength: number): QuestionCheck {
  const question = stripInvisible(raw).replace(/\s+/g, " ").trim();
  const language = languageOf(question.slice(0, 2_000));
  if (normalizeText(question) === "" || !/[\p{L}\p{N}]/u.test(question)) {
    return {
      ok: false,
      reason: "empty",
      message:
        language === "ko"
          ? "질문에 글자가 없어요. 궁금한 점을 한국어나 영어로 적어 주세요."
          : "The question has no words in it. Please type your question in English or Korean.",
    };
  }
  const length = [...question].length;
  if (length > maxLength) {
    return {
      ok: false,
      reason: "too-long",
      message:
        language === "ko"
          ? `질문이 너무 길어요 (${length}자). ${maxLength}자 이내로 줄여 주세요.`
          : `The question is too long (${length} characters). Please keep it under ${maxLength} characters.`,
    };
  }
  return { ok: true, question };
}
