/**
 * A named thing then "when" or "where", with no verb ("the Ignite deal. when?"), asks when it was
 * or where it is; "by when" after a clause stays the clause's. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withQuestionWordFirst } from "../src/search/question-word-last.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a named thing, then when", () => {
  it("is read as 'when was …'", () => {
    expect(withQuestionWordFirst("nvidia anthropic partnership, when?")).toBe(
      "when was nvidia anthropic partnership?",
    );
    expect(withQuestionWordFirst("the deal was when?")).toBe("when was the deal?");
    expect(withQuestionWordFirst("more capacity, by when?")).toBe("more capacity, by when?");
  });
  it("is answered with the date", () => {
    says("ms and anthropic deal, when?", /18 November 2025/u);
    says("that whole microsoft deal. when", /18 November 2025/u);
  });
});
