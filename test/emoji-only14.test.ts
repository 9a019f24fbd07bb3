/**
 * A question of emoji alone asks nothing, though an emoji beside words stands for a word
 * (💰 money). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("emoji alone", () => {
  it("abstain with the hint of what to ask", () => {
    for (const question of ["💰🤝", "🔄💸", "⚡⚡?", "🤝 💵 ☁️", "💸!!!"]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.citations, question).toEqual([]);
    }
  });

  it("beside words still stand for a word", () => {
    says("엔비디아 💰 얼마?", /100억/u);
  });
});
