/**
 * "plus" between figures written in words adds them, as it does between digits; before an ask
 * it still joins two questions. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("plus", () => {
  it("between figures in words adds them", () => {
    says("so what's five billion plus ten billion then", /add up to \$15 billion/u);
  });
  it("before an ask joins two questions", () => {
    says(
      "how much did Microsoft invest, plus when was it announced?",
      /\$5 billion[\s\S]*18 November/u,
    );
  });
});
