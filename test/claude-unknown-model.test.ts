/**
 * A model the API does not know (404 not_found_error: ANTHROPIC_MODEL mistyped or retired)
 * switches Claude off, as a rejected key does: one error line naming the model, the deterministic
 * answer with its notice, and no further call for every later question.
 */
import { describe, expect, it } from "vitest";
import { phrases } from "../src/answer/shared/phrases.ts";
import { startClaudeHarness } from "./helpers/claude-harness.ts";

const MODEL = "claude-retired-1-0";

describe("an unknown ANTHROPIC_MODEL", () => {
  it("switches Claude off after the first 404, with one error line naming the model", async () => {
    const harness = await startClaudeHarness({ ANTHROPIC_MODEL: MODEL });
    try {
      harness.fake.setHandler(() => ({
        type: "error",
        status: 404,
        errorType: "not_found_error",
        message: `model: ${MODEL}`,
      }));
      const first = await harness.runtime.answerer.answer("How much is NVIDIA investing?");
      const second = await harness.runtime.answerer.answer("How much is Microsoft investing?");

      for (const answer of [first, second]) {
        expect(answer.mode).toBe("fallback");
        expect(answer.notice).toBe(phrases.en.claudeUnavailable);
      }
      // Not retried, and not asked again.
      expect(harness.fake.requests).toHaveLength(1);
      const errors = harness.logs.filter((line) => line.level >= 50);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.msg).toContain(`ANTHROPIC_MODEL "${MODEL}" does not exist`);
      expect(harness.logs.some((line) => line.reason === "unknown-model")).toBe(false);
    } finally {
      await harness.close();
    }
  });
});
