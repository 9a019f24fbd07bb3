/**
 * A trade someone close told the asker to make is advice, with an in-law ("my brother-in-law says
 * buy…") and when the asker then asks whether the teller is right. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { declinesAsAdvice, says } = askProbe(knowledgeDir);

describe("a trade told by someone close", () => {
  it("is advice, judged afterwards too", () => {
    declinesAsAdvice("my sister-in-law says sell microsoft now");
    declinesAsAdvice(
      "My father-in-law says buy NVIDIA because Anthropic runs on its chips. Is he right?",
    );
  });

  it("leaves a claim the teller made to be checked", () => {
    says("My father-in-law swore Microsoft put in ten billion. Was he right?", /^No\b/u);
  });
});
