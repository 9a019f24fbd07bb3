import { describe, expect, it } from "vitest";
import { checkQuestion, wordlessAnswer } from "../src/answer/question.ts";
import { abstainMessage } from "../src/answer/shared/phrases.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { manifest } = loadKnowledge(knowledgeDir);

describe("checkQuestion: the one refusal wording for every surface", () => {
  it("answers a question with no words with the topic hint, in the language it is told", () => {
    const check = checkQuestion(" 🤔❓ ", { maxLength: 500, manifest, fallbackLanguage: "ko" });
    expect(check).toMatchObject({ ok: false, reason: "empty", language: "ko" });
    if (check.ok) throw new Error("accepted");
    expect(check.message).toBe(abstainMessage(manifest, "ko", "empty"));
    expect(wordlessAnswer(check)).toMatchObject({ abstained: true, text: check.message });
  });

  it("refuses a long question in its own language, naming the limit", () => {
    const check = checkQuestion("가".repeat(501), { maxLength: 500, manifest });
    expect(check).toMatchObject({ ok: false, reason: "too-long", language: "ko" });
    if (check.ok) throw new Error("accepted");
    expect(check.message).toMatch(/501자.*500자/);
  });

  it("passes a question through with its spaces folded", () => {
    expect(checkQuestion("  How\tmuch?\n", { maxLength: 500, manifest })).toEqual({
      ok: true,
      question: "How much?",
    });
  });
});
