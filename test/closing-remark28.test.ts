/**
 * A remark about the asker after the question ("I'd hate to get it wrong at work.") is no part
 * of it: its words are not read into the claim or asked on their own. A remark that doubts the
 * story, or names a party, stays. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutClosingRemark } from "../src/answer/fallback/closing-remark.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, says } = askProbe(knowledgeDir);

describe("a closing remark about the asker", () => {
  it("answers the claim before it with its yes", () => {
    says(
      "Amazon remains Anthropic's primary cloud, right? I'd hate to get it wrong in my newsletter.",
      /^Yes/u,
    );
    says(
      "Anthropic still trains mainly with Amazon? I don't want to be wrong at the quiz.",
      /^Yes/u,
    );
  });

  it("drops only a remark told of the asker", () => {
    expect(withoutClosingRemark(index, "Who pays whom? I need this for a slide tomorrow.")).toBe(
      "Who pays whom?",
    );
    expect(withoutClosingRemark(index, "Who pays whom? It seems backwards to me.")).toBeUndefined();
    expect(
      withoutClosingRemark(index, "Who pays whom? I want to compare it with Microsoft's numbers."),
    ).toBeUndefined();
  });
});
