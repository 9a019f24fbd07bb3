/**
 * A question word said last ("X will come to Azure when?") is read as if said first, so the
 * question asks when or where as "when will X…" does. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withQuestionWordFirst } from "../src/search/question-word-last.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwayEach, says } = askProbe(knowledgeDir);

describe("a question word said last", () => {
  it("is moved first, with its auxiliary", () => {
    expect(withQuestionWordFirst("claude 6 will arrive on google cloud when?")).toBe(
      "when will claude 6 arrive on google cloud?",
    );
    expect(withQuestionWordFirst("the data center is being built where")).toBe(
      "where is the data center being built?",
    );
    expect(withQuestionWordFirst("who said it will happen when?")).toBe(
      "who said it will happen when?",
    );
    expect(withQuestionWordFirst("how much did microsoft invest")).toBe(
      "how much did microsoft invest",
    );
  });

  it("asks what the fronted question asks", () => {
    says("the three companies did announce it when?", /18 November 2025/u);
    turnsAwayEach([
      "Claude Sonnet 5 will be on Foundry when?",
      "NVIDIA does send the ten billion when?",
    ]);
  });
});
