/**
 * "…, out of interest?", "just out of curiosity": the asker's curiosity is chat filler, not the
 * companies' interests. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("out of interest", () => {
  it("is no topic of its own", () => {
    for (const question of [
      "out of interest, who is the author?",
      "Purely out of interest, what is the writer's name?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).toMatch(/^The article doesn't say who wrote it/u);
    }
  });
});
