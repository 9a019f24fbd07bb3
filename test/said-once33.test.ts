/**
 * Two parts one sentence answers ("When was it announced? And at what event?") get that sentence
 * once, not once per part. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("one sentence answering two parts", () => {
  it("is said once", () => {
    for (const question of [
      "When was it announced? And what event?",
      "When was it announced and at which event?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text.match(/18 November 2025/gu) ?? [], question).toHaveLength(1);
      expect(answer.text, question).toMatch(/Ignite/u);
    }
  });
});
